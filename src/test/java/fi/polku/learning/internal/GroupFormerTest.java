package fi.polku.learning.internal;

import fi.polku.learning.internal.GroupFormer.Member;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GroupFormerTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 3, 6, 7, 13, 20, 31})
    void placesEveryLearnerOnceInBalancedGroupsWithinBounds(int n) {
        List<Member> learners = learners(n, i -> null);

        List<List<Member>> groups = GroupFormer.form(learners, 3, 6, 42);

        assertThat(groups.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(learners);
        List<Integer> sizes = groups.stream().map(List::size).toList();
        if (n == 0) {
            assertThat(groups).isEmpty();
        } else if (n < 3) {
            assertThat(sizes).containsExactly(n);
        } else {
            assertThat(sizes).allSatisfy(size -> assertThat(size).isBetween(3, 6));
            assertThat(groups).hasSize(Math.ceilDiv(n, 6));
        }
        if (!sizes.isEmpty()) {
            assertThat(sizes.stream().mapToInt(Integer::intValue).max().orElseThrow()
                    - sizes.stream().mapToInt(Integer::intValue).min().orElseThrow()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void putsNoTwoColleaguesTogetherWhenGroupsAreSmallEnoughToAvoidIt() {
        List<Member> learners = learners(12, i -> List.of("Kirkkoharju", "Keskusta", "Ala-Malmi").get(i % 3));

        List<List<Member>> groups = GroupFormer.form(learners, 3, 3, 7);

        assertThat(groups).hasSize(4).allSatisfy(group ->
                assertThat(group).extracting(Member::school).doesNotHaveDuplicates());
    }

    @Test
    void spreadsEachSchoolEvenlyWhenColleaguesMustShareGroups() {
        List<Member> learners = learners(12, i -> List.of("Kirkkoharju", "Keskusta", "Ala-Malmi").get(i % 3));

        List<List<Member>> groups = GroupFormer.form(learners, 3, 6, 7);

        assertThat(groups).hasSize(2).allSatisfy(group ->
                assertThat(countBySchool(group)).containsOnly(
                        Map.entry("Kirkkoharju", 2L), Map.entry("Keskusta", 2L), Map.entry("Ala-Malmi", 2L)));
    }

    @Test
    void treatsSchoolNamesDifferingOnlyInCaseAndSpacesAsOneSchool() {
        List<Member> learners = learners(6, i -> List.of("Keskusta", " keskusta ", "KESKUSTA").get(i % 3));
        learners.addAll(learners(3, i -> null));

        List<List<Member>> groups = GroupFormer.form(learners, 3, 3, 1);

        assertThat(groups).hasSize(3).allSatisfy(group ->
                assertThat(group.stream().filter(m -> m.school() != null)).hasSize(2));
    }

    @Test
    void givesTheSameGroupsForTheSameSeedAndOthersForAnotherSeed() {
        List<Member> learners = learners(31, i -> "School " + (i % 5));

        assertThat(partition(GroupFormer.form(learners, 3, 6, 2025)))
                .isEqualTo(partition(GroupFormer.form(learners, 3, 6, 2025)));
        assertThat(partition(GroupFormer.form(learners, 3, 6, 2026)))
                .isNotEqualTo(partition(GroupFormer.form(learners, 3, 6, 2025)));
    }

    @Test
    void keepsMinimumSizeOverMaximumWhenNoSplitMeetsBoth() {
        List<List<Member>> groups = GroupFormer.form(learners(5, i -> null), 3, 4, 0);

        assertThat(groups).extracting(List::size).containsExactly(5);
    }

    @Test
    void rejectsBoundsThatCannotDescribeAGroup() {
        assertThatIllegalArgumentException().isThrownBy(() -> GroupFormer.form(List.of(), 0, 6, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> GroupFormer.form(List.of(), 4, 3, 0));
    }

    private static List<Member> learners(int n, Function<Integer, @Nullable String> school) {
        return IntStream.range(0, n)
                .mapToObj(i -> new Member(UUID.randomUUID(), school.apply(i)))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static Map<@Nullable String, Long> countBySchool(List<Member> group) {
        return group.stream().collect(Collectors.groupingBy(Member::school, Collectors.counting()));
    }

    private static Set<Set<UUID>> partition(List<List<Member>> groups) {
        return groups.stream()
                .map(group -> group.stream().map(Member::id).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }
}

package fi.polku.learning.internal;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Splits a cohort into sparring groups of balanced size in which colleagues from the same school
 * are spread out, so that each group hears from as many schools as possible.
 */
public final class GroupFormer {

    public record Member(UUID id, @Nullable String school) {
    }

    private GroupFormer() {
    }

    /**
     * Forms the fewest groups that keep every group at most {@code maxSize}, all sizes within one
     * of each other. Fewer than {@code minSize} learners make a single group, because leaving
     * someone without a group is worse than a small one. When no split meets both bounds (say
     * 5 learners with sizes 3 to 4), the groups keep {@code minSize} and grow past
     * {@code maxSize}: a group too small to discuss fails its members, a large one only runs long.
     */
    public static List<List<Member>> form(List<Member> learners, int minSize, int maxSize, long seed) {
        if (minSize < 1) {
            throw new IllegalArgumentException("minSize must be at least 1, was " + minSize);
        }
        if (maxSize < minSize) {
            throw new IllegalArgumentException(
                    "maxSize " + maxSize + " must not be below minSize " + minSize);
        }
        int n = learners.size();
        if (n == 0) {
            return List.of();
        }
        int groupCount = Math.max(1, Math.min(Math.ceilDiv(n, maxSize), n / minSize));

        List<List<Member>> groups = new ArrayList<>(groupCount);
        for (int i = 0; i < groupCount; i++) {
            groups.add(new ArrayList<>());
        }
        // Dealing round-robin keeps sizes within one, and a run of same-school learners dealt
        // that way lands at most ceil(run / groups) times in any group.
        List<Member> dealingOrder = schoolBySchool(learners, seed);
        for (int i = 0; i < n; i++) {
            groups.get(i % groupCount).add(dealingOrder.get(i));
        }
        return groups.stream().map(List::copyOf).toList();
    }

    /**
     * Puts each school's learners next to each other, so that dealing spreads every school evenly;
     * learners without a school go last as they never clash. The seeded shuffle decides which
     * school comes first and who meets whom, so a new seed gives new groups.
     */
    private static List<Member> schoolBySchool(List<Member> learners, long seed) {
        List<Member> shuffled = new ArrayList<>(learners);
        Collections.shuffle(shuffled, new Random(seed));

        Map<String, List<Member>> bySchool = new LinkedHashMap<>();
        List<Member> withoutSchool = new ArrayList<>();
        for (Member member : shuffled) {
            String key = schoolKey(member.school());
            if (key == null) {
                withoutSchool.add(member);
            } else {
                bySchool.computeIfAbsent(key, k -> new ArrayList<>()).add(member);
            }
        }
        List<Member> order = new ArrayList<>(learners.size());
        bySchool.values().forEach(order::addAll);
        order.addAll(withoutSchool);
        return order;
    }

    /** Facilitators type school names by hand, so case and stray spaces must not split a school. */
    private static @Nullable String schoolKey(@Nullable String school) {
        if (school == null || school.isBlank()) {
            return null;
        }
        return school.strip().toLowerCase(Locale.ROOT);
    }
}

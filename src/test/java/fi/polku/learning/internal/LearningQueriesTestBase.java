package fi.polku.learning.internal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The learning module's queries on a real database; subclasses pick H2 or PostgreSQL. */
@Transactional
abstract class LearningQueriesTestBase {

    @Autowired
    CohortRepository cohorts;
    @Autowired
    EnrolmentRepository enrolments;
    @Autowired
    PlanVersionRepository plans;
    @Autowired
    PlanCommentRepository comments;
    @Autowired
    SurveyResponseRepository surveys;
    @Autowired
    TestEntityManager em;

    final Clock clock = Clock.fixed(Instant.parse("2027-09-10T08:00:00Z"), ZoneOffset.UTC);
    Cohort cohort;
    Enrolment aino;
    Enrolment oskar;

    @BeforeEach
    void seed() {
        cohort = cohorts.save(new Cohort("innovative-teachers", "Syksy 2027", LocalDate.of(2027, 9, 1),
                LocalDate.of(2027, 11, 30), null, null, Set.of(UUID.randomUUID()), clock.instant()));
        aino = new Enrolment(cohort, UUID.randomUUID(), clock);
        oskar = new Enrolment(cohort, UUID.randomUUID(), clock);
        aino.complete("welcome", clock);
        aino.complete("needs-survey", clock);
        oskar.complete("welcome", clock);
        enrolments.saveAll(List.of(aino, oskar));
        em.flush();
        em.clear();
    }

    @Test
    void progressIsStoredAgainstLessonIdsAndReadForAWholeCohortInOneQuery() {
        Map<UUID, Set<String>> done = new HashMap<>();
        for (Object[] row : enrolments.completedLessons(cohort.id())) {
            done.computeIfAbsent((UUID) row[0], k -> new HashSet<>()).add((String) row[1]);
            assertThat(row[2]).isEqualTo(clock.instant());
        }
        assertThat(done).containsOnlyKeys(aino.id(), oskar.id());
        assertThat(done.get(aino.id())).containsExactlyInAnyOrder("welcome", "needs-survey");
        assertThat(done.get(oskar.id())).containsExactly("welcome");
    }

    @Test
    void undoingALessonRemovesItsRowAndCompletingTwiceKeepsOne() {
        Enrolment loaded = enrolments.findById(aino.id()).orElseThrow();
        assertThat(loaded.complete("welcome", clock)).isFalse();
        loaded.undo("needs-survey", clock);
        em.flush();
        em.clear();
        assertThat(enrolments.findById(aino.id()).orElseThrow().completedLessons()).containsExactly("welcome");
    }

    @Test
    void oneEnrolmentPerLearnerAndCourse() {
        assertThat(enrolments.findByCourseIdAndUserId("innovative-teachers", aino.userId())).isPresent();
        assertThat(enrolments.countByCohortId(cohort.id())).isEqualTo(2);
    }

    @Test
    void planVersionsAreNumberedAndListedNewestFirstWithTheirComments() {
        plans.save(new PlanVersion(aino.id(), "development-plan", 1, Map.of("goal", "Oppilaat rakentavat"), clock.instant()));
        PlanVersion second = plans.save(new PlanVersion(aino.id(), "development-plan", 2,
                Map.of("goal", "Oppilaat rakentavat ja testaavat prototyyppejä"), clock.instant().plusSeconds(60)));
        comments.save(new PlanComment(second.id(), UUID.randomUUID(), "Kaisa Kouluttaja", "Hyvä tarkennus!",
                clock.instant().plusSeconds(120)));
        em.flush();
        em.clear();

        assertThat(plans.lastVersionNo(aino.id(), "development-plan")).contains(2);
        assertThat(plans.lastVersionNo(oskar.id(), "development-plan")).isEmpty();
        var versions = plans.findByEnrolmentIdAndLessonIdOrderByVersionNoDesc(aino.id(), "development-plan");
        assertThat(versions).extracting(PlanVersion::versionNo).containsExactly(2, 1);
        assertThat(versions.getFirst().fields()).containsEntry("goal", "Oppilaat rakentavat ja testaavat prototyyppejä");
        assertThat(comments.findByPlanVersionIdInOrderByCreatedAt(List.of(second.id())))
                .extracting(PlanComment::text).containsExactly("Hyvä tarkennus!");
        List<Object[]> summaries = plans.summaries(List.of(aino.id(), oskar.id()));
        assertThat(summaries).hasSize(1);
        assertThat(((Number) summaries.getFirst()[1]).intValue()).isEqualTo(2);
    }

    @Test
    void theLatestSurveyResponseWinsAndHistoryStays() {
        surveys.save(new SurveyResponse(aino.id(), "needs-survey", Map.of("q1", "a"), "maker", null, clock.instant()));
        surveys.save(new SurveyResponse(aino.id(), "needs-survey", Map.of("q1", "b"), null, "Oma teema: äänimaailmat",
                clock.instant().plusSeconds(3600)));
        em.flush();
        em.clear();

        assertThat(surveys.findByEnrolmentIdAndLessonIdOrderBySubmittedAtDesc(aino.id(), "needs-survey")).hasSize(2);
        var latest = surveys.latestFor(List.of(aino.id(), oskar.id()));
        assertThat(latest).hasSize(1);
        assertThat(latest.getFirst().ownTheme()).isEqualTo("Oma teema: äänimaailmat");
        assertThat(latest.getFirst().answers()).containsEntry("q1", "b");
    }
}

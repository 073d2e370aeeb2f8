package fi.polku.learning.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface EnrolmentRepository extends JpaRepository<Enrolment, UUID> {
    Optional<Enrolment> findByCourseIdAndUserId(String courseId, UUID userId);

    /** The learner's cohort in the course as id, name and start date, in one query (empty when not enrolled). */
    @Query("select c.id, c.name, c.startsOn from Enrolment e, Cohort c where c.id = e.cohortId "
            + "and e.courseId = :course and e.userId = :user")
    List<Object[]> cohortOf(@Param("course") String courseId, @Param("user") UUID userId);

    /**
     * The learner's enrolment with its completed lessons, and its cohort's name, in one query: what a
     * progress bar needs (three queries before).
     */
    @Query("select e, c.name from Enrolment e left join fetch e.completed, Cohort c where c.id = e.cohortId "
            + "and e.courseId = :course and e.userId = :user")
    List<Object[]> withProgress(@Param("course") String courseId, @Param("user") UUID userId);

    List<Enrolment> findByCourseIdAndUserIdIn(String courseId, java.util.Collection<UUID> userIds);

    List<Enrolment> findByUserIdOrderByLastActivityAtDesc(UUID userId);

    List<Enrolment> findByCohortId(UUID cohortId);

    Optional<Enrolment> findByCohortIdAndUserId(UUID cohortId, UUID userId);

    long countByCohortId(UUID cohortId);

    /** Up to {@code limit} enrolment ids of the cohort: enough to tell a small cohort without counting a big one. */
    @Query("select e.id from Enrolment e where e.cohortId = :cohort")
    List<UUID> someOfCohort(@Param("cohort") UUID cohortId, org.springframework.data.domain.Limit limit);

    /**
     * Where the learner was last, and when: one UPDATE for every lesson opened, without reading the
     * enrolment first. It leaves the version alone, so a learner marking a lesson done in another tab
     * at the same moment is not refused; the two columns are the activity stamp and nothing else.
     */
    @Modifying
    @Query("update Enrolment e set e.lastLessonId = :lesson, e.lastActivityAt = :at "
            + "where e.courseId = :course and e.userId = :user")
    int touch(@Param("course") String courseId, @Param("user") UUID userId, @Param("lesson") String lessonId,
              @Param("at") java.time.Instant at);

    /** Completed lesson ids of a whole cohort in one query (the dashboard's hot path). */
    @Query("select e.id, key(p), value(p) from Enrolment e join e.completed p where e.cohortId = :cohort")
    List<Object[]> completedLessons(@Param("cohort") UUID cohort);
}

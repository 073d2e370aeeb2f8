package fi.polku.learning.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface EnrolmentRepository extends JpaRepository<Enrolment, UUID> {
    Optional<Enrolment> findByCourseIdAndUserId(String courseId, UUID userId);

    List<Enrolment> findByCourseIdAndUserIdIn(String courseId, java.util.Collection<UUID> userIds);

    List<Enrolment> findByUserIdOrderByLastActivityAtDesc(UUID userId);

    List<Enrolment> findByCohortId(UUID cohortId);

    long countByCohortId(UUID cohortId);

    /** Completed lesson ids of a whole cohort in one query (the dashboard's hot path). */
    @Query("select e.id, key(p), value(p) from Enrolment e join e.completed p where e.cohortId = :cohort")
    List<Object[]> completedLessons(@Param("cohort") UUID cohort);
}

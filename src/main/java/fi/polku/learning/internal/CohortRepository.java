package fi.polku.learning.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface CohortRepository extends JpaRepository<Cohort, UUID> {
    List<Cohort> findByCourseIdOrderByStartsOn(String courseId);

    /** Ids, names and start dates only, in start order: without the facilitator lists a whole cohort would fetch. */
    @Query("select c.id, c.name, c.startsOn from Cohort c where c.courseId = :course order by c.startsOn")
    List<Object[]> namesOf(@Param("course") String courseId);

    @Query("select c from Cohort c where :user member of c.facilitators order by c.startsOn desc")
    List<Cohort> findFacilitatedBy(@Param("user") UUID user);

    List<Cohort> findAllByOrderByStartsOnDesc();

    /** The other cohorts of the course whose run overlaps this one's and that have fewer than {@code below} learners. */
    @Query("""
            select c.id from Cohort c, Cohort o where o.id = :id and c.courseId = o.courseId and c.id <> o.id
            and c.startsOn <= o.endsOn and c.endsOn >= o.startsOn
            and (select count(e) from Enrolment e where e.cohortId = c.id) < :below""")
    List<UUID> smallAlongside(@Param("id") UUID id, @Param("below") long below);
}

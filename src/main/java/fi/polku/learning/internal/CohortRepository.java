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

    @Query("select c from Cohort c where :user member of c.facilitators order by c.startsOn desc")
    List<Cohort> findFacilitatedBy(@Param("user") UUID user);

    List<Cohort> findAllByOrderByStartsOnDesc();
}

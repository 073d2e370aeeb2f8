package fi.polku.learning.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface SparringGroupRepository extends JpaRepository<SparringGroup, UUID> {
    List<SparringGroup> findByCohortIdOrderByName(UUID cohortId);

    /**
     * A join on the member, not {@code member of}: H2 runs {@code member of} as a correlated EXISTS
     * for every group of every cohort; the join starts from {@code uk_sparring_member} (issue 10).
     */
    @Query("select g from SparringGroup g join g.members m where m = :enrolment")
    Optional<SparringGroup> findByMember(@Param("enrolment") UUID enrolment);
}

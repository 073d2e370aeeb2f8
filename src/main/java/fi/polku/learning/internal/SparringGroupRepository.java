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

    @Query("select g from SparringGroup g where :enrolment member of g.members")
    Optional<SparringGroup> findByMember(@Param("enrolment") UUID enrolment);
}

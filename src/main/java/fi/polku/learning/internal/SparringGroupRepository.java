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

    /**
     * The user ids of the learner's sparring-group mates in the course, the learner left out: one
     * query through the member index, where reading the enrolment, the group with its members and
     * the members' enrolments took four (every lesson page's discussion board asks, and every
     * review allocation; issue 10).
     */
    @Query("""
            select other.userId from Enrolment mine, SparringGroup g join g.members m join g.members mm, Enrolment other
            where mine.courseId = :course and mine.userId = :user and m = mine.id
              and other.id = mm and other.id <> mine.id
            """)
    List<UUID> mateUserIds(@Param("course") String courseId, @Param("user") UUID userId);
}

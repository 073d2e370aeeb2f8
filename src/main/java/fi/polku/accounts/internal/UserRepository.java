package fi.polku.accounts.internal;

import fi.polku.accounts.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface UserRepository extends JpaRepository<User, UUID> {

    /** With the roles in the same query: every signed-in request asks this once (issue #10). */
    @EntityGraph(attributePaths = "roles")
    Optional<User> findByEmail(String email);

    boolean existsByEmail(String email);

    /** Id, display name and school of each of these users, in one query (no roles, no password hash). */
    @Query("select u.id, u.displayName, u.school from User u where u.id in :ids")
    List<Object[]> profiles(@Param("ids") Collection<UUID> ids);

    /** Which of these users hold the role, in one query. */
    @Query("select u.id from User u join u.roles r where r = :role and u.id in :ids")
    List<UUID> holding(@Param("role") Role role, @Param("ids") Collection<UUID> ids);

    List<User> findByRoles(Role role, Pageable page);

    long countByRoles(Role role);
}

package fi.polku.accounts.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

interface SingleSignOnIdentityRepository extends JpaRepository<SingleSignOnIdentity, UUID> {

    Optional<SingleSignOnIdentity> findByIssuerAndSubject(String issuer, String subject);

    boolean existsByUserIdAndIssuer(UUID userId, String issuer);
}

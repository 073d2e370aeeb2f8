package fi.polku.certificates.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface CertificateRepository extends JpaRepository<Certificate, UUID> {
    Optional<Certificate> findByCode(String code);

    List<Certificate> findByUserIdOrderByIssuedAtDesc(UUID userId);

    List<Certificate> findByUserIdAndCourseIdOrderByRevisionDesc(UUID userId, String courseId);

    List<Certificate> findAllByOrderByIssuedAtDesc();
}

interface PrintRequestRepository extends JpaRepository<PrintRequest, UUID> {
    List<PrintRequest> findAllByOrderByRequestedAt();
}

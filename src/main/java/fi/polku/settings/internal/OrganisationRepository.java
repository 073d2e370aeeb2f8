package fi.polku.settings.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<OrganisationRow, Integer> {
}

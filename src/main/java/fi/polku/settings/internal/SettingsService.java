package fi.polku.settings.internal;

import fi.polku.content.ContentStatus;
import fi.polku.content.CourseCatalog;
import fi.polku.settings.MailStatus;
import fi.polku.settings.Organisation;
import fi.polku.settings.Settings;
import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.time.Clock;

@Service
@Transactional(readOnly = true)
class SettingsService implements Settings {

    private final OrganisationRepository organisations;
    private final CourseCatalog catalog;
    private final Environment environment;
    private final Clock clock;

    SettingsService(OrganisationRepository organisations, CourseCatalog catalog, Environment environment, Clock clock) {
        this.organisations = organisations;
        this.catalog = catalog;
        this.environment = environment;
        this.clock = clock;
    }

    private OrganisationRow row() {
        return organisations.findById(OrganisationRow.ID)
                .orElseThrow(() -> new IllegalStateException("V11__settings.sql creates the organisation row"));
    }

    @Override
    public Organisation organisation() {
        return row().view();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Organisation rename(String name) {
        OrganisationRow row = row();
        row.rename(name, clock.instant());
        return row.view();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Organisation storeLogo(InputStream image) {
        LogoPolicy.Accepted accepted = LogoPolicy.read(image, MAX_LOGO_BYTES);
        OrganisationRow row = row();
        row.replaceLogo(accepted, clock.instant());
        return row.view();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Organisation removeLogo() {
        OrganisationRow row = row();
        row.removeLogo(clock.instant());
        return row.view();
    }

    /** Read from the same properties Spring's mail sender is built from; user name and password stay out. */
    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public MailStatus mail() {
        String host = environment.getProperty("spring.mail.host", "").strip();
        int port = environment.getProperty("spring.mail.port", Integer.class, 25);
        String from = environment.getProperty("polku.mail.from", "polku@localhost");
        return new MailStatus(!host.isEmpty(), host, port, from);
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public ContentStatus content() {
        return catalog.status();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public ContentStatus reloadContent() {
        catalog.reload();
        return catalog.status();
    }
}

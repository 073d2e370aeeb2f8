package fi.polku.certificates.internal;

import fi.polku.accounts.Accounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/** In the demo run, Aino (who completed the sample course) holds its certificate. */
@Component
@Order(20)
class DemoCertificate implements ApplicationRunner {

    private static final String COURSE = "innovative-teachers";

    private final CertificateRepository certificates;
    private final fi.polku.content.CourseCatalog catalog;
    private final CertificateIssuer issuer;
    private final Accounts accounts;
    private final Clock clock;
    private final boolean demo;

    DemoCertificate(CertificateRepository certificates, CertificateIssuer issuer, Accounts accounts, Clock clock,
                    fi.polku.content.CourseCatalog catalog, @Value("${polku.demo.enabled:false}") boolean demo) {
        this.catalog = catalog;
        this.certificates = certificates;
        this.issuer = issuer;
        this.accounts = accounts;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo && certificates.count() == 0 && catalog.course(COURSE, java.util.Locale.ENGLISH).isPresent()) {
            accounts.findByEmail("aino@polku.local").ifPresent(aino ->
                    issuer.issueOnce(aino.id(), COURSE, LocalDate.now(clock), "Demo data"));
        }
    }
}

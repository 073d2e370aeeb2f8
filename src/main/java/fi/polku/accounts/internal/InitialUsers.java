package fi.polku.accounts.internal;

import fi.polku.accounts.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * On an empty database, creates the first admin (password from {@code POLKU_ADMIN_PASSWORD}, or
 * generated and logged once) and, when demo data is on, a facilitator and two learners to try.
 */
@Component
@Order(0)
class InitialUsers implements ApplicationRunner {

    static final String ADMIN_EMAIL = "admin@polku.local";
    private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);

    private final UserRepository users;
    private final AccountService accounts;
    private final String adminPassword;
    private final boolean demo;

    InitialUsers(UserRepository users, AccountService accounts,
                 @Value("${POLKU_ADMIN_PASSWORD:}") String adminPassword,
                 @Value("${polku.demo.enabled:false}") boolean demo) {
        this.users = users;
        this.accounts = accounts;
        this.adminPassword = adminPassword;
        this.demo = demo;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String password = adminPassword;
        if (password.isBlank()) {
            password = generatePassword();
            log.warn("Created the first admin {} with the generated password {} (shown only once; "
                    + "set POLKU_ADMIN_PASSWORD to choose it)", ADMIN_EMAIL, password);
        } else {
            log.info("Created the first admin {} with the password from POLKU_ADMIN_PASSWORD", ADMIN_EMAIL);
        }
        users.save(accounts.create("Polku Admin", ADMIN_EMAIL, password, Locale.ENGLISH, Set.of(Role.ADMIN)));
        if (demo) {
            users.save(accounts.create("Kaisa Kouluttaja", "kaisa@polku.local", "polku-demo-1", Locale.of("fi"),
                    Set.of(Role.FACILITATOR)));
            users.save(accounts.create("Aino Äijälä", "aino@polku.local", "polku-demo-1", Locale.of("fi"),
                    Set.of(Role.LEARNER)));
            users.save(accounts.create("Oskar Åström", "oskar@polku.local", "polku-demo-1", Locale.ENGLISH,
                    Set.of(Role.LEARNER)));
            log.info("Demo users created (password polku-demo-1): kaisa@polku.local (facilitator), "
                    + "aino@polku.local and oskar@polku.local (learners)");
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

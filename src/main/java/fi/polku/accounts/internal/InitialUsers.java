package fi.polku.accounts.internal;

import fi.polku.accounts.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * On an empty database, creates the first admin (password from {@code POLKU_ADMIN_PASSWORD}, or
 * generated and logged once) and, when demo data is on, a facilitator and two learners to try.
 * Two instances starting at once on one empty database both try; the unique e-mail key lets one
 * win, and the other carries on with the winner's users instead of failing to start.
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
    private final TransactionTemplate transaction;

    InitialUsers(UserRepository users, AccountService accounts,
                 @Value("${POLKU_ADMIN_PASSWORD:}") String adminPassword,
                 @Value("${polku.demo.enabled:false}") boolean demo, PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.users = users;
        this.accounts = accounts;
        this.adminPassword = adminPassword;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        String generated;
        try {
            generated = transaction.execute(tx -> createIfEmpty());
        } catch (DataIntegrityViolationException anotherInstance) {
            log.info("Another instance created the first users at the same moment; using theirs");
            return;
        }
        // Logged only once committed: a password that lost the race would never work.
        if (generated != null && !generated.isEmpty()) {
            log.warn("Created the first admin {} with the generated password {} (shown only once; "
                    + "set POLKU_ADMIN_PASSWORD to choose it)", ADMIN_EMAIL, generated);
        }
    }

    /** @return the generated admin password, "" when it came from the environment, null when users existed. */
    private @Nullable String createIfEmpty() {
        if (users.count() > 0) {
            return null;
        }
        String password = adminPassword.isBlank() ? generatePassword() : adminPassword;
        users.saveAndFlush(accounts.create("Polku Admin", ADMIN_EMAIL, password, Locale.ENGLISH, Set.of(Role.ADMIN)));
        if (adminPassword.isBlank()) {
            log.info("Creating the first admin {}", ADMIN_EMAIL);
        } else {
            log.info("Created the first admin {} with the password from POLKU_ADMIN_PASSWORD", ADMIN_EMAIL);
        }
        if (demo) {
            // one bcrypt for the three (about 0.1 s of a start each): their shared password is printed below anyway
            String demoPassword = accounts.hash("polku-demo-1");
            users.save(accounts.createHashed("Kaisa Kouluttaja", "kaisa@polku.local", demoPassword, Locale.of("fi"),
                    Set.of(Role.FACILITATOR)));
            users.save(accounts.createHashed("Aino Äijälä", "aino@polku.local", demoPassword, Locale.of("fi"),
                    Set.of(Role.LEARNER)));
            users.save(accounts.createHashed("Oskar Åström", "oskar@polku.local", demoPassword, Locale.ENGLISH,
                    Set.of(Role.LEARNER)));
            log.info("Demo users created (password polku-demo-1): kaisa@polku.local (facilitator), "
                    + "aino@polku.local and oskar@polku.local (learners)");
        }
        return adminPassword.isBlank() ? password : "";
    }

    private static String generatePassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

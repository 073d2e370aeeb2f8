package fi.polku.durability;

import fi.polku.accounts.UserId;
import fi.polku.certificates.Certificates;
import fi.polku.peerreview.PeerReviews;
import fi.polku.schools.KitBookingId;
import fi.polku.schools.KitBookings;
import fi.polku.schools.KitException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One of two app instances on the same PostgreSQL schema ({@link TwoInstancesDurabilityIT}). Once the
 * go file appears, it does at the same moment as its twin what many users would: every learner asks
 * for reviews (twice at once), the facilitator issues every learner's certificate and approves every
 * request for the one kit. What each call answered goes to the report file.
 */
final class Contention {

    private final PeerReviews peerReviews;
    private final Certificates certificates;
    private final KitBookings bookings;
    private final JdbcTemplate jdbc;
    private final SecurityContextHolderStrategy security;

    Contention(ConfigurableApplicationContext context) {
        this.peerReviews = context.getBean(PeerReviews.class);
        this.certificates = context.getBean(Certificates.class);
        this.bookings = context.getBean(KitBookings.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.security = context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    void run(Path go, Path report) throws Exception {
        System.out.println("DURABILITY-WAITING");
        while (!Files.exists(go)) {
            Thread.sleep(20);
        }
        String facilitator = Files.readString(go).strip();
        List<Map<String, Object>> learners = jdbc.queryForList(
                "select u.id, u.email from users u join user_roles r on r.user_id = u.id where r.role = 'LEARNER'");
        List<UUID> requests = jdbc.queryForList("select id from kit_bookings where status = 'PENDING'", UUID.class);
        List<Callable<String>> work = new ArrayList<>();
        for (Map<String, Object> l : learners) {
            String email = (String) l.get("email");
            for (int twice = 0; twice < 2; twice++) {
                work.add(() -> {
                    signIn(email, "ROLE_LEARNER");
                    return "claimed " + email + " " + peerReviews.requestReview(WriteDriver.COURSE, WriteDriver.REPORT)
                            .map(UUID::toString).orElse("none");
                });
            }
            work.add(() -> {
                signIn(facilitator, "ROLE_FACILITATOR");
                return "certificate " + email + " " + certificates.issue(new UserId((UUID) l.get("id")),
                        WriteDriver.COURSE, "Kahden instanssin testi").code();
            });
        }
        for (UUID request : requests) {
            work.add(() -> {
                signIn(facilitator, "ROLE_FACILITATOR");
                try {
                    bookings.approve(new KitBookingId(request));
                    return "approved " + request;
                } catch (KitException refused) {
                    return "refused " + request + " " + refused.getMessage().split(" ")[0];
                }
            });
        }
        Collections.shuffle(work);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
        List<Future<String>> done = new ArrayList<>();
        for (Callable<String> w : work) {
            done.add(pool.submit(() -> {
                try {
                    return w.call();
                } finally {
                    security.clearContext();
                }
            }));
        }
        for (Future<String> f : done) {
            try {
                lines.add(f.get());
            } catch (java.util.concurrent.ExecutionException e) {
                lines.add("error " + e.getCause());
            }
        }
        pool.shutdown();
        lines.add("DONE");
        Files.write(report, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private void signIn(String email, String role) {
        var context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null,
                List.of(new SimpleGrantedAuthority(role))));
        security.setContext(context);
    }

    static List<String> report(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }
}

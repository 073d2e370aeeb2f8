package fi.polku.schools.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.Registration;
import fi.polku.schools.KitBookingId;
import fi.polku.schools.KitBookingStatus;
import fi.polku.schools.KitBookings;
import fi.polku.schools.KitException;
import fi.polku.schools.KitId;
import fi.polku.schools.KitViews;
import fi.polku.schools.Kits;
import fi.polku.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many facilitators approve overlapping requests for the same kit at the same moment: exactly as
 * many succeed as there are kits, the rest are told the kit is fully booked. Run on each database
 * by a subclass, as row locking is the database's work.
 */
abstract class KitApprovalRace {

    @Autowired Kits kits;
    @Autowired KitBookings bookings;
    @Autowired KitBookingRepository bookingRows;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        SignIn.out(security);
    }

    String learner(String name) {
        SignIn.out(security);
        String email = "k-" + UUID.randomUUID() + "@koulu.fi";
        accounts.register(new Registration(name, email, "a-long-password", Locale.of("fi")));
        return email;
    }

    KitId kit(String name, int quantity) {
        SignIn.as(users, security, "kaisa@polku.local");
        return kits.create(new KitViews.KitForm(name, "- 6 × robotti", quantity, "## Opas")).id();
    }

    KitBookingId request(String learner, KitId kit, LocalDate first, LocalDate last) {
        SignIn.as(users, security, learner);
        return bookings.request(kit, new KitViews.Request(first, last, "Ylöjärven koulu", "Koodauskerho")).id();
    }

    @Test
    void concurrentApprovalsNeverLendMoreKitsThanThereAreOnAnyDay() throws Exception {
        int quantity = 3;
        int threads = 12;
        KitId kit = kit("Robotiikkasalkku " + UUID.randomUUID(), quantity);
        LocalDate start = LocalDate.now(clock).plusDays(10);
        List<KitBookingId> requests = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            // Different periods, all sharing days 2 and 3: at most three can be approved in all.
            requests.add(request(learner("Opettaja " + i), kit, start.plusDays(i % 3), start.plusDays(3 + i % 3)));
        }
        SignIn.out(security);

        ConcurrentLinkedQueue<KitBookingId> approved = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<KitException> refused = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> other = new ConcurrentLinkedQueue<>();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (KitBookingId id : requests) {
            pool.submit(() -> {
                SignIn.as(users, security, "kaisa@polku.local");
                ready.countDown();
                try {
                    go.await();
                    bookings.approve(id);
                    approved.add(id);
                } catch (KitException e) {
                    refused.add(e);
                } catch (Throwable e) {
                    other.add(e);
                } finally {
                    SignIn.out(security);
                }
            });
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();

        assertThat(other).as("no lock timeouts or other failures").isEmpty();
        assertThat(approved).hasSize(quantity);
        assertThat(refused).hasSize(threads - quantity).allSatisfy(e -> {
            assertThat(e.messageKey()).isEqualTo("kits.error.fully-booked");
            assertThat(e.arguments()[0]).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(
                    KitViews.Period.class)).anySatisfy(p -> assertThat(start.plusDays(2)).isBetween(p.first(), p.last()));
        });
        List<KitViews.Period> holding = bookingRows.findAll().stream()
                .filter(b -> b.kitId().equals(kit.value()) && b.status().holdsAKit()).map(KitBooking::period).toList();
        assertThat(holding).hasSize(quantity);
        assertThat(KitCalendar.peak(holding, new KitViews.Period(start, start.plusDays(5)))).isEqualTo(quantity);

        SignIn.as(users, security, "kaisa@polku.local");
        assertThat(bookings.desk(Optional.of(KitBookingStatus.APPROVED), 0, 100))
                .filteredOn(b -> b.kitId().equals(kit)).hasSize(quantity);
        assertThat(bookings.availability(kit, new KitViews.Period(start.plusDays(2), start.plusDays(3))).free())
                .isZero();
    }
}

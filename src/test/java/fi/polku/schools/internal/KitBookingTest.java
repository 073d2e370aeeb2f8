package fi.polku.schools.internal;

import fi.polku.schools.KitBookingStatus;
import fi.polku.schools.KitException;
import fi.polku.schools.KitViews;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A request's way from pending to returned, and the steps it may not take. */
class KitBookingTest {

    static final Instant NOW = Instant.parse("2027-03-01T08:00:00Z");
    final UUID learner = UUID.randomUUID();
    final UUID facilitator = UUID.randomUUID();

    KitBooking pending() {
        return new KitBooking(UUID.randomUUID(), learner, new KitViews.Period(LocalDate.of(2027, 3, 8),
                LocalDate.of(2027, 3, 12)), "Äänekosken koulu", "Robotiikkaviikko 5.-luokkalaisille", NOW);
    }

    static void refused(Runnable step, String messageKey) {
        assertThatThrownBy(step::run).isInstanceOf(KitException.class)
                .extracting(e -> ((KitException) e).messageKey()).isEqualTo(messageKey);
    }

    @Test
    void goesFromPendingThroughApprovedAndHandedOutToReturned() {
        KitBooking b = pending();
        assertThat(b.status()).isEqualTo(KitBookingStatus.PENDING);
        b.approve(facilitator, NOW);
        assertThat(b.status()).isEqualTo(KitBookingStatus.APPROVED);
        assertThat(b.status().holdsAKit()).isTrue();
        b.handOut(facilitator, NOW);
        assertThat(b.status()).isEqualTo(KitBookingStatus.HANDED_OUT);
        b.markReturned(facilitator, NOW);
        assertThat(b.status()).isEqualTo(KitBookingStatus.RETURNED);
        assertThat(b.status().holdsAKit()).isFalse();
    }

    @Test
    void cannotReturnWhatWasNotHandedOut() {
        KitBooking b = pending();
        refused(() -> b.markReturned(facilitator, NOW), "kits.error.not-handed-out");
        b.approve(facilitator, NOW);
        refused(() -> b.markReturned(facilitator, NOW), "kits.error.not-handed-out");
        assertThat(b.status()).isEqualTo(KitBookingStatus.APPROVED);
    }

    @Test
    void cannotHandOutWhatWasNotApproved() {
        refused(() -> pending().handOut(facilitator, NOW), "kits.error.not-approved");
    }

    @Test
    void cannotApproveACancelledOrDeclinedOneNorApproveTwice() {
        KitBooking cancelled = pending();
        cancelled.cancel(learner, NOW);
        assertThat(cancelled.status()).isEqualTo(KitBookingStatus.CANCELLED);
        refused(() -> cancelled.approve(facilitator, NOW), "kits.error.not-pending");

        KitBooking declined = pending();
        declined.decline("Salkku on huollossa", facilitator, NOW);
        assertThat(declined.reason()).isEqualTo("Salkku on huollossa");
        refused(() -> declined.approve(facilitator, NOW), "kits.error.not-pending");

        KitBooking approved = pending();
        approved.approve(facilitator, NOW);
        refused(() -> approved.approve(facilitator, NOW), "kits.error.not-pending");
    }

    @Test
    void onlyTheLearnerCancelsAndOnlyWhilePending() {
        KitBooking b = pending();
        refused(() -> b.cancel(UUID.randomUUID(), NOW), "kits.error.not-yours");
        b.approve(facilitator, NOW);
        refused(() -> b.cancel(learner, NOW), "kits.error.not-pending");
    }

    @Test
    void anApprovedLoanCanStillBeDeclinedButNotOnceHandedOut() {
        KitBooking b = pending();
        b.approve(facilitator, NOW);
        KitBooking out = pending();
        out.approve(facilitator, NOW);
        out.handOut(facilitator, NOW);
        b.decline("Rikki", facilitator, NOW);
        assertThat(b.status()).isEqualTo(KitBookingStatus.DECLINED);
        refused(() -> out.decline("Liian myöhään", facilitator, NOW), "kits.error.cannot-decline");
    }
}

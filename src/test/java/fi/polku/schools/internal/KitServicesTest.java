package fi.polku.schools.internal;

import fi.polku.schools.KitBookingId;
import fi.polku.schools.KitBookingStatus;
import fi.polku.schools.KitException;
import fi.polku.schools.KitId;
import fi.polku.schools.KitViews;
import fi.polku.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Kit lending through its services on H2, as real learners and a facilitator (and the race, on H2). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "polku.kits.max-photo=64KB")
class KitServicesTest extends KitApprovalRace {

    @Autowired KitPhotoRepository photoRows;
    @Autowired KitPhotoController photoEndpoint;
    @LocalServerPort int port;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static void refused(Runnable step, String field, String key) {
        assertThatThrownBy(step::run).isInstanceOf(KitException.class)
                .satisfies(e -> {
                    assertThat(((KitException) e).messageKey()).isEqualTo(key);
                    assertThat(((KitException) e).field()).isEqualTo(field);
                });
    }

    @Test
    void aRequestNeedsDaysFromTodayInOrderAndNoLongerThanAllowed() {
        KitId kit = kit("Anturisarja", 1);
        String aino = learner("Aino Äijälä");
        refused(() -> request(aino, kit, today().minusDays(1), today().plusDays(2)), "first", "kits.error.past");
        refused(() -> request(aino, kit, today().plusDays(5), today().plusDays(4)), "last", "kits.error.ends-before-start");
        refused(() -> request(aino, kit, today(), today().plusDays(bookings.maxDays())), "last",
                "kits.error.too-many-days");
        refused(() -> bookings.request(kit, new KitViews.Request(today(), today(), " ", "x")), "school",
                "kits.error.required");
        assertThat(bookings.mine()).isEmpty();

        request(aino, kit, today(), today().plusDays(bookings.maxDays() - 1));
        assertThat(bookings.mine()).hasSize(1);
    }

    @Test
    void finnishTextSurvivesTheRoundTripAndTheGuideIsRenderedSafely() {
        SignIn.as(users, security, "kaisa@polku.local");
        KitViews.Kit kit = kits.create(new KitViews.KitForm("  Äänisalkku – Översikt  ", "- 4 × äänitin\n- kuulokkeet",
                2, "## Käyttö\n**Äänitä** ympäristön ääniä.<script>alert('ö')</script>"));
        KitViews.Kit read = kits.kit(kit.id()).orElseThrow();
        assertThat(read.name()).isEqualTo("Äänisalkku – Översikt");
        assertThat(read.contents()).isEqualTo("- 4 × äänitin\n- kuulokkeet");
        assertThat(read.guideHtml()).contains("<strong>Äänitä</strong>").doesNotContain("<script");

        String oskar = learner("Åsa Öhman");
        request(oskar, kit.id(), today().plusDays(1), today().plusDays(2));
        SignIn.as(users, security, "kaisa@polku.local");
        KitViews.Booking onDesk = bookings.desk(Optional.of(KitBookingStatus.PENDING), 0, 200).stream()
                .filter(b -> b.kitId().equals(kit.id())).findFirst().orElseThrow();
        assertThat(onDesk.learner()).isEqualTo("Åsa Öhman");
        assertThat(onDesk.school()).isEqualTo("Ylöjärven koulu");
        KitViews.Booking declined = bookings.decline(onDesk.id(), "Äänittimet ovat huollossa – kokeile ensi viikolla");
        SignIn.as(users, security, oskar);
        assertThat(bookings.mine().getFirst().reason()).isEqualTo("Äänittimet ovat huollossa – kokeile ensi viikolla");
        assertThat(declined.status()).isEqualTo(KitBookingStatus.DECLINED);
    }

    @Test
    void aLearnerCannotApproveNorSeeTheDeskNorTouchAnotherLearnersRequest() {
        KitId kit = kit("Robotiikkasalkku", 2);
        String aino = learner("Aino");
        String oskar = learner("Oskar");
        KitBookingId ainos = request(aino, kit, today().plusDays(3), today().plusDays(4));
        request(oskar, kit, today().plusDays(3), today().plusDays(4));

        SignIn.as(users, security, oskar);
        assertThat(bookings.mine()).extracting(KitViews.Booking::learner).containsExactly("Oskar");
        assertThatThrownBy(() -> bookings.approve(ainos)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> bookings.desk(Optional.empty(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bookings.cancel(ainos)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kits.create(new KitViews.KitForm("Oma", "", 1, "")))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, security, "kaisa@polku.local");
        assertThatThrownBy(() -> bookings.request(kit, new KitViews.Request(today(), today(), "Koulu", "x")))
                .as("facilitators run the desk; they do not borrow").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theStepsFollowTheStateMachineThroughTheServices() {
        KitId kit = kit("Mittaussalkku", 1);
        String aino = learner("Aino");
        KitBookingId id = request(aino, kit, today().plusDays(1), today().plusDays(3));
        SignIn.as(users, security, aino);
        bookings.cancel(id);

        SignIn.as(users, security, "kaisa@polku.local");
        refused(() -> bookings.approve(id), null, "kits.error.not-pending");
        KitBookingId again = request(aino, kit, today().plusDays(1), today().plusDays(3));
        SignIn.as(users, security, "kaisa@polku.local");
        refused(() -> bookings.markReturned(again), null, "kits.error.not-handed-out");
        refused(() -> bookings.decline(again, "  "), "reason", "kits.error.required");
        bookings.approve(again);
        bookings.handOut(again);
        assertThat(bookings.markReturned(again).status()).isEqualTo(KitBookingStatus.RETURNED);
        assertThat(bookings.availability(kit, new KitViews.Period(today().plusDays(1), today().plusDays(3))).free())
                .as("a returned kit is free again").isEqualTo(1);
    }

    @Test
    void aFullyBookedKitIsRefusedAtRequestTimeWithItsDaysAndItsQuantityCannotDropBelowTheBookings() {
        KitId kit = kit("Robotiikkasalkku", 2);
        LocalDate d = today().plusDays(20);
        KitBookingId first = request(learner("A"), kit, d, d.plusDays(2));
        KitBookingId second = request(learner("B"), kit, d.plusDays(1), d.plusDays(4));
        SignIn.as(users, security, "kaisa@polku.local");
        bookings.approve(first);
        bookings.approve(second);

        String c = learner("C");
        SignIn.as(users, security, c);
        KitViews.Availability availability = bookings.availability(kit, new KitViews.Period(d, d.plusDays(5)));
        assertThat(availability.free()).isZero();
        assertThat(availability.fullyBooked()).containsExactly(new KitViews.Period(d.plusDays(1), d.plusDays(2)));
        assertThat(bookings.availability(kit, new KitViews.Period(d.plusDays(3), d.plusDays(5))).free()).isEqualTo(1);
        refused(() -> request(c, kit, d, d.plusDays(5)), "first", "kits.error.fully-booked");
        request(c, kit, d.plusDays(3), d.plusDays(5));

        SignIn.as(users, security, "kaisa@polku.local");
        refused(() -> kits.update(kit, new KitViews.KitForm("Robotiikkasalkku", "", 1, "")), "quantity",
                "kits.error.quantity-below-booked");
        assertThat(kits.update(kit, new KitViews.KitForm("Robotiikkasalkku", "", 3, "")).quantity()).isEqualTo(3);
    }

    @Test
    void aRetiredKitLeavesTheCatalogueAndTakesNoRequestsOrApprovals() {
        KitId kit = kit("Vanha salkku " + UUID.randomUUID(), 1);
        KitBookingId pending = request(learner("A"), kit, today().plusDays(1), today().plusDays(1));
        SignIn.as(users, security, "kaisa@polku.local");
        kits.retire(kit);
        assertThat(kits.catalogue()).extracting(KitViews.Kit::id).doesNotContain(kit);
        assertThat(kits.kit(kit).orElseThrow().retired()).isTrue();
        refused(() -> bookings.approve(pending), null, "kits.error.retired");
        refused(() -> request(learner("B"), kit, today().plusDays(1), today().plusDays(1)), null, "kits.error.retired");
    }

    @Test
    void aPhotoWhoseHeaderClaimsAPixelFloodIsRefusedBeforeAnythingDecodesIt() {
        KitId kit = kit("Tulvasalkku", 1);
        for (byte[] flood : java.util.List.of(fi.polku.support.HostileFiles.pngClaiming(50_000, 50_000),
                fi.polku.support.HostileFiles.jpegClaiming(60_000, 60_000),
                fi.polku.support.HostileFiles.webpClaiming(50_000, 50_000))) {
            refused(() -> kits.storePhoto(kit, new ByteArrayInputStream(flood)), "photo", "upload.image-too-many-pixels");
        }
        refused(() -> kits.storePhoto(kit, new ByteArrayInputStream(fi.polku.support.HostileFiles.html())), "photo",
                "kits.error.photo-type");
        assertThat(photoRows.findById(kit.value())).isEmpty();
        assertThat(kits.kit(kit).orElseThrow().photoVersion()).isNull();
    }

    @Test
    void aPhotoThatIsTooLargeOrNotAnImageIsRefusedAndNothingIsStored() throws Exception {
        KitId kit = kit("Kuvasalkku", 1);
        InputStream huge = new ByteArrayInputStream(java.util.Arrays.copyOf(KitPhotoPolicyTest.image("png"), 65 * 1024));
        refused(() -> kits.storePhoto(kit, huge), "photo", "kits.error.photo-too-large");
        refused(() -> kits.storePhoto(kit, new ByteArrayInputStream("<html>ei kuva</html>".getBytes())), "photo",
                "kits.error.photo-type");
        assertThat(photoRows.findById(kit.value())).isEmpty();
        assertThat(kits.photo(kit)).isEmpty();
        assertThat(kits.kit(kit).orElseThrow().photoVersion()).isNull();

        byte[] png = KitPhotoPolicyTest.image("png");
        KitViews.Kit withPhoto = kits.storePhoto(kit, new ByteArrayInputStream(png));
        assertThat(withPhoto.photoVersion()).isNotNull();
        assertThat(kits.photo(kit).orElseThrow().mediaType()).isEqualTo("image/png");
        assertThat(kits.photo(kit).orElseThrow().content()).isEqualTo(png);

        String aino = learner("Aino");
        SignIn.as(users, security, aino);
        assertThatThrownBy(() -> kits.storePhoto(kit, new ByteArrayInputStream(png)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(kits.photo(kit)).isPresent();
        SignIn.out(security);
        assertThatThrownBy(() -> kits.photo(kit)).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void photosAreServedToSignedInPeopleOnlyAsTheTypeTheirBytesShowed() throws Exception {
        KitId kit = kit("Kamerasalkku", 1);
        byte[] jpeg = KitPhotoPolicyTest.image("jpg");
        kits.storePhoto(kit, new ByteArrayInputStream(jpeg));

        SignIn.as(users, security, learner("Aino"));
        var served = photoEndpoint.photo(kit.value());
        assertThat(served.getStatusCode().value()).isEqualTo(200);
        assertThat(served.getHeaders().getContentType()).hasToString("image/jpeg");
        assertThat(served.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(served.getBody()).isEqualTo(jpeg);
        assertThat(photoEndpoint.photo(UUID.randomUUID()).getStatusCode().value()).isEqualTo(404);

        var anonymous = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/kit-photos/" + kit)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(anonymous.statusCode()).as("sent to log in, not given the photo").isIn(302, 401, 403);
        assertThat(anonymous.body()).isNotEqualTo(jpeg);
    }
}

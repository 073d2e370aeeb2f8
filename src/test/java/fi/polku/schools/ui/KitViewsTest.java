package fi.polku.schools.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.Button;
import fi.polku.schools.KitBookingId;
import fi.polku.schools.KitBookingStatus;
import fi.polku.schools.KitBookings;
import fi.polku.schools.KitId;
import fi.polku.schools.KitViews;
import fi.polku.schools.Kits;
import fi.polku.support.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue, a learner's request form and the facilitators' desk, over the demo kits. */
@SpringBootTest
class KitViewsTest extends SpringBrowserlessTest {

    @Autowired Kits kits;
    @Autowired KitBookings bookings;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy security;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    KitId robotics() {
        return kits.catalogue().stream().filter(k -> k.name().equals("Robotiikkasalkku")).findFirst().orElseThrow().id();
    }

    static List<KitBookingCard> cards(Component list) {
        return list.getChildren().filter(KitBookingCard.class::isInstance).map(KitBookingCard.class::cast).toList();
    }

    static Button action(KitBookingCard card, String text) {
        return card.actions.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("aino@polku.local")
    void aLearnerFindsTheDemoKitsAndAsksForOneAndAMistakeShowsNextToItsField() {
        KitCatalogView catalogue = navigate(KitCatalogView.class);
        String text = catalogue.cards.getElement().getTextRecursively();
        assertThat(text).contains("Robotiikkasalkku", "Mittausmaailma – anturisarja", "6 × opetusrobotti", "Request");
        assertThat(text).doesNotContain("Edit kit");

        KitView page = navigate("kits/" + robotics(), KitView.class);
        assertThat(((Html) page.guide.getChildren().findFirst().orElseThrow()).getInnerHtml())
                .contains("<h2>Tunnin kulku</h2>", "<strong>Tutustuminen</strong>");
        KitRequestForm form = page.requestForm;
        assertThat(form).isNotNull();
        LocalDate first = LocalDate.now().plusDays(40);
        test(form.first).setValue(first);
        test(form.last).setValue(first.plusDays(2));
        assertThat(form.availability.getText()).isEqualTo("2 of 2 free on every day you chose");

        test(form.school).setValue("");
        test(form.note).setValue("Ohjelmointiviikko 4.–5.-luokkalaisille");
        test(form.send).click();
        assertThat(form.school.isInvalid()).isTrue();
        assertThat(form.school.getErrorMessage()).isEqualTo("Required");
        assertThat(form.note.getValue()).as("nothing typed is lost").isEqualTo("Ohjelmointiviikko 4.–5.-luokkalaisille");

        test(form.school).setValue("Äänekosken yläkoulu");
        test(form.send).click();
        assertThat(getCurrentView()).isInstanceOf(KitRequestsView.class);
        KitBookingCard mine = cards(((KitRequestsView) getCurrentView()).list).getFirst();
        assertThat(mine.booking.status()).isEqualTo(KitBookingStatus.PENDING);
        assertThat(mine.getElement().getTextRecursively()).contains("Robotiikkasalkku", "Pending",
                "Äänekosken yläkoulu", "Ohjelmointiviikko 4.–5.-luokkalaisille");
        test(action(mine, "Cancel request")).click();
        test(find(ConfirmDialog.class).single()).cancel();
        assertThat(cards(((KitRequestsView) getCurrentView()).list).getFirst().booking.status())
                .as("nothing happens until the learner confirms").isEqualTo(KitBookingStatus.PENDING);
        test(action(mine, "Cancel request")).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(cards(((KitRequestsView) getCurrentView()).list).getFirst().booking.status())
                .isEqualTo(KitBookingStatus.CANCELLED);
    }

    @Test
    @WithUserDetails("kaisa@polku.local")
    void theDeskShowsPendingRequestsFirstAndRefusesToLendMoreThanThereAre() {
        KitId sensors = kits.catalogue().stream().filter(k -> k.name().startsWith("Mittausmaailma")).findFirst()
                .orElseThrow().id();
        LocalDate day = LocalDate.now().plusDays(60 + (int) (Math.random() * 200));
        String note = "Pihan pienilmasto " + UUID.randomUUID();
        SignIn.as(users, security, "aino@polku.local");
        KitBookingId ainos = bookings.request(sensors, new KitViews.Request(day, day.plusDays(1), "Kirkkokallion koulu", note)).id();
        SignIn.as(users, security, "oskar@polku.local");
        KitBookingId oskars = bookings.request(sensors, new KitViews.Request(day.plusDays(1), day.plusDays(2),
                "Åbo skola", note)).id();
        SignIn.as(users, security, "kaisa@polku.local");

        KitDeskView desk = navigate(KitDeskView.class);
        List<KitBookingCard> shown = cards(desk.list);
        assertThat(shown).isNotEmpty();
        int firstOther = (int) shown.stream().takeWhile(c -> c.booking.status() == KitBookingStatus.PENDING).count();
        assertThat(shown.subList(firstOther, shown.size())).as("pending first")
                .noneMatch(c -> c.booking.status() == KitBookingStatus.PENDING);

        KitBookingCard aino = shown.stream().filter(c -> c.booking.id().equals(ainos)).findFirst().orElseThrow();
        assertThat(aino.getElement().getTextRecursively()).contains("Aino Äijälä", "Kirkkokallion koulu", note);
        test(action(aino, "Approve")).click();
        KitBookingCard oskar = cards(desk.list).stream().filter(c -> c.booking.id().equals(oskars)).findFirst()
                .orElseThrow();
        test(action(oskar, "Approve")).click();
        assertThat(bookings.desk(Optional.of(KitBookingStatus.PENDING), 0, 500))
                .as("the sensor kit exists once: Oskar's overlapping request stays pending")
                .anyMatch(b -> b.id().equals(oskars));

        test(desk.filter).selectItem("Approved");
        assertThat(cards(desk.list)).isNotEmpty().allMatch(c -> c.booking.status() == KitBookingStatus.APPROVED)
                .anyMatch(c -> c.booking.id().equals(ainos));
        KitBookingCard approved = cards(desk.list).stream().filter(c -> c.booking.id().equals(ainos)).findFirst()
                .orElseThrow();
        test(action(approved, "Mark handed out")).click();
        assertThat(cards(desk.list)).noneMatch(c -> c.booking.id().equals(ainos));
        test(desk.filter).selectItem("Handed out");
        assertThat(cards(desk.list)).anyMatch(c -> c.booking.id().equals(ainos));
    }

    @Test
    @WithUserDetails("aino@polku.local")
    void learnersDoNotReachTheDeskOrTheEditor() {
        for (String route : List.of("kits/desk", "kits/edit")) {
            try {
                UI.getCurrent().navigate(route);
            } catch (RuntimeException refused) {
                continue;
            }
            assertThat(getCurrentView()).isNotInstanceOfAny(KitDeskView.class, KitEditorView.class);
        }
    }

    @Test
    @WithUserDetails("kaisa@polku.local")
    void aFacilitatorAddsAKitAndAMissingNameIsShownAtTheField() {
        KitEditorView editor = navigate("kits/edit", KitEditorView.class);
        test(editor.name).setValue("   ");
        test(editor.contents).setValue("- 2 × 3D-tulostin\n- filamenttia");
        test(editor.quantity).setValue(2);
        test(editor.save).click();
        assertThat(editor.name.isInvalid()).isTrue();
        assertThat(editor.name.getErrorMessage()).isEqualTo("Required");
        assertThat(editor.contents.getValue()).isEqualTo("- 2 × 3D-tulostin\n- filamenttia");
        test(editor.name).setValue("3D-tulostinpaketti");
        test(editor.save).click();
        KitViews.Kit saved = kits.catalogue().stream().filter(k -> k.name().equals("3D-tulostinpaketti"))
                .findFirst().orElseThrow();
        assertThat(saved.quantity()).isEqualTo(2);
        assertThat(getCurrentView()).isInstanceOf(KitEditorView.class);
        assertThat(((KitEditorView) getCurrentView()).photoArea.getChildren())
                .as("a saved kit can take a photo").anyMatch(KitPhotoUpload.class::isInstance);
    }
}

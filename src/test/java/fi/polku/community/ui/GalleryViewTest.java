package fi.polku.community.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import fi.polku.community.Gallery;
import fi.polku.community.Gallery.Form;
import fi.polku.community.Gallery.Kind;
import fi.polku.community.Gallery.TagCategory;
import fi.polku.community.Gallery.Visibility;
import fi.polku.support.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The gallery pages as Oskar uses them, on entries Aino (same demo cohort) has shared. */
@SpringBootTest
@WithUserDetails("oskar@polku.local")
class GalleryViewTest extends SpringBrowserlessTest {

    static final String COURSE = "innovative-teachers";

    @Autowired Gallery gallery;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy security;

    String theme;
    UUID robots;
    UUID colours;
    String link;

    @BeforeEach
    void ainoHasSharedThree() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        theme = "kokeilu-" + UUID.randomUUID().toString().substring(0, 8);
        SignIn.as(users, security, "aino@polku.local");
        robots = gallery.publishStory(COURSE, form("Kun robotti ei liikkunut", "matematiikka", Visibility.COHORT));
        colours = gallery.publishStory(COURSE, form("Värit ja äänet", "kuvataide", Visibility.USERS));
        UUID shared = gallery.publishStory(COURSE, form("Jaettu linkillä", "musiikki", Visibility.PUBLIC_LINK));
        link = gallery.entry(shared).shareToken();
        SignIn.as(users, security, "oskar@polku.local");
    }

    Form form(String title, String subject, Visibility visibility) {
        return new Form(title, "Opin, että **pienet** kokeilut auttavat. <script>alert(1)</script>",
                Map.of(TagCategory.SUBJECT, Set.of(subject), TagCategory.THEME, Set.of(theme)), visibility);
    }

    @Test
    void theListShowsCardsAndNarrowsByTagChipAndKind() {
        UI.getCurrent().navigate("gallery/" + COURSE, QueryParameters.of("tag", "theme:" + theme));
        GalleryView view = (GalleryView) getCurrentView();
        assertThat(view.cards.getChildren().count()).isEqualTo(3);
        assertThat(view.cards.getElement().getTextRecursively()).contains("Värit ja äänet", "Aino", "I'll try this: 0",
                "Opin, että pienet kokeilut").doesNotContain("**");
        assertThat(find(Html.class).all()).as("excerpts are plain text, never markup").isEmpty();
        assertThat(view.shareStory.isVisible()).as("Oskar takes part in the course").isTrue();

        Button art = find(Button.class).withText("kuvataide").single();
        test(art).click();
        GalleryView narrowed = (GalleryView) getCurrentView();
        assertThat(narrowed.cards.getChildren().count()).isEqualTo(1);
        assertThat(narrowed.cards.getElement().getTextRecursively()).contains("Värit ja äänet");

        test(narrowed.kind).selectItem("Projects");
        GalleryView none = (GalleryView) getCurrentView();
        assertThat(none.cards.getChildren().count()).isZero();
        assertThat(none.empty.isVisible()).isTrue();
        assertThat(none.empty.getText()).startsWith("No entries match this filter");
        assertThat(none.kind.getValue()).isEqualTo(Optional.of(Kind.PROJECT));
    }

    @Test
    void anEntryIsTriedAndCommentedWithTheProblemShownAtTheField() {
        GalleryEntryView view = navigate("gallery/entry/" + robots, GalleryEntryView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Kun robotti ei liikkunut", "I'll try this: 0");
        test(view.tryThis).click();
        assertThat(view.tryThis.getText()).isEqualTo("✓ I'll try this");
        assertThat(view.getElement().getTextRecursively()).contains("I'll try this: 1");

        test(view.send).click();
        assertThat(view.comment.isInvalid()).isTrue();
        assertThat(view.comment.getErrorMessage()).isEqualTo("Write your comment first.");

        test(view.comment).setValue("Kokeilen tätä ensi viikolla <script>alert(2)</script>");
        test(view.send).click();
        assertThat(view.comment.isInvalid()).isFalse();
        assertThat(view.comments.getElement().getTextRecursively()).contains("Oskar");
        assertThat(find(Html.class).all()).extracting(Html::getInnerHtml)
                .anySatisfy(html -> assertThat(html).contains("Kokeilen tätä ensi viikolla &lt;script&gt;"))
                .noneSatisfy(html -> assertThat(html).contains("<script"));
        assertThat(find(Span.class).withText("Hide").exists()).as("a learner does not moderate").isFalse();
    }

    @Test
    void aStoryIsPublishedFromTheListAndAMissingTitleIsShownAtItsField() {
        GalleryView view = navigate("gallery/" + COURSE, GalleryView.class);
        test(view.shareStory).click();
        GalleryFormDialog dialog = find(GalleryFormDialog.class).single();
        test(dialog.text).setValue("Tabletit jäivät laatikkoon – opin kysymään oppilailta ensin.");
        test(dialog.save).click();
        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Give your entry a title.");
        assertThat(dialog.text.getValue()).as("nothing typed is lost").startsWith("Tabletit jäivät");

        test(dialog.title).setValue("Mitä opin tableteista");
        test(dialog.tags.get(TagCategory.SUBJECT)).selectItem("kuvataide");
        test(dialog.save).click();
        GalleryEntryView entry = (GalleryEntryView) getCurrentView();
        assertThat(entry.getElement().getTextRecursively()).contains("Mitä opin tableteista", "kuvataide",
                "Visible to your cohort.");
    }

    @Test
    void thePublicLinkOpensLoggedOutAndTellsWhenItNoLongerWorks() {
        SignIn.out(security);
        GallerySharedView view = navigate("gallery/shared/" + link, GallerySharedView.class);
        assertThat(view.content.getElement().getTextRecursively()).contains("Jaettu linkillä", "musiikki");
        assertThat(view.content.getElement().getTextRecursively()).doesNotContain("Comments");

        view = navigate("gallery/shared/" + link + "x", GallerySharedView.class);
        assertThat(view.content.getElement().getTextRecursively()).startsWith("This link no longer works");
    }
}

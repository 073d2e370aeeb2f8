package fi.polku.community.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.Registration;
import fi.polku.community.Gallery;
import fi.polku.community.Gallery.Filter;
import fi.polku.community.Gallery.Form;
import fi.polku.community.Gallery.Kind;
import fi.polku.community.Gallery.Tag;
import fi.polku.community.Gallery.TagCategory;
import fi.polku.community.Gallery.Visibility;
import fi.polku.community.GalleryCommentAdded;
import fi.polku.community.GalleryException;
import fi.polku.learning.CohortSummary;
import fi.polku.learning.Cohorts;
import fi.polku.learning.Learning;
import fi.polku.learning.NewCohort;
import fi.polku.peerreview.Moderation;
import fi.polku.peerreview.PeerReviews;
import fi.polku.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gallery through its service on a real database, as real people: Aino and Bertta learn in one
 * cohort, Celsius in another, Kaisa facilitates both, and Doris has an account but no place in the course.
 */
@SpringBootTest(properties = "polku.content.dir=src/test/resources/content-learning")
@RecordApplicationEvents
class GalleryServicesTest {

    static final String COURSE = "review";
    static final String LESSON = "report";

    @Autowired Gallery gallery;
    @Autowired PeerReviews peerReviews;
    @Autowired Moderation moderation;
    @Autowired Cohorts cohorts;
    @Autowired Learning learning;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired ApplicationEvents events;

    String aino;
    String bertta;
    String celsius;
    String doris;
    String tag;

    @BeforeEach
    void twoCohortsAndAnOutsider() {
        SignIn.as(users, security, "kaisa@polku.local");
        CohortSummary first = cohort("Syksy");
        CohortSummary second = cohort("Kevät");
        aino = learner("Aino Äijälä", first);
        bertta = learner("Bertta Öhman", first);
        celsius = learner("Celsius Åberg", second);
        doris = learner("Doris Ulkopuolinen", null);
        tag = "tagi-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void signOut() {
        SignIn.out(security);
    }

    CohortSummary cohort(String name) {
        return cohorts.create(new NewCohort(COURSE, name + " " + UUID.randomUUID(), LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(60), null, null));
    }

    String learner(String name, CohortSummary cohort) {
        SignIn.out(security);
        String email = "g-" + UUID.randomUUID() + "@koulu.fi";
        accounts.register(new Registration(name, email, "a-long-password", Locale.of("fi")));
        if (cohort != null) {
            as(email);
            learning.enrol(cohort.id(), "");
        }
        as("kaisa@polku.local");
        return email;
    }

    void as(String email) {
        SignIn.as(users, security, email);
    }

    Form form(String title, String text, Visibility visibility, String... subjects) {
        return new Form(title, text, Map.of(TagCategory.SUBJECT, Set.of(subjects), TagCategory.THEME, Set.of(tag)),
                visibility);
    }

    UUID story(String author, Visibility visibility) {
        as(author);
        return gallery.publishStory(COURSE, form("Kun robotti ei liikkunut", "Opin, että *pienet* kokeilut auttavat.",
                visibility, "Matematiikka"));
    }

    boolean reads(String who, UUID entry) {
        as(who);
        try {
            gallery.entry(entry);
        } catch (AccessDeniedException refused) {
            assertThat(gallery.list(COURSE, Filter.none()).cards()).extracting(Gallery.Card::id).doesNotContain(entry);
            return false;
        }
        assertThat(gallery.list(COURSE, Filter.none()).cards()).extracting(Gallery.Card::id).contains(entry);
        return true;
    }

    @Test
    void onlyAnAssessedReportCanBePublishedAsAProjectWithItsTitleAndTextCopied() {
        as(aino);
        peerReviews.saveDraft(COURSE, LESSON, "Ääniä ja öitä: luokan podcast", "Oppilaat **äänittivät** jaksot.");
        peerReviews.submit(COURSE, LESSON);
        UUID submission = peerReviews.mine(COURSE, LESSON).submission().orElseThrow().id();
        assertThat(gallery.projectCandidates(COURSE)).isEmpty();
        assertThatThrownBy(() -> gallery.publishProject(COURSE, LESSON, form("x", "y", Visibility.COHORT)))
                .isInstanceOf(GalleryException.class).hasMessage("gallery.not-assessed");

        as("kaisa@polku.local");
        moderation.override(submission, "Esitelty webinaarissa");
        as(aino);
        Gallery.ProjectCandidate candidate = gallery.projectCandidates(COURSE).getFirst();
        assertThat(candidate.title()).isEqualTo("Ääniä ja öitä: luokan podcast");
        UUID id = gallery.publishProject(COURSE, LESSON,
                form(candidate.title(), candidate.text(), Visibility.COHORT, "Äidinkieli"));

        Gallery.Entry entry = gallery.entry(id);
        assertThat(entry.kind()).isEqualTo(Kind.PROJECT);
        assertThat(entry.title()).isEqualTo("Ääniä ja öitä: luokan podcast");
        assertThat(entry.html()).contains("<strong>äänittivät</strong>");
        assertThat(entry.tags().get(TagCategory.SUBJECT)).containsExactly("äidinkieli");
        assertThat(gallery.projectCandidates(COURSE).getFirst().published()).isTrue();
        assertThatThrownBy(() -> gallery.publishProject(COURSE, LESSON, form("x", "y", Visibility.COHORT)))
                .isInstanceOf(GalleryException.class).hasMessage("gallery.already-published");
    }

    @Test
    void aCohortEntryIsForTheAuthorsCohortAndItsFacilitatorsOnly() {
        UUID id = story(aino, Visibility.COHORT);
        assertThat(reads(bertta, id)).isTrue();
        assertThat(reads("kaisa@polku.local", id)).isTrue();
        assertThat(reads("admin@polku.local", id)).isTrue();
        assertThat(reads(celsius, id)).as("a learner of another cohort").isFalse();
        assertThat(reads(doris, id)).as("signed in, not in the course").isFalse();
        as(aino);
        assertThat(gallery.entry(id).shareToken()).as("no link exists").isNull();
        SignIn.out(security);
        assertThatThrownBy(() -> gallery.entry(id)).isInstanceOfAny(AuthenticationException.class,
                AccessDeniedException.class);
    }

    @Test
    void aUsersEntryIsForEverySignedInPersonButNotForTheLoggedOut() {
        UUID id = story(aino, Visibility.USERS);
        assertThat(reads(celsius, id)).isTrue();
        assertThat(reads(doris, id)).isTrue();
        SignIn.out(security);
        assertThatThrownBy(() -> gallery.entry(id)).isInstanceOfAny(AuthenticationException.class,
                AccessDeniedException.class);
    }

    @Test
    void aPublicLinkWorksLoggedOutUntilVisibilityChangesOrTheEntryIsWithdrawn() {
        UUID id = story(aino, Visibility.PUBLIC_LINK);
        String link = gallery.entry(id).shareToken();
        assertThat(link).hasSizeGreaterThanOrEqualTo(40);
        as(bertta);
        gallery.comment(id, "Hieno kokeilu!");
        SignIn.out(security);
        Gallery.Entry shared = gallery.shared(link).orElseThrow();
        assertThat(shared.title()).isEqualTo("Kun robotti ei liikkunut");
        assertThat(shared.comments()).as("commenters did not choose to be public").isEmpty();
        assertThat(shared.markdown()).isNull();
        assertThat(shared.shareToken()).isNull();
        assertThat(gallery.shared(link.substring(1))).isEmpty();
        assertThat(reads(doris, id)).as("also listed for signed-in users").isTrue();

        as(aino);
        Form users = form("Kun robotti ei liikkunut", "Opin paljon.", Visibility.USERS, "Matematiikka");
        gallery.edit(id, users);
        assertThat(gallery.shared(link)).as("stops when visibility changes").isEmpty();
        gallery.edit(id, form("Kun robotti ei liikkunut", "Opin paljon.", Visibility.PUBLIC_LINK));
        String again = gallery.entry(id).shareToken();
        assertThat(again).isNotEqualTo(link);
        assertThat(gallery.shared(link)).as("an old link never comes back").isEmpty();
        assertThat(gallery.shared(again)).isPresent();

        gallery.withdraw(id);
        assertThat(gallery.shared(again)).isEmpty();
        SignIn.out(security);
        assertThat(gallery.shared(again)).isEmpty();
        assertThat(reads(bertta, id)).isFalse();
        assertThat(reads("admin@polku.local", id)).isFalse();
        as(aino);
        assertThat(gallery.entry(id).withdrawn()).as("the author still has it").isTrue();
        assertThatThrownBy(() -> gallery.edit(id, users)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyParticipantsOfTheCoursePublishAndCommentAndOnlyTheAuthorEdits() {
        UUID id = story(aino, Visibility.USERS);
        as(doris);
        assertThat(gallery.entry(id).canComment()).isFalse();
        assertThatThrownBy(() -> gallery.comment(id, "Saanko minäkin?")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> gallery.publishStory(COURSE, form("Minun", "Tarina", Visibility.USERS)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(gallery.list(COURSE, Filter.none()).canPublish()).isFalse();
        as(bertta);
        assertThatThrownBy(() -> gallery.edit(id, form("Minun nyt", "Tarina", Visibility.USERS)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> gallery.withdraw(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(gallery.entry(id).canComment()).isTrue();
    }

    @Test
    void aCommentIsRenderedInertAndAnnouncedAndBadInputIsNamedAtTheField() {
        UUID id = story(aino, Visibility.COHORT);
        as(bertta);
        Gallery.Entry entry = gallery.comment(id,
                "Hyvä idea, kiitos! <script>alert('x')</script> [klikkaa](javascript:alert(1)) <a href=\"javascript:alert(2)\">b</a>");
        String html = entry.comments().getFirst().html();
        assertThat(html).contains("Hyvä idea, kiitos!", "&lt;script&gt;").doesNotContain("<script")
                .as("links keep no javascript: URL; the typed tag is shown as text")
                .doesNotContainPattern("href=\"\\s*javascript").contains("&lt;a href");
        assertThat(entry.comments().getFirst().author()).isEqualTo("Bertta Öhman");
        assertThat(events.stream(GalleryCommentAdded.class).filter(e -> e.entryId().equals(id)))
                .singleElement().satisfies(e -> {
                    assertThat(e.entryTitle()).isEqualTo("Kun robotti ei liikkunut");
                    assertThat(e.courseId()).isEqualTo(COURSE);
                    assertThat(e.author()).isEqualTo(accounts.findByEmail(aino).orElseThrow().id());
                    assertThat(e.commenter()).isEqualTo(accounts.findByEmail(bertta).orElseThrow().id());
                });

        assertThatThrownBy(() -> gallery.comment(id, "   ")).isInstanceOf(GalleryException.class)
                .extracting(e -> ((GalleryException) e).field()).isEqualTo("comment");
        assertThatThrownBy(() -> gallery.comment(id, "ä".repeat(5001))).isInstanceOf(GalleryException.class)
                .hasMessage("comment: gallery.too-long");
        assertThatThrownBy(() -> gallery.publishStory(COURSE, form(" ", "Teksti", Visibility.COHORT)))
                .hasMessage("title: gallery.title-required");
        assertThatThrownBy(() -> gallery.publishStory(COURSE, form("Otsikko", "Teksti", Visibility.COHORT,
                "x".repeat(41)))).hasMessage("tag-subject: gallery.tag-too-long");
    }

    @Test
    void theCohortsFacilitatorHidesACommentRecordingWhoAndWhen() {
        UUID id = story(aino, Visibility.USERS);
        as(celsius);
        UUID rude = gallery.comment(id, "Typerä idea").comments().getFirst().id();
        as(bertta);
        assertThat(gallery.entry(id).canModerate()).isFalse();
        assertThatThrownBy(() -> gallery.hideComment(rude)).isInstanceOf(AccessDeniedException.class);

        as("kaisa@polku.local");
        Gallery.Comment hidden = gallery.hideComment(rude).comments().getFirst();
        assertThat(hidden.hidden()).isTrue();
        assertThat(hidden.hiddenBy()).isEqualTo(accounts.findByEmail("kaisa@polku.local").orElseThrow().displayName());
        assertThat(hidden.hiddenAt()).isNotNull();
        as(bertta);
        assertThat(gallery.entry(id).comments()).isEmpty();
        as(celsius);
        assertThat(gallery.entry(id).comments()).as("its writer no longer sees it either").isEmpty();
    }

    @Test
    void tagsAreNormalisedSuggestedAndFilterTheList() {
        UUID math = story(aino, Visibility.USERS);
        as(bertta);
        UUID art = gallery.publishStory(COURSE, new Form("Värit ja äänet", "Kuvataidetta",
                Map.of(TagCategory.SUBJECT, Set.of("  Kuvataide ", "kuvataide"), TagCategory.THEME, Set.of(tag),
                        TagCategory.TECHNOLOGY, Set.of("Tabletit  ja   sovellukset")), Visibility.USERS));
        assertThat(gallery.entry(art).tags().get(TagCategory.SUBJECT)).containsExactly("kuvataide");
        assertThat(gallery.entry(art).tags().get(TagCategory.TECHNOLOGY)).containsExactly("tabletit ja sovellukset");
        assertThat(gallery.tagSuggestions(COURSE).get(TagCategory.SUBJECT)).contains("kuvataide", "matematiikka");

        Tag theme = Tag.of(TagCategory.THEME, tag.toUpperCase(Locale.ROOT));
        assertThat(ids(new Filter(Optional.empty(), Set.of(theme)))).containsExactlyInAnyOrder(math, art);
        assertThat(ids(new Filter(Optional.empty(), Set.of(theme, Tag.of(TagCategory.SUBJECT, "KUVATAIDE")))))
                .containsExactly(art);
        assertThat(ids(new Filter(Optional.of(Kind.PROJECT), Set.of(theme)))).isEmpty();
        assertThat(ids(new Filter(Optional.of(Kind.STORY), Set.of(theme)))).hasSize(2);
        assertThat(Tag.parse(theme.token())).contains(theme);
    }

    List<UUID> ids(Filter filter) {
        return gallery.list(COURSE, filter).cards().stream().map(Gallery.Card::id).toList();
    }

    @Test
    void illTryThisTogglesAndCountsButNotForTheAuthor() {
        UUID id = story(aino, Visibility.USERS);
        as(bertta);
        assertThat(gallery.toggleTry(id)).isTrue();
        assertThat(gallery.entry(id).tries()).isEqualTo(1);
        assertThat(gallery.entry(id).triedByMe()).isTrue();
        as(doris);
        assertThat(gallery.toggleTry(id)).isTrue();
        assertThat(gallery.list(COURSE, Filter.none()).cards()).filteredOn(c -> c.id().equals(id))
                .singleElement().extracting(Gallery.Card::tries).isEqualTo(2);
        as(bertta);
        assertThat(gallery.toggleTry(id)).isFalse();
        assertThat(gallery.entry(id).tries()).isEqualTo(1);
        assertThat(gallery.entry(id).triedByMe()).isFalse();
        as(aino);
        assertThatThrownBy(() -> gallery.toggleTry(id)).hasMessage("gallery.try-own");
    }
}

package fi.polku.community.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.Registration;
import fi.polku.accounts.Role;
import fi.polku.community.DiscussionException;
import fi.polku.community.Discussions;
import fi.polku.community.Discussions.Action;
import fi.polku.community.Discussions.Board;
import fi.polku.community.Discussions.PostView;
import fi.polku.community.Discussions.Reaction;
import fi.polku.community.Notifications;
import fi.polku.community.Notifications.Kind;
import fi.polku.learning.CohortSummary;
import fi.polku.learning.Cohorts;
import fi.polku.learning.Learning;
import fi.polku.learning.NewCohort;
import fi.polku.learning.Sparring;
import fi.polku.support.MutableClock;
import fi.polku.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lesson discussions through the services, on a real database, as learners and facilitators would use them. */
@SpringBootTest(properties = {"polku.content.dir=src/test/resources/content-learning",
        "spring.main.allow-bean-definition-overriding=true"})
class DiscussionServicesTest {

    static final String COURSE = "mini";
    static final String LESSON = "intro";
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2027-09-01T08:00:00Z"), ZoneId.of("Europe/Helsinki"));

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock clock() {
            return CLOCK;
        }
    }

    @Autowired Discussions discussions;
    @Autowired Notifications notifications;
    @Autowired Cohorts cohorts;
    @Autowired Learning learning;
    @Autowired Sparring sparring;
    @Autowired fi.polku.learning.Plans plans;
    @Autowired fi.polku.community.Gallery gallery;
    @Autowired org.springframework.context.ApplicationEventPublisher events;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy security;

    CohortSummary cohort;
    CohortSummary otherCohort;
    String anna;
    String ville;
    String otherFacilitator;

    @BeforeEach
    void twoCohorts() {
        SignIn.as(users, security, "kaisa@polku.local");
        cohort = cohorts.create(new NewCohort(COURSE, "Syksy " + UUID.randomUUID(), LocalDate.now(CLOCK),
                LocalDate.now(CLOCK).plusDays(90), null, null));
        SignIn.as(users, security, "admin@polku.local");
        otherFacilitator = register("Toinen Kouluttaja");
        SignIn.as(users, security, "admin@polku.local");
        accounts.grant(accounts.findByEmail(otherFacilitator).orElseThrow().id(), Role.FACILITATOR);
        SignIn.as(users, security, otherFacilitator);
        otherCohort = cohorts.create(new NewCohort(COURSE, "Kevät " + UUID.randomUUID(), LocalDate.now(CLOCK),
                LocalDate.now(CLOCK).plusDays(90), null, null));
        anna = learner("Anna Äänismaa", cohort);
        ville = learner("Ville Öhman", cohort);
    }

    @AfterEach
    void signOut() {
        SignIn.out(security);
    }

    String register(String name) {
        SignIn.out(security);
        String email = "d-" + UUID.randomUUID() + "@koulu.fi";
        accounts.register(new Registration(name, email, "a-long-password", Locale.of("fi")));
        return email;
    }

    String learner(String name, CohortSummary in) {
        String email = register(name);
        SignIn.as(users, security, email);
        learning.enrol(in.id(), "");
        return email;
    }

    PostView thread(String who, String text) {
        SignIn.as(users, security, who);
        return discussions.startThread(COURSE, LESSON, cohort.id(), text);
    }

    Board board(String who) {
        SignIn.as(users, security, who);
        return discussions.board(COURSE, LESSON, Optional.of(cohort.id())).orElseThrow();
    }

    @Test
    void participantsDiscussAndTheAuthorHearsOfReplies() {
        PostView opener = thread(anna, "Kokeilin **pulmapajaa** – se ei toiminut, mutta opin paljon.");
        SignIn.as(users, security, ville);
        discussions.reply(opener.id(), "Mitä tekisit toisin ensi kerralla?");

        Board seen = board(anna);
        assertThat(seen.threads()).hasSize(1);
        assertThat(seen.threads().getFirst().opener().html()).contains("<strong>pulmapajaa</strong>");
        assertThat(seen.threads().getFirst().replies()).extracting(PostView::author).containsExactly("Ville Öhman");
        assertThat(notifications.latest(10)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Kind.REPLY);
            assertThat(n.args()).containsExactly("Ville Öhman", "Kokeilin **pulmapajaa** – se ei toiminut, mutta opin paljon.");
            assertThat(n.link()).isEqualTo("courses/mini/intro#post-" + seen.threads().getFirst().replies().getFirst().id());
        });
        assertThat(notifications.unreadCount()).isEqualTo(1);
        SignIn.as(users, security, ville);
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void onlyParticipantsOfTheCohortSeeOrPost() {
        PostView opener = thread(anna, "Vain meidän ryhmälle.");
        String outsider = register("Ulla Ulkopuolinen");
        SignIn.as(users, security, outsider);
        assertThat(discussions.board(COURSE, LESSON, Optional.empty())).isEmpty();
        assertThatThrownBy(() -> discussions.startThread(COURSE, LESSON, cohort.id(), "Hei"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discussions.reply(opener.id(), "Hei")).isInstanceOf(AccessDeniedException.class);

        String elsewhere = learner("Eero Muualla", otherCohort);
        SignIn.as(users, security, elsewhere);
        Board theirs = discussions.board(COURSE, LESSON, Optional.of(cohort.id())).orElseThrow();
        assertThat(theirs.cohort()).isEqualTo(otherCohort.id());
        assertThat(theirs.threads()).isEmpty();
        assertThatThrownBy(() -> discussions.reply(opener.id(), "Hei")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discussions.startThread(COURSE, LESSON, cohort.id(), "Hei"))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.out(security);
        assertThat(discussions.board(COURSE, LESSON, Optional.empty())).isEmpty();
    }

    @Test
    void theAuthorEditsWithinThirtyMinutesAndDeletesAnyTime() {
        PostView post = thread(anna, "Ensimmäinen versio");
        CLOCK.advance(Duration.ofMinutes(29));
        assertThat(discussions.edit(post.id(), "Korjattu versio").markdown()).isEqualTo("Korjattu versio");
        SignIn.as(users, security, ville);
        assertThatThrownBy(() -> discussions.edit(post.id(), "Villen versio"))
                .isInstanceOf(DiscussionException.class).hasMessage("discussion.not-yours");
        assertThatThrownBy(() -> discussions.delete(post.id())).hasMessage("discussion.not-yours");

        SignIn.as(users, security, anna);
        CLOCK.advance(Duration.ofMinutes(2));
        assertThat(board(anna).threads().getFirst().opener().editable()).isFalse();
        assertThatThrownBy(() -> discussions.edit(post.id(), "Liian myöhään"))
                .isInstanceOf(DiscussionException.class).hasMessage("discussion.edit-window-over");
        assertThat(board(anna).threads().getFirst().opener().markdown()).isEqualTo("Korjattu versio");

        discussions.delete(post.id());
        PostView deleted = board(ville).threads().getFirst().opener();
        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.markdown()).isEmpty();
    }

    @Test
    void emptyOrOversizePostsAreRefusedOnTheField() {
        SignIn.as(users, security, anna);
        assertThatThrownBy(() -> discussions.startThread(COURSE, LESSON, cohort.id(), "   "))
                .isInstanceOfSatisfying(DiscussionException.class, e -> assertThat(e.field()).isEqualTo("body"));
        assertThatThrownBy(() -> discussions.startThread(COURSE, LESSON, cohort.id(), "x".repeat(10_001)))
                .isInstanceOfSatisfying(DiscussionException.class, e -> assertThat(e.messageKey()).isEqualTo("discussion.too-long"));
        assertThat(board(anna).threads()).isEmpty();
    }

    @Test
    void learnerTextCannotRunScriptsOrJavascriptLinks() {
        PostView post = thread(anna, "<script>alert(1)</script> [klikkaa](javascript:alert(2)) <img src=x onerror=alert(3)>");
        assertThat(post.html()).doesNotContain("<script", "href=\"javascript", "<img")
                .contains("&lt;script&gt;");
        PostView link = thread(anna, "<a href=\"javascript:alert(4)\">linkki</a> ja <https://koulu.fi/ä>");
        assertThat(link.html()).doesNotContain("href=\"javascript", "<a href=\"javascript").contains("href=\"https://koulu.fi/");
    }

    @Test
    void reactionsCountOncePerPersonAndCanBeTakenBack() {
        PostView post = thread(anna, "Exit ticket joka tunnin lopuksi");
        SignIn.as(users, security, ville);
        discussions.react(post.id(), Reaction.WILL_TRY, true);
        discussions.react(post.id(), Reaction.WILL_TRY, true);
        discussions.react(post.id(), Reaction.HELPFUL, true);
        SignIn.as(users, security, anna);
        discussions.react(post.id(), Reaction.HELPFUL, true);

        PostView seen = board(ville).threads().getFirst().opener();
        assertThat(seen.reactions()).containsEntry(Reaction.WILL_TRY, 1L).containsEntry(Reaction.HELPFUL, 2L);
        assertThat(seen.myReactions()).containsExactlyInAnyOrder(Reaction.WILL_TRY, Reaction.HELPFUL);
        SignIn.as(users, security, ville);
        discussions.react(post.id(), Reaction.HELPFUL, false);
        assertThat(board(anna).threads().getFirst().opener().reactions()).containsEntry(Reaction.HELPFUL, 1L);
    }

    @Test
    void aReportReachesTheCohortsFacilitatorWhoHidesThePostWithARecord() {
        PostView post = thread(anna, "Tämä on asiaton viesti");
        SignIn.as(users, security, ville);
        assertThatThrownBy(() -> discussions.report(post.id(), " "))
                .isInstanceOfSatisfying(DiscussionException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        discussions.report(post.id(), "Loukkaava sävy");
        assertThatThrownBy(() -> discussions.moderate(post.id(), Action.HIDE, "ei"))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, security, "kaisa@polku.local");
        assertThat(discussions.openReports()).filteredOn(r -> r.postId().equals(post.id())).singleElement()
                .satisfies(r -> {
                    assertThat(r.reporter()).isEqualTo("Ville Öhman");
                    assertThat(r.reason()).isEqualTo("Loukkaava sävy");
                    assertThat(r.postAuthor()).isEqualTo("Anna Äänismaa");
                });
        assertThat(board("kaisa@polku.local").threads().getFirst().opener().openReports()).isEqualTo(1);
        discussions.moderate(post.id(), Action.HIDE, "Rikkoo pelisääntöjä");

        assertThat(discussions.openReports()).noneMatch(r -> r.postId().equals(post.id()));
        assertThat(board(ville).threads()).isEmpty();
        assertThat(board(anna).threads()).singleElement().satisfies(t -> assertThat(t.opener().hidden()).isTrue());
        assertThat(board("kaisa@polku.local").threads().getFirst().opener().hidden()).isTrue();

        SignIn.as(users, security, "kaisa@polku.local");
        discussions.moderate(post.id(), Action.RESTORE, null);
        assertThat(discussions.history(post.id())).extracting(Discussions.ActionView::action)
                .containsExactly(Action.HIDE, Action.RESTORE);
        assertThat(discussions.history(post.id()).getFirst().reason()).isEqualTo("Rikkoo pelisääntöjä");
        assertThat(board(ville).threads()).hasSize(1);
    }

    @Test
    void aFacilitatorOfAnotherCohortNeitherSeesTheReportNorModerates() {
        PostView post = thread(anna, "Viesti");
        SignIn.as(users, security, ville);
        discussions.report(post.id(), "Roskapostia");
        SignIn.as(users, security, otherFacilitator);
        assertThat(discussions.openReports()).noneMatch(r -> r.postId().equals(post.id()));
        assertThatThrownBy(() -> discussions.moderate(post.id(), Action.HIDE, "x")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFacilitatorPicksAmongTheirCohortsByNameAndLosesThemWithTheRole() {
        SignIn.as(users, security, otherFacilitator);
        CohortSummary later = cohorts.create(new NewCohort(COURSE, "Talvi Ähtäri " + UUID.randomUUID(),
                LocalDate.now(CLOCK).plusDays(30), LocalDate.now(CLOCK).plusDays(120), null, null));
        Board seen = discussions.board(COURSE, LESSON, Optional.empty()).orElseThrow();
        assertThat(seen.moderator()).isTrue();
        assertThat(seen.cohorts()).containsExactly(java.util.Map.entry(otherCohort.id(), otherCohort.name()),
                java.util.Map.entry(later.id(), later.name())); // oldest first, and not Kaisa's cohort
        assertThat(board(anna).cohorts()).containsExactly(java.util.Map.entry(cohort.id(), cohort.name()));

        SignIn.as(users, security, "admin@polku.local");
        accounts.revoke(accounts.findByEmail(otherFacilitator).orElseThrow().id(), Role.FACILITATOR);
        SignIn.as(users, security, otherFacilitator);
        // still listed as the cohorts' facilitator, but without the role: as the cohort views, no moderation
        assertThat(discussions.board(COURSE, LESSON, Optional.empty())).isEmpty();
        assertThatThrownBy(() -> discussions.startThread(COURSE, LESSON, otherCohort.id(), "Hei"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void pinnedThreadsComeFirstAndLockedThreadsTakeNoReplies() {
        PostView first = thread(anna, "Ensimmäinen");
        CLOCK.advance(Duration.ofMinutes(1));
        thread(ville, "Toinen");
        assertThat(board(anna).threads()).extracting(t -> t.opener().markdown()).containsExactly("Toinen", "Ensimmäinen");

        SignIn.as(users, security, "kaisa@polku.local");
        discussions.moderate(first.id(), Action.PIN, null);
        discussions.moderate(first.id(), Action.LOCK, null);
        assertThat(board(anna).threads()).extracting(t -> t.opener().markdown()).containsExactly("Ensimmäinen", "Toinen");
        SignIn.as(users, security, ville);
        assertThatThrownBy(() -> discussions.reply(first.id(), "Vielä yksi")).hasMessage("discussion.locked");
    }

    @Test
    void mentioningASparringPeerNotifiesThemAndNobodyElse() {
        String third = learner("Kalle Kärkkäinen", cohort);
        String fourth = learner("Liisa Lähde", cohort);
        SignIn.as(users, security, "kaisa@polku.local");
        sparring.formAutomatically(cohort.id());
        Board annas = board(anna);
        assertThat(annas.mentionable()).isNotEmpty().doesNotContain("Anna Äänismaa");
        String peer = annas.mentionable().getFirst();
        thread(anna, "Kiitos @" + peer + " vinkistä!");

        for (String who : List.of(ville, third, fourth)) {
            SignIn.as(users, security, who);
            String name = accounts.findByEmail(who).orElseThrow().displayName();
            assertThat(notifications.latest(10).stream().anyMatch(n -> n.kind() == Kind.MENTION))
                    .as(name).isEqualTo(name.equals(peer));
        }
    }

    @Test
    void aKindSwitchedOffIsNotDelivered() {
        SignIn.as(users, security, anna);
        notifications.saveSettings(List.of(new Notifications.Setting(Kind.REPLY, false, false)));
        assertThat(notifications.settings()).filteredOn(s -> s.kind() == Kind.REPLY).singleElement()
                .satisfies(s -> assertThat(s.inApp()).isFalse());
        assertThat(notifications.settings()).filteredOn(s -> s.kind() == Kind.MENTION).singleElement()
                .satisfies(s -> assertThat(s.inApp()).isTrue());
        PostView opener = thread(anna, "Hiljaisuus");
        SignIn.as(users, security, ville);
        discussions.reply(opener.id(), "Vastaus");
        SignIn.as(users, security, anna);
        assertThat(notifications.latest(10)).isEmpty();
    }

    @Test
    void aFacilitatorsCommentOnAPlanReachesTheLearnersBell() {
        SignIn.as(users, security, anna);
        plans.save(COURSE, "plan", java.util.Map.of("goal", "Oppilaat äänessä"));
        SignIn.as(users, security, "kaisa@polku.local");
        UUID enrolment = cohorts.rows(cohort.id()).stream().filter(r -> r.name().equals("Anna Äänismaa"))
                .findFirst().orElseThrow().enrolmentId();
        plans.comment(plans.versionsOf(enrolment).getFirst().id(), "Hyvä tavoite!");
        SignIn.as(users, security, anna);
        org.awaitility.Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10))
                .until(() -> notifications.unreadCount() == 1);
        assertThat(notifications.latest(1)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Kind.PLAN_COMMENT);
            assertThat(n.args()).containsExactly("Kaisa Kouluttaja", "1");
            assertThat(n.link()).isEqualTo("courses/mini/plan");
        });
    }

    @Test
    void aCommentOnAGalleryStoryReachesItsAuthorButNotACommentOfTheirOwn() {
        SignIn.as(users, security, anna);
        UUID story = gallery.publishStory(COURSE, new fi.polku.community.Gallery.Form("Pulmapaja ei toiminut",
                "Mitä opin", java.util.Map.of(), fi.polku.community.Gallery.Visibility.COHORT));
        gallery.comment(story, "Lisätietoa myöhemmin");
        SignIn.as(users, security, ville);
        gallery.comment(story, "Kiitos rehellisyydestä!");
        SignIn.as(users, security, anna);
        org.awaitility.Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10))
                .until(() -> notifications.unreadCount() >= 1);
        assertThat(notifications.latest(10)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Kind.GALLERY_COMMENT);
            assertThat(n.args()).containsExactly("Ville Öhman", "Pulmapaja ei toiminut");
            assertThat(n.link()).isEqualTo("gallery/entry/" + story);
        });
    }

    @Test
    void aDecisionOnAKitRequestReachesTheLearner() {
        var learner = accounts.findByEmail(anna).orElseThrow().id();
        transactions.executeWithoutResult(tx -> events.publishEvent(new fi.polku.schools.KitBookingDecided(
                new fi.polku.schools.KitBookingId(UUID.randomUUID()), learner, new fi.polku.schools.KitId(UUID.randomUUID()),
                "Robotiikkasalkku", fi.polku.schools.KitBookingStatus.APPROVED, CLOCK.instant())));
        SignIn.as(users, security, anna);
        org.awaitility.Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10))
                .until(() -> notifications.unreadCount() == 1);
        assertThat(notifications.latest(1)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Kind.KIT_BOOKING);
            assertThat(n.args()).containsExactly("Robotiikkasalkku");
            assertThat(n.link()).isEqualTo("kits/mine");
        });
    }

    @Test
    void peerReviewNewsReachesTheLearnerAsTheyChose() {
        var learner = accounts.findByEmail(anna).orElseThrow().id();
        SignIn.as(users, security, anna);
        notifications.saveSettings(List.of(new Notifications.Setting(Kind.BONUS_REVIEW, false, false)));
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(new fi.polku.peerreview.FeedbackReceived(learner, COURSE, "project", false));
            events.publishEvent(new fi.polku.peerreview.ReviewReminderDue(learner, COURSE, "project", 2, 1));
            events.publishEvent(new fi.polku.peerreview.BonusReviewInvited(learner, COURSE, "project"));
        });
        org.awaitility.Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10))
                .until(() -> notifications.unreadCount() == 2);
        assertThat(notifications.latest(10)).extracting(Notifications.Item::kind)
                .containsExactlyInAnyOrder(Kind.SUBMISSION_FEEDBACK, Kind.REVIEW_TO_DO);
        assertThat(notifications.latest(10)).filteredOn(n -> n.kind() == Kind.REVIEW_TO_DO).singleElement()
                .satisfies(n -> assertThat(n.arguments()).containsExactly(2L));
    }
}

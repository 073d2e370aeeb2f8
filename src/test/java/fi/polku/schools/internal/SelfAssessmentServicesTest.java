package fi.polku.schools.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.Registration;
import fi.polku.learning.CohortSummary;
import fi.polku.learning.Cohorts;
import fi.polku.learning.Learning;
import fi.polku.learning.NewCohort;
import fi.polku.schools.SelfAssessmentException;
import fi.polku.schools.SelfAssessmentLinks;
import fi.polku.schools.SelfAssessmentResults;
import fi.polku.schools.SelfAssessmentViews.Answer;
import fi.polku.schools.SelfAssessmentViews.Invitation;
import fi.polku.schools.SelfAssessmentViews.Round;
import fi.polku.schools.SelfAssessments;
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

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The self-assessment on the sample course's lesson, through its services on a real database:
 * a learner runs rounds, colleagues answer through their links signed out, facilitators read.
 */
@SpringBootTest
class SelfAssessmentServicesTest {

    static final String COURSE = "innovative-teachers";
    static final String LESSON = "school-self-assessment";
    static final List<String> STATEMENTS = List.of("shared-vision", "leaders-as-models", "planned-together",
            "follow-up", "time-for-development", "pupils-create", "purposeful-choice", "feedback", "differentiation",
            "responsible-use", "shared-spaces", "showing-practices", "mentoring", "networks", "devices",
            "connections", "technical-help", "pedagogical-support");

    @Autowired SelfAssessments selfAssessments;
    @Autowired SelfAssessmentLinks links;
    @Autowired Cohorts cohorts;
    @Autowired Learning learning;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy security;

    CohortSummary cohort;
    String learner;

    @BeforeEach
    void aLearnerInKaisasCohort() {
        SignIn.as(users, security, "kaisa@polku.local");
        cohort = cohorts.create(new NewCohort(COURSE, "Syksy " + UUID.randomUUID(), LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(90), null, null));
        learner = newLearner("Päivi Äijälä");
    }

    @AfterEach
    void signOut() {
        SignIn.out(security);
    }

    String newLearner(String name) {
        SignIn.out(security);
        String email = "sa-" + UUID.randomUUID() + "@koulu.fi";
        accounts.register(new Registration(name, email, "a-long-password", Locale.of("fi")));
        SignIn.as(users, security, email);
        learning.enrol(cohort.id(), "");
        return email;
    }

    /** Every statement rated {@code rating}, except those given in {@code except}. */
    static Answer all(int rating, Map<String, Integer> except, Map<String, String> comments) {
        Map<String, Integer> ratings = new HashMap<>();
        STATEMENTS.forEach(s -> ratings.put(s, except.getOrDefault(s, rating)));
        return new Answer(ratings, comments);
    }

    static String token(Invitation invitation) {
        return invitation.link().substring(invitation.link().lastIndexOf('/') + 1);
    }

    Round startWithSchool(String school) {
        selfAssessments.changeMySchool(school);
        return selfAssessments.start(COURSE, LESSON);
    }

    @Test
    void aSchoolNameTooLongForTheProfileIsRefusedWithAFieldErrorAndTheOldOneStays() {
        selfAssessments.changeMySchool("Mäntykankaan koulu");

        assertThatThrownBy(() -> selfAssessments.changeMySchool("K".repeat(201)))
                .isInstanceOf(SelfAssessmentException.class)
                .extracting("field", "messageKey").containsExactly("school", "self-assessment.too-long");
        assertThat(accounts.findByEmail(learner).orElseThrow().school()).isEqualTo("Mäntykankaan koulu");
        selfAssessments.changeMySchool("K".repeat(200));
        assertThat(accounts.findByEmail(learner).orElseThrow().school()).hasSize(200);
    }

    @Test
    void aRoundNeedsTheLearnersSchoolAndKeepsItsName() {
        assertThatThrownBy(() -> selfAssessments.start(COURSE, LESSON)).isInstanceOf(SelfAssessmentException.class)
                .extracting("field", "messageKey").containsExactly("school", "self-assessment.school-needed");

        Round round = startWithSchool("Mäntykankaan koulu");

        assertThat(round.number()).isEqualTo(1);
        assertThat(round.school()).isEqualTo("Mäntykankaan koulu");
        assertThat(accounts.findByEmail(learner).orElseThrow().school()).isEqualTo("Mäntykankaan koulu");
        assertThat(selfAssessments.mine(COURSE, LESSON).open()).extracting(Round::id).isEqualTo(round.id());
        assertThatThrownBy(() -> selfAssessments.start(COURSE, LESSON))
                .extracting("messageKey").isEqualTo("self-assessment.already-open");
    }

    @Test
    void colleaguesAnswerThroughTheirLinkSignedOutAndMayChangeTheirAnswer() {
        Round round = startWithSchool("Åkerlundin koulu");
        Invitation invitation = selfAssessments.invite(round.id(), "Ville Öhman", "ville.ohman@koulu.fi");
        assertThat(invitation.link()).startsWith("http://localhost:8080/self-assessment/answer/");
        assertThat(token(invitation)).hasSizeGreaterThanOrEqualTo(43);

        SignIn.out(security);
        var form = links.open(token(invitation), Locale.of("fi")).orElseThrow();
        assertThat(form.school()).isEqualTo("Åkerlundin koulu");
        assertThat(form.ownerName()).isEqualTo("Päivi Äijälä");
        assertThat(form.colleagueName()).isEqualTo("Ville Öhman");
        assertThat(form.template().areas().getFirst().title()).isEqualTo("Visio ja johtaminen");
        assertThat(form.open()).isTrue();

        links.answer(token(invitation), all(2, Map.of(), Map.of("vision", "Johto kannustaa – äänestetään!")));
        links.answer(token(invitation), all(3, Map.of("devices", Answer.DONT_KNOW),
                Map.of("infrastructure", "Laitteita on, mutta wlan pätkii.")));
        assertThat(links.open(token(invitation), Locale.ENGLISH).orElseThrow().answer().comments())
                .containsExactly(Map.entry("infrastructure", "Laitteita on, mutta wlan pätkii."));
        assertThat(links.open("not-a-token", Locale.ENGLISH)).isEmpty();

        SignIn.as(users, security, learner);
        selfAssessments.answerMyself(round.id(), all(5, Map.of(), Map.of()));
        SelfAssessmentResults results = selfAssessments.results(round.id(), Locale.of("fi"));
        assertThat(results.respondents()).isEqualTo(2);
        assertThat(results.school()).isEqualTo("Åkerlundin koulu");
        var infrastructure = results.areas().get(3);
        assertThat(infrastructure.title()).isEqualTo("Infrastruktuuri ja tuki");
        assertThat(infrastructure.spread().mean()).isEqualTo(4.0);
        assertThat(infrastructure.statements().getFirst().spread().dontKnow()).isEqualTo(1);
        assertThat(infrastructure.comments()).containsExactly("Laitteita on, mutta wlan pätkii.");
        assertThat(results.areas().getFirst().comments()).as("replaced by the second answer").isEmpty();
        assertThat(selfAssessments.mine(COURSE, LESSON).open().invitations()).singleElement()
                .satisfies(i -> assertThat(i.answeredAt()).isNotNull());
    }

    @Test
    void anAnswerMustCoverEveryStatementAndNamesTheFirstOneMissing() {
        Round round = startWithSchool("Koulu");
        Map<String, Integer> partial = new HashMap<>(all(3, Map.of(), Map.of()).ratings());
        partial.remove("feedback");
        assertThatThrownBy(() -> selfAssessments.answerMyself(round.id(), new Answer(partial, Map.of())))
                .extracting("field", "messageKey").containsExactly("feedback", "self-assessment.unanswered");
        assertThat(selfAssessments.results(round.id(), Locale.ENGLISH).respondents()).isZero();
    }

    @Test
    void aClosedRoundRefusesAnswersFromLinksAndFromItsOwner() {
        Round round = startWithSchool("Koulu");
        String token = token(selfAssessments.invite(round.id(), null, null));
        selfAssessments.close(round.id());

        SignIn.out(security);
        assertThat(links.open(token, Locale.ENGLISH).orElseThrow().open()).isFalse();
        assertThatThrownBy(() -> links.answer(token, all(4, Map.of(), Map.of())))
                .extracting("messageKey").isEqualTo("self-assessment.closed");

        SignIn.as(users, security, learner);
        assertThatThrownBy(() -> selfAssessments.answerMyself(round.id(), all(4, Map.of(), Map.of())))
                .extracting("messageKey").isEqualTo("self-assessment.closed");
        assertThatThrownBy(() -> selfAssessments.invite(round.id(), "Myöhästynyt", null))
                .extracting("messageKey").isEqualTo("self-assessment.closed");
        assertThat(selfAssessments.results(round.id(), Locale.ENGLISH).respondents()).isZero();
    }

    @Test
    void aNewRoundIsComparedWithThePreviousOne() {
        Round first = startWithSchool("Koulu");
        selfAssessments.answerMyself(first.id(), all(2, Map.of(), Map.of()));
        selfAssessments.close(first.id());

        Round second = selfAssessments.start(COURSE, LESSON);
        selfAssessments.answerMyself(second.id(), all(4, Map.of("devices", 5), Map.of()));

        assertThat(second.number()).isEqualTo(2);
        SelfAssessmentResults results = selfAssessments.results(second.id(), Locale.ENGLISH);
        assertThat(results.previousNumber()).isEqualTo(1);
        assertThat(results.areas()).allSatisfy(a -> assertThat(a.previousMean()).isEqualTo(2.0));
        assertThat(results.areas().getFirst().spread().mean()).isEqualTo(4.0);
        assertThat(results.areas().get(3).statements().getFirst().spread().mean()).isEqualTo(5.0);
        assertThat(selfAssessments.results(first.id(), Locale.ENGLISH).previousNumber()).isNull();
        assertThat(selfAssessments.mine(COURSE, LESSON).rounds()).extracting(Round::number).containsExactly(2, 1);
    }

    @Test
    void resultsAreForTheOwnerTheirFacilitatorAndAdminsNotForOtherLearners() {
        Round round = startWithSchool("Koulu");
        selfAssessments.answerMyself(round.id(), all(3, Map.of(), Map.of()));

        newLearner("Toinen Oppija");
        assertThatThrownBy(() -> selfAssessments.results(round.id(), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> selfAssessments.close(round.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> selfAssessments.invite(round.id(), null, null)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, security, "aino@polku.local");
        assertThatThrownBy(() -> selfAssessments.results(round.id(), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, security, "kaisa@polku.local");
        assertThat(selfAssessments.results(round.id(), Locale.ENGLISH).respondents()).isEqualTo(1);
        assertThat(selfAssessments.roundsToFollow(COURSE, LESSON)).extracting(Round::id).contains(round.id());
        assertThat(selfAssessments.roundsToFollow(COURSE, LESSON)).allSatisfy(r -> assertThat(r.invitations()).isEmpty());

        SignIn.as(users, security, "admin@polku.local");
        assertThat(selfAssessments.results(round.id(), Locale.ENGLISH).ownerName()).isEqualTo("Päivi Äijälä");

        SignIn.out(security);
        assertThatThrownBy(() -> selfAssessments.results(round.id(), Locale.ENGLISH))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void theLearnerMarksTheLessonDoneThemselvesWhateverColleaguesDo() {
        assertThat(learning.markDone(COURSE, LESSON).isDone(LESSON)).isTrue();
        assertThat(learning.undo(COURSE, LESSON).isDone(LESSON)).isFalse();
    }

    @Test
    void onlyTheCoursesLearnersStartRounds() {
        SignIn.as(users, security, "kaisa@polku.local");
        selfAssessments.changeMySchool("Kouluttajan koulu");
        assertThatThrownBy(() -> selfAssessments.start(COURSE, LESSON))
                .extracting("messageKey").isEqualTo("self-assessment.not-a-learner");
        SignIn.as(users, security, learner);
        selfAssessments.changeMySchool("Koulu");
        assertThatThrownBy(() -> selfAssessments.start(COURSE, "needs-survey"))
                .extracting("messageKey").isEqualTo("self-assessment.no-such-lesson");
    }
}

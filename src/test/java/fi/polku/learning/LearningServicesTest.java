package fi.polku.learning;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.Registration;
import fi.polku.accounts.Role;
import fi.polku.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The learning services on a real database and the mini test course, acting as real users. */
@SpringBootTest(properties = "polku.content.dir=src/test/resources/content-learning")
@RecordApplicationEvents
class LearningServicesTest {

    static final String COURSE = "mini";

    @Autowired Learning learning;
    @Autowired Surveys surveys;
    @Autowired Plans plans;
    @Autowired Cohorts cohorts;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired ApplicationEvents events;
    @Autowired Sparring sparring;

    String learner;
    CohortSummary cohort;

    @BeforeEach
    void cohortWithALearner() {
        SignIn.as(users, security, "kaisa@polku.local");
        cohort = cohorts.create(new NewCohort(COURSE, "Syksy", LocalDate.now().minusDays(1), LocalDate.now().plusDays(60),
                null, null));
        learner = newLearner("Väinö Äijälä");
        SignIn.as(users, security, learner);
        assertThat(learning.enrol(cohort.id(), "")).isEqualTo(EnrolResult.ENROLLED);
    }

    @AfterEach
    void signOut() {
        SignIn.out(security);
    }

    String newLearner(String name) {
        SignIn.out(security);
        String email = "l-" + UUID.randomUUID() + "@koulu.fi";
        accounts.register(new Registration(name, email, "a-long-password", Locale.of("fi")));
        return email;
    }

    @Test
    void enrollingTwiceIsANoOpAndKeysAndCapacityAreEnforced() {
        assertThat(learning.enrol(cohort.id(), "")).isEqualTo(EnrolResult.ALREADY_ENROLLED);

        SignIn.as(users, security, "kaisa@polku.local");
        CohortSummary keyed = cohorts.create(new NewCohort(COURSE, "Avaimella", LocalDate.now(), LocalDate.now().plusDays(9),
                "sala-1", 1));
        String first = newLearner("Eka");
        SignIn.as(users, security, first);
        assertThat(learning.enrol(keyed.id(), "wrong")).isEqualTo(EnrolResult.WRONG_KEY);
        assertThat(learning.enrol(keyed.id(), " sala-1 ")).isEqualTo(EnrolResult.ENROLLED);
        String second = newLearner("Toka");
        SignIn.as(users, security, second);
        assertThat(learning.enrol(keyed.id(), "sala-1")).isEqualTo(EnrolResult.FULL);
        assertThat(learning.enrol(cohort.id(), "")).isEqualTo(EnrolResult.ENROLLED);
        assertThat(learning.enrol(keyed.id(), "sala-1")).isEqualTo(EnrolResult.ENROLLED_IN_ANOTHER_COHORT);
    }

    @Test
    void readingIsMarkedDoneAndUndoneButAReflectionNeedsItsWordsFirst() {
        CourseProgress progress = learning.markDone(COURSE, "intro");
        assertThat(progress.isDone("intro")).isTrue();
        assertThat(progress.parts().getFirst().percent()).isEqualTo(33);
        assertThat(learning.undo(COURSE, "intro").isDone("intro")).isFalse();

        assertThatThrownBy(() -> learning.markDone(COURSE, "think")).isInstanceOf(LearningException.class)
                .extracting(e -> ((LearningException) e).messageKey()).isEqualTo("learning.reflection-too-short");
        learning.saveReflection(COURSE, "think", "Opin että pienet kokeilut kannattavat");
        assertThat(learning.reflection(COURSE, "think").text()).isEqualTo("Opin että pienet kokeilut kannattavat");
        assertThat(learning.markDone(COURSE, "think").isDone("think")).isTrue();

        assertThatThrownBy(() -> learning.markDone(COURSE, "survey")).isInstanceOf(LearningException.class);
    }

    @Test
    void theSurveyValidatesEachAnswerSuggestsThemesAndKeepsItsHistory() {
        assertThatThrownBy(() -> surveys.submit(COURSE, "survey", Map.of("wish", "a", "tools", "x", "confidence", "7"),
                "maker", null)).isInstanceOf(LearningException.class)
                .extracting(e -> ((LearningException) e).field()).isEqualTo("confidence");
        assertThatThrownBy(() -> surveys.submit(COURSE, "survey", Map.of("wish", "a", "tools", "x", "confidence", "3"),
                null, " ")).extracting(e -> ((LearningException) e).field()).isEqualTo("theme");

        var suggestions = surveys.suggest(COURSE, "survey", Map.of("wish", "a", "tools", "x,y"));
        assertThat(suggestions).extracting(ThemeSuggestion::id).containsExactly("maker", "digital");
        assertThat(suggestions).extracting(ThemeSuggestion::votes).containsExactly(3, 1);

        surveys.submit(COURSE, "survey", Map.of("wish", "a", "tools", "x", "confidence", "3"), "maker", null);
        surveys.submit(COURSE, "survey", Map.of("wish", "b", "tools", "y", "confidence", "4"), null, "Äänimaailmat");
        assertThat(surveys.history(COURSE, "survey")).hasSize(2);
        assertThat(surveys.latest(COURSE, "survey").orElseThrow().ownTheme()).isEqualTo("Äänimaailmat");
        assertThat(learning.progress(COURSE).orElseThrow().isDone("survey")).isTrue();

        surveys.submit(COURSE, "survey", Map.of("wish", "a", "tools", "x", "confidence", "5"), "maker", null);
        SignIn.as(users, security, "kaisa@polku.local");
        assertThat(cohorts.rows(cohort.id())).extracting(CohortRow::theme).containsExactly("Maker education");
    }

    @Test
    void everyChangedSaveOfAPlanIsANewVersionThatATrainerCanCommentOn() {
        assertThatThrownBy(() -> plans.save(COURSE, "plan", Map.of("goal", " ", "actions", "")))
                .extracting(e -> ((LearningException) e).field()).isEqualTo("goal");
        plans.save(COURSE, "plan", Map.of("goal", "Oppilaat kokeilevat", "actions", "Viikoittain"));
        plans.save(COURSE, "plan", Map.of("goal", "Oppilaat kokeilevat", "actions", "Viikoittain"));
        PlanVersionView second = plans.save(COURSE, "plan", Map.of("goal", "Oppilaat kokeilevat ja jakavat", "actions", "Viikoittain"));
        assertThat(plans.myVersions(COURSE, "plan")).extracting(PlanVersionView::version).containsExactly(2, 1);

        SignIn.as(users, security, "kaisa@polku.local");
        var row = cohorts.rows(cohort.id()).stream().filter(r -> r.email().equals(learner)).findFirst().orElseThrow();
        assertThat(row.planVersions()).isEqualTo(2);
        plans.comment(second.id(), "Hyvä, konkreettinen tavoite!");

        SignIn.as(users, security, learner);
        assertThat(plans.myVersions(COURSE, "plan").getFirst().comments())
                .extracting(PlanVersionView.Comment::text).containsExactly("Hyvä, konkreettinen tavoite!");
        assertThat(plans.myPdf(COURSE, "plan", 2, Locale.of("fi"))).startsWith("%PDF".getBytes());
    }

    @Test
    void completingEveryRequiredLessonAnnouncesTheCourseCompletedOnce() {
        learning.markDone(COURSE, "intro");
        learning.saveReflection(COURSE, "think", "yksi kaksi kolme neljä viisi");
        learning.markDone(COURSE, "think");
        surveys.submit(COURSE, "survey", Map.of("wish", "a", "tools", "x", "confidence", "3"), "maker", null);
        plans.save(COURSE, "plan", Map.of("goal", "Tavoite", "actions", "Toimet"));
        assertThat(events.stream(CourseCompleted.class)).isEmpty();

        CourseProgress done = learning.markDone(COURSE, "meet");
        assertThat(done.completedAt()).isNotNull();
        learning.undo(COURSE, "intro");
        learning.markDone(COURSE, "intro");

        assertThat(events.stream(CourseCompleted.class)).hasSize(1)
                .allSatisfy(e -> assertThat(e.courseId()).isEqualTo(COURSE));
        assertThat(events.stream(LessonCompleted.class).filter(e -> e.lessonId().equals("intro"))).hasSize(2);
    }

    @Test
    void learnersSeeOnlyTheirOwnPlansAndFacilitatorsOnlyTheirCohorts() {
        plans.save(COURSE, "plan", Map.of("goal", "Oma", "actions", ""));
        SignIn.as(users, security, "kaisa@polku.local");
        UUID enrolment = cohorts.rows(cohort.id()).getFirst().enrolmentId();

        SignIn.as(users, security, newLearner("Utelias"));
        assertThatThrownBy(() -> plans.versionsOf(enrolment)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> cohorts.rows(cohort.id())).isInstanceOf(AuthorizationDeniedException.class);

        SignIn.as(users, security, "admin@polku.local");
        String otherFacilitator = "f-" + UUID.randomUUID() + "@koulu.fi";
        accounts.grant(accounts.findOrInvite("Toinen Kouluttaja", otherFacilitator, null).id(), Role.FACILITATOR);
        assertThat(plans.versionsOf(enrolment)).hasSize(1);
        assertThat(cohorts.rows(cohort.id())).hasSize(1);
        assertThat(cohorts.mine()).extracting(CohortSummary::id).contains(cohort.id());

        SignIn.as(users, security, "kaisa@polku.local");
        CohortSummary kaisas = cohorts.create(new NewCohort(COURSE, "Kaisan toinen", LocalDate.now(), LocalDate.now(), null, null));
        assertThat(cohorts.mine()).extracting(CohortSummary::id).contains(kaisas.id());
        SignIn.as(users, security, otherFacilitator);
        assertThat(cohorts.mine()).isEmpty();
        assertThatThrownBy(() -> cohorts.get(kaisas.id())).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Not a facilitator");
        assertThatThrownBy(() -> plans.versionsOf(enrolment)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aClassListEnrolsTheGoodRowsAndReportsEachBadRowByLine() {
        SignIn.as(users, security, "kaisa@polku.local");
        String csv = """
                nimi;sähköposti;koulu
                Ääni Öljynen;aani.oljynen@koulu.fi;Äänekosken koulu
                ;tyhja@koulu.fi;
                Matti Meikäläinen;matti.example.com;
                Åsa Åkerlund;asa.akerlund@koulu.fi;Åbo skola
                Ääni Tuplana;AANI.OLJYNEN@koulu.fi;
                """;
        ImportReport report = cohorts.importCsv(cohort.id(), new StringReader(csv));

        assertThat(report.enrolled()).isEqualTo(2);
        assertThat(report.invited()).isEqualTo(2);
        assertThat(report.problems()).extracting(ImportReport.Problem::line).containsExactly(3, 4, 6);
        assertThat(cohorts.rows(cohort.id())).extracting(CohortRow::name).contains("Ääni Öljynen", "Åsa Åkerlund");
        assertThat(accounts.findByEmail("aani.oljynen@koulu.fi").orElseThrow().invited()).isTrue();
    }

    @Test
    void aFacilitatorSetsTheCohortsSessionTimeAndLearnersGetItInTheirCalendar() {
        SignIn.as(users, security, "kaisa@polku.local");
        cohorts.schedule(cohort.id(), "meet", java.time.LocalDateTime.of(2027, 10, 14, 17, 0),
                java.time.LocalDateTime.of(2027, 10, 14, 18, 0), null, "https://meet.example.org/syksy");
        assertThatThrownBy(() -> cohorts.schedule(cohort.id(), "meet", java.time.LocalDateTime.of(2027, 10, 14, 17, 0),
                java.time.LocalDateTime.of(2027, 10, 14, 16, 0), null, null))
                .extracting(e -> ((LearningException) e).field()).isEqualTo("end");

        SignIn.as(users, security, learner);
        UpcomingSession meet = learning.sessions(false).stream().filter(x -> x.lessonId().equals("meet")).findFirst()
                .orElseThrow();
        assertThat(meet.start().toLocalDateTime()).isEqualTo(java.time.LocalDateTime.of(2027, 10, 14, 17, 0));
        assertThat(meet.start().getZone()).isEqualTo(java.time.ZoneId.of("Europe/Helsinki"));
        assertThat(meet.link()).isEqualTo("https://meet.example.org/syksy");
    }

    @Test
    void groupsAreFormedAttendanceRecordedAndNotesSharedOnlyWithinTheGroup() {
        Map<String, String> emailOf = new java.util.HashMap<>();
        for (String name : List.of("Aapo", "Bea", "Cecilia", "Daavid", "Eelis", "Fanni")) {
            emailOf.put(name, newLearner(name));
        }
        String[] others = emailOf.values().toArray(String[]::new);
        for (String other : others) {
            SignIn.as(users, security, other);
            learning.enrol(cohort.id(), "");
        }
        SignIn.as(users, security, "kaisa@polku.local");
        List<SparringGroupView> groups = sparring.formAutomatically(cohort.id());
        assertThat(groups).hasSize(2);
        assertThat(groups).extracting(g -> g.members().size()).containsExactlyInAnyOrder(4, 3);
        SparringGroupView big = groups.stream().filter(g -> g.members().size() == 4).findFirst().orElseThrow();
        SparringGroupView small = groups.stream().filter(g -> g.members().size() == 3).findFirst().orElseThrow();
        sparring.move(big.members().getFirst().enrolmentId(), small.id());
        assertThat(sparring.groups(cohort.id())).extracting(g -> g.members().size()).containsExactlyInAnyOrder(3, 4);
        SparringGroupView group = sparring.groups(cohort.id()).stream()
                .filter(g -> g.members().stream().anyMatch(m -> m.name().equals("Väinö Äijälä"))).findFirst().orElseThrow();
        UUID someone = group.members().getFirst().enrolmentId();
        sparring.recordAttendance(group.id(), "meet", someone, true);
        assertThat(sparring.present(group.id(), "meet")).containsExactly(someone);
        assertThat(cohorts.rows(cohort.id()).stream().filter(r -> r.enrolmentId().equals(someone)).findFirst()
                .orElseThrow().sessionsAttended()).isEqualTo(1);

        SignIn.as(users, security, learner);
        assertThat(sparring.myGroup(COURSE)).map(SparringGroupView::id).contains(group.id());
        sparring.saveNotes(group.id(), "meet", "Kokeillaan ensi viikolla äänimaisemaa");
        String mate = group.members().stream().map(SparringGroupView.Member::name).filter(emailOf::containsKey)
                .findFirst().map(emailOf::get).orElseThrow();
        SignIn.as(users, security, mate);
        assertThat(sparring.notes(group.id(), "meet")).isEqualTo("Kokeillaan ensi viikolla äänimaisemaa");

        SignIn.as(users, security, newLearner("Ulkopuolinen"));
        assertThatThrownBy(() -> sparring.notes(group.id(), "meet")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sparring.formAutomatically(cohort.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCohortCanHaveSeveralFacilitatorsButOnlyPeopleWhoFacilitate() {
        SignIn.as(users, security, "admin@polku.local");
        String colleague = "co-" + UUID.randomUUID() + "@koulu.fi";
        var co = accounts.findOrInvite("Kollega Kouluttaja", colleague, null);
        accounts.grant(co.id(), Role.FACILITATOR);
        SignIn.as(users, security, "kaisa@polku.local");
        CohortSummary shared = cohorts.create(new NewCohort(COURSE, "Yhteinen", LocalDate.now(), LocalDate.now().plusDays(9),
                null, null, java.util.Set.of(co.id(), accounts.findByEmail(learner).orElseThrow().id())));
        SignIn.as(users, security, colleague);
        assertThat(cohorts.mine()).extracting(CohortSummary::id).contains(shared.id());
        assertThat(cohorts.rows(shared.id())).isEmpty();
        SignIn.as(users, security, learner);
        assertThatThrownBy(() -> cohorts.get(shared.id())).isInstanceOf(AccessDeniedException.class);
    }
}

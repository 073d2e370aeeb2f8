package fi.polku.learning.internal;

import fi.polku.content.CourseCatalog;
import fi.polku.content.LessonDetails;
import fi.polku.content.LessonDetails.Question;
import fi.polku.learning.LearningException;
import fi.polku.learning.SurveyAnswers;
import fi.polku.learning.Surveys;
import fi.polku.learning.ThemeSuggestion;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class SurveyService implements Surveys {

    private static final int MAX_TEXT = 5_000;

    private final LearningAccess access;
    private final SurveyResponseRepository responses;
    private final CohortRepository cohorts;
    private final CourseCatalog catalog;
    private final LearnerService learner;
    private final Clock clock;

    SurveyService(LearningAccess access, SurveyResponseRepository responses, CohortRepository cohorts,
                  CourseCatalog catalog, LearnerService learner, Clock clock) {
        this.access = access;
        this.responses = responses;
        this.cohorts = cohorts;
        this.catalog = catalog;
        this.learner = learner;
        this.clock = clock;
    }

    @Override
    public Optional<SurveyAnswers> latest(String courseId, String lessonId) {
        return history(courseId, lessonId).stream().findFirst();
    }

    @Override
    public Optional<String> myTheme(String courseId) {
        Enrolment enrolment = access.myEnrolment(courseId);
        Locale language = access.me().language();
        return catalog.course(courseId, language).stream().flatMap(c -> c.lessons().stream())
                .filter(l -> l.type() == fi.polku.content.LessonType.SURVEY)
                .flatMap(l -> responses.findByEnrolmentIdAndLessonIdOrderBySubmittedAtDesc(enrolment.id(), l.id()).stream()
                        .limit(1).map(r -> r.ownTheme() != null ? r.ownTheme()
                                : survey(courseId, l.id(), language).themes().stream()
                                .filter(t -> t.id().equals(r.chosenTheme())).map(LessonDetails.Theme::title)
                                .findFirst().orElse(null)))
                .filter(java.util.Objects::nonNull).findFirst();
    }

    @Override
    public List<SurveyAnswers> history(String courseId, String lessonId) {
        Enrolment enrolment = access.myEnrolment(courseId);
        return responses.findByEnrolmentIdAndLessonIdOrderBySubmittedAtDesc(enrolment.id(), lessonId).stream()
                .map(r -> new SurveyAnswers(r.answers(), r.chosenTheme(), r.ownTheme(), r.submittedAt())).toList();
    }

    @Override
    public List<ThemeSuggestion> suggest(String courseId, String lessonId, Map<String, String> answers) {
        LessonDetails.Survey survey = survey(courseId, lessonId, access.me().language());
        Map<String, Integer> votes = new LinkedHashMap<>();
        survey.themes().forEach(t -> votes.put(t.id(), 0));
        for (Question q : survey.questions()) {
            Set<String> chosen = chosenOptions(answers.get(q.id()));
            q.options().stream().filter(o -> chosen.contains(o.id()))
                    .forEach(o -> o.themes().forEach(t -> votes.merge(t, 1, Integer::sum)));
        }
        List<ThemeSuggestion> suggestions = new ArrayList<>();
        survey.themes().forEach(t -> suggestions.add(new ThemeSuggestion(t.id(), t.title(), t.description(), votes.get(t.id()))));
        suggestions.sort((a, b) -> Integer.compare(b.votes(), a.votes()));
        return suggestions;
    }

    @Override
    @Transactional
    public SurveyAnswers submit(String courseId, String lessonId, Map<String, String> answers,
                                @Nullable String chosenTheme, @Nullable String ownTheme) {
        Enrolment enrolment = access.myEnrolment(courseId);
        Cohort cohort = cohorts.findById(enrolment.cohortId()).orElseThrow();
        if (!cohort.isOpenOn(LocalDate.now(clock))) {
            throw new LearningException("survey.cohort-ended");
        }
        LessonDetails.Survey survey = survey(courseId, lessonId, Locale.ENGLISH);
        Map<String, String> clean = new LinkedHashMap<>();
        for (Question q : survey.questions()) {
            String value = answers.getOrDefault(q.id(), "").strip();
            check(q, value);
            if (!value.isEmpty()) {
                clean.put(q.id(), value);
            }
        }
        boolean ownGiven = ownTheme != null && !ownTheme.isBlank();
        if (chosenTheme != null && survey.themes().stream().noneMatch(t -> t.id().equals(chosenTheme))) {
            throw LearningException.onField("theme", "survey.unknown-theme");
        }
        if (chosenTheme == null && !ownGiven) {
            throw LearningException.onField("theme", "survey.theme-required");
        }
        if (ownGiven && ownTheme.length() > 500) {
            throw LearningException.onField("theme", "learning.text-too-long", 500);
        }
        SurveyResponse saved = responses.save(new SurveyResponse(enrolment.id(), lessonId, clean,
                ownGiven ? null : chosenTheme, ownTheme, clock.instant()));
        learner.complete(enrolment, lessonId);
        return new SurveyAnswers(saved.answers(), saved.chosenTheme(), saved.ownTheme(), saved.submittedAt());
    }

    private static void check(Question q, String value) {
        switch (q.kind()) {
            case SINGLE -> {
                if (q.options().stream().noneMatch(o -> o.id().equals(value))) {
                    throw LearningException.onField(q.id(), "survey.choose-one");
                }
            }
            case MULTIPLE -> {
                Set<String> chosen = chosenOptions(value);
                Set<String> valid = q.options().stream().map(LessonDetails.Option::id).collect(Collectors.toSet());
                if (chosen.isEmpty() || !valid.containsAll(chosen)) {
                    throw LearningException.onField(q.id(), "survey.choose-some");
                }
            }
            case SCALE -> {
                if (!value.matches("[1-5]")) {
                    throw LearningException.onField(q.id(), "survey.choose-scale");
                }
            }
            case TEXT -> {
                if (value.length() > MAX_TEXT) {
                    throw LearningException.onField(q.id(), "learning.text-too-long", MAX_TEXT);
                }
            }
        }
    }

    private static Set<String> chosenOptions(@Nullable String value) {
        return value == null || value.isBlank() ? Set.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private LessonDetails.Survey survey(String courseId, String lessonId, Locale language) {
        return catalog.lesson(courseId, lessonId, language)
                .filter(p -> p.details() instanceof LessonDetails.Survey)
                .map(p -> (LessonDetails.Survey) p.details())
                .orElseThrow(() -> new LearningException("learning.no-lesson"));
    }
}

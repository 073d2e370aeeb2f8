package fi.polku.learning;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The signed-in learner's needs survey: answers, suggested themes and the chosen theme. */
public interface Surveys {

    Optional<SurveyAnswers> latest(String courseId, String lessonId);

    /** The development theme the signed-in learner chose in the course's survey: its title, or their own words. */
    Optional<String> myTheme(String courseId);

    /** Every submission, newest first. */
    List<SurveyAnswers> history(String courseId, String lessonId);

    /** Themes ordered by how many chosen options point to them (ties in the survey's order). */
    List<ThemeSuggestion> suggest(String courseId, String lessonId, Map<String, String> answers);

    /**
     * Stores a new submission (the old ones stay as history) and completes the lesson.
     *
     * @throws LearningException on a missing or invalid answer, with the question id as its field
     */
    SurveyAnswers submit(String courseId, String lessonId, Map<String, String> answers, @Nullable String chosenTheme,
                         @Nullable String ownTheme);
}

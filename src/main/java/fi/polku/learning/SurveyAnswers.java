package fi.polku.learning;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Map;

/**
 * A submitted needs survey: answers by question id (option ids comma-separated for multiple
 * choice, 1–5 for scales, text for free text) and the development theme the learner picked
 * (one of the survey's themes) or wrote themselves.
 */
public record SurveyAnswers(Map<String, String> answers, @Nullable String chosenTheme, @Nullable String ownTheme,
                            Instant submittedAt) {
}

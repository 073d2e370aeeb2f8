package fi.polku.schools;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A round's results per area and statement, with the previous round's means beside them when
 * there was one. Nothing here says who answered what. The scale labels are null when the lesson
 * gives none.
 */
public record SelfAssessmentResults(UUID roundId, String courseId, String lessonId, String lessonTitle, int number,
                                    String school, String ownerName, Instant startedAt, @Nullable Instant closedAt,
                                    int respondents, @Nullable Integer previousNumber, @Nullable String lowLabel,
                                    @Nullable String highLabel, List<AreaResult> areas) {

    /**
     * An area: {@code spread} is taken over each respondent's mean in the area (so every person
     * counts once, however many statements they could judge); {@code comments} are as written.
     */
    public record AreaResult(String id, String title, Spread spread, @Nullable Double previousMean,
                             List<StatementResult> statements, List<String> comments) {
    }

    public record StatementResult(String id, String text, Spread spread, @Nullable Double previousMean) {
    }

    /**
     * Ratings of one statement or respondents' means of one area. {@code counts} has five entries,
     * how many ratings were 1 … 5 (for an area, all ratings of its statements); "don't know"
     * answers are counted apart and left out of everything else. Mean, min, max and standard
     * deviation (of the population) are null when nobody gave a rating.
     */
    public record Spread(int respondents, int dontKnow, @Nullable Double mean, @Nullable Double min,
                         @Nullable Double max, @Nullable Double deviation, List<Integer> counts) {
    }
}

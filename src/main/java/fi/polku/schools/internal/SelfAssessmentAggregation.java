package fi.polku.schools.internal;

import fi.polku.content.LessonDetails.AssessmentArea;
import fi.polku.content.LessonDetails.AssessmentStatement;
import fi.polku.content.LessonDetails.SelfAssessment;
import fi.polku.schools.SelfAssessmentResults.AreaResult;
import fi.polku.schools.SelfAssessmentResults.Spread;
import fi.polku.schools.SelfAssessmentResults.StatementResult;
import fi.polku.schools.SelfAssessmentViews.Answer;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns answers into figures per area and statement. "Don't know" is counted but left out of
 * every figure; an area's mean and spread are over each respondent's own mean in the area, so a
 * colleague who could judge two statements weighs as much as one who judged five.
 */
final class SelfAssessmentAggregation {

    private SelfAssessmentAggregation() {
    }

    /** @param previous the answers of the round before, or null when this is the first round */
    static List<AreaResult> areas(SelfAssessment template, List<Answer> answers, @Nullable List<Answer> previous) {
        List<AreaResult> areas = new ArrayList<>();
        for (AssessmentArea area : template.areas()) {
            List<StatementResult> statements = new ArrayList<>();
            for (AssessmentStatement s : area.statements()) {
                statements.add(new StatementResult(s.id(), s.text(), statement(s.id(), answers),
                        previous == null ? null : statement(s.id(), previous).mean()));
            }
            List<String> comments = answers.stream().map(a -> a.comments().get(area.id()))
                    .filter(c -> c != null && !c.isBlank()).toList();
            areas.add(new AreaResult(area.id(), area.title(), area(area, answers),
                    previous == null ? null : area(area, previous).mean(), statements, comments));
        }
        return areas;
    }

    static Spread statement(String statementId, List<Answer> answers) {
        List<Double> ratings = new ArrayList<>();
        int dontKnow = 0;
        for (Answer a : answers) {
            Integer r = a.ratings().get(statementId);
            if (r == null) {
                continue;
            }
            if (r == Answer.DONT_KNOW) {
                dontKnow++;
            } else {
                ratings.add(r.doubleValue());
            }
        }
        int[] counts = new int[5];
        ratings.forEach(r -> counts[r.intValue() - 1]++);
        return spread(ratings, dontKnow, counts);
    }

    static Spread area(AssessmentArea area, List<Answer> answers) {
        List<Double> respondentMeans = new ArrayList<>();
        int onlyDontKnow = 0;
        int[] counts = new int[5];
        for (Answer a : answers) {
            List<Integer> given = area.statements().stream().map(s -> a.ratings().get(s.id()))
                    .filter(r -> r != null).toList();
            List<Integer> rated = given.stream().filter(r -> r != Answer.DONT_KNOW).toList();
            rated.forEach(r -> counts[r - 1]++);
            if (!rated.isEmpty()) {
                respondentMeans.add(rated.stream().mapToInt(Integer::intValue).average().orElseThrow());
            } else if (!given.isEmpty()) {
                onlyDontKnow++;
            }
        }
        return spread(respondentMeans, onlyDontKnow, counts);
    }

    private static Spread spread(List<Double> values, int dontKnow, int[] counts) {
        List<Integer> distribution = Arrays.stream(counts).boxed().toList();
        if (values.isEmpty()) {
            return new Spread(0, dontKnow, null, null, null, null, distribution);
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double variance = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / values.size();
        return new Spread(values.size(), dontKnow, mean, values.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                values.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), Math.sqrt(variance), distribution);
    }
}

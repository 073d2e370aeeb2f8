package fi.polku.schools.internal;

import fi.polku.content.LessonDetails.AssessmentArea;
import fi.polku.content.LessonDetails.SelfAssessment;
import fi.polku.schools.SelfAssessmentException;
import fi.polku.schools.SelfAssessmentViews.Answer;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An answer fits its round's template: every statement rated 1–5 or "don't know", nothing
 * unknown, comments within length. Problems name the statement or {@code comment:<area>} field.
 */
final class SelfAssessmentAnswerCheck {

    static final String COMMENT_FIELD = "comment:";

    private SelfAssessmentAnswerCheck() {
    }

    static void check(SelfAssessment template, Answer answer) {
        List<String> statements = template.statementIds();
        for (String id : statements) {
            Integer rating = answer.ratings().get(id);
            if (rating == null) {
                throw new SelfAssessmentException(id, "self-assessment.unanswered");
            }
            if (rating < Answer.DONT_KNOW || rating > 5) {
                throw new SelfAssessmentException(id, "self-assessment.bad-rating");
            }
        }
        if (!Set.copyOf(statements).containsAll(answer.ratings().keySet())) {
            throw new SelfAssessmentException(null, "self-assessment.template-changed");
        }
        Set<String> areas = template.areas().stream().map(AssessmentArea::id).collect(Collectors.toSet());
        answer.comments().forEach((area, text) -> {
            if (!areas.contains(area)) {
                throw new SelfAssessmentException(null, "self-assessment.template-changed");
            }
            if (text.length() > Answer.MAX_COMMENT) {
                throw new SelfAssessmentException(COMMENT_FIELD + area, "self-assessment.comment-too-long",
                        Answer.MAX_COMMENT);
            }
        });
    }
}

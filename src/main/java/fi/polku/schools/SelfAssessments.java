package fi.polku.schools;

import fi.polku.schools.SelfAssessmentViews.Answer;
import fi.polku.schools.SelfAssessmentViews.Invitation;
import fi.polku.schools.SelfAssessmentViews.Overview;
import fi.polku.schools.SelfAssessmentViews.Round;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A school's self-assessment, for signed-in people. A learner of the course runs rounds for their
 * school in a self-assessment lesson; results are for that learner, the facilitators of their
 * cohort and admins.
 */
public interface SelfAssessments {

    Overview mine(String courseId, String lessonId);

    /** Sets the school in the signed-in person's profile; rounds are run for it. */
    void changeMySchool(String school);

    /** Opens a new round for the learner's school; refused while another round is open. */
    Round start(String courseId, String lessonId);

    /** A new personal answer link; name and email are optional, for the owner's own record. */
    Invitation invite(UUID roundId, @Nullable String name, @Nullable String email);

    Answer myAnswer(UUID roundId);

    void answerMyself(UUID roundId, Answer answer);

    /** Closes the round: no answers are taken or changed after this. */
    void close(UUID roundId);

    SelfAssessmentResults results(UUID roundId, Locale language);

    /** Rounds run by the learners of the cohorts the signed-in person facilitates (every round for admins). */
    List<Round> roundsToFollow(String courseId, String lessonId);
}

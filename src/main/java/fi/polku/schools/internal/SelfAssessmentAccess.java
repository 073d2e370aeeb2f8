package fi.polku.schools.internal;

import fi.polku.accounts.CurrentUser;
import fi.polku.accounts.UserAccount;
import fi.polku.accounts.UserId;
import fi.polku.learning.Participation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Who may do what with a round: its owner runs it; the owner's facilitators and admins may read its results. */
@Component
class SelfAssessmentAccess {

    private final CurrentUser currentUser;
    private final Participation participation;
    private final SelfAssessmentRoundRepository rounds;

    SelfAssessmentAccess(CurrentUser currentUser, Participation participation, SelfAssessmentRoundRepository rounds) {
        this.currentUser = currentUser;
        this.participation = participation;
        this.rounds = rounds;
    }

    UserAccount me() {
        return currentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /** The round, locked against a concurrent close or answer, when the signed-in person owns it. */
    SelfAssessmentRound ownedAndLocked(UUID roundId) {
        return owned(rounds.lock(roundId).orElseThrow(() -> new AccessDeniedException("No such round")));
    }

    SelfAssessmentRound owned(UUID roundId) {
        return owned(rounds.findById(roundId).orElseThrow(() -> new AccessDeniedException("No such round")));
    }

    private SelfAssessmentRound owned(SelfAssessmentRound round) {
        if (!round.ownedBy(me().id().value())) {
            throw new AccessDeniedException("Only the learner who started a round runs it");
        }
        return round;
    }

    /** The owner, admins, and the facilitators of the cohort the owner learns in. */
    SelfAssessmentRound readable(UUID roundId) {
        SelfAssessmentRound round = rounds.findById(roundId)
                .orElseThrow(() -> new AccessDeniedException("No such round"));
        UserAccount me = me();
        if (round.ownedBy(me.id().value())) {
            return round;
        }
        var mine = participation.of(me.id(), round.courseId());
        boolean allowed = mine.admin() || participation.of(new UserId(round.ownerId()), round.courseId())
                .learnerCohort().map(mine::moderates).orElse(false);
        if (!allowed) {
            throw new AccessDeniedException("These results are for the round's owner and their facilitators");
        }
        return round;
    }
}

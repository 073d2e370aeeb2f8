package fi.polku.learning.internal;

import fi.polku.accounts.Role;
import fi.polku.accounts.UserId;
import fi.polku.learning.CohortId;
import fi.polku.learning.CompletionFacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.stream.Collectors;

@Service
@Transactional(readOnly = true)
class CompletionFactsService implements CompletionFacts {

    private final EnrolmentRepository enrolments;
    private final CohortRepository cohorts;
    private final fi.polku.accounts.CurrentUser currentUser;

    CompletionFactsService(EnrolmentRepository enrolments, CohortRepository cohorts,
                           fi.polku.accounts.CurrentUser currentUser) {
        this.enrolments = enrolments;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Facts> of(UserId learner, String courseId) {
        return enrolments.findByCourseIdAndUserId(courseId, learner.value()).flatMap(e -> cohorts.findById(e.cohortId())
                .map(c -> new Facts(new CohortId(c.id()), c.name(),
                        c.facilitators().stream().map(UserId::new).collect(Collectors.toSet()),
                        Optional.ofNullable(e.completedAt()))));
    }

    @Override
    public boolean signedInFacilitates(UserId learner, String courseId) {
        var me = currentUser.get();
        if (me.isEmpty()) {
            return false;
        }
        if (me.get().hasRole(Role.ADMIN)) {
            return true;
        }
        return me.get().hasRole(Role.FACILITATOR) && of(learner, courseId)
                .map(f -> f.facilitators().contains(me.get().id())).orElse(false);
    }
}

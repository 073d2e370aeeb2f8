package fi.polku.schools.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.UserAccount;
import fi.polku.learning.Participation;
import fi.polku.schools.SelfAssessmentException;
import fi.polku.schools.SelfAssessmentResults;
import fi.polku.schools.SelfAssessmentViews.Answer;
import fi.polku.schools.SelfAssessmentViews.Invitation;
import fi.polku.schools.SelfAssessmentViews.Overview;
import fi.polku.schools.SelfAssessmentViews.Round;
import fi.polku.schools.SelfAssessments;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class SelfAssessmentService implements SelfAssessments {

    static final int MAX_INVITATIONS = 300;
    /** The school is kept on the learner's profile (users.school, 200 characters), not only on the round. */
    static final int MAX_PROFILE_SCHOOL = 200;

    private final SelfAssessmentAccess access;
    private final SelfAssessmentRoundRepository rounds;
    private final SelfAssessmentResponseRepository responses;
    private final SelfAssessmentTemplates templates;
    private final SelfAssessmentReader reader;
    private final Participation participation;
    private final Accounts accounts;
    private final Clock clock;

    SelfAssessmentService(SelfAssessmentAccess access, SelfAssessmentRoundRepository rounds,
                          SelfAssessmentResponseRepository responses, SelfAssessmentTemplates templates,
                          SelfAssessmentReader reader, Participation participation, Accounts accounts, Clock clock) {
        this.access = access;
        this.rounds = rounds;
        this.responses = responses;
        this.templates = templates;
        this.reader = reader;
        this.participation = participation;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public Overview mine(String courseId, String lessonId) {
        UserAccount me = access.me();
        List<Round> mine = rounds.findByOwnerIdAndCourseIdAndLessonIdOrderByNumberDesc(me.id().value(), courseId,
                lessonId).stream().map(r -> reader.round(r, me.displayName(), true)).toList();
        return new Overview(me.school(), mine.stream().filter(Round::open).findFirst().orElse(null), mine);
    }

    @Override
    @Transactional
    public void changeMySchool(String school) {
        if (school.isBlank()) {
            throw new SelfAssessmentException("school", "self-assessment.school-needed");
        }
        if (school.strip().length() > MAX_PROFILE_SCHOOL) {
            throw new SelfAssessmentException("school", "self-assessment.too-long", MAX_PROFILE_SCHOOL);
        }
        accounts.changeSchool(access.me().id(), school.strip());
    }

    @Override
    @Transactional
    public Round start(String courseId, String lessonId) {
        templates.require(courseId, lessonId);
        UserAccount me = access.me();
        if (participation.of(me.id(), courseId).learnerCohort().isEmpty()) {
            throw new SelfAssessmentException(null, "self-assessment.not-a-learner");
        }
        if (me.school() == null || me.school().isBlank()) {
            throw new SelfAssessmentException("school", "self-assessment.school-needed");
        }
        List<SelfAssessmentRound> earlier = rounds.findByOwnerIdAndCourseIdAndLessonIdOrderByNumberDesc(
                me.id().value(), courseId, lessonId);
        if (earlier.stream().anyMatch(SelfAssessmentRound::isOpen)) {
            throw new SelfAssessmentException(null, "self-assessment.already-open");
        }
        int number = earlier.isEmpty() ? 1 : earlier.getFirst().number() + 1;
        SelfAssessmentRound round = rounds.save(new SelfAssessmentRound(courseId, lessonId, me.id().value(), number,
                me.school(), clock));
        responses.save(SelfAssessmentResponse.owners(round.id(), clock));
        return reader.round(round, me.displayName(), true);
    }

    @Override
    @Transactional
    public Invitation invite(UUID roundId, @Nullable String name, @Nullable String email) {
        SelfAssessmentRound round = access.ownedAndLocked(roundId);
        round.requireOpen();
        if (name != null && name.strip().length() > SelfAssessmentResponse.MAX_NAME) {
            throw new SelfAssessmentException("name", "self-assessment.too-long", SelfAssessmentResponse.MAX_NAME);
        }
        if (email != null && !email.isBlank() && (email.strip().length() > SelfAssessmentResponse.MAX_EMAIL
                || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new SelfAssessmentException("email", "self-assessment.bad-email");
        }
        if (responses.findByRoundIdOrderByCreatedAt(roundId).size() > MAX_INVITATIONS) {
            throw new SelfAssessmentException(null, "self-assessment.too-many-links", MAX_INVITATIONS);
        }
        return reader.invitation(responses.save(SelfAssessmentResponse.invitation(roundId, name, email, clock)));
    }

    @Override
    public Answer myAnswer(UUID roundId) {
        return responses.findByRoundIdAndOwnTrue(access.owned(roundId).id()).orElseThrow().currentAnswer();
    }

    @Override
    @Transactional
    public void answerMyself(UUID roundId, Answer answer) {
        SelfAssessmentRound round = access.ownedAndLocked(roundId);
        round.requireOpen();
        SelfAssessmentAnswerCheck.check(templates.require(round.courseId(), round.lessonId()), answer);
        responses.findByRoundIdAndOwnTrue(roundId).orElseThrow().answer(answer, clock);
    }

    @Override
    @Transactional
    public void close(UUID roundId) {
        access.ownedAndLocked(roundId).close(clock);
    }

    @Override
    public SelfAssessmentResults results(UUID roundId, Locale language) {
        return reader.results(access.readable(roundId), language);
    }

    @Override
    public List<Round> roundsToFollow(String courseId, String lessonId) {
        var standing = participation.of(access.me().id(), courseId);
        if (standing.admin()) {
            return reader.others(rounds.findByCourseIdAndLessonIdOrderByStartedAtDesc(courseId, lessonId));
        }
        List<UUID> learners = standing.facilitated().stream().flatMap(c -> participation.learnersOf(c).stream())
                .map(u -> u.value()).distinct().toList();
        return learners.isEmpty() ? List.of() : reader.others(
                rounds.findByCourseIdAndLessonIdAndOwnerIdInOrderByStartedAtDesc(courseId, lessonId, learners));
    }
}

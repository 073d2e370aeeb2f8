package fi.polku.schools.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.UserId;
import fi.polku.content.LessonDetails.SelfAssessment;
import fi.polku.schools.SelfAssessmentException;
import fi.polku.schools.SelfAssessmentLinks;
import fi.polku.schools.SelfAssessmentViews.Answer;
import fi.polku.schools.SelfAssessmentViews.LinkForm;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/** Public by design: holding the link's token is what entitles one to answer (docs/decisions, self-assessment). */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
class SelfAssessmentLinkService implements SelfAssessmentLinks {

    private final SelfAssessmentResponseRepository responses;
    private final SelfAssessmentRoundRepository rounds;
    private final SelfAssessmentTemplates templates;
    private final Accounts accounts;
    private final Clock clock;

    SelfAssessmentLinkService(SelfAssessmentResponseRepository responses, SelfAssessmentRoundRepository rounds,
                              SelfAssessmentTemplates templates, Accounts accounts, Clock clock) {
        this.responses = responses;
        this.rounds = rounds;
        this.templates = templates;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public Optional<LinkForm> open(String token, Locale language) {
        return responses.findByToken(token).flatMap(response -> rounds.findById(response.roundId())
                .flatMap(round -> templates.page(round.courseId(), round.lessonId(), language).map(page ->
                        new LinkForm(page.lesson().title(), round.school(),
                                accounts.find(new UserId(round.ownerId())).map(a -> a.displayName()).orElse(""),
                                response.colleagueName(), round.isOpen(), (SelfAssessment) page.details(),
                                response.currentAnswer()))));
    }

    @Override
    @Transactional
    public void answer(String token, Answer answer) {
        SelfAssessmentResponse response = responses.findByToken(token)
                .orElseThrow(() -> new SelfAssessmentException(null, "self-assessment.unknown-link"));
        SelfAssessmentRound round = rounds.lock(response.roundId()).orElseThrow();
        round.requireOpen();
        SelfAssessmentAnswerCheck.check(templates.require(round.courseId(), round.lessonId()), answer);
        response.answer(answer, clock);
    }
}

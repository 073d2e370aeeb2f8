package fi.polku.schools.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.PublicProfile;
import fi.polku.accounts.UserId;
import fi.polku.content.LessonDetails.SelfAssessment;
import fi.polku.content.LessonPage;
import fi.polku.schools.SelfAssessmentException;
import fi.polku.schools.SelfAssessmentResults;
import fi.polku.schools.SelfAssessmentViews.Answer;
import fi.polku.schools.SelfAssessmentViews.Invitation;
import fi.polku.schools.SelfAssessmentViews.Round;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Builds the records the services return from rounds and responses. */
@Component
class SelfAssessmentReader {

    static final String ANSWER_PATH = "self-assessment/answer/";

    private final SelfAssessmentRoundRepository rounds;
    private final SelfAssessmentResponseRepository responses;
    private final SelfAssessmentTemplates templates;
    private final Accounts accounts;
    private final String baseUrl;

    SelfAssessmentReader(SelfAssessmentRoundRepository rounds, SelfAssessmentResponseRepository responses,
                         SelfAssessmentTemplates templates, Accounts accounts,
                         @Value("${polku.base-url:http://localhost:8080/}") String baseUrl) {
        this.rounds = rounds;
        this.responses = responses;
        this.templates = templates;
        this.accounts = accounts;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    Round round(SelfAssessmentRound round, String ownerName, boolean withInvitations) {
        List<SelfAssessmentResponse> all = responses.findByRoundIdOrderByCreatedAt(round.id());
        return new Round(round.id(), round.number(), round.school(), ownerName, round.startedAt(), round.closedAt(),
                (int) all.stream().filter(SelfAssessmentResponse::answered).count(),
                withInvitations ? all.stream().filter(r -> !r.own()).map(this::invitation).toList() : List.of());
    }

    Invitation invitation(SelfAssessmentResponse response) {
        return new Invitation(response.id(), baseUrl + ANSWER_PATH + response.token(), response.colleagueName(),
                response.colleagueEmail(), response.answeredAt());
    }

    /** Other people's rounds, for their facilitators: no links, one query for the names and one for the counts. */
    List<Round> others(List<SelfAssessmentRound> list) {
        Map<UserId, PublicProfile> names = accounts.publicProfiles(list.stream().map(r -> new UserId(r.ownerId()))
                .collect(Collectors.toSet()));
        Map<UUID, Long> answered = responses.findByRoundIdIn(list.stream().map(SelfAssessmentRound::id).toList())
                .stream().filter(SelfAssessmentResponse::answered)
                .collect(Collectors.groupingBy(SelfAssessmentResponse::roundId, Collectors.counting()));
        return list.stream().map(r -> new Round(r.id(), r.number(), r.school(),
                names.containsKey(new UserId(r.ownerId())) ? names.get(new UserId(r.ownerId())).displayName() : "?",
                r.startedAt(), r.closedAt(), answered.getOrDefault(r.id(), 0L).intValue(), List.of())).toList();
    }

    SelfAssessmentResults results(SelfAssessmentRound round, Locale language) {
        LessonPage page = templates.page(round.courseId(), round.lessonId(), language)
                .orElseThrow(() -> new SelfAssessmentException(null, "self-assessment.no-such-lesson"));
        SelfAssessment template = (SelfAssessment) page.details();
        List<Answer> answers = answers(round.id());
        SelfAssessmentRound previous = rounds.findByOwnerIdAndCourseIdAndLessonIdOrderByNumberDesc(round.ownerId(),
                        round.courseId(), round.lessonId()).stream().filter(r -> r.number() < round.number())
                .max(Comparator.comparingInt(SelfAssessmentRound::number)).orElse(null);
        String owner = accounts.find(new UserId(round.ownerId())).map(a -> a.displayName()).orElse("?");
        return new SelfAssessmentResults(round.id(), round.courseId(), round.lessonId(), page.lesson().title(),
                round.number(), round.school(), owner, round.startedAt(), round.closedAt(), answers.size(),
                previous == null ? null : previous.number(), template.lowLabel(), template.highLabel(),
                SelfAssessmentAggregation.areas(template, answers, previous == null ? null : answers(previous.id())));
    }

    private List<Answer> answers(UUID roundId) {
        return responses.findByRoundIdOrderByCreatedAt(roundId).stream().filter(SelfAssessmentResponse::answered)
                .map(SelfAssessmentResponse::currentAnswer).toList();
    }
}

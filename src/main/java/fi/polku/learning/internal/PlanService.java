package fi.polku.learning.internal;

import fi.polku.accounts.UserAccount;
import fi.polku.accounts.UserId;
import fi.polku.content.CourseCatalog;
import fi.polku.content.LessonDetails;
import fi.polku.content.LessonPage;
import fi.polku.learning.LearningException;
import fi.polku.learning.PlanVersionView;
import fi.polku.learning.PlanCommented;
import fi.polku.learning.Plans;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class PlanService implements Plans {

    private final LearningAccess access;
    private final PlanVersionRepository versions;
    private final PlanCommentRepository comments;
    private final SurveyResponseRepository surveys;
    private final CourseCatalog catalog;
    private final LearnerService learner;
    private final EnrolmentRepository enrolments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanService(LearningAccess access, PlanVersionRepository versions, PlanCommentRepository comments,
                SurveyResponseRepository surveys, CourseCatalog catalog, LearnerService learner,
                EnrolmentRepository enrolments, ApplicationEventPublisher events, Clock clock) {
        this.enrolments = enrolments;
        this.events = events;
        this.access = access;
        this.versions = versions;
        this.comments = comments;
        this.surveys = surveys;
        this.catalog = catalog;
        this.learner = learner;
        this.clock = clock;
    }

    @Override
    public List<PlanVersionView> myVersions(String courseId, String lessonId) {
        Enrolment enrolment = access.myEnrolment(courseId);
        return views(versions.findByEnrolmentIdAndLessonIdOrderByVersionNoDesc(enrolment.id(), lessonId));
    }

    @Override
    @Transactional
    public PlanVersionView save(String courseId, String lessonId, Map<String, String> fields) {
        Enrolment enrolment = access.myEnrolment(courseId);
        LessonDetails.Plan plan = plan(courseId, lessonId, Locale.ENGLISH);
        Map<String, String> clean = new LinkedHashMap<>();
        for (LessonDetails.PlanField field : plan.fields()) {
            String value = fields.getOrDefault(field.id(), "");
            if (value.length() > PlanVersion.MAX_FIELD_LENGTH) {
                throw LearningException.onField(field.id(), "learning.text-too-long", PlanVersion.MAX_FIELD_LENGTH);
            }
            clean.put(field.id(), value.strip());
        }
        if (clean.values().stream().allMatch(String::isEmpty)) {
            throw LearningException.onField(plan.fields().getFirst().id(), "plan.empty");
        }
        var previous = versions.findByEnrolmentIdAndLessonIdOrderByVersionNoDesc(enrolment.id(), lessonId);
        if (!previous.isEmpty() && previous.getFirst().fields().equals(clean)) {
            return views(List.of(previous.getFirst())).getFirst();
        }
        int next = versions.lastVersionNo(enrolment.id(), lessonId).orElse(0) + 1;
        PlanVersion saved = versions.save(new PlanVersion(enrolment.id(), lessonId, next, clean, clock.instant()));
        learner.complete(enrolment, lessonId);
        return views(List.of(saved)).getFirst();
    }

    @Override
    public List<PlanVersionView.Comment> myLatestComments(int max) {
        UserAccount me = access.me();
        List<UUID> versionIds = enrolments.findByUserIdOrderByLastActivityAtDesc(me.id().value()).stream()
                .flatMap(e -> versions.findByEnrolmentIdOrderBySavedAtDesc(e.id()).stream()).map(PlanVersion::id).toList();
        List<PlanComment> all = comments.findByPlanVersionIdInOrderByCreatedAt(versionIds);
        return all.reversed().stream().limit(max)
                .map(c -> new PlanVersionView.Comment(c.authorName(), c.createdAt(), c.text())).toList();
    }

    @Override
    public byte[] myPdf(String courseId, String lessonId, int version, Locale language) {
        UserAccount me = access.me();
        Enrolment enrolment = access.myEnrolment(courseId);
        PlanVersionView view = views(versions.findByEnrolmentIdAndLessonIdOrderByVersionNoDesc(enrolment.id(), lessonId))
                .stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> new LearningException("plan.no-version"));
        LessonPage page = catalog.lesson(courseId, lessonId, language).orElseThrow();
        LessonDetails.Plan plan = (LessonDetails.Plan) page.details();
        ZoneId zone = clock.getZone();
        String theme = surveys.latestFor(Set.of(enrolment.id())).stream().findFirst()
                .map(r -> r.ownTheme() != null ? r.ownTheme() : r.chosenTheme()).orElse(null);
        return PlanPdf.render(new PlanDocument(me.displayName(), page.courseTitle(), page.lesson().title(), version,
                view.savedAt().atZone(zone), theme,
                plan.fields().stream().map(f -> new PlanDocument.Field(f.label(), view.fields().getOrDefault(f.id(), "")))
                        .toList(),
                view.comments().stream().map(c -> new PlanDocument.Comment(c.author(), c.at().atZone(zone), c.text()))
                        .toList(), language));
    }

    @Override
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public List<PlanVersionView> versionsOf(UUID enrolmentId) {
        Enrolment enrolment = access.facilitatedEnrolment(enrolmentId);
        return views(versions.findByEnrolmentIdOrderBySavedAtDesc(enrolment.id()));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public PlanVersionView.Comment comment(UUID planVersionId, String text) {
        PlanVersion version = versions.findById(planVersionId).orElseThrow(() -> new LearningException("plan.no-version"));
        Enrolment enrolment = access.facilitatedEnrolment(version.enrolmentId());
        if (text.isBlank()) {
            throw LearningException.onField("comment", "plan.comment-empty");
        }
        if (text.length() > PlanComment.MAX_LENGTH) {
            throw LearningException.onField("comment", "learning.text-too-long", PlanComment.MAX_LENGTH);
        }
        UserAccount me = access.me();
        PlanComment saved = comments.save(new PlanComment(planVersionId, me.id().value(), me.displayName(), text,
                clock.instant()));
        events.publishEvent(new PlanCommented(new UserId(enrolment.userId()), enrolment.courseId(), version.lessonId(),
                version.versionNo(), me.displayName(), saved.createdAt()));
        return new PlanVersionView.Comment(saved.authorName(), saved.createdAt(), saved.text());
    }

    private List<PlanVersionView> views(List<PlanVersion> list) {
        Map<UUID, List<PlanVersionView.Comment>> byVersion = comments.findByPlanVersionIdInOrderByCreatedAt(
                list.stream().map(PlanVersion::id).toList()).stream().collect(Collectors.groupingBy(
                PlanComment::planVersionId, Collectors.mapping(c -> new PlanVersionView.Comment(c.authorName(),
                        c.createdAt(), c.text()), Collectors.toList())));
        return list.stream().map(v -> new PlanVersionView(v.id(), v.lessonId(), v.versionNo(), v.savedAt(), v.fields(),
                byVersion.getOrDefault(v.id(), List.of()))).toList();
    }

    private LessonDetails.Plan plan(String courseId, String lessonId, Locale language) {
        return catalog.lesson(courseId, lessonId, language)
                .filter(p -> p.details() instanceof LessonDetails.Plan)
                .map(p -> (LessonDetails.Plan) p.details())
                .orElseThrow(() -> new LearningException("learning.no-lesson"));
    }
}

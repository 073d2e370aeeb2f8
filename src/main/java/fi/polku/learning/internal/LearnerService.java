package fi.polku.learning.internal;

import fi.polku.accounts.UserAccount;
import fi.polku.content.CourseCatalog;
import fi.polku.content.CourseSummary;
import fi.polku.content.LessonDetails;
import fi.polku.content.LessonSummary;
import fi.polku.content.LessonType;
import fi.polku.learning.CohortId;
import fi.polku.learning.CohortSummary;
import fi.polku.learning.CourseProgress;
import fi.polku.learning.EnrolResult;
import fi.polku.learning.Learning;
import fi.polku.learning.LearningException;
import fi.polku.learning.ReflectionDraft;
import fi.polku.learning.UpcomingSession;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class LearnerService implements Learning {

    private final LearningAccess access;
    private final CohortRepository cohorts;
    private final EnrolmentRepository enrolments;
    private final ReflectionRepository reflections;
    private final SessionScheduleRepository schedules;
    private final CourseCatalog catalog;
    private final CompletionCheck completion;
    private final Clock clock;

    LearnerService(LearningAccess access, CohortRepository cohorts, EnrolmentRepository enrolments,
                   ReflectionRepository reflections, SessionScheduleRepository schedules, CourseCatalog catalog,
                   CompletionCheck completion, Clock clock) {
        this.schedules = schedules;
        this.access = access;
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.reflections = reflections;
        this.catalog = catalog;
        this.completion = completion;
        this.clock = clock;
    }

    @Override
    public List<CohortSummary> openCohorts(String courseId) {
        LocalDate today = LocalDate.now(clock);
        return cohorts.findByCourseIdOrderByStartsOn(courseId).stream().filter(c -> c.isOpenOn(today))
                .map(c -> CohortService.summary(c, enrolments.countByCohortId(c.id()), today)).toList();
    }

    @Override
    @Transactional
    public EnrolResult enrol(CohortId cohortId, String enrolmentKey) {
        UserAccount me = access.me();
        Cohort cohort = cohorts.findById(cohortId.value()).orElseThrow(() -> new LearningException("learning.no-cohort"));
        var existing = enrolments.findByCourseIdAndUserId(cohort.courseId(), me.id().value());
        if (existing.isPresent()) {
            return existing.get().cohortId().equals(cohort.id()) ? EnrolResult.ALREADY_ENROLLED
                    : EnrolResult.ENROLLED_IN_ANOTHER_COHORT;
        }
        if (!cohort.isOpenOn(LocalDate.now(clock))) {
            return EnrolResult.CLOSED;
        }
        if (!cohort.acceptsKey(enrolmentKey)) {
            return EnrolResult.WRONG_KEY;
        }
        if (cohort.isFull(enrolments.countByCohortId(cohort.id()))) {
            return EnrolResult.FULL;
        }
        try {
            enrolments.saveAndFlush(new Enrolment(cohort, me.id().value(), clock));
        } catch (DataIntegrityViolationException doubleClick) {
            return EnrolResult.ALREADY_ENROLLED;
        }
        return EnrolResult.ENROLLED;
    }

    @Override
    public Optional<CourseProgress> progress(String courseId) {
        UserAccount me = access.me();
        // one query for the enrolment, its completed lessons and its cohort's name: a lesson page asks this
        return enrolments.withProgress(courseId, me.id().value()).stream().findFirst()
                .flatMap(row -> progressOf((Enrolment) row[0], (String) row[1], me));
    }

    @Override
    public List<CourseProgress> myCourses() {
        UserAccount me = access.me();
        return enrolments.findByUserIdOrderByLastActivityAtDesc(me.id().value()).stream()
                .flatMap(e -> progressOf(e, me).stream()).toList();
    }

    Optional<CourseProgress> progressOf(Enrolment enrolment, UserAccount learner) {
        return progressOf(enrolment, cohorts.findById(enrolment.cohortId()).orElseThrow().name(), learner);
    }

    private Optional<CourseProgress> progressOf(Enrolment enrolment, String cohortName, UserAccount learner) {
        Optional<CourseSummary> course = catalog.course(enrolment.courseId(), learner.language());
        return course.map(c -> {
            Set<String> done = enrolment.completedLessons();
            List<LessonSummary> left = ProgressRules.requiredLeft(c, done);
            LessonSummary next = c.lessons().stream().filter(l -> l.id().equals(enrolment.lastLessonId()))
                    .filter(l -> !done.contains(l.id())).findFirst()
                    .orElse(left.isEmpty() ? null : left.getFirst());
            return new CourseProgress(c.id(), c.title(), new CohortId(enrolment.cohortId()), cohortName,
                    ProgressRules.parts(c, done), ProgressRules.coursePercent(c, done), done, next, left,
                    enrolment.completedAt());
        });
    }

    @Override
    @Transactional
    public CourseProgress markDone(String courseId, String lessonId) {
        Enrolment enrolment = access.myEnrolment(courseId);
        LessonSummary lesson = lesson(courseId, lessonId);
        switch (lesson.type()) {
            case READING, SESSION, SELF_ASSESSMENT -> { }
            case REFLECTION -> requireReflection(enrolment, courseId, lessonId);
            default -> throw new LearningException("learning.done-by-own-rule");
        }
        complete(enrolment, lessonId);
        return progressOf(enrolment, access.me()).orElseThrow();
    }

    /** Marks a lesson done and checks the course; shared by surveys and plans. */
    void complete(Enrolment enrolment, String lessonId) {
        completion.lessonDone(enrolment, lessonId);
    }

    private void requireReflection(Enrolment enrolment, String courseId, String lessonId) {
        int min = catalog.lesson(courseId, lessonId, java.util.Locale.ENGLISH)
                .map(p -> p.details() instanceof LessonDetails.Reflection r ? r.minWords() : 0).orElse(0);
        int words = reflections.findById(new LessonKey(enrolment.id(), lessonId))
                .map(r -> Reflection.words(r.text())).orElse(0);
        if (words < Math.max(1, min)) {
            throw new LearningException("learning.reflection-too-short", Math.max(1, min), words);
        }
    }

    @Override
    @Transactional
    public CourseProgress undo(String courseId, String lessonId) {
        Enrolment enrolment = access.myEnrolment(courseId);
        LessonSummary lesson = lesson(courseId, lessonId);
        if (lesson.type() != LessonType.READING && lesson.type() != LessonType.SESSION
                && lesson.type() != LessonType.REFLECTION && lesson.type() != LessonType.SELF_ASSESSMENT) {
            throw new LearningException("learning.done-by-own-rule");
        }
        enrolment.undo(lessonId, clock);
        return progressOf(enrolment, access.me()).orElseThrow();
    }

    @Override
    @Transactional
    public void visit(String courseId, String lessonId) {
        enrolments.touch(courseId, access.me().id().value(), lessonId, clock.instant());
    }

    @Override
    public ReflectionDraft reflection(String courseId, String lessonId) {
        Enrolment enrolment = access.myEnrolment(courseId);
        return reflections.findById(new LessonKey(enrolment.id(), lessonId))
                .map(r -> new ReflectionDraft(r.text(), r.updatedAt(), Reflection.words(r.text())))
                .orElse(new ReflectionDraft("", null, 0));
    }

    @Override
    @Transactional
    public ReflectionDraft saveReflection(String courseId, String lessonId, String text) {
        Enrolment enrolment = access.myEnrolment(courseId);
        if (lesson(courseId, lessonId).type() != LessonType.REFLECTION) {
            throw new LearningException("learning.not-a-reflection");
        }
        if (text.length() > Reflection.MAX_LENGTH) {
            throw new LearningException("learning.text-too-long", Reflection.MAX_LENGTH);
        }
        LessonKey key = new LessonKey(enrolment.id(), lessonId);
        Reflection reflection = reflections.findById(key).orElseGet(() -> new Reflection(key, text, clock.instant()));
        reflection.update(text, clock.instant());
        reflections.save(reflection);
        enrolment.touch(lessonId, clock);
        return new ReflectionDraft(text, reflection.updatedAt(), Reflection.words(text));
    }

    @Override
    public List<UpcomingSession> sessions(boolean upcomingOnly) {
        UserAccount me = access.me();
        java.time.Instant now = clock.instant();
        List<UpcomingSession> sessions = new java.util.ArrayList<>();
        for (Enrolment e : enrolments.findByUserIdOrderByLastActivityAtDesc(me.id().value())) {
            var course = catalog.course(e.courseId(), me.language()).orElse(null);
            if (course == null) {
                continue;
            }
            var overrides = schedules.findByCohortId(e.cohortId()).stream()
                    .collect(java.util.stream.Collectors.toMap(SessionSchedule::lessonId, s -> s));
            for (LessonSummary lesson : course.lessons()) {
                if (lesson.type() != LessonType.SESSION) {
                    continue;
                }
                var page = catalog.lesson(e.courseId(), lesson.id(), me.language()).orElse(null);
                if (page == null || !(page.details() instanceof LessonDetails.Session s)) {
                    continue;
                }
                SessionSchedule own = overrides.get(lesson.id());
                UpcomingSession session = own == null
                        ? new UpcomingSession(e.courseId(), lesson.id(), lesson.title(), s.start(), s.end(), s.place(), s.link())
                        : new UpcomingSession(e.courseId(), lesson.id(), lesson.title(), own.startsAt().atZone(s.start().getZone()),
                        own.endsAt().atZone(s.start().getZone()), own.place(), own.link());
                if (!upcomingOnly || session.end().toInstant().isAfter(now)) {
                    sessions.add(session);
                }
            }
        }
        sessions.sort(java.util.Comparator.comparing(UpcomingSession::start));
        return sessions;
    }

    private LessonSummary lesson(String courseId, String lessonId) {
        return catalog.course(courseId, java.util.Locale.ENGLISH).stream().flatMap(c -> c.lessons().stream())
                .filter(l -> l.id().equals(lessonId)).findFirst()
                .orElseThrow(() -> new LearningException("learning.no-lesson"));
    }
}

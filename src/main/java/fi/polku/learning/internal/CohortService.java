package fi.polku.learning.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.UserAccount;
import fi.polku.accounts.UserId;
import fi.polku.content.CourseCatalog;
import fi.polku.learning.CohortId;
import fi.polku.learning.CohortRow;
import fi.polku.learning.CohortSummary;
import fi.polku.learning.Cohorts;
import fi.polku.learning.EnrolResult;
import fi.polku.learning.ImportReport;
import fi.polku.learning.LearningException;
import fi.polku.learning.NewCohort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
class CohortService implements Cohorts {

    private final LearningAccess access;
    private final CohortRepository cohorts;
    private final EnrolmentRepository enrolments;
    private final Accounts accounts;
    private final CourseCatalog catalog;
    private final CohortDashboard dashboard;
    private final SessionScheduleRepository schedules;
    private final Clock clock;

    CohortService(LearningAccess access, CohortRepository cohorts, EnrolmentRepository enrolments, Accounts accounts,
                  CourseCatalog catalog, CohortDashboard dashboard, SessionScheduleRepository schedules, Clock clock) {
        this.schedules = schedules;
        this.access = access;
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.accounts = accounts;
        this.catalog = catalog;
        this.dashboard = dashboard;
        this.clock = clock;
    }

    static CohortSummary summary(Cohort c, long enrolled, LocalDate today) {
        return new CohortSummary(new CohortId(c.id()), c.courseId(), c.name(), c.startsOn(), c.endsOn(), c.hasKey(),
                c.capacity(), enrolled, c.isOpenOn(today));
    }

    private CohortSummary summary(Cohort c) {
        return summary(c, enrolments.countByCohortId(c.id()), LocalDate.now(clock));
    }

    @Override
    @Transactional
    public CohortSummary create(NewCohort form) {
        if (catalog.course(form.courseId(), Locale.ENGLISH).isEmpty()) {
            throw new LearningException("cohort.no-course");
        }
        if (form.endsOn().isBefore(form.startsOn())) {
            throw new LearningException("cohort.ends-before-start");
        }
        if (form.capacity() != null && form.capacity() < 1) {
            throw new LearningException("cohort.capacity-too-small");
        }
        Set<java.util.UUID> facilitators = new java.util.HashSet<>();
        facilitators.add(access.me().id().value());
        form.facilitators().forEach(f -> accounts.find(f).filter(a -> a.hasRole(fi.polku.accounts.Role.FACILITATOR)
                || a.hasRole(fi.polku.accounts.Role.ADMIN)).ifPresent(a -> facilitators.add(a.id().value())));
        Cohort cohort = new Cohort(form.courseId(), form.name(), form.startsOn(), form.endsOn(), form.enrolmentKey(),
                form.capacity(), facilitators, clock.instant());
        return summary(cohorts.save(cohort));
    }

    @Override
    public List<CohortSummary> mine() {
        UserAccount me = access.me();
        List<Cohort> list = me.hasRole(fi.polku.accounts.Role.ADMIN) ? cohorts.findAllByOrderByStartsOnDesc()
                : cohorts.findFacilitatedBy(me.id().value());
        return list.stream().map(this::summary).toList();
    }

    @Override
    public CohortSummary get(CohortId id) {
        return summary(access.facilitated(id.value()));
    }

    @Override
    @Transactional
    public EnrolResult enrolByHand(CohortId id, String name, String email) {
        Cohort cohort = access.facilitated(id.value());
        return enrol(cohort, accounts.findOrInvite(name, email, null));
    }

    private EnrolResult enrol(Cohort cohort, UserAccount learner) {
        var existing = enrolments.findByCourseIdAndUserId(cohort.courseId(), learner.id().value());
        if (existing.isPresent()) {
            return existing.get().cohortId().equals(cohort.id()) ? EnrolResult.ALREADY_ENROLLED
                    : EnrolResult.ENROLLED_IN_ANOTHER_COHORT;
        }
        if (cohort.isFull(enrolments.countByCohortId(cohort.id()))) {
            return EnrolResult.FULL;
        }
        enrolments.save(new Enrolment(cohort, learner.id().value(), clock));
        return EnrolResult.ENROLLED;
    }

    @Override
    @Transactional
    public ImportReport importCsv(CohortId id, Reader csv) {
        Cohort cohort = access.facilitated(id.value());
        LearnerCsv.Result parsed = LearnerCsv.parse(csv);
        List<ImportReport.Problem> problems = new ArrayList<>();
        parsed.problems().forEach(p -> problems.add(new ImportReport.Problem(p.line(), p.message())));
        int enrolled = 0;
        int already = 0;
        int invited = 0;
        for (LearnerCsv.Row row : parsed.rows()) {
            boolean existed = accounts.findByEmail(row.email()).isPresent();
            UserAccount learner = accounts.findOrInvite(row.name(), row.email(), row.school());
            if (row.school() != null && learner.school() == null) {
                accounts.changeSchool(learner.id(), row.school());
            }
            switch (enrol(cohort, learner)) {
                case ENROLLED -> {
                    enrolled++;
                    invited += existed ? 0 : 1;
                }
                case ALREADY_ENROLLED -> already++;
                case ENROLLED_IN_ANOTHER_COHORT -> problems.add(new ImportReport.Problem(row.line(),
                        row.email() + " is already enrolled in another cohort of this course"));
                case FULL -> problems.add(new ImportReport.Problem(row.line(), "the cohort is full"));
                default -> { }
            }
        }
        problems.sort(java.util.Comparator.comparingInt(ImportReport.Problem::line));
        return new ImportReport(enrolled, already, invited, problems);
    }

    @Override
    public List<String> partTitles(CohortId id, Locale language) {
        Cohort cohort = access.facilitated(id.value());
        return catalog.course(cohort.courseId(), language).map(c -> c.parts().stream().map(p -> p.title()).toList())
                .orElse(List.of());
    }

    @Override
    public List<CohortRow> rows(CohortId id) {
        return dashboard.rows(access.facilitated(id.value()), access.me().language());
    }

    @Override
    public byte[] exportCsv(CohortId id, Locale language) {
        Cohort cohort = access.facilitated(id.value());
        List<CohortCsvExport.Line> lines = dashboard.rows(cohort, language).stream().map(r -> new CohortCsvExport.Line(r.name(),
                r.email(), r.partPercents(), r.percent(), r.lastActivity(),
                r.planVersions() == 0 ? "-" : "v" + r.planVersions(), r.theme(), r.sessionsAttended(), r.inactive(),
                r.behind())).toList();
        return CohortCsvExport.write(partTitles(id, language), lines, language, clock.getZone());
    }

    @Override
    public List<fi.polku.learning.UpcomingSession> sessions(CohortId id) {
        Cohort cohort = access.facilitated(id.value());
        return sessionsOf(cohort);
    }

    List<fi.polku.learning.UpcomingSession> sessionsOf(Cohort cohort) {
        var overrides = schedules.findByCohortId(cohort.id()).stream()
                .collect(java.util.stream.Collectors.toMap(SessionSchedule::lessonId, s -> s));
        List<fi.polku.learning.UpcomingSession> sessions = new ArrayList<>();
        catalog.course(cohort.courseId(), access.me().language()).ifPresent(course -> course.lessons().stream()
                .filter(l -> l.type() == fi.polku.content.LessonType.SESSION)
                .forEach(l -> catalog.lesson(cohort.courseId(), l.id(), access.me().language())
                        .filter(p -> p.details() instanceof fi.polku.content.LessonDetails.Session)
                        .ifPresent(p -> {
                            var s = (fi.polku.content.LessonDetails.Session) p.details();
                            SessionSchedule own = overrides.get(l.id());
                            sessions.add(own == null
                                    ? new fi.polku.learning.UpcomingSession(cohort.courseId(), l.id(), l.title(), s.start(), s.end(), s.place(), s.link())
                                    : new fi.polku.learning.UpcomingSession(cohort.courseId(), l.id(), l.title(),
                                    own.startsAt().atZone(s.start().getZone()), own.endsAt().atZone(s.start().getZone()),
                                    own.place(), own.link()));
                        })));
        return sessions;
    }

    @Override
    @Transactional
    public void schedule(CohortId id, String lessonId, java.time.LocalDateTime start, java.time.LocalDateTime end,
                         @org.jspecify.annotations.Nullable String place, @org.jspecify.annotations.Nullable String link) {
        Cohort cohort = access.facilitated(id.value());
        var page = catalog.lesson(cohort.courseId(), lessonId, Locale.ENGLISH)
                .filter(p -> p.details() instanceof fi.polku.content.LessonDetails.Session)
                .orElseThrow(() -> new LearningException("learning.no-lesson"));
        var zone = ((fi.polku.content.LessonDetails.Session) page.details()).start().getZone();
        if (!end.isAfter(start)) {
            throw LearningException.onField("end", "session.ends-before-start");
        }
        if (link != null && !link.isBlank() && !link.matches("https?://\\S+")) {
            throw LearningException.onField("link", "session.bad-link");
        }
        SessionSchedule schedule = schedules.findByCohortIdAndLessonId(cohort.id(), lessonId)
                .orElseGet(() -> new SessionSchedule(cohort.id(), lessonId));
        schedule.set(start.atZone(zone).toInstant(), end.atZone(zone).toInstant(), place, link);
        schedules.save(schedule);
    }

    @Override
    public List<Integer> progressByDay(CohortId id) {
        return dashboard.progressByDay(access.facilitated(id.value()));
    }

}

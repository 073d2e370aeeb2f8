package fi.polku.learning.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.UserAccount;
import fi.polku.accounts.UserId;
import fi.polku.content.CourseCatalog;
import fi.polku.content.CourseSummary;
import fi.polku.learning.CohortRow;
import fi.polku.learning.CourseProgress.PartProgress;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The facilitator's one-row-a-learner view of a cohort, built from a handful of queries whatever
 * the cohort's size; the entities' element collections load in batches
 * ({@code hibernate.default_batch_fetch_size}), so there is no query per learner.
 */
@Component
class CohortDashboard {

    static final Duration INACTIVE_AFTER = Duration.ofDays(14);
    private static final int MAX_DAYS = 366;

    private final EnrolmentRepository enrolments;
    private final PlanVersionRepository plans;
    private final SurveyResponseRepository surveys;
    private final AttendanceRepository attendance;
    private final SparringGroupRepository groups;
    private final Accounts accounts;
    private final CourseCatalog catalog;
    private final Clock clock;

    CohortDashboard(EnrolmentRepository enrolments, PlanVersionRepository plans, SurveyResponseRepository surveys,
                    AttendanceRepository attendance, SparringGroupRepository groups, Accounts accounts,
                    CourseCatalog catalog, Clock clock) {
        this.enrolments = enrolments;
        this.plans = plans;
        this.surveys = surveys;
        this.attendance = attendance;
        this.groups = groups;
        this.accounts = accounts;
        this.catalog = catalog;
        this.clock = clock;
    }

    List<CohortRow> rows(Cohort cohort, Locale language) {
        List<Enrolment> members = enrolments.findByCohortId(cohort.id());
        if (members.isEmpty()) {
            return List.of();
        }
        CourseSummary course = catalog.course(cohort.courseId(), Locale.ENGLISH).orElse(null);
        List<UUID> ids = members.stream().map(Enrolment::id).toList();
        Map<UUID, Set<String>> done = new HashMap<>();
        for (Object[] row : enrolments.completedLessons(cohort.id())) {
            done.computeIfAbsent((UUID) row[0], k -> new HashSet<>()).add((String) row[1]);
        }
        Map<UUID, Object[]> planSummaries = new HashMap<>();
        plans.summaries(ids).forEach(r -> planSummaries.put((UUID) r[0], r));
        Map<String, String> themeTitles = themeTitles(cohort.courseId(), language);
        Map<UUID, String> themes = new HashMap<>();
        surveys.latestFor(ids).forEach(r -> themes.put(r.enrolmentId(), r.ownTheme() != null ? r.ownTheme()
                : r.chosenTheme() == null ? null : themeTitles.getOrDefault(r.chosenTheme(), r.chosenTheme())));
        Map<UUID, Integer> attended = new HashMap<>();
        attendance.presentAmong(ids).forEach(a -> attended.merge(a.key().enrolmentId(), 1, Integer::sum));
        Map<UUID, String> groupOf = new HashMap<>();
        groups.findByCohortIdOrderByName(cohort.id()).forEach(g -> g.members().forEach(m -> groupOf.put(m, g.name())));
        Map<UserId, UserAccount> people = accounts.findAll(members.stream().map(e -> new UserId(e.userId())).toList());

        Instant now = clock.instant();
        List<int[]> percents = new ArrayList<>();
        List<CohortRow> rows = new ArrayList<>();
        for (Enrolment e : members) {
            Set<String> lessons = done.getOrDefault(e.id(), Set.of());
            List<Integer> parts = course == null ? List.of()
                    : ProgressRules.parts(course, lessons).stream().map(PartProgress::percent).toList();
            int percent = course == null ? 0 : ProgressRules.coursePercent(course, lessons);
            percents.add(new int[] {percent});
            UserAccount person = people.get(new UserId(e.userId()));
            Object[] plan = planSummaries.get(e.id());
            rows.add(new CohortRow(e.id(), new UserId(e.userId()), person == null ? "?" : person.displayName(),
                    person == null ? "" : person.email(), parts, percent, e.lastActivityAt(),
                    plan == null ? 0 : ((Number) plan[1]).intValue(), plan == null ? null : (Instant) plan[2],
                    themes.get(e.id()), attended.getOrDefault(e.id(), 0), groupOf.get(e.id()),
                    Duration.between(e.lastActivityAt(), now).compareTo(INACTIVE_AFTER) > 0, false));
        }
        double median = median(rows.stream().mapToInt(CohortRow::percent).sorted().toArray());
        return rows.stream().map(r -> r.percent() < median ? withBehind(r) : r)
                .sorted(Comparator.comparing(CohortRow::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** A theme's title as the facilitator reads it, from the course's survey lessons. */
    private Map<String, String> themeTitles(String courseId, Locale language) {
        Map<String, String> titles = new HashMap<>();
        catalog.course(courseId, language).ifPresent(c -> c.lessons().stream()
                .filter(l -> l.type() == fi.polku.content.LessonType.SURVEY)
                .forEach(l -> catalog.lesson(courseId, l.id(), language)
                        .filter(p -> p.details() instanceof fi.polku.content.LessonDetails.Survey)
                        .ifPresent(p -> ((fi.polku.content.LessonDetails.Survey) p.details()).themes()
                                .forEach(t -> titles.put(t.id(), t.title())))));
        return titles;
    }

    private static CohortRow withBehind(CohortRow r) {
        return new CohortRow(r.enrolmentId(), r.userId(), r.name(), r.email(), r.partPercents(), r.percent(),
                r.lastActivity(), r.planVersions(), r.planSavedAt(), r.theme(), r.sessionsAttended(), r.group(),
                r.inactive(), true);
    }

    static double median(int[] sorted) {
        if (sorted.length == 0) {
            return 0;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    List<Integer> progressByDay(Cohort cohort) {
        CourseSummary course = catalog.course(cohort.courseId(), Locale.ENGLISH).orElse(null);
        long learners = enrolments.countByCohortId(cohort.id());
        if (course == null || learners == 0) {
            return List.of();
        }
        Set<String> required = new HashSet<>();
        course.lessons().stream().filter(l -> l.required() && !l.broken()).forEach(l -> required.add(l.id()));
        ZoneId zone = clock.getZone();
        LocalDate first = cohort.startsOn();
        LocalDate last = LocalDate.now(clock).isBefore(cohort.endsOn()) ? LocalDate.now(clock) : cohort.endsOn();
        int days = (int) Math.min(MAX_DAYS, Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1));
        int[] perDay = new int[days + 1];
        for (Object[] row : enrolments.completedLessons(cohort.id())) {
            if (required.contains((String) row[1])) {
                long day = java.time.temporal.ChronoUnit.DAYS.between(first, ((Instant) row[2]).atZone(zone).toLocalDate());
                perDay[(int) Math.max(0, Math.min(days, day))]++;
            }
        }
        List<Integer> result = new ArrayList<>();
        long cumulative = 0;
        for (int d = 0; d < days; d++) {
            cumulative += perDay[d];
            result.add((int) (100 * cumulative / (learners * Math.max(1, required.size()))));
        }
        return result;
    }
}

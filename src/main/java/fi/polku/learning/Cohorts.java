package fi.polku.learning;

import java.io.Reader;
import java.util.List;
import java.util.Locale;

/** What facilitators do with cohorts. Facilitators see only their cohorts; admins see all. */
public interface Cohorts {

    /** The person creating it becomes its facilitator. */
    CohortSummary create(NewCohort cohort);

    List<CohortSummary> mine();

    CohortSummary get(CohortId id);

    /** Enrols a person by email, creating an invited account when they have none yet. */
    EnrolResult enrolByHand(CohortId id, String name, String email);

    ImportReport importCsv(CohortId id, Reader csv);

    List<String> partTitles(CohortId id, Locale language);

    List<CohortRow> rows(CohortId id);

    /** UTF-8 with a byte-order mark, so spreadsheet programs show ä and ö. */
    byte[] exportCsv(CohortId id, Locale language);

    /** The cohort's sessions: the course's dates, or the cohort's own where the facilitator set them. */
    List<UpcomingSession> sessions(CohortId id);

    /** Sets the cohort's own date, time, place and link for a session lesson (times in the course's zone). */
    void schedule(CohortId id, String lessonId, java.time.LocalDateTime start, java.time.LocalDateTime end,
                  @org.jspecify.annotations.Nullable String place, @org.jspecify.annotations.Nullable String link);

    /** Average course progress (percent) at the end of each day since the cohort started. */
    List<Integer> progressByDay(CohortId id);
}

package fi.polku.learning;

import java.util.List;
import java.util.UUID;

/** Facilitators form a cohort's sparring groups and record who came to each session. */
public interface Sparring {

    int MIN_SIZE = 3;
    int MAX_SIZE = 6;

    List<SparringGroupView> groups(CohortId cohort);

    /**
     * Replaces the cohort's groups with new ones of 3–6 learners, balanced in size and mixing
     * schools where the profiles say the school.
     */
    List<SparringGroupView> formAutomatically(CohortId cohort);

    /** Moves a learner to another group of the same cohort. */
    void move(UUID enrolmentId, UUID groupId);

    void recordAttendance(UUID groupId, String lessonId, UUID enrolmentId, boolean present);

    /** Who was marked present at a group's session (enrolment ids). */
    java.util.Set<UUID> present(UUID groupId, String lessonId);

    /** The signed-in learner's group in a course, if they have one. */
    java.util.Optional<SparringGroupView> myGroup(String courseId);

    /** A group's shared notes for a session: its members and the cohort's facilitators read and write them. */
    String notes(UUID groupId, String lessonId);

    void saveNotes(UUID groupId, String lessonId, String text);
}

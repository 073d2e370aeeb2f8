package fi.polku.learning.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A learner in a cohort, and which lessons they have done. Progress is stored against lesson ids,
 * never file names, so reordering or renaming lesson files loses nothing.
 */
@Entity
@Table(name = "enrolments")
class Enrolment {

    @Id
    private UUID id;
    @Column(name = "cohort_id", nullable = false)
    private UUID cohortId;
    @Column(name = "course_id", nullable = false)
    private String courseId;
    @Column(name = "user_id", nullable = false)
    private UUID userId;
    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;
    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;
    @Column(name = "last_lesson_id")
    private @Nullable String lastLessonId;
    @Column(name = "completed_at")
    private @Nullable Instant completedAt;
    @ElementCollection
    @CollectionTable(name = "lesson_progress", joinColumns = @JoinColumn(name = "enrolment_id"))
    @MapKeyColumn(name = "lesson_id")
    @Column(name = "completed_at", nullable = false)
    private Map<String, Instant> completed = new HashMap<>();
    @Version
    private long version;

    protected Enrolment() {
    }

    Enrolment(Cohort cohort, UUID userId, Clock clock) {
        this.id = UUID.randomUUID();
        this.cohortId = cohort.id();
        this.courseId = cohort.courseId();
        this.userId = userId;
        this.enrolledAt = clock.instant();
        this.lastActivityAt = enrolledAt;
    }

    UUID id() {
        return id;
    }

    UUID cohortId() {
        return cohortId;
    }

    String courseId() {
        return courseId;
    }

    UUID userId() {
        return userId;
    }

    Instant lastActivityAt() {
        return lastActivityAt;
    }

    @Nullable
    String lastLessonId() {
        return lastLessonId;
    }

    @Nullable
    Instant completedAt() {
        return completedAt;
    }

    Set<String> completedLessons() {
        return Set.copyOf(completed.keySet());
    }

    boolean hasCompleted(String lessonId) {
        return completed.containsKey(lessonId);
    }

    /** @return true when this marked the lesson done now (false when it already was) */
    boolean complete(String lessonId, Clock clock) {
        touch(lessonId, clock);
        return completed.putIfAbsent(lessonId, clock.instant()) == null;
    }

    void undo(String lessonId, Clock clock) {
        touch(lessonId, clock);
        completed.remove(lessonId);
    }

    void touch(String lessonId, Clock clock) {
        this.lastLessonId = lessonId;
        this.lastActivityAt = clock.instant();
    }

    /** @return true the first time only, so the course is completed once per learner */
    boolean completeCourse(Clock clock) {
        if (completedAt != null) {
            return false;
        }
        completedAt = clock.instant();
        return true;
    }
}

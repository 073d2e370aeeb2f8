package fi.polku.schools.internal;

import fi.polku.schools.SelfAssessmentException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * One round of a school's self-assessment, run by a learner in one lesson. It keeps the school's
 * name as it was when the round began, so a later change of profile does not rename old results.
 */
@Entity
@Table(name = "self_assessment_rounds")
class SelfAssessmentRound {

    static final int MAX_SCHOOL = 300;

    @Id
    private UUID id;
    @Column(name = "course_id", nullable = false)
    private String courseId;
    @Column(name = "lesson_id", nullable = false)
    private String lessonId;
    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;
    @Column(name = "round_number", nullable = false)
    private int number;
    @Column(nullable = false)
    private String school;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "closed_at")
    private @Nullable Instant closedAt;
    @Version
    private long version;

    protected SelfAssessmentRound() {
    }

    SelfAssessmentRound(String courseId, String lessonId, UUID ownerId, int number, String school, Clock clock) {
        if (school.isBlank() || school.strip().length() > MAX_SCHOOL) {
            throw new IllegalArgumentException("A round needs a school name of at most " + MAX_SCHOOL + " characters");
        }
        this.id = UUID.randomUUID();
        this.courseId = courseId;
        this.lessonId = lessonId;
        this.ownerId = ownerId;
        this.number = number;
        this.school = school.strip();
        this.startedAt = clock.instant();
    }

    void close(Clock clock) {
        requireOpen();
        closedAt = clock.instant();
    }

    void requireOpen() {
        if (closedAt != null) {
            throw new SelfAssessmentException(null, "self-assessment.closed");
        }
    }

    boolean isOpen() {
        return closedAt == null;
    }

    boolean ownedBy(UUID user) {
        return ownerId.equals(user);
    }

    UUID id() {
        return id;
    }

    String courseId() {
        return courseId;
    }

    String lessonId() {
        return lessonId;
    }

    UUID ownerId() {
        return ownerId;
    }

    int number() {
        return number;
    }

    String school() {
        return school;
    }

    Instant startedAt() {
        return startedAt;
    }

    @Nullable Instant closedAt() {
        return closedAt;
    }
}

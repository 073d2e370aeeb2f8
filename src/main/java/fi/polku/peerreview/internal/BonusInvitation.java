package fi.polku.peerreview.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A learner who finished their quota was invited to review a waiting submission (once per submission). */
@Entity
@Table(name = "bonus_invitations")
class BonusInvitation {

    @Id
    private UUID id;
    @Column(name = "submission_id", nullable = false)
    private UUID submissionId;
    @Column(name = "learner_id", nullable = false)
    private UUID learnerId;
    @Column(name = "course_id", nullable = false)
    private String courseId;
    @Column(name = "lesson_id", nullable = false)
    private String lessonId;
    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    protected BonusInvitation() {
    }

    BonusInvitation(Submission waiting, UUID learnerId, Instant now) {
        this.id = UUID.randomUUID();
        this.submissionId = waiting.id();
        this.learnerId = learnerId;
        this.courseId = waiting.courseId();
        this.lessonId = waiting.lessonId();
        this.invitedAt = now;
    }

    UUID learnerId() {
        return learnerId;
    }
}

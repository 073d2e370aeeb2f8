package fi.polku.peerreview.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A trainer's written feedback on a submission, shown beside the peers' whenever given. */
@Entity
@Table(name = "trainer_feedback")
class TrainerFeedback {

    @Id
    private UUID id;
    @Column(name = "submission_id", nullable = false)
    private UUID submissionId;
    @Column(name = "author_id", nullable = false)
    private UUID authorId;
    @Column(name = "author_name", nullable = false)
    private String authorName;
    @Column(nullable = false)
    private String body;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TrainerFeedback() {
    }

    TrainerFeedback(UUID submissionId, UUID authorId, String authorName, String body, Instant now) {
        this.id = UUID.randomUUID();
        this.submissionId = submissionId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = body.strip();
        this.createdAt = now;
    }

    UUID submissionId() { return submissionId; }
    String authorName() { return authorName; }
    String body() { return body; }
    Instant createdAt() { return createdAt; }
}

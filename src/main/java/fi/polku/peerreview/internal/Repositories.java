package fi.polku.peerreview.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface SubmissionRepository extends JpaRepository<Submission, UUID> {
    Optional<Submission> findByCourseIdAndLessonIdAndAuthorId(String courseId, String lessonId, UUID authorId);

    List<Submission> findByCourseIdAndLessonIdAndPoolIdAndStatus(String courseId, String lessonId, String poolId,
                                                                  Submission.Status status);

    List<Submission> findByPoolIdInAndStatus(Collection<String> pools, Submission.Status status);

    List<Submission> findByCourseIdAndAuthorId(String courseId, UUID authorId);
}

interface ReviewRepository extends JpaRepository<Review, UUID> {
    List<Review> findBySubmissionIdIn(Collection<UUID> submissions);

    List<Review> findBySubmissionId(UUID submission);

    List<Review> findByReviewerId(UUID reviewer);
}

interface AttachmentRepository extends JpaRepository<Attachment, UUID> {
    List<Attachment> findBySubmissionIdOrderByUploadedAt(UUID submission);
}

interface ReviewFlagRepository extends JpaRepository<ReviewFlag, UUID> {
    List<ReviewFlag> findByResolvedFalseOrderByCreatedAt();

    List<ReviewFlag> findByReviewId(UUID review);
}

interface TrainerFeedbackRepository extends JpaRepository<TrainerFeedback, UUID> {
    List<TrainerFeedback> findBySubmissionIdOrderByCreatedAt(UUID submission);
}

interface ModerationEventRepository extends JpaRepository<ModerationEvent, UUID> {
    List<ModerationEvent> findBySubmissionIdOrderByCreatedAt(UUID submission);
}

interface ReviewPoolRepository extends JpaRepository<ReviewPool, String> {
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from ReviewPool p where p.id = :id")
    Optional<ReviewPool> lock(@Param("id") String id);
}

package fi.polku.peerreview;

import fi.polku.accounts.UserId;
import fi.polku.peerreview.Views.AttachmentInfo;
import fi.polku.peerreview.Views.Download;
import fi.polku.peerreview.Views.MyAssignment;
import fi.polku.peerreview.Views.ReviewForm;
import fi.polku.peerreview.Views.ReviewTask;
import fi.polku.peerreview.Views.Submission;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

/** What a learner does in peer assessment. Every method acts for the signed-in person. */
public interface PeerReviews {

    MyAssignment mine(String courseId, String lessonId);

    Submission saveDraft(String courseId, String lessonId, String title, String text);

    /** Checks type (by content) and size before anything is stored. */
    AttachmentInfo attach(String courseId, String lessonId, String fileName, long declaredSize, InputStream content);

    void removeAttachment(UUID attachmentId);

    Submission submit(String courseId, String lessonId);

    /** Back to a draft, possible until the first review starts. */
    Submission withdraw(String courseId, String lessonId);

    /** Hands the learner a submission to review (their open one, if they have one). */
    Optional<UUID> requestReview(String courseId, String lessonId);

    ReviewTask task(UUID reviewId);

    void submitReview(UUID reviewId, ReviewForm form);

    /** The author rates a review they received ("feedback on feedback"). */
    void rate(UUID reviewId, boolean helpful);

    void flag(UUID reviewId, String reason);

    /** An attachment, for its author, its allocated reviewers and the pool's facilitators only. */
    Download download(UUID attachmentId);

    /** For the learning module's completion rule. */
    boolean isAssessed(UserId learner, String courseId);
}

package fi.polku.peerreview.internal;

import fi.polku.accounts.CurrentUser;
import fi.polku.accounts.UserAccount;
import fi.polku.accounts.UserId;
import fi.polku.content.LessonDetails;
import fi.polku.peerreview.FeedbackReceived;
import fi.polku.peerreview.PeerReviewException;
import fi.polku.peerreview.PeerReviews;
import fi.polku.peerreview.ReviewCircle;
import fi.polku.peerreview.SubmissionSubmitted;
import fi.polku.peerreview.Views;
import fi.polku.shared.UploadRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class PeerReviewService implements PeerReviews {

    static final int MAX_ATTACHMENTS = 10;

    private final CurrentUser currentUser;
    private final SubmissionRepository submissions;
    private final ReviewRepository reviews;
    private final AttachmentRepository attachments;
    private final ReviewFlagRepository flags;
    private final ReviewCircle circle;
    private final Assignments assignments;
    private final SubmissionViews views;
    private final ReviewAllocator allocator;
    private final AssessmentCheck assessment;
    private final FileStorage storage;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate allocation;

    PeerReviewService(CurrentUser currentUser, SubmissionRepository submissions, ReviewRepository reviews,
                      AttachmentRepository attachments, ReviewFlagRepository flags, ReviewCircle circle,
                      Assignments assignments, SubmissionViews views, ReviewAllocator allocator,
                      AssessmentCheck assessment, FileStorage storage, ApplicationEventPublisher events, Clock clock,
                      PlatformTransactionManager transactions) {
        this.currentUser = currentUser;
        this.submissions = submissions;
        this.reviews = reviews;
        this.attachments = attachments;
        this.flags = flags;
        this.circle = circle;
        this.assignments = assignments;
        this.views = views;
        this.allocator = allocator;
        this.assessment = assessment;
        this.storage = storage;
        this.events = events;
        this.clock = clock;
        this.allocation = new TransactionTemplate(transactions);
        this.allocation.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    private UserAccount me() {
        return currentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    @Override
    public Views.MyAssignment mine(String courseId, String lessonId) {
        UUID me = me().id().value();
        LessonDetails.Assignment rules = assignments.of(courseId, lessonId);
        Instant now = clock.instant();
        Optional<Submission> own = submissions.findByCourseIdAndLessonIdAndAuthorId(courseId, lessonId, me);
        List<Review> mine = allocator.mine(me, courseId, lessonId);
        int given = ReviewAllocator.given(mine);
        int toGive = own.map(s -> allocator.toGive(s, rules)).orElse(rules.reviewsToGive());
        Optional<UUID> open = ReviewAllocator.openReview(mine, now);
        Views.Feedback feedback = own.filter(s -> s.status() == Submission.Status.SUBMITTED)
                .map(s -> assessment.feedbackFor(s, rules, given >= toGive, !rules.anonymousReviews()))
                .orElse(new Views.Feedback(false, 0, rules.reviewsRequired(), java.util.List.of(), java.util.Map.of(),
                        java.util.List.of()));
        boolean bonusWaiting = open.isEmpty() && given >= rules.reviewsToGive()
                && own.map(s -> allocator.bonusWaiting(new UserId(me), s, rules)).orElse(false);
        return new Views.MyAssignment(own.map(s -> views.submission(s, now)), given, toGive, open, feedback,
                ReviewAllocator.bonusGiven(mine), bonusWaiting);
    }

    @Override
    @Transactional
    public Views.Submission saveDraft(String courseId, String lessonId, String title, String text) {
        if (title.length() > Submission.MAX_TITLE) {
            throw new PeerReviewException("title", "review.too-long", Submission.MAX_TITLE);
        }
        if (text.length() > Submission.MAX_BODY) {
            throw new PeerReviewException("text", "review.too-long", Submission.MAX_BODY);
        }
        Submission s = draft(courseId, lessonId);
        s.edit(title, text);
        return views.submission(submissions.save(s), clock.instant());
    }

    private Submission draft(String courseId, String lessonId) {
        assignments.of(courseId, lessonId);
        UserAccount me = me();
        Submission s = submissions.findByCourseIdAndLessonIdAndAuthorId(courseId, lessonId, me.id().value())
                .orElseGet(() -> new Submission(courseId, lessonId, circle.poolOf(me.id(), courseId)
                        .orElseThrow(() -> new PeerReviewException(null, "review.not-enrolled")),
                        me.id().value(), clock.instant()));
        if (s.status() != Submission.Status.DRAFT) {
            throw new PeerReviewException(null, "review.locked");
        }
        return s;
    }

    @Override
    @Transactional
    public Views.AttachmentInfo attach(String courseId, String lessonId, String fileName, long declaredSize,
                                       InputStream content) {
        LessonDetails.Assignment rules = assignments.of(courseId, lessonId);
        long max = rules.maxAttachmentMb() * 1024L * 1024L;
        Submission s = submissions.save(draft(courseId, lessonId));
        if (attachments.findBySubmissionIdOrderByUploadedAt(s.id()).size() >= MAX_ATTACHMENTS) {
            throw new PeerReviewException("attachments", "attachment.too-many", MAX_ATTACHMENTS);
        }
        try (BufferedInputStream in = new BufferedInputStream(content, 16 * 1024)) {
            in.mark(16 * 1024);
            byte[] head = in.readNBytes(8 * 1024);
            in.reset();
            AttachmentPolicy.Verdict verdict = AttachmentPolicy.check(fileName, head, declaredSize,
                    rules.attachmentTypes().stream().map(AttachmentPolicy.Kind::fromKey)
                            .collect(java.util.stream.Collectors.toSet()), max);
            if (!verdict.accepted()) {
                throw new PeerReviewException("attachments", verdict.problemKey(), verdict.args());
            }
            FileStorage.StoredFile stored = storage.store(in, max);
            inspectStored(stored, verdict.mediaType());
            Attachment a = attachments.save(new Attachment(s.id(), AttachmentPolicy.safeFileName(fileName),
                    verdict.mediaType(), stored.size(), stored.key(), stored.sha256(), clock.instant()));
            return new Views.AttachmentInfo(a.id(), a.fileName(), a.mediaType(), a.size());
        } catch (TooLargeException e) {
            throw new PeerReviewException("attachments", "attachment.too-large", rules.maxAttachmentMb());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What only the whole file shows is judged once it is stored; a refused one is deleted before any row points to it. */
    private void inspectStored(FileStorage.StoredFile stored, String mediaType) throws IOException {
        try (InputStream saved = storage.open(stored.key())) {
            AttachmentPolicy.inspect(mediaType, saved);
        } catch (UploadRefused refused) {
            storage.delete(stored.key());
            throw new PeerReviewException("attachments", refused.messageKey(), refused.arguments());
        }
    }

    @Override
    @Transactional
    public void removeAttachment(UUID attachmentId) {
        Attachment a = attachments.findById(attachmentId).orElseThrow(() -> new AccessDeniedException("No such file"));
        Submission s = submissions.findById(a.submissionId()).orElseThrow();
        if (!s.authorId().equals(me().id().value()) || s.status() != Submission.Status.DRAFT) {
            throw new AccessDeniedException("Not yours to remove");
        }
        attachments.delete(a);
        try {
            storage.delete(a.storageKey());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @Transactional
    public Views.Submission submit(String courseId, String lessonId) {
        Submission s = draft(courseId, lessonId);
        if (s.title().isBlank()) {
            throw new PeerReviewException("title", "review.title-required");
        }
        if (s.body().isBlank()) {
            throw new PeerReviewException("text", "review.text-required");
        }
        LessonDetails.Assignment rules = assignments.of(courseId, lessonId);
        Instant now = clock.instant();
        s.submit(now, rules.nobodyWaits().reminders() > 0
                ? now.plus(java.time.Duration.ofDays(rules.nobodyWaits().remindEveryDays())) : null);
        submissions.save(s);
        allocator.ensurePool(s);
        events.publishEvent(new SubmissionSubmitted(new UserId(s.authorId()), courseId, lessonId, clock.instant()));
        return views.submission(s, clock.instant());
    }

    @Override
    @Transactional
    public Views.Submission withdraw(String courseId, String lessonId) {
        Submission s = submissions.findByCourseIdAndLessonIdAndAuthorId(courseId, lessonId, me().id().value())
                .orElseThrow(() -> new PeerReviewException(null, "review.nothing-to-withdraw"));
        if (!views.submission(s, clock.instant()).withdrawable()) {
            throw new PeerReviewException(null, "review.review-started");
        }
        s.withdraw();
        return views.submission(s, clock.instant());
    }

    /**
     * Allocation waits for the pool's lock (see {@link ReviewAllocator}). When the wait times out
     * because many learners of the pool ask at once, the request is tried again in a fresh
     * transaction, twice, a moment later; if the pool is still busy the learner is told so, and
     * nothing of the failed attempts is saved (each attempt's transaction is rolled back).
     */
    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<UUID> requestReview(String courseId, String lessonId) {
        UserAccount me = me();
        for (int attempt = 1; ; attempt++) {
            try {
                return allocation.execute(tx -> allocator.allocate(me, courseId, lessonId));
            } catch (PessimisticLockingFailureException busy) {
                if (attempt > ALLOCATION_RETRIES) {
                    throw new PeerReviewException(null, "review.busy");
                }
                pause(attempt);
            }
        }
    }

    /** How many times a request that timed out waiting for the pool's lock is tried again. */
    static final int ALLOCATION_RETRIES = 2;

    private static void pause(int attempt) {
        try {
            // A little apart, so the requests that timed out together do not queue again in the same order.
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(20, 100) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PeerReviewException(null, "review.busy");
        }
    }

    @Override
    public Views.ReviewTask task(UUID reviewId) {
        Review r = reviews.findById(reviewId).orElseThrow(() -> new AccessDeniedException("No such review"));
        Submission s = submissions.findById(r.submissionId()).orElseThrow();
        UserId me = me().id();
        if (!r.reviewerId().equals(me.value()) && !circle.facilitates(me, s.poolId())) {
            throw new AccessDeniedException("Not your review");
        }
        return new Views.ReviewTask(r.id(), views.submission(s, clock.instant()), r.expiresAt(), r.completedAt() != null);
    }

    @Override
    @Transactional
    public void submitReview(UUID reviewId, Views.ReviewForm form) {
        Review r = reviews.findById(reviewId).orElseThrow(() -> new AccessDeniedException("No such review"));
        if (!r.reviewerId().equals(me().id().value())) {
            throw new AccessDeniedException("Not your review");
        }
        Submission s = submissions.findById(r.submissionId()).orElseThrow();
        LessonDetails.Assignment rules = assignments.of(s.courseId(), s.lessonId());
        for (LessonDetails.Criterion c : rules.rubric()) {
            Integer level = form.levels().get(c.id());
            if (level == null || level < 1 || level > 4) {
                throw new PeerReviewException(c.id(), "review.level-required");
            }
        }
        require("whatWorks", form.whatWorks());
        require("ideaToTry", form.ideaToTry());
        if (form.comment().length() > Review.MAX_TEXT) {
            throw new PeerReviewException("comment", "review.too-long", Review.MAX_TEXT);
        }
        if (r.completedAt() != null) {
            throw new PeerReviewException(null, "review.already-done");
        }
        r.complete(form.levels(), form.whatWorks(), form.ideaToTry(), form.comment(), clock.instant());
        reviews.save(r);
        submissions.refreshTouched(List.of(s.id()));
        assessment.check(s, rules);
        events.publishEvent(new FeedbackReceived(new UserId(s.authorId()), s.courseId(), s.lessonId(), r.byTrainer()));
    }

    private static void require(String field, String text) {
        if (text.isBlank()) {
            throw new PeerReviewException(field, "review.text-required");
        }
        if (text.length() > Review.MAX_TEXT) {
            throw new PeerReviewException(field, "review.too-long", Review.MAX_TEXT);
        }
    }

    @Override
    @Transactional
    public void rate(UUID reviewId, boolean helpful) {
        Review r = reviews.findById(reviewId).orElseThrow(() -> new AccessDeniedException("No such review"));
        Submission s = submissions.findById(r.submissionId()).orElseThrow();
        if (!s.authorId().equals(me().id().value()) || r.completedAt() == null) {
            throw new AccessDeniedException("Only the author rates the reviews they received");
        }
        r.rate(helpful);
    }

    @Override
    @Transactional
    public void flag(UUID reviewId, String reason) {
        Review r = reviews.findById(reviewId).orElseThrow(() -> new AccessDeniedException("No such review"));
        Submission s = submissions.findById(r.submissionId()).orElseThrow();
        UserId me = me().id();
        if (!s.authorId().equals(me.value()) && !r.reviewerId().equals(me.value()) && !circle.facilitates(me, s.poolId())) {
            throw new AccessDeniedException("Cannot see this review");
        }
        if (reason.isBlank()) {
            throw new PeerReviewException("reason", "review.reason-required");
        }
        flags.save(new ReviewFlag(reviewId, me.value(), reason.length() > 2000 ? reason.substring(0, 2000) : reason,
                clock.instant()));
    }

    @Override
    public Views.Download download(UUID attachmentId) {
        Attachment a = attachments.findById(attachmentId).orElseThrow(() -> new AccessDeniedException("No such file"));
        Submission s = submissions.findById(a.submissionId()).orElseThrow();
        UserId me = me().id();
        boolean reviewer = reviews.findBySubmissionId(s.id()).stream().anyMatch(r -> r.reviewerId().equals(me.value()));
        if (!s.authorId().equals(me.value()) && !reviewer && !circle.facilitates(me, s.poolId())) {
            throw new AccessDeniedException("Not allowed to open this file");
        }
        try {
            return new Views.Download(a.fileName(), a.mediaType(), a.size(), storage.open(a.storageKey()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asked by learning's event listeners too, where nobody is signed in; it tells only yes or no. */
    @Override
    @PreAuthorize("permitAll()")
    public boolean isAssessed(UserId learner, String courseId) {
        return submissions.findByCourseIdAndAuthorId(courseId, learner.value()).stream()
                .anyMatch(s -> s.assessedAt() != null);
    }
}

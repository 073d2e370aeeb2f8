package fi.polku.peerreview.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
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

    List<Submission> findByCourseIdAndLessonIdAndPoolIdInAndStatus(String courseId, String lessonId,
                                                                   Collection<String> pools, Submission.Status status);

    /**
     * Up to {@code limit} ids of the pool's submissions in this status: enough to tell whether there
     * are as many as a quota needs, without counting a pool of thousands on every assignment page.
     */
    @Query("select s.id from Submission s where s.courseId = :course and s.lessonId = :lesson "
            + "and s.poolId = :pool and s.status = :status")
    List<UUID> someInPool(@Param("course") String courseId, @Param("lesson") String lessonId,
                          @Param("pool") String poolId, @Param("status") Submission.Status status,
                          org.springframework.data.domain.Limit limit);

    List<Submission> findByStatus(Submission.Status status);

    List<Submission> findByStatusAndAssessedAtIsNull(Submission.Status status);

    List<Submission> findByStatusAndNextReminderAtLessThanEqual(Submission.Status status, Instant now);

    /**
     * The best few submissions for a reviewer to get next, ranked as {@link AllocationRules} ranks
     * them, counted in the database so that only these rows leave it. Never the reviewer's own nor
     * one they have reviewed or hold; from pools other than {@code own} (shared with small cohorts)
     * and when {@code onlyWanting} (a bonus review) only submissions still short of reviews.
     * {@code mates} must not be empty (pass a placeholder id).
     */
    @Query("""
            select c.id, c.submittedAt, c.active, c.needed, c.mate from (
                select s.id as id, s.submittedAt as submittedAt, s.poolId as poolId,
                       sum(case when r.id is null then 0
                                when r.completedAt is not null and r.hidden = false then 1
                                when r.completedAt is null and r.expiresAt > :now then 1
                                else 0 end) as active,
                       case when s.submittedAt < :relaxedBefore then cast(:relaxedNeed as Integer) else cast(:need as Integer) end as needed,
                       case when s.authorId in :mates then 1 else 0 end as mate
                from Submission s left join Review r on r.submissionId = s.id
                where s.courseId = :course and s.lessonId = :lesson and s.poolId in :pools
                  and s.status = :submitted and s.authorId <> :me
                  and not exists (select 1 from Review m where m.submissionId = s.id and m.reviewerId = :me
                                  and (m.completedAt is not null or m.expiresAt > :now))
                group by s.id, s.submittedAt, s.poolId, s.authorId
            ) c
            where (c.poolId = :own and :onlyWanting = 0) or c.active < c.needed
            order by case when c.active < c.needed then 0 else 2 end + c.mate,
                     case when :oldestFirst = 1 then 0 else c.active end, c.submittedAt, c.id
            limit 3
            """)
    List<Object[]> candidates(@Param("course") String course, @Param("lesson") String lesson,
                              @Param("pools") Collection<String> pools, @Param("own") String own,
                              @Param("me") UUID me, @Param("mates") Collection<UUID> mates,
                              @Param("now") Instant now, @Param("relaxedBefore") Instant relaxedBefore,
                              @Param("need") int need, @Param("relaxedNeed") int relaxedNeed,
                              @Param("onlyWanting") int onlyWanting, @Param("oldestFirst") int oldestFirst,
                              @Param("submitted") Submission.Status submitted);

    /**
     * The shortcut for fewest-first: the oldest submission nobody reviews, has reviewed or holds
     * (active reviews: none), not the reviewer's own nor a sparring mate's. When there is one, the
     * rules pick it (fewest is zero, and it needs at least one review); it is found by walking the
     * index in date order, without counting the whole pool.
     */
    @Query("""
            select s.id from Submission s
            where s.courseId = :course and s.lessonId = :lesson and s.poolId in :pools and s.status = :submitted
              and s.authorId <> :me and s.authorId not in :mates
              and not exists (select 1 from Review r where r.submissionId = s.id
                              and ((r.completedAt is not null and (r.hidden = false or r.reviewerId = :me))
                                   or (r.completedAt is null and r.expiresAt > :now)))
            order by s.submittedAt, s.id
            limit 1
            """)
    List<UUID> untouched(@Param("course") String course, @Param("lesson") String lesson,
                         @Param("pools") Collection<String> pools, @Param("me") UUID me,
                         @Param("mates") Collection<UUID> mates, @Param("now") Instant now,
                         @Param("submitted") Submission.Status submitted);

    /**
     * {@link #untouched} for a single pool (every big cohort, and a small one with nobody alongside):
     * the same rows in the same order. The order names the columns fixed by the conditions as well,
     * as {@code ix_submissions_assignment} lists them; only then does H2 read the index in order and
     * stop at the first report that qualifies ({@code EXPLAIN}: "index sorted") instead of checking
     * every report of the pool and sorting them (issue 10: seconds for a pool of 100,000).
     */
    @Query("""
            select s.id from Submission s
            where s.courseId = :course and s.lessonId = :lesson and s.poolId = :pool and s.status = :submitted
              and s.authorId <> :me and s.authorId not in :mates
              and not exists (select 1 from Review r where r.submissionId = s.id
                              and ((r.completedAt is not null and (r.hidden = false or r.reviewerId = :me))
                                   or (r.completedAt is null and r.expiresAt > :now)))
            order by s.courseId, s.lessonId, s.poolId, s.status, s.submittedAt, s.id
            limit 1
            """)
    List<UUID> untouchedInOne(@Param("course") String course, @Param("lesson") String lesson,
                              @Param("pool") String pool, @Param("me") UUID me,
                              @Param("mates") Collection<UUID> mates, @Param("now") Instant now,
                              @Param("submitted") Submission.Status submitted);
}

interface ReviewRepository extends JpaRepository<Review, UUID> {
    List<Review> findBySubmissionIdIn(Collection<UUID> submissions);

    List<Review> findBySubmissionId(UUID submission);

    List<Review> findByReviewerId(UUID reviewer);

    /** Per learner, the finished peer reviews they gave for an assignment, and how many of them were bonus reviews. */
    @Query("""
            select r.reviewerId, count(r), sum(case when r.bonus = true then 1 else 0 end)
            from Review r join Submission s on s.id = r.submissionId
            where s.courseId = :course and s.lessonId = :lesson and r.completedAt is not null and r.byTrainer = false
            group by r.reviewerId
            """)
    List<Object[]> givenPerReviewer(@Param("course") String course, @Param("lesson") String lesson);
}

interface BonusInvitationRepository extends JpaRepository<BonusInvitation, UUID> {
    List<BonusInvitation> findBySubmissionId(UUID submission);

    long countBySubmissionIdAndInvitedAtAfter(UUID submission, Instant since);

    boolean existsByLearnerIdAndCourseIdAndLessonIdAndInvitedAtAfter(UUID learner, String courseId, String lessonId,
                                                                     Instant since);
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

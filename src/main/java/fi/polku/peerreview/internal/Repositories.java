package fi.polku.peerreview.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
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
     * {@link #untouched} for a single pool (every big cohort, and a small one with nobody alongside),
     * in two steps that each cost an index probe, however many reports of the pool are reviewed
     * (issue 10): the oldest report no review ever counted for ({@code touched_until} still
     * {@link Submission#NEVER}), here, and those whose holds all ran out, {@link #freedInOne}.
     * The oldest of these is {@link #untouched}'s answer. The order names the columns fixed by the
     * conditions as well, as {@code ix_submissions_untouched} lists them: only then does H2 read the
     * index in order and stop at the first report that qualifies ({@code EXPLAIN}: "index sorted").
     * The reviews are still checked for each report the walk meets (a hidden review of the
     * reviewer's own keeps it from them), but the walk meets only untouched reports.
     * Rows: id, submittedAt.
     */
    @Query("""
            select s.id, s.submittedAt from Submission s
            where s.courseId = :course and s.lessonId = :lesson and s.poolId = :pool and s.status = :submitted
              and s.touchedUntil = :never
              and s.authorId <> :me and s.authorId not in :mates
              and not exists (select 1 from Review r where r.submissionId = s.id
                              and ((r.completedAt is not null and (r.hidden = false or r.reviewerId = :me))
                                   or (r.completedAt is null and r.expiresAt > :now)))
            order by s.courseId, s.lessonId, s.poolId, s.status, s.touchedUntil, s.submittedAt, s.id
            limit 1
            """)
    List<Object[]> neverTouchedInOne(@Param("course") String course, @Param("lesson") String lesson,
                                     @Param("pool") String pool, @Param("me") UUID me,
                                     @Param("mates") Collection<UUID> mates, @Param("now") Instant now,
                                     @Param("submitted") Submission.Status submitted, @Param("never") Instant never);

    /**
     * The other half of {@link #neverTouchedInOne}: the reports whose reviews were all holds that
     * ran out ({@code touched_until} from {@link Submission#HELD} to now). Allocation first
     * releases them ({@link #releaseExpired}), so this range holds a handful of rows at most and is
     * read whole, without an order: with {@code order by submitted_at limit 1} PostgreSQL, its
     * statistics still counting the rows just released, walked the whole pool in date order
     * instead (200 ms for 100,000). Rows: id, submittedAt.
     */
    @Query("""
            select s.id, s.submittedAt from Submission s
            where s.courseId = :course and s.lessonId = :lesson and s.poolId = :pool and s.status = :submitted
              and s.touchedUntil >= :held and s.touchedUntil <= :now
              and s.authorId <> :me and s.authorId not in :mates
              and not exists (select 1 from Review r where r.submissionId = s.id
                              and ((r.completedAt is not null and (r.hidden = false or r.reviewerId = :me))
                                   or (r.completedAt is null and r.expiresAt > :now)))
            """)
    List<Object[]> freedInOne(@Param("course") String course, @Param("lesson") String lesson,
                              @Param("pool") String pool, @Param("me") UUID me,
                              @Param("mates") Collection<UUID> mates, @Param("now") Instant now,
                              @Param("submitted") Submission.Status submitted, @Param("held") Instant held);

    /**
     * Recomputes {@code touched_until} of these reports from their reviews (the same statement as
     * migration V14's). Called wherever a review is allocated, finished, hidden, restored or erased;
     * a hold that runs out needs no call, as the column holds when it does. Pending changes are
     * flushed first, so the reviews read here are the ones this transaction wrote.
     */
    @Modifying(flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            update submissions set touched_until = coalesce(
                (select max(case when r.completed_at is null then r.expires_at
                                 when r.hidden = false then :forGood end)
                 from reviews r where r.submission_id = submissions.id),
                :never)
            where id in (:ids)
            """)
    int refreshTouched(@Param("ids") Collection<UUID> ids, @Param("never") Instant never,
                       @Param("forGood") Instant forGood);

    /**
     * Reports of the pool whose holds all ran out go back to {@link Submission#NEVER}: untouched,
     * as they are from now on anyway (an expired hold never comes back). Allocation calls it under
     * the pool's lock before looking, so {@link #freedInOne}'s range stays a handful of rows
     * however many reviewers gave up over a course. The range starts at {@link Submission#HELD}
     * ({@code >=}): with {@code > NEVER} H2 started at the first never-touched report and read them
     * all (scanCount 15,001 for an empty range).
     */
    @Modifying(flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            update submissions set touched_until = :never
            where course_id = :course and lesson_id = :lesson and pool_id = :pool and status = 'SUBMITTED'
              and touched_until >= :held and touched_until <= :now
            """)
    int releaseExpired(@Param("course") String course, @Param("lesson") String lesson, @Param("pool") String pool,
                       @Param("now") Instant now, @Param("never") Instant never, @Param("held") Instant held);

    /**
     * {@link #untouched} for a single pool, the same row: the oldest of {@link #neverTouchedInOne}'s
     * and {@link #freedInOne}'s rows.
     */
    default List<UUID> untouchedInOne(String course, String lesson, String pool, UUID me, Collection<UUID> mates,
                                      Instant now, Submission.Status submitted) {
        return java.util.stream.Stream.concat(
                        neverTouchedInOne(course, lesson, pool, me, mates, now, submitted, Submission.NEVER).stream(),
                        freedInOne(course, lesson, pool, me, mates, now, submitted, Submission.HELD).stream())
                .min(java.util.Comparator.comparing((Object[] row) -> (Instant) row[1])
                        .thenComparing(row -> (UUID) row[0], SubmissionRepository::asDatabaseOrders))
                .map(row -> List.of((UUID) row[0])).orElse(List.of());
    }

    /** UUIDs as PostgreSQL and H2 order them: byte by byte, unsigned (Java's compareTo is signed). */
    static int asDatabaseOrders(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    default void refreshTouched(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            refreshTouched(ids, Submission.NEVER, Submission.FOR_GOOD);
        }
    }
}

interface ReviewRepository extends JpaRepository<Review, UUID> {
    List<Review> findBySubmissionIdIn(Collection<UUID> submissions);

    List<Review> findBySubmissionId(UUID submission);

    List<Review> findByReviewerId(UUID reviewer);

    /**
     * The reviewer's reviews (open or finished) of reports of this assignment: one query. A join, not
     * {@code submissionId in (select ...)}: H2 ran that by reading every report id of the assignment
     * (almost a second with 100,000), the join starts from the reviewer's few reviews.
     */
    @Query("""
            select r from Review r join Submission s on s.id = r.submissionId
            where r.reviewerId = :reviewer and s.courseId = :course and s.lessonId = :lesson
            """)
    List<Review> byReviewerFor(@Param("reviewer") UUID reviewer, @Param("course") String course,
                               @Param("lesson") String lesson);

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

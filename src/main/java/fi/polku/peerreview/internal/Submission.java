package fi.polku.peerreview.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A learner's project report for one assignment: a draft until submitted, then locked. */
@Entity
@Table(name = "submissions")
class Submission {

    enum Status { DRAFT, SUBMITTED }

    static final int MAX_TITLE = 300;
    static final int MAX_BODY = 100_000;
    /** {@link #touchedUntil} of a report no review counts for (the column's default, see V14). */
    static final Instant NEVER = Instant.EPOCH;
    /** No {@link #touchedUntil} of a report ever held is earlier: where the range of holds starts. */
    static final Instant HELD = NEVER.plusSeconds(1);
    /** {@link #touchedUntil} of a report with a finished, visible review. */
    static final Instant FOR_GOOD = Instant.parse("9999-01-01T00:00:00Z");

    @Id
    private UUID id;
    @Column(name = "course_id", nullable = false)
    private String courseId;
    @Column(name = "lesson_id", nullable = false)
    private String lessonId;
    @Column(name = "pool_id", nullable = false)
    private String poolId;
    @Column(name = "author_id", nullable = false)
    private UUID authorId;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String body;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Status status;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;
    @Column(name = "assessed_at")
    private @Nullable Instant assessedAt;
    @Column(name = "override_reason")
    private @Nullable String overrideReason;
    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;
    @Column(name = "next_reminder_at")
    private @Nullable Instant nextReminderAt;
    /**
     * Until when the report counts as reviewed or held (issue 10): {@link #NEVER} while no review
     * counts, {@link #FOR_GOOD} once a finished review counts, else when the last open hold runs out.
     * Kept by the database ({@link SubmissionRepository#refreshTouched}) from the report's reviews (decision 022);
     * JPA only reads it, so a stale copy in memory is never written back.
     */
    @Column(name = "touched_until", insertable = false, updatable = false)
    private @Nullable Instant touchedUntil;
    @Version
    private long version;

    protected Submission() {
    }

    Submission(String courseId, String lessonId, String poolId, UUID authorId, Instant now) {
        this.id = UUID.randomUUID();
        this.courseId = courseId;
        this.lessonId = lessonId;
        this.poolId = poolId;
        this.authorId = authorId;
        this.title = "";
        this.body = "";
        this.status = Status.DRAFT;
        this.createdAt = now;
    }

    void edit(String title, String body) {
        if (status != Status.DRAFT) {
            throw new IllegalStateException("A submitted report is locked; withdraw it first");
        }
        if (title.length() > MAX_TITLE || body.length() > MAX_BODY) {
            throw new IllegalArgumentException("Too long");
        }
        this.title = title.strip();
        this.body = body;
    }

    /** @param firstReminder when to remind the author if they still owe reviews then; null for never */
    void submit(Instant now, @Nullable Instant firstReminder) {
        if (status != Status.DRAFT) {
            throw new IllegalStateException("Already submitted");
        }
        if (title.isBlank() || body.isBlank()) {
            throw new IllegalStateException("A report needs a title and text");
        }
        status = Status.SUBMITTED;
        submittedAt = now;
        nextReminderAt = firstReminder;
    }

    /** Back to a draft; the caller has checked that no review has started. */
    void withdraw() {
        if (status != Status.SUBMITTED || assessedAt != null) {
            throw new IllegalStateException("Only a submitted, unassessed report can be withdrawn");
        }
        status = Status.DRAFT;
        submittedAt = null;
        nextReminderAt = null;
    }

    /**
     * Called when a reminder has come due: one is sent only if the author owes reviews now, and at
     * most {@code max} in all (a withdrawal does not start the count again). Reminders fall on the
     * submission date plus whole multiples of {@code every}; a time that passed with nothing owed
     * (too few peers had submitted) is skipped, not made up later.
     *
     * @param owed     reviews the author could give now and has not
     * @param finished whether the author has given their whole quota (no reminder will ever be needed)
     * @return the number of the reminder to send now, or 0 for none
     */
    int remind(Instant now, int owed, boolean finished, int max, Duration every) {
        if (status != Status.SUBMITTED || submittedAt == null || nextReminderAt == null || now.isBefore(nextReminderAt)) {
            return 0;
        }
        int number = owed > 0 && remindersSent < max ? ++remindersSent : 0;
        Instant next = nextReminderAt.plus(every);
        if (!next.isAfter(now)) {
            next = now.plus(every); // the sweep was not running: never two reminders in one go
        }
        boolean more = !finished && remindersSent < max && !next.isAfter(submittedAt.plus(every.multipliedBy(max)));
        nextReminderAt = more ? next : null;
        return number;
    }

    /** After {@code relaxAfter}, one review is enough: nobody waits forever for peers. */
    int reviewsNeeded(int required, Duration relaxAfter, Instant now) {
        return submittedAt != null && submittedAt.plus(relaxAfter).isBefore(now) ? Math.min(1, required) : required;
    }

    /** @return true the first time only */
    boolean markAssessed(Instant now, @Nullable String overrideReason) {
        if (assessedAt != null) {
            return false;
        }
        this.assessedAt = now;
        this.overrideReason = overrideReason;
        return true;
    }

    UUID id() { return id; }
    String courseId() { return courseId; }
    String lessonId() { return lessonId; }
    String poolId() { return poolId; }
    UUID authorId() { return authorId; }
    String title() { return title; }
    String body() { return body; }
    Status status() { return status; }
    Instant createdAt() { return createdAt; }
    @Nullable Instant submittedAt() { return submittedAt; }
    @Nullable Instant assessedAt() { return assessedAt; }
    @Nullable String overrideReason() { return overrideReason; }
    int remindersSent() { return remindersSent; }
    @Nullable Instant nextReminderAt() { return nextReminderAt; }
}

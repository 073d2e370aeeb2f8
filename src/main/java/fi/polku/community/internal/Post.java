package fi.polku.community.internal;

import fi.polku.community.DiscussionException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A thread opener (no thread id) or a reply in a lesson's discussion of one cohort. */
@Entity
@Table(name = "discussion_posts")
class Post {

    static final int MAX_LENGTH = 10_000;
    static final Duration EDIT_WINDOW = Duration.ofMinutes(30);

    @Id
    private UUID id;
    @Column(name = "course_id", nullable = false)
    private String courseId;
    @Column(name = "lesson_id", nullable = false)
    private String lessonId;
    @Column(name = "cohort_id", nullable = false)
    private UUID cohortId;
    @Column(name = "thread_id")
    private @Nullable UUID threadId;
    @Column(name = "author_id", nullable = false)
    private UUID authorId;
    @Column(nullable = false)
    private String body;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "edited_at")
    private @Nullable Instant editedAt;
    private boolean deleted;
    private boolean hidden;
    private boolean pinned;
    private boolean locked;
    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;
    @Version
    private long version;

    protected Post() {
    }

    private Post(String courseId, String lessonId, UUID cohortId, @Nullable UUID threadId, UUID authorId,
                 String body, Instant now) {
        this.id = UUID.randomUUID();
        this.courseId = courseId;
        this.lessonId = lessonId;
        this.cohortId = cohortId;
        this.threadId = threadId;
        this.authorId = authorId;
        this.body = checked(body);
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    static Post thread(String courseId, String lessonId, UUID cohortId, UUID authorId, String body, Instant now) {
        return new Post(courseId, lessonId, cohortId, null, authorId, body, now);
    }

    /** A reply to this thread; refused when the thread is locked, hidden or deleted. */
    Post reply(UUID authorId, String body, Instant now) {
        if (threadId != null) {
            throw new IllegalStateException("Replies go under the thread, not under a reply");
        }
        if (locked || hidden || deleted) {
            throw new DiscussionException("discussion.locked");
        }
        lastActivityAt = now;
        return new Post(courseId, lessonId, cohortId, id, authorId, body, now);
    }

    void edit(UUID editor, String newBody, Instant now) {
        requireAuthor(editor);
        if (now.isAfter(createdAt.plus(EDIT_WINDOW))) {
            throw new DiscussionException("discussion.edit-window-over");
        }
        body = checked(newBody);
        editedAt = now;
    }

    /** The author takes the post back; its text is gone, its place in the thread stays. */
    void delete(UUID remover) {
        requireAuthor(remover);
        deleted = true;
        body = "";
    }

    void hide() { hidden = true; }
    void restore() { hidden = false; }
    void pin(boolean on) { requireThread(); pinned = on; }
    void lock(boolean on) { requireThread(); locked = on; }

    private void requireThread() {
        if (threadId != null) {
            throw new DiscussionException("discussion.not-a-thread");
        }
    }

    private void requireAuthor(UUID user) {
        if (!authorId.equals(user)) {
            throw new DiscussionException("discussion.not-yours");
        }
        if (deleted) {
            throw new DiscussionException("discussion.deleted");
        }
    }

    private static String checked(String body) {
        String text = body.strip();
        if (text.isEmpty()) {
            throw DiscussionException.onField("body", "discussion.body-empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw DiscussionException.onField("body", "discussion.too-long", MAX_LENGTH);
        }
        return text;
    }

    boolean editableBy(UUID user, Instant now) {
        return authorId.equals(user) && !deleted && !now.isAfter(createdAt.plus(EDIT_WINDOW));
    }

    UUID id() { return id; }
    String courseId() { return courseId; }
    String lessonId() { return lessonId; }
    UUID cohortId() { return cohortId; }
    @Nullable UUID threadId() { return threadId; }
    UUID authorId() { return authorId; }
    String body() { return body; }
    Instant createdAt() { return createdAt; }
    @Nullable Instant editedAt() { return editedAt; }
    boolean deleted() { return deleted; }
    boolean hidden() { return hidden; }
    boolean pinned() { return pinned; }
    boolean locked() { return locked; }
}

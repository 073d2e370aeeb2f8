package fi.polku.community.internal;

import fi.polku.community.Gallery.Kind;
import fi.polku.community.Gallery.Tag;
import fi.polku.community.Gallery.TagCategory;
import fi.polku.community.Gallery.Visibility;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A project or story shared in a course's gallery; its author alone changes or withdraws it. */
@Entity
@Table(name = "gallery_entries")
class GalleryEntry {

    static final int MAX_TITLE = 300;
    static final int MAX_BODY = 100_000;
    static final int MAX_TAGS_PER_CATEGORY = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Embeddable
    record StoredTag(@Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) TagCategory category,
                     @Column(name = "tag") String value) {
        Tag tag() {
            return new Tag(category, value);
        }
    }

    @Id
    private UUID id;
    @Column(name = "course_id", nullable = false)
    private String courseId;
    @Column(name = "author_id", nullable = false)
    private UUID authorId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Kind kind;
    @Column(name = "submission_id")
    private @Nullable UUID submissionId;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String body;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Visibility visibility;
    @Column(name = "share_token")
    private @Nullable String shareToken;
    @ElementCollection
    @CollectionTable(name = "gallery_tags", joinColumns = @JoinColumn(name = "entry_id"))
    private Set<StoredTag> tags = new HashSet<>();
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "withdrawn_at")
    private @Nullable Instant withdrawnAt;
    @Version
    private long version;

    protected GalleryEntry() {
    }

    GalleryEntry(String courseId, UUID authorId, Kind kind, @Nullable UUID submissionId, Instant now) {
        if ((kind == Kind.PROJECT) != (submissionId != null)) {
            throw new IllegalArgumentException("A project comes from a submission, a story from none");
        }
        this.id = UUID.randomUUID();
        this.courseId = courseId;
        this.authorId = authorId;
        this.kind = kind;
        this.submissionId = submissionId;
        this.title = "";
        this.body = "";
        this.visibility = Visibility.COHORT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The caller has checked lengths and turned them into messages; this guards the rule itself. */
    void edit(String title, String body, Set<Tag> newTags, Visibility newVisibility, Instant now) {
        if (withdrawn()) {
            throw new IllegalStateException("A withdrawn entry cannot be changed");
        }
        if (title.isBlank() || title.length() > MAX_TITLE || body.isBlank() || body.length() > MAX_BODY) {
            throw new IllegalArgumentException("Title and text are required and limited in length");
        }
        for (TagCategory c : TagCategory.values()) {
            if (newTags.stream().filter(t -> t.category() == c).count() > MAX_TAGS_PER_CATEGORY) {
                throw new IllegalArgumentException("Too many tags in " + c);
            }
        }
        this.title = title.strip();
        this.body = body;
        this.tags.clear();
        newTags.forEach(t -> this.tags.add(new StoredTag(t.category(), t.value())));
        share(newVisibility);
        this.updatedAt = now;
    }

    /**
     * A link is minted when the entry becomes shared by link and dies whenever visibility changes,
     * so a link once handed out cannot come back to life by switching back.
     */
    private void share(Visibility newVisibility) {
        if (newVisibility != visibility || (newVisibility == Visibility.PUBLIC_LINK && shareToken == null)) {
            shareToken = newVisibility == Visibility.PUBLIC_LINK ? newToken() : null;
        }
        visibility = newVisibility;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    void withdraw(Instant now) {
        if (withdrawnAt == null) {
            withdrawnAt = now;
            shareToken = null;
        }
    }

    boolean withdrawn() {
        return withdrawnAt != null;
    }

    boolean isAuthor(UUID user) {
        return authorId.equals(user);
    }

    Set<Tag> tags() {
        Set<Tag> all = new HashSet<>();
        tags.forEach(t -> all.add(t.tag()));
        return all;
    }

    UUID id() { return id; }
    String courseId() { return courseId; }
    UUID authorId() { return authorId; }
    Kind kind() { return kind; }
    @Nullable UUID submissionId() { return submissionId; }
    String title() { return title; }
    String body() { return body; }
    Visibility visibility() { return visibility; }
    @Nullable String shareToken() { return shareToken; }
    Instant createdAt() { return createdAt; }
}

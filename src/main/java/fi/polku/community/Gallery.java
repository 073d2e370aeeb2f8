package fi.polku.community;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The gallery of experiments: assessed development projects and "what didn't work and what I
 * learned" stories that course participants share, tag, comment on and mark "I'll try this".
 * Every method acts for the signed-in person, except {@link #shared(String)}, which serves the
 * public link to anyone.
 */
public interface Gallery {

    enum Kind { PROJECT, STORY }

    /**
     * Who sees an entry. Each level includes the one before it: an entry shared by link is also
     * listed for signed-in users, so widening never hides it from the author's own cohort.
     */
    enum Visibility { COHORT, USERS, PUBLIC_LINK }

    enum TagCategory {
        SUBJECT, GRADE_LEVEL, TECHNOLOGY, THEME;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A tag as stored: lower case, single spaces, so "  Robotiikka " and "robotiikka" are one tag. */
    record Tag(TagCategory category, String value) {

        public static final int MAX_LENGTH = 40;

        public static Tag of(TagCategory category, String typed) {
            return new Tag(category, normalise(typed));
        }

        public static String normalise(String typed) {
            return typed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }

        /** For URLs: {@code subject:matematiikka}. */
        public String token() {
            return category.key() + ":" + value;
        }

        public static Optional<Tag> parse(String token) {
            int colon = token.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            String category = token.substring(0, colon);
            String value = normalise(token.substring(colon + 1));
            for (TagCategory c : TagCategory.values()) {
                if (c.key().equals(category) && !value.isEmpty()) {
                    return Optional.of(new Tag(c, value));
                }
            }
            return Optional.empty();
        }
    }

    /** Empty {@code tags} and {@code kind} mean everything; several tags narrow the list to entries having all. */
    record Filter(Optional<Kind> kind, Set<Tag> tags) {
        public static Filter none() {
            return new Filter(Optional.empty(), Set.of());
        }
    }

    /** What the author fills in. A project's title and text start as its assessed report's. */
    record Form(String title, String text, Map<TagCategory, Set<String>> tags, Visibility visibility) {
    }

    /** An assessed report of the signed-in learner that can be published as a project. */
    record ProjectCandidate(String lessonId, String lessonTitle, UUID submissionId, String title, String text,
                            boolean published) {
    }

    record Card(UUID id, Kind kind, String title, String excerpt, Map<TagCategory, List<String>> tags, int tries,
                String author, boolean mine, boolean withdrawn) {
    }

    /**
     * A course's gallery as the reader may see it. {@code tagsInUse} are the tags of the entries
     * listed before filtering, for the filter chips.
     */
    record Listing(String courseId, List<Card> cards, Map<TagCategory, List<String>> tagsInUse, boolean canPublish) {
    }

    /** {@code html} went through the untrusted-text renderer: safe to show. */
    record Comment(UUID id, String author, String html, Instant at, boolean hidden, @Nullable String hiddenBy,
                   @Nullable Instant hiddenAt) {
    }

    /**
     * One entry. {@code markdown} and {@code shareToken} are given to its author only;
     * {@code comments} are empty on the public page, where their writers did not choose to be seen.
     */
    record Entry(UUID id, String courseId, Kind kind, String title, String html, @Nullable String markdown,
                 Map<TagCategory, List<String>> tags, Visibility visibility, @Nullable String shareToken,
                 String author, Instant publishedAt, boolean withdrawn, int tries, boolean triedByMe, boolean mine,
                 boolean canComment, boolean canModerate, List<Comment> comments) {
    }

    Listing list(String courseId, Filter filter);

    /** Existing tags of the course, per category, to suggest while tagging. */
    Map<TagCategory, List<String>> tagSuggestions(String courseId);

    /** The signed-in learner's assessed reports in the course (one per assignment lesson). */
    List<ProjectCandidate> projectCandidates(String courseId);

    /** Publishes an assessed report, copying its title and text unless the form changes them. */
    UUID publishProject(String courseId, String lessonId, Form form);

    UUID publishStory(String courseId, Form form);

    Entry entry(UUID id);

    /** Anyone with the link, signed in or not; empty once the entry is withdrawn or no longer shared by link. */
    Optional<Entry> shared(String token);

    /** The author changes text, tags or visibility; leaving PUBLIC_LINK ends the link for good. */
    Entry edit(UUID id, Form form);

    /** Gone for everyone but the author, link included. */
    void withdraw(UUID id);

    Entry comment(UUID entryId, String markdown);

    /** Facilitators of the author's cohort and admins; who and when are recorded. */
    Entry hideComment(UUID commentId);

    /** "I'll try this" on or off; returns whether it is now on. */
    boolean toggleTry(UUID entryId);
}

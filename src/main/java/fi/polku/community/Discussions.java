package fi.polku.community;

import fi.polku.learning.CohortId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Each lesson's discussion, one per cohort: threads and replies in Markdown, reactions, mentions of
 * sparring-group members, reports, and facilitators' moderation, every action recorded.
 */
public interface Discussions {

    enum Reaction { HELPFUL, WILL_TRY }

    enum Action { PIN, UNPIN, LOCK, UNLOCK, HIDE, RESTORE, DISMISS_REPORT }

    record PostView(UUID id, @Nullable UUID threadId, String author, boolean mine, String html, String markdown,
                    Instant createdAt, boolean edited, boolean editable, boolean deleted, boolean hidden,
                    boolean pinned, boolean locked, Map<Reaction, Long> reactions, Set<Reaction> myReactions,
                    int openReports) {
    }

    record ThreadView(PostView opener, List<PostView> replies) {
    }

    /**
     * What the signed-in person sees of a lesson's discussion in one cohort. {@code cohorts} lists
     * the cohorts they may switch between (more than one only for facilitators and admins).
     */
    record Board(CohortId cohort, Map<CohortId, String> cohorts, boolean moderator, List<ThreadView> threads,
                 List<String> mentionable) {
    }

    record ReportView(UUID reportId, UUID postId, String courseId, String lessonId, String reporter, String reason,
                      Instant at, String postAuthor, String postText, boolean postHidden) {
    }

    record ActionView(String actor, Action action, @Nullable String reason, Instant at) {
    }

    /** Empty for anyone who is not a participant of the course (and for anonymous visitors). */
    Optional<Board> board(String courseId, String lessonId, Optional<CohortId> cohort);

    PostView startThread(String courseId, String lessonId, CohortId cohort, String markdown);

    PostView reply(UUID threadId, String markdown);

    PostView edit(UUID postId, String markdown);

    void delete(UUID postId);

    void react(UUID postId, Reaction reaction, boolean on);

    void report(UUID postId, String reason);

    void moderate(UUID postId, Action action, @Nullable String reason);

    /** Open reports in the cohorts the signed-in facilitator moderates (all, for an admin). */
    List<ReportView> openReports();

    void dismissReport(UUID reportId);

    List<ActionView> history(UUID postId);
}

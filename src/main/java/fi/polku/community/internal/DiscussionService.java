package fi.polku.community.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.Audit;
import fi.polku.accounts.CurrentUser;
import fi.polku.accounts.PublicProfile;
import fi.polku.accounts.UserAccount;
import fi.polku.accounts.UserId;
import fi.polku.community.DiscussionException;
import fi.polku.community.Discussions;
import fi.polku.community.Notifications;
import fi.polku.learning.CohortId;
import fi.polku.learning.Participation;
import fi.polku.learning.Participation.Standing;
import fi.polku.shared.UntrustedText;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Service
@Transactional
class DiscussionService implements Discussions {

    private final PostRepository posts;
    private final PostReactionRepository reactions;
    private final PostReportRepository reports;
    private final ModerationEntryRepository moderation;
    private final Participation participation;
    private final CurrentUser currentUser;
    private final Accounts accounts;
    private final Notifications notifications;
    private final Clock clock;
    private final Audit audit;

    DiscussionService(PostRepository posts, PostReactionRepository reactions, PostReportRepository reports,
                      ModerationEntryRepository moderation, Participation participation, CurrentUser currentUser,
                      Accounts accounts, Notifications notifications, Clock clock, Audit audit) {
        this.posts = posts;
        this.reactions = reactions;
        this.reports = reports;
        this.moderation = moderation;
        this.participation = participation;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.notifications = notifications;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Board> board(String courseId, String lessonId, Optional<CohortId> wanted) {
        Optional<UserAccount> me = currentUser.get();
        if (me.isEmpty()) {
            return Optional.empty();
        }
        Standing standing = participation.of(me.get().id(), courseId);
        Set<CohortId> visible = standing.cohorts();
        if (visible.isEmpty()) {
            return Optional.empty();
        }
        Map<CohortId, String> names = standing.cohortNames();
        CohortId cohort = wanted.filter(visible::contains)
                .or(standing::learnerCohort)
                .orElseGet(() -> names.keySet().iterator().next());
        boolean moderator = standing.moderates(cohort);
        List<Post> all = posts.findLesson(courseId, lessonId, cohort.value());
        UUID myId = me.get().id().value();
        List<Post> shown = all.stream().filter(p -> moderator || !p.hidden() || p.authorId().equals(myId)).toList();
        List<PostView> views = views(shown, myId, moderator);
        Map<UUID, PostView> byId = views.stream().collect(Collectors.toMap(PostView::id, v -> v));
        List<ThreadView> threads = new ArrayList<>();
        for (Post p : shown) {
            if (p.threadId() == null) {
                List<PostView> replies = shown.stream().filter(r -> p.id().equals(r.threadId()))
                        .map(r -> byId.get(r.id())).toList();
                threads.add(new ThreadView(byId.get(p.id()), replies));
            }
        }
        threads.sort(Comparator.comparing((ThreadView t) -> !t.opener().pinned())
                .thenComparing(t -> lastActivity(t), Comparator.reverseOrder()));
        List<String> mentionable = standing.learnerCohort().isPresent()
                ? names(participation.sparringPeers(me.get().id(), courseId)) : List.of();
        return Optional.of(new Board(cohort, names, moderator, threads, mentionable));
    }

    private static Instant lastActivity(ThreadView thread) {
        return thread.replies().isEmpty() ? thread.opener().createdAt()
                : thread.replies().getLast().createdAt();
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public PostView startThread(String courseId, String lessonId, CohortId cohort, String markdown) {
        UserAccount me = currentUser.require();
        Standing standing = participation.of(me.id(), courseId);
        if (!standing.cohorts().contains(cohort)) {
            throw new AccessDeniedException("Not a participant of this cohort");
        }
        Post post = posts.save(Post.thread(courseId, lessonId, cohort.value(), me.id().value(), markdown,
                clock.instant()));
        notifyMentions(me, post);
        return view(post, me.id().value(), standing.moderates(cohort));
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public PostView reply(UUID threadId, String markdown) {
        UserAccount me = currentUser.require();
        Post thread = post(threadId);
        Standing standing = requireParticipant(me, thread);
        Post reply = posts.save(thread.reply(me.id().value(), markdown, clock.instant()));
        if (!thread.authorId().equals(me.id().value()) && !thread.deleted()) {
            notifications.send(new UserId(thread.authorId()), Notifications.Kind.REPLY, link(reply),
                    List.of(me.displayName(), excerpt(thread.body())));
        }
        notifyMentions(me, reply);
        return view(reply, me.id().value(), standing.moderates(new CohortId(thread.cohortId())));
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public PostView edit(UUID postId, String markdown) {
        UserAccount me = currentUser.require();
        Post post = post(postId);
        Standing standing = requireParticipant(me, post);
        post.edit(me.id().value(), markdown, clock.instant());
        return view(post, me.id().value(), standing.moderates(new CohortId(post.cohortId())));
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void delete(UUID postId) {
        UserAccount me = currentUser.require();
        Post post = post(postId);
        requireParticipant(me, post);
        post.delete(me.id().value());
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void react(UUID postId, Reaction reaction, boolean on) {
        UserAccount me = currentUser.require();
        Post post = post(postId);
        requireParticipant(me, post);
        var key = new PostReaction.Key(postId, me.id().value(), reaction);
        if (on && !reactions.existsById(key) && !post.deleted()) {
            reactions.save(new PostReaction(postId, me.id().value(), reaction));
        } else if (!on) {
            reactions.deleteById(key);
        }
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void report(UUID postId, String reason) {
        UserAccount me = currentUser.require();
        Post post = post(postId);
        requireParticipant(me, post);
        reports.save(new PostReport(postId, me.id().value(), reason, clock.instant()));
    }

    @Override
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public void moderate(UUID postId, Action action, @Nullable String reason) {
        UserAccount me = currentUser.require();
        Post post = post(postId);
        requireModerator(me, post);
        switch (action) {
            case PIN, UNPIN -> post.pin(action == Action.PIN);
            case LOCK, UNLOCK -> post.lock(action == Action.LOCK);
            case HIDE -> {
                post.hide();
                reports.findOpenByPosts(List.of(postId)).forEach(r -> r.resolve(me.id().value(), clock.instant()));
            }
            case RESTORE -> post.restore();
            case DISMISS_REPORT -> throw new IllegalArgumentException("Dismiss a report with dismissReport");
        }
        moderation.save(new ModerationEntry(postId, me.id().value(), action, reason, clock.instant()));
        audit.record(Audit.POST_MODERATED, new UserId(post.authorId()), action.name() + " " + postId);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public List<ReportView> openReports() {
        UserAccount me = currentUser.require();
        List<PostReport> open = reports.findAllOpen();
        Map<UUID, Post> byId = posts.findAllById(open.stream().map(PostReport::postId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Post::id, p -> p));
        Map<String, Standing> standings = new java.util.HashMap<>();
        List<PostReport> mine = open.stream().filter(r -> {
            Post p = byId.get(r.postId());
            return standings.computeIfAbsent(p.courseId(), c -> participation.of(me.id(), c))
                    .moderates(new CohortId(p.cohortId()));
        }).toList();
        Set<UserId> people = new HashSet<>();
        mine.forEach(r -> {
            people.add(new UserId(r.reporterId()));
            people.add(new UserId(byId.get(r.postId()).authorId()));
        });
        Map<UserId, PublicProfile> profiles = accounts.publicProfiles(people);
        return mine.stream().map(r -> {
            Post p = byId.get(r.postId());
            return new ReportView(r.id(), p.id(), p.courseId(), p.lessonId(), name(profiles, r.reporterId()),
                    r.reason(), r.createdAt(), name(profiles, p.authorId()), p.body(), p.hidden());
        }).toList();
    }

    @Override
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public void dismissReport(UUID reportId) {
        UserAccount me = currentUser.require();
        PostReport report = reports.findById(reportId).orElseThrow(() -> new DiscussionException("discussion.gone"));
        requireModerator(me, post(report.postId()));
        report.resolve(me.id().value(), clock.instant());
        moderation.save(new ModerationEntry(report.postId(), me.id().value(), Action.DISMISS_REPORT, report.reason(),
                clock.instant()));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    public List<ActionView> history(UUID postId) {
        UserAccount me = currentUser.require();
        requireModerator(me, post(postId));
        List<ModerationEntry> entries = moderation.findByPost(postId);
        Map<UserId, PublicProfile> profiles = accounts.publicProfiles(
                entries.stream().map(e -> new UserId(e.actorId())).collect(Collectors.toSet()));
        return entries.stream().map(e -> new ActionView(name(profiles, e.actorId()), e.action(), e.reason(), e.at()))
                .toList();
    }

    private Post post(UUID id) {
        return posts.findById(id).orElseThrow(() -> new DiscussionException("discussion.gone"));
    }

    private Standing requireParticipant(UserAccount me, Post post) {
        Standing standing = participation.of(me.id(), post.courseId());
        CohortId cohort = new CohortId(post.cohortId());
        if (!standing.cohorts().contains(cohort)) {
            throw new AccessDeniedException("Not a participant of this cohort");
        }
        if (post.hidden() && !standing.moderates(cohort)) {
            throw new DiscussionException("discussion.gone");
        }
        return standing;
    }

    private void requireModerator(UserAccount me, Post post) {
        if (!participation.of(me.id(), post.courseId()).moderates(new CohortId(post.cohortId()))) {
            throw new AccessDeniedException("Not a facilitator of this cohort");
        }
    }

    /** Sparring-group members named as "@Display Name" in a new post hear about it. */
    private void notifyMentions(UserAccount me, Post post) {
        List<UserId> peers = participation.sparringPeers(me.id(), post.courseId());
        Map<UserId, PublicProfile> profiles = accounts.publicProfiles(peers);
        for (PublicProfile peer : profiles.values()) {
            if (post.body().contains("@" + peer.displayName())) {
                notifications.send(peer.id(), Notifications.Kind.MENTION, link(post),
                        List.of(me.displayName(), excerpt(post.body())));
            }
        }
    }

    static String link(Post post) {
        return "courses/" + post.courseId() + "/" + post.lessonId() + "#post-" + post.id();
    }

    static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 80 ? flat : flat.substring(0, 79) + "…";
    }

    private List<String> names(List<UserId> ids) {
        return accounts.publicProfiles(ids).values().stream().map(PublicProfile::displayName).sorted().toList();
    }

    private static String name(Map<UserId, PublicProfile> profiles, UUID id) {
        PublicProfile p = profiles.get(new UserId(id));
        return p == null ? "?" : p.displayName();
    }

    private PostView view(Post post, UUID me, boolean moderator) {
        return views(List.of(post), me, moderator).getFirst();
    }

    private List<PostView> views(List<Post> list, UUID me, boolean moderator) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = list.stream().map(Post::id).collect(Collectors.toSet());
        Map<UUID, List<PostReaction>> byPost = reactions.findByPosts(ids).stream()
                .collect(Collectors.groupingBy(r -> r.key().postId()));
        Map<UUID, Long> reportCounts = moderator
                ? reports.findOpenByPosts(ids).stream().collect(Collectors.groupingBy(PostReport::postId,
                Collectors.counting()))
                : Map.of();
        Map<UserId, PublicProfile> profiles = accounts.publicProfiles(
                list.stream().map(p -> new UserId(p.authorId())).collect(Collectors.toSet()));
        Instant now = clock.instant();
        return list.stream().map(p -> {
            Map<Reaction, Long> counts = new EnumMap<>(Reaction.class);
            Set<Reaction> mine = EnumSet.noneOf(Reaction.class);
            for (PostReaction r : byPost.getOrDefault(p.id(), List.of())) {
                counts.merge(r.key().kind(), 1L, Long::sum);
                if (r.key().userId().equals(me)) {
                    mine.add(r.key().kind());
                }
            }
            String html = p.deleted() ? "" : UntrustedText.toHtml(p.body());
            // an author who deleted their account has no profile left: "", which the card words as "removed user"
            PublicProfile author = profiles.get(new UserId(p.authorId()));
            return new PostView(p.id(), p.threadId(), author == null ? "" : author.displayName(), p.authorId().equals(me),
                    html,
                    p.body(), p.createdAt(), p.editedAt() != null, p.editableBy(me, now), p.deleted(), p.hidden(),
                    p.pinned(), p.locked(), counts, mine, reportCounts.getOrDefault(p.id(), 0L).intValue());
        }).toList();
    }
}

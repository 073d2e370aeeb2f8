package fi.polku.community.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.CurrentUser;
import fi.polku.accounts.UserAccount;
import fi.polku.accounts.UserId;
import fi.polku.community.Gallery;
import fi.polku.community.GalleryCommentAdded;
import fi.polku.community.GalleryException;
import fi.polku.learning.Participation;
import fi.polku.learning.Participation.Standing;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The gallery's rules; publishing a project is in {@link GalleryProjects}, reading lists here too. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class GalleryService implements Gallery {

    private final GalleryEntryRepository entries;
    private final GalleryCommentRepository comments;
    private final GalleryTryRepository tries;
    private final GalleryProjects projects;
    private final GalleryPages pages;
    private final Participation participation;
    private final CurrentUser currentUser;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GalleryService(GalleryEntryRepository entries, GalleryCommentRepository comments, GalleryTryRepository tries,
                   GalleryProjects projects, GalleryPages pages, Participation participation, CurrentUser currentUser, Accounts accounts,
                   ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.comments = comments;
        this.tries = tries;
        this.projects = projects;
        this.pages = pages;
        this.participation = participation;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    private UserAccount me() {
        return currentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    @Override
    public Listing list(String courseId, Filter filter) {
        UserId me = me().id();
        Standing reader = participation.of(me, courseId);
        List<GalleryEntry> listed = entries.listed(courseId, me.value());
        Map<UserId, Standing> authors = participation.of(
                listed.stream().map(e -> new UserId(e.authorId())).collect(Collectors.toSet()), courseId);
        List<GalleryEntry> readable = listed.stream()
                .filter(e -> GalleryAccess.canRead(e.visibility(), e.withdrawn(), e.isAuthor(me.value()), reader,
                        authors.get(new UserId(e.authorId()))))
                .toList();
        Set<Tag> inUse = readable.stream().flatMap(e -> e.tags().stream()).collect(Collectors.toSet());
        List<GalleryEntry> shown = readable.stream()
                .filter(e -> filter.kind().map(k -> k == e.kind()).orElse(true))
                .filter(e -> e.tags().containsAll(filter.tags()))
                .toList();
        Map<UUID, Long> counts = new HashMap<>();
        if (!shown.isEmpty()) {
            tries.countsFor(shown.stream().map(GalleryEntry::id).toList())
                    .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        }
        Map<UUID, String> names = pages.names(shown.stream().map(GalleryEntry::authorId).collect(Collectors.toSet()));
        List<Card> cards = shown.stream().map(e -> GalleryReadModels.card(e, names.getOrDefault(e.authorId(), "?"),
                counts.getOrDefault(e.id(), 0L).intValue(), me.value())).toList();
        return new Listing(courseId, cards, GalleryReadModels.tagsByCategory(inUse), reader.participates());
    }

    @Override
    public Map<TagCategory, List<String>> tagSuggestions(String courseId) {
        return list(courseId, Filter.none()).tagsInUse();
    }

    @Override
    public List<ProjectCandidate> projectCandidates(String courseId) {
        return projects.candidates(courseId, me());
    }

    @Override
    @Transactional
    public UUID publishProject(String courseId, String lessonId, Form form) {
        UserAccount me = me();
        ProjectCandidate project = projects.candidates(courseId, me).stream()
                .filter(c -> c.lessonId().equals(lessonId)).findFirst()
                .orElseThrow(() -> new GalleryException(null, "gallery.not-assessed"));
        if (project.published()) {
            throw new GalleryException(null, "gallery.already-published");
        }
        return publish(new GalleryEntry(courseId, me.id().value(), Kind.PROJECT, project.submissionId(),
                clock.instant()), form);
    }

    @Override
    @Transactional
    public UUID publishStory(String courseId, Form form) {
        UserAccount me = me();
        if (!participation.of(me.id(), courseId).participates()) {
            throw new AccessDeniedException("Only participants of the course publish in its gallery");
        }
        return publish(new GalleryEntry(courseId, me.id().value(), Kind.STORY, null, clock.instant()), form);
    }

    private UUID publish(GalleryEntry entry, Form form) {
        GalleryForms.check(form);
        entry.edit(form.title(), form.text(), GalleryForms.tags(form), form.visibility(), clock.instant());
        return entries.save(entry).id();
    }

    @Override
    public Entry entry(UUID id) {
        return pages.entry(readable(id), me().id());
    }

    @Override
    @PreAuthorize("permitAll()")
    public Optional<Entry> shared(String token) {
        return entries.findByShareToken(token)
                .filter(e -> e.visibility() == Visibility.PUBLIC_LINK && !e.withdrawn())
                .map(e -> GalleryReadModels.entry(e, accounts.find(new UserId(e.authorId()))
                                .map(UserAccount::displayName).orElse("?"),
                        (int) tries.countByEntryId(e.id()), GalleryReadModels.Rights.PUBLIC, List.of()));
    }

    @Override
    @Transactional
    public Entry edit(UUID id, Form form) {
        GalleryEntry e = own(id);
        GalleryForms.check(form);
        e.edit(form.title(), form.text(), GalleryForms.tags(form), form.visibility(), clock.instant());
        return pages.entry(entries.save(e), me().id());
    }

    @Override
    @Transactional
    public void withdraw(UUID id) {
        own(id).withdraw(clock.instant());
    }

    @Override
    @Transactional
    public Entry comment(UUID entryId, String markdown) {
        UserId me = me().id();
        GalleryEntry e = readable(entryId);
        if (e.withdrawn() || !participation.of(me, e.courseId()).participates()) {
            throw new AccessDeniedException("Only participants of the course comment in its gallery");
        }
        comments.save(new GalleryComment(e.id(), me.value(), GalleryForms.comment(markdown), clock.instant()));
        events.publishEvent(new GalleryCommentAdded(e.id(), new UserId(e.authorId()), me, e.title(), e.courseId()));
        return pages.entry(e, me);
    }

    @Override
    @Transactional
    public Entry hideComment(UUID commentId) {
        UserId me = me().id();
        GalleryComment c = comments.findById(commentId).orElseThrow(() -> new AccessDeniedException("No such comment"));
        GalleryEntry e = entries.findById(c.entryId()).orElseThrow();
        if (!GalleryAccess.canModerate(participation.of(me, e.courseId()), pages.authorOf(e))) {
            throw new AccessDeniedException("Only the cohort's facilitators and admins hide comments");
        }
        c.hide(me.value(), clock.instant());
        return pages.entry(e, me);
    }

    @Override
    @Transactional
    public boolean toggleTry(UUID entryId) {
        UserId me = me().id();
        GalleryEntry e = readable(entryId);
        if (e.isAuthor(me.value()) || e.withdrawn()) {
            throw new GalleryException(null, "gallery.try-own");
        }
        Optional<GalleryTry> mine = tries.findByEntryIdAndUserId(entryId, me.value());
        mine.ifPresentOrElse(tries::delete, () -> tries.save(new GalleryTry(entryId, me.value(), clock.instant())));
        return mine.isEmpty();
    }

    /** Not found and not allowed look the same, so ids reveal nothing. */
    private GalleryEntry readable(UUID id) {
        UserId me = me().id();
        return entries.findById(id)
                .filter(e -> GalleryAccess.canRead(e.visibility(), e.withdrawn(), e.isAuthor(me.value()),
                        participation.of(me, e.courseId()), pages.authorOf(e)))
                .orElseThrow(() -> new AccessDeniedException("No such entry"));
    }

    private GalleryEntry own(UUID id) {
        UUID me = me().id().value();
        return entries.findById(id).filter(e -> e.isAuthor(me))
                .orElseThrow(() -> new AccessDeniedException("Only the author changes an entry"));
    }
}

package fi.polku.community.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.UserId;
import fi.polku.community.Gallery.Comment;
import fi.polku.community.Gallery.Entry;
import fi.polku.learning.Participation;
import fi.polku.learning.Participation.Standing;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Puts together an entry page for one reader: names, counts, comments and what the reader may do. */
@Component
class GalleryPages {

    private final GalleryCommentRepository comments;
    private final GalleryTryRepository tries;
    private final Participation participation;
    private final Accounts accounts;

    GalleryPages(GalleryCommentRepository comments, GalleryTryRepository tries, Participation participation,
                 Accounts accounts) {
        this.comments = comments;
        this.tries = tries;
        this.participation = participation;
        this.accounts = accounts;
    }

    Standing authorOf(GalleryEntry e) {
        return participation.of(new UserId(e.authorId()), e.courseId());
    }

    /** Hidden comments stay visible to moderators only, with who hid them and when. */
    Entry entry(GalleryEntry e, UserId reader) {
        Standing standing = participation.of(reader, e.courseId());
        boolean moderates = GalleryAccess.canModerate(standing, authorOf(e));
        List<GalleryComment> shown = comments.findByEntryIdOrderByCreatedAt(e.id()).stream()
                .filter(c -> moderates || !c.hidden()).toList();
        Set<UUID> people = new HashSet<>();
        people.add(e.authorId());
        shown.forEach(c -> {
            people.add(c.authorId());
            if (c.hiddenBy() != null) {
                people.add(c.hiddenBy());
            }
        });
        Map<UUID, String> names = names(people);
        List<Comment> rendered = shown.stream().map(c -> GalleryReadModels.comment(c, names)).toList();
        var rights = new GalleryReadModels.Rights(e.isAuthor(reader.value()),
                !e.withdrawn() && standing.participates(), moderates,
                tries.findByEntryIdAndUserId(e.id(), reader.value()).isPresent());
        return GalleryReadModels.entry(e, names.getOrDefault(e.authorId(), "?"), (int) tries.countByEntryId(e.id()),
                rights, rendered);
    }

    Map<UUID, String> names(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> names = new HashMap<>();
        accounts.publicProfiles(ids.stream().map(UserId::new).toList())
                .forEach((id, profile) -> names.put(id.value(), profile.displayName()));
        return names;
    }
}

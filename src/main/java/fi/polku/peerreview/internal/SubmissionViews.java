package fi.polku.peerreview.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.PublicProfile;
import fi.polku.accounts.UserId;
import fi.polku.peerreview.Views;
import fi.polku.shared.UntrustedText;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns entities into the module's read models. */
@Component
class SubmissionViews {

    private final AttachmentRepository attachments;
    private final ReviewRepository reviews;
    private final Accounts accounts;

    SubmissionViews(AttachmentRepository attachments, ReviewRepository reviews, Accounts accounts) {
        this.attachments = attachments;
        this.reviews = reviews;
        this.accounts = accounts;
    }

    Views.Submission submission(Submission s, Instant now) {
        boolean started = reviews.findBySubmissionId(s.id()).stream()
                .anyMatch(r -> r.completedAt() != null || r.isOpen(now));
        return new Views.Submission(s.id(), s.courseId(), s.lessonId(), s.title(), s.body(), UntrustedText.toHtml(s.body()),
                s.status() == Submission.Status.SUBMITTED, s.submittedAt(),
                s.status() == Submission.Status.SUBMITTED && !started && s.assessedAt() == null, s.assessedAt(),
                attachments.findBySubmissionIdOrderByUploadedAt(s.id()).stream()
                        .map(a -> new Views.AttachmentInfo(a.id(), a.fileName(), a.mediaType(), a.size())).toList());
    }

    /** @param named whether the reader may see who wrote each review */
    List<Views.Review> reviews(Collection<Review> list, boolean named) {
        Map<UserId, PublicProfile> people = named
                ? accounts.publicProfiles(list.stream().map(r -> new UserId(r.reviewerId())).toList()) : Map.of();
        return list.stream().filter(r -> r.completedAt() != null)
                .sorted(java.util.Comparator.comparing(Review::completedAt))
                .map(r -> new Views.Review(r.id(), named ? name(people, r.reviewerId()) : null, r.byTrainer(), r.levels(),
                        nz(r.whatWorks()), nz(r.ideaToTry()), r.comment(), r.completedAt(), r.helpful(), r.hidden()))
                .toList();
    }

    /** Display names of many people in one query; "?" for anyone gone. */
    Map<UUID, String> names(Collection<UUID> persons) {
        Map<UserId, PublicProfile> people = accounts.publicProfiles(persons.stream().map(UserId::new).toList());
        Map<UUID, String> names = new java.util.HashMap<>();
        persons.forEach(p -> names.put(p, name(people, p)));
        return names;
    }

    String name(UUID person) {
        return name(accounts.publicProfiles(List.of(new UserId(person))), person);
    }

    private static String name(Map<UserId, PublicProfile> people, UUID id) {
        PublicProfile p = people.get(new UserId(id));
        return p == null ? "?" : p.displayName();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

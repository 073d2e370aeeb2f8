package fi.polku.community;

import fi.polku.accounts.UserId;

import java.util.UUID;

/**
 * Someone commented on a gallery entry (published for every comment, the author's own included:
 * whoever turns it into a notification decides whom to tell).
 */
public record GalleryCommentAdded(UUID entryId, UserId author, UserId commenter, String entryTitle, String courseId) {
}

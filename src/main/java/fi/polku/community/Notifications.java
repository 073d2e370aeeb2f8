package fi.polku.community;

import fi.polku.accounts.UserId;

import java.util.List;

/**
 * In-app notifications. A notification stores its kind, a link and the arguments of its message,
 * so it is worded in the reader's language when shown, not when sent.
 */
public interface Notifications {

    /** What a notification is about; each person chooses which kinds they receive. */
    enum Kind {
        REPLY, MENTION, PLAN_COMMENT, SUBMISSION_FEEDBACK, REVIEW_TO_DO, GALLERY_COMMENT;

        public String messageKey() {
            return "notification." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** Sends unless the recipient has switched this kind off. {@code args} fill the kind's message. */
    void send(UserId recipient, Kind kind, String link, List<String> args);
}

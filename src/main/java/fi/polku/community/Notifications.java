package fi.polku.community;

import fi.polku.accounts.UserId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * In-app notifications. A notification stores its kind, a link and the arguments of its message,
 * so it is worded in the reader's language when shown, not when sent.
 */
public interface Notifications {

    /** What a notification is about; each person chooses which kinds they receive. */
    enum Kind {
        REPLY, MENTION, PLAN_COMMENT, SUBMISSION_FEEDBACK, REVIEW_TO_DO, BONUS_REVIEW, GALLERY_COMMENT, KIT_BOOKING;

        public String messageKey() {
            return "notification." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** One notification as its recipient sees it; word it with {@code kind.messageKey()} and {@link #arguments()}. */
    record Item(UUID id, Kind kind, String link, List<String> args, Instant at, boolean read) {

        public Object[] arguments() {
            return Notifications.arguments(args);
        }
    }

    /** Stored arguments for a message: whole numbers become numbers again, so "{0,choice,…}" can count. */
    static Object[] arguments(List<String> args) {
        return args.stream().map(a -> a.matches("-?\\d{1,9}") ? (Object) Long.valueOf(a) : a).toArray();
    }

    /** Whether a person gets a kind in the app (the bell) and in the daily e-mail digest. */
    record Setting(Kind kind, boolean inApp, boolean byEmail) {
    }

    /** Sends unless the recipient has switched this kind off. {@code args} fill the kind's message. */
    void send(UserId recipient, Kind kind, String link, List<String> args);

    /** For the signed-in person. */
    long unreadCount();

    List<Item> latest(int max);

    void markRead(UUID id);

    void markAllRead();

    List<Setting> settings();

    void saveSettings(List<Setting> settings);

    /** Whether a mail server is configured, so that the e-mail choices mean something. */
    boolean mailConfigured();
}

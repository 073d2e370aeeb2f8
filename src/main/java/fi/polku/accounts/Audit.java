package fi.polku.accounts;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * An append-only record of who did what to whom, for admins. Holds ids, an action code and the actor's
 * name at the time: never the personal text the action was about.
 */
public interface Audit {

    String DATA_EXPORTED = "data-exported";
    String ACCOUNT_DELETED = "account-deleted";
    String ROLE_GRANTED = "role-granted";
    String ROLE_REVOKED = "role-revoked";
    String CERTIFICATE_REVOKED = "certificate-revoked";
    String POST_MODERATED = "post-moderated";

    /** Records an action by the current user (or the system, when nobody is signed in). */
    void record(String action, @Nullable UserId subject, @Nullable String detail);

    List<AuditEntry> page(Filter filter, int offset, int limit);

    long count(Filter filter);

    /** Each part optional; {@code person} matches the actor or the subject. */
    record Filter(@Nullable UserId person, @Nullable String action, @Nullable LocalDate from, @Nullable LocalDate to) {
        public static Filter none() {
            return new Filter(null, null, null, null);
        }
    }
}

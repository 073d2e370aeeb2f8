package fi.polku.accounts.internal;

import fi.polku.accounts.UserAccount;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.Optional;

/**
 * The signed-in account, remembered for the rest of one HTTP request: a lesson page asks who is signed
 * in from each of its panels, and each answer cost two statements (the user and their roles). Outside
 * a request (a scheduled job, a test without one) nothing is remembered. Any change to a user row in
 * the request ({@link User}'s entity listener) forgets it, so a page built after "change language"
 * sees the new language.
 */
public final class RequestAccountCache {

    private static final String KEY = RequestAccountCache.class.getName();

    private RequestAccountCache() {
    }

    private record Entry(String email, UserAccount account) {
    }

    /** The account remembered in this request for this sign-in name, if any. */
    public static Optional<UserAccount> get(String email) {
        return entry().filter(e -> e.email().equals(email)).map(Entry::account);
    }

    /** The signed-in account remembered in this request, if it is this one. */
    public static Optional<UserAccount> get(fi.polku.accounts.UserId id) {
        return entry().filter(e -> e.account().id().equals(id)).map(Entry::account);
    }

    private static Optional<Entry> entry() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request != null && request.getAttribute(KEY, RequestAttributes.SCOPE_REQUEST) instanceof Entry e
                ? Optional.of(e) : Optional.empty();
    }

    public static void put(String email, UserAccount account) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(KEY, new Entry(email, account), RequestAttributes.SCOPE_REQUEST);
        }
    }

    public static void forget() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(KEY, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** JPA entity listener of {@link User}. */
    public static final class Listener {
        public Listener() {
        }

        @jakarta.persistence.PostUpdate
        @jakarta.persistence.PostRemove
        void changed(Object user) {
            forget();
        }
    }
}

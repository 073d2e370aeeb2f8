package fi.polku.accounts;

import fi.polku.accounts.internal.RequestAccountCache;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The person behind the current request, as an account. Within one HTTP request the account is read
 * once ({@link RequestAccountCache}).
 */
@Component
public class CurrentUser {

    private final Accounts accounts;
    private final SecurityContextHolderStrategy security;

    // The context's own strategy, not the static holder: Vaadin installs one per application context,
    // and the static holder points at whichever context started last.
    CurrentUser(Accounts accounts, ObjectProvider<SecurityContextHolderStrategy> security) {
        this.accounts = accounts;
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<UserAccount> get() {
        Authentication auth = security.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Optional<UserAccount> cached = RequestAccountCache.get(auth.getName());
        if (cached.isPresent()) {
            return cached;
        }
        Optional<UserAccount> account = accounts.findByEmail(auth.getName());
        account.ifPresent(a -> RequestAccountCache.put(auth.getName(), a));
        return account;
    }

    public UserAccount require() {
        return get().orElseThrow(() -> new IllegalStateException("No user is logged in"));
    }
}

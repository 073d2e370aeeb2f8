package fi.polku.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The accounts module's API: registering, finding and managing users. */
public interface Accounts {

    /**
     * Creates a learner account.
     *
     * @throws RegistrationException naming the field whose value breaks a rule (e.g. the email is taken)
     */
    UserAccount register(Registration registration);

    Optional<UserAccount> find(UserId id);

    Optional<UserAccount> findByEmail(String email);

    void changeLanguage(UserId id, Locale language);

    /** Users ordered by name, for the admin and facilitator lists. */
    List<UserAccount> list(Optional<Role> role, int offset, int limit);

    long count(Optional<Role> role);

    void grant(UserId id, Role role);

    void revoke(UserId id, Role role);
}

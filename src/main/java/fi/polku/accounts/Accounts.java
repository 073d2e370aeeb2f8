package fi.polku.accounts;

import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /**
     * The account with this email; when there is none, creates an invited learner account that the
     * person claims by registering with the same email. For facilitators enrolling a class list.
     */
    UserAccount findOrInvite(String displayName, String email, @Nullable String school);

    void changeSchool(UserId id, @Nullable String school);

    Optional<UserAccount> findByEmail(String email);

    /** Names and schools of many people at once, e.g. a learner's sparring group. */
    Map<UserId, PublicProfile> publicProfiles(Collection<UserId> ids);

    /**
     * Which of these people hold the role, for access decisions over lists (as {@link #find} tells
     * of one person); names and emails stay behind {@link #findAll}.
     */
    java.util.Set<UserId> withRole(Role role, Collection<UserId> ids);

    /** Many users at once, for lists (one query however many). */
    Map<UserId, UserAccount> findAll(Collection<UserId> ids);

    void changeLanguage(UserId id, Locale language);

    /** Users ordered by name, for the admin and facilitator lists. */
    List<UserAccount> list(Optional<Role> role, int offset, int limit);

    long count(Optional<Role> role);

    void grant(UserId id, Role role);

    void revoke(UserId id, Role role);
}

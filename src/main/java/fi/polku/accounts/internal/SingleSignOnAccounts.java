package fi.polku.accounts.internal;

import fi.polku.accounts.Role;
import fi.polku.accounts.UserAccount;
import fi.polku.accounts.internal.SingleSignOnRefused.Reason;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Finds the Polku account of a person an OpenID Connect provider vouches for. The provider tells
 * who the person is; what they may do in Polku stays with the Polku account. Called while the
 * person is still anonymous, so it carries no {@code @PreAuthorize}: the provider's signed ID
 * token, checked by Spring Security before this runs, is the authorisation.
 */
@Transactional
class SingleSignOnAccounts {

    private static final Set<String> LANGUAGES = Set.of("en", "fi", "sv");
    private static final int MAX_NAME = 200;
    private static final int MAX_EMAIL = 320;

    private final UserRepository users;
    private final SingleSignOnIdentityRepository identities;
    private final PasswordEncoder passwordEncoder;
    private final SingleSignOnProperties properties;
    private final Clock clock;

    SingleSignOnAccounts(UserRepository users, SingleSignOnIdentityRepository identities,
                         PasswordEncoder passwordEncoder, SingleSignOnProperties properties, Clock clock) {
        this.users = users;
        this.identities = identities;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The account this identity was linked to; on the first sign-in, the account with the
     * identity's verified e-mail (created as a learner's when allowed), linked from then on.
     *
     * @throws SingleSignOnRefused when no account may be matched or made
     */
    UserAccount signIn(OidcIdentity who) {
        var linked = identities.findByIssuerAndSubject(who.issuer(), who.subject());
        if (linked.isPresent()) {
            return users.findById(linked.get().userId()).orElseThrow().toAccount();
        }
        String email = email(who.email());
        if (properties.requireVerifiedEmail() && !who.emailVerified()) {
            throw new SingleSignOnRefused(Reason.UNVERIFIED_EMAIL);
        }
        User user = users.findByEmail(email).orElse(null);
        if (user == null) {
            if (!properties.createAccounts()) {
                throw new SingleSignOnRefused(Reason.UNKNOWN_ACCOUNT);
            }
            user = users.save(new User(email, name(who, email), unusablePassword(), language(who.locale()),
                    Set.of(Role.LEARNER), clock.instant()));
        } else if (identities.existsByUserIdAndIssuer(user.id(), who.issuer())) {
            // Another identity at this provider already owns the account: an address handed on to
            // someone else must not hand them the account too.
            throw new SingleSignOnRefused(Reason.IDENTITY_CONFLICT);
        }
        if (user.isInvited()) {
            user.confirmBySingleSignOn();
        }
        identities.saveAndFlush(new SingleSignOnIdentity(who.issuer(), who.subject(), user.id(), clock.instant()));
        return user.toAccount();
    }

    private static String email(@Nullable String claim) {
        if (claim == null || claim.isBlank() || claim.length() > MAX_EMAIL || claim.indexOf('@') < 1) {
            throw new SingleSignOnRefused(Reason.NO_EMAIL);
        }
        return User.normaliseEmail(claim);
    }

    private static String name(OidcIdentity who, String email) {
        String name = who.name() == null || who.name().isBlank() ? email.substring(0, email.indexOf('@')) : who.name().strip();
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    private Locale language(@Nullable String claim) {
        if (claim == null) {
            return properties.defaultLanguage();
        }
        Locale locale = Locale.forLanguageTag(claim.replace('_', '-'));
        return LANGUAGES.contains(locale.getLanguage()) ? Locale.of(locale.getLanguage()) : properties.defaultLanguage();
    }

    /** The person signs in through the provider; a random password nobody knows keeps the column's rule. */
    private String unusablePassword() {
        return passwordEncoder.encode(UUID.randomUUID().toString());
    }
}

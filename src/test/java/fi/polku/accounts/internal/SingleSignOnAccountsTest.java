package fi.polku.accounts.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.Role;
import fi.polku.accounts.UserAccount;
import fi.polku.accounts.internal.SingleSignOnRefused.Reason;
import fi.polku.support.SignIn;
import fi.polku.support.TestOidcProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which Polku account an identity at a provider reaches, on a real database, accounts created when allowed. */
@SpringBootTest(properties = "polku.sso.create-accounts=true")
class SingleSignOnAccountsTest {

    static final TestOidcProvider provider = TestOidcProvider.start("polku", "secret");
    static final String ISSUER = "https://login.koulu.example";

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.registration.koulu.client-id", () -> "polku");
        registry.add("spring.security.oauth2.client.registration.koulu.client-secret", () -> "secret");
        registry.add("spring.security.oauth2.client.registration.koulu.scope", () -> "openid,email,profile");
        registry.add("spring.security.oauth2.client.provider.koulu.issuer-uri", provider::issuer);
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @Autowired
    SingleSignOnAccounts sso;

    @Autowired
    Accounts accounts;

    @Autowired
    AuthenticationManager passwords;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    void linksByVerifiedEmailFirstAndBySubjectAlwaysAfter() {
        UserAccount first = sso.signIn(identity("aino-1", "AINO@polku.local", true, null));
        // She changed her address at the provider, which no longer vouches for it: still her account.
        UserAccount later = sso.signIn(identity("aino-1", "aino.aijala@koulu.example", false, null));

        assertThat(first.email()).isEqualTo("aino@polku.local");
        assertThat(later.id()).isEqualTo(first.id());
        assertThat(accounts.findByEmail("aino.aijala@koulu.example")).isEmpty();
    }

    @Test
    void refusesAnUnverifiedOrMissingAddress() {
        assertRefused(identity("oskar-?", "oskar@polku.local", false, null), Reason.UNVERIFIED_EMAIL);
        assertRefused(identity("nameless", null, true, null), Reason.NO_EMAIL);
        assertRefused(identity("not-an-address", "oskar", true, null), Reason.NO_EMAIL);
    }

    @Test
    void createsALearnerInTheLanguageOfTheLocaleClaimWithNoUsablePassword() {
        UserAccount created = sso.signIn(new OidcIdentity(ISSUER, "sofia-1", "sofia@koulu.example", true,
                "Sofia Åström", "sv_FI"));

        assertThat(created.roles()).containsExactly(Role.LEARNER);
        assertThat(created.displayName()).isEqualTo("Sofia Åström");
        assertThat(created.language().getLanguage()).isEqualTo("sv");
        assertThatThrownBy(() -> passwords.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("sofia@koulu.example", "")))
                .isInstanceOf(AuthenticationException.class);
        assertThat(sso.signIn(identity("sofia-1", "sofia@koulu.example", true, null)).id()).isEqualTo(created.id());
    }

    @Test
    void anUnknownLocaleGivesTheDefaultLanguage() {
        UserAccount created = sso.signIn(identity("jean-1", "jean@koulu.example", true, "fr-FR"));

        assertThat(created.language().getLanguage()).isEqualTo("fi");
    }

    @Test
    void anInvitedLearnerClaimsTheAccountTheFacilitatorMade() {
        SignIn.as(userDetails, security, "kaisa@polku.local");
        UserAccount invited = accounts.findOrInvite("Ville Virtanen", "ville@koulu.example", "Koulu");
        SignIn.out(security);

        UserAccount signedIn = sso.signIn(identity("ville-1", "ville@koulu.example", true, null));

        assertThat(signedIn.id()).isEqualTo(invited.id());
        assertThat(signedIn.invited()).isFalse();
        assertThat(signedIn.displayName()).isEqualTo("Ville Virtanen");
    }

    @Test
    void aSecondIdentityAtTheSameProviderCannotTakeOverALinkedAccount() {
        UserAccount oskar = sso.signIn(identity("oskar-1", "oskar@polku.local", true, null));

        // The provider handed his old address to someone else.
        assertRefused(identity("oskar-2", "oskar@polku.local", true, null), Reason.IDENTITY_CONFLICT);
        // Another provider may still link to him.
        assertThat(sso.signIn(new OidcIdentity("https://other.example", "o", "oskar@polku.local", true, null, null))
                .id()).isEqualTo(oskar.id());
    }

    @Test
    void rolesComeFromPolkuWhateverTheProvider() {
        assertThat(sso.signIn(identity("kaisa-1", "kaisa@polku.local", true, null)).roles())
                .containsExactly(Role.FACILITATOR);
    }

    private static OidcIdentity identity(String subject, String email, boolean verified, String locale) {
        return new OidcIdentity(ISSUER, subject, email, verified, null, locale);
    }

    private void assertRefused(OidcIdentity who, Reason reason) {
        assertThatThrownBy(() -> sso.signIn(who)).isInstanceOfSatisfying(SingleSignOnRefused.class,
                refused -> assertThat(refused.reason).isEqualTo(reason));
    }
}

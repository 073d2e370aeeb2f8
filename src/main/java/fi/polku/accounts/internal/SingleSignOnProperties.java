package fi.polku.accounts.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Locale;

/**
 * {@code polku.sso.*}: how people signing in through an OpenID Connect provider become Polku users.
 * The providers themselves are Spring's {@code spring.security.oauth2.client.*} properties.
 *
 * @param createAccounts         whether an unknown, verified e-mail gets a new learner account
 *                               (otherwise the person is told to register or ask a facilitator)
 * @param emailClaim             the claim that holds the e-mail address
 * @param requireVerifiedEmail   whether {@code email_verified} must be true before an e-mail links an
 *                               identity to an account; only for a provider whose organisation alone
 *                               sets its users' addresses may this be turned off
 * @param defaultLanguage        the language of a new account when the {@code locale} claim names none
 *                               that Polku speaks
 */
@ConfigurationProperties("polku.sso")
record SingleSignOnProperties(
        @DefaultValue("false") boolean createAccounts,
        @DefaultValue("email") String emailClaim,
        @DefaultValue("true") boolean requireVerifiedEmail,
        @DefaultValue("fi") Locale defaultLanguage) {
}

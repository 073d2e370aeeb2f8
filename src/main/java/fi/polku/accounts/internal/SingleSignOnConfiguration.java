package fi.polku.accounts.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.ConditionalOnOAuth2ClientRegistrationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;

/**
 * Single sign-on with OpenID Connect, present only when at least one
 * {@code spring.security.oauth2.client.registration.*} is configured: the same condition under
 * which Spring Boot creates the client registrations themselves.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnOAuth2ClientRegistrationProperties
@EnableConfigurationProperties(SingleSignOnProperties.class)
class SingleSignOnConfiguration {

    @Bean
    SingleSignOnAccounts singleSignOnAccounts(UserRepository users, SingleSignOnIdentityRepository identities,
                                              PasswordEncoder passwordEncoder, SingleSignOnProperties properties,
                                              Clock clock) {
        return new SingleSignOnAccounts(users, identities, passwordEncoder, properties, clock);
    }

    @Bean
    SingleSignOnLogin singleSignOnLogin(SingleSignOnAccounts accounts, SingleSignOnProperties properties) {
        return new SingleSignOnLogin(new SingleSignOnUserService(accounts, properties));
    }
}

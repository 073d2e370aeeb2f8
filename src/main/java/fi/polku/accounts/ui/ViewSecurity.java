package fi.polku.accounts.ui;

import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fi.polku.accounts.internal.SingleSignOnLogin;
import org.springframework.beans.factory.ObjectProvider;
import fi.polku.accounts.internal.LoginThrottle;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.thread.Threading;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.List;
import java.util.Set;

/**
 * Every view and endpoint is closed unless opened here or by an access annotation on the view
 * ({@code @AnonymousAllowed}, {@code @PermitAll}, {@code @RolesAllowed}).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class ViewSecurity {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<SingleSignOnLogin> singleSignOn,
                                           Environment environment) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles/**", "/images/**", "/favicon.ico").permitAll()
                // certificates are public by their unguessable code, like the verify page
                .requestMatchers("/certificates/*.pdf", "/badges/*.json").permitAll()
                // the verify page itself: a plain Spring MVC page (no Vaadin session), for anyone
                .requestMatchers("/verify", "/verify/*").permitAll()
                // Vaadin's configurer denies every other non-Vaadin request, even to signed-in people;
                // these controllers decide per person themselves (lesson images, kit photos, own sessions)
                .requestMatchers("/course-files/**", "/kit-photos/*", "/calendar/*.ics").authenticated());
        // the content module's setting, read as configuration: videos embedded in lessons must pass the CSP
        SecureHeaders.apply(http, Binder.get(environment).bind("polku.content.iframe-hosts", Bindable.setOf(String.class))
                .orElse(Set.of()));
        singleSignOn.ifAvailable(sso -> sso.configure(http)); // only when a provider is configured
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /** The only provider bean: Spring Security's form login uses it too, so both ways in are throttled. */
    @Bean
    AuthenticationProvider passwordLogin(UserDetailsService users, PasswordEncoder passwordEncoder,
                                         LoginThrottle throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        return throttle.guard(provider);
    }

    @Bean
    AuthenticationManager authenticationManager(AuthenticationProvider passwordLogin) {
        return new ProviderManager(passwordLogin);
    }

    /**
     * Stands in for Vaadin's own (same checkers, same decisions, built by the same configurer) to check
     * roles without a class-path scan; primary, so Vaadin's initializer and configurer take this one.
     */
    @Bean
    @Primary
    NavigationAccessControl roleCheckedNavigation(List<NavigationAccessChecker> checkers,
                                                    NavigationAccessControlConfigurer configurer,
                                                    ObjectProvider<SecurityContextHolderStrategy> security) {
        SecurityContextHolderStrategy strategy = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        return configurer.build((all, resolver) -> new RoleCheckedNavigation(all, resolver, strategy), checkers);
    }

    /**
     * Spring Security's encoder (bcrypt); with request handling on virtual threads (the default), its
     * work on low-priority threads of its own: see {@link SeparatePasswordHashing}. Without them a
     * waiting sign-in would hold one of the few request threads, so it runs on the request's thread.
     */
    @Bean
    PasswordEncoder passwordEncoder(Environment environment) {
        PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        if (!Threading.VIRTUAL.isActive(environment)) {
            return bcrypt;
        }
        int threads = environment.getProperty("polku.login.hashing-threads", Integer.class,
                Runtime.getRuntime().availableProcessors());
        return new SeparatePasswordHashing(bcrypt, threads);
    }
}

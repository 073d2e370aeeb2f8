package fi.polku.accounts.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.CurrentUser;
import fi.polku.accounts.Role;
import fi.polku.accounts.UserAccount;
import fi.polku.support.SignIn;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Within one HTTP request the signed-in account is read from the database once; a change to it in the
 * same request is seen at once, and the next request reads it afresh.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class RequestAccountCacheTest {

    static final String OSKAR = "oskar@polku.local";

    @Autowired CurrentUser currentUser;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired EntityManagerFactory entityManagers;
    Statistics stats;
    Locale before;

    @BeforeEach
    void signedInInARequest() {
        stats = entityManagers.unwrap(SessionFactory.class).getStatistics();
        SignIn.as(users, security, OSKAR);
        before = currentUser.require().language();
        newRequest();
    }

    @AfterEach
    void restore() {
        newRequest();
        accounts.changeLanguage(currentUser.require().id(), before);
        RequestContextHolder.resetRequestAttributes();
        SignIn.out(security);
    }

    @Test
    void theAccountIsReadOncePerRequest() {
        stats.clear();
        UserAccount first = currentUser.require();
        long afterFirst = stats.getPrepareStatementCount();
        UserAccount again = currentUser.require();
        UserAccount byId = accounts.find(first.id()).orElseThrow();

        assertThat(afterFirst).as("the user and their roles").isPositive();
        assertThat(stats.getPrepareStatementCount()).isEqualTo(afterFirst);
        assertThat(again).isEqualTo(first);
        assertThat(byId).isEqualTo(first);

        newRequest();
        currentUser.require();
        assertThat(stats.getPrepareStatementCount()).as("a new request reads again").isGreaterThan(afterFirst);
    }

    @Test
    void aChangeInTheSameRequestIsSeenAtOnce() {
        UserAccount me = currentUser.require();
        Locale other = me.language().getLanguage().equals("fi") ? Locale.ENGLISH : Locale.of("fi");

        accounts.changeLanguage(me.id(), other);

        assertThat(currentUser.require().language()).isEqualTo(other);
        assertThat(accounts.find(me.id()).orElseThrow().language()).isEqualTo(other);
    }

    @Test
    void aRoleGrantedInTheSameRequestIsSeenAtOnce() {
        UserAccount me = currentUser.require();
        assertThat(me.hasRole(Role.FACILITATOR)).isFalse();
        SignIn.as(users, security, "admin@polku.local");
        try {
            accounts.grant(me.id(), Role.FACILITATOR);
            assertThat(accounts.find(me.id()).orElseThrow().hasRole(Role.FACILITATOR)).isTrue();
        } finally {
            accounts.revoke(me.id(), Role.FACILITATOR);
            assertThat(accounts.find(me.id()).orElseThrow().hasRole(Role.FACILITATOR)).isFalse();
            SignIn.as(users, security, OSKAR);
        }
    }

    private static void newRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }
}

package fi.polku.accounts.ui;

import fi.polku.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * Logging in with a real form POST to /login through the whole security filter chain: guessing is
 * throttled per account and per address; the certificate PDF goes without a page's content policy.
 */
@SpringBootTest(properties = "spring.main.allow-bean-definition-overriding=true")
class LoginHardeningTest {

    static final MutableClock CLOCK = new MutableClock(Instant.parse("2027-02-01T08:00:00Z"), ZoneId.of("Europe/Helsinki"));

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock clock() {
            return CLOCK;
        }
    }

    @Autowired WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        // Each test starts beyond every earlier test's window.
        CLOCK.advance(Duration.ofDays(1));
    }

    ResultActions login(String email, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", email).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    @Test
    void refusesEvenTheRightPasswordAfterFiveFailuresUntilFifteenMinutesHavePassed() throws Exception {
        for (int i = 0; i < 5; i++) {
            login("oskar@polku.local", "guess-" + i, "198.51.100.1").andExpect(unauthenticated());
        }
        login("oskar@polku.local", "polku-demo-1", "198.51.100.2")
                .andExpect(unauthenticated()).andExpect(header().string("Location", "/login?error"));

        CLOCK.advance(Duration.ofMinutes(14));
        login("Oskar@Polku.local", "polku-demo-1", "198.51.100.2").andExpect(unauthenticated());

        CLOCK.advance(Duration.ofMinutes(2));
        login("oskar@polku.local", "polku-demo-1", "198.51.100.2").andExpect(authenticated().withUsername("oskar@polku.local"));
    }

    @Test
    void aSuccessfulLoginStartsTheAccountCountAgain() throws Exception {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                login("aino@polku.local", "guess-" + i, "198.51.100.3").andExpect(unauthenticated());
            }
            login("aino@polku.local", "polku-demo-1", "198.51.100.3").andExpect(authenticated());
        }
    }

    @Test
    void answersAnUnknownAccountExactlyAsAKnownOne() throws Exception {
        String nobody = "nobody-" + UUID.randomUUID() + "@polku.local";
        for (int i = 0; i < 6; i++) {
            login(nobody, "guess-" + i, "198.51.100.4")
                    .andExpect(unauthenticated()).andExpect(header().string("Location", "/login?error"));
        }
    }

    @Test
    void refusesAnAddressThatTriedManyAccountsButNotOthers() throws Exception {
        for (int i = 0; i < 20; i++) {
            login("spray-" + i + "@koulu.fi", "guess", "203.0.113.9").andExpect(unauthenticated());
        }
        login("kaisa@polku.local", "polku-demo-1", "203.0.113.9").andExpect(unauthenticated());
        login("kaisa@polku.local", "polku-demo-1", "198.51.100.5").andExpect(authenticated());

        CLOCK.advance(Duration.ofMinutes(16));
        login("kaisa@polku.local", "polku-demo-1", "203.0.113.9").andExpect(authenticated());
    }

    @Test
    void leavesThePolicyOffTheCertificatePdfSoBrowsersShowItInline() throws Exception {
        mvc.perform(get("/certificates/NO-SUCH-CODE.pdf"))
                .andExpect(header().doesNotExist("Content-Security-Policy"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }
}

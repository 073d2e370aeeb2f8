package fi.polku;

import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.autoconfigure.TomcatVirtualThreadsWebServerFactoryCustomizer;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator is told when a Spring AOT build and the settings it is started with disagree. */
class AotBuildGuardTest {

    @Test
    void aBuildWithoutMailStartedWithAMailServerNamesTheSetting() {
        MockEnvironment settings = new MockEnvironment().withProperty("spring.mail.host", "smtp.koulu.fi");

        assertThat(AotBuildGuard.problems(settings, type -> false)).singleElement().asString()
                .startsWith("spring.mail.host is set, but this Spring AOT build was made without it, so e-mail would be off.")
                .contains("-Dspring.aot.enabled=true");
    }

    @Test
    void aBuildWithoutSignOnStartedWithARegistrationNamesTheSetting() {
        MockEnvironment settings = new MockEnvironment()
                .withProperty("spring.security.oauth2.client.registration.haka.client-id", "polku")
                .withProperty("spring.security.oauth2.client.registration.haka.client-secret", "s");

        assertThat(AotBuildGuard.problems(settings, type -> false)).singleElement().asString()
                .startsWith("spring.security.oauth2.client.registration.* is set, but this Spring AOT build was made without it");
    }

    @Test
    void aBuildWithMailStartedWithoutItSaysMailWouldFail() {
        assertThat(AotBuildGuard.problems(new MockEnvironment(), Set.of(JavaMailSender.class)::contains))
                .singleElement().asString()
                .startsWith("This Spring AOT build was made with spring.mail.host, but it is not set now, so e-mail would fail.");
    }

    @Test
    void aBuildWithVirtualThreadsStartedWithThemOffNamesTheSetting() {
        MockEnvironment settings = new MockEnvironment().withProperty("spring.threads.virtual.enabled", "false");

        assertThat(AotBuildGuard.problems(settings, Set.of(TomcatVirtualThreadsWebServerFactoryCustomizer.class)::contains))
                .singleElement().asString()
                .startsWith("This Spring AOT build was made with spring.threads.virtual.enabled=true, but it is not set now");
        assertThat(AotBuildGuard.problems(settings.withProperty("spring.threads.virtual.enabled", "true"),
                Set.of(TomcatVirtualThreadsWebServerFactoryCustomizer.class)::contains)).isEmpty();
    }

    @Test
    void settingsThatMatchTheBuildStartQuietly() {
        assertThat(AotBuildGuard.problems(new MockEnvironment(), type -> false)).isEmpty();
        assertThat(AotBuildGuard.problems(new MockEnvironment().withProperty("spring.mail.host", " "), type -> false)).isEmpty();
        MockEnvironment both = new MockEnvironment().withProperty("spring.mail.host", "smtp.koulu.fi")
                .withProperty("spring.security.oauth2.client.registration.haka.client-id", "polku");
        assertThat(AotBuildGuard.problems(both, Set.of(JavaMailSender.class, ClientRegistrationRepository.class)::contains))
                .isEmpty();
    }
}

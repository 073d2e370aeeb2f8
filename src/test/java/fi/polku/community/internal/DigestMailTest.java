package fi.polku.community.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fi.polku.accounts.Accounts;
import fi.polku.accounts.Registration;
import fi.polku.accounts.UserId;
import fi.polku.community.Notifications;
import fi.polku.community.Notifications.Kind;
import fi.polku.support.SignIn;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily digest sent through a real SMTP server (GreenMail, in this JVM) to the people who chose it. */
@SpringBootTest
class DigestMailTest {

    static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("polku.base-url", () -> "https://polku.example.fi/");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired DigestMailer digest;
    @Autowired Notifications notifications;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired SecurityContextHolderStrategy security;

    @BeforeEach
    void emptyMailbox() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        digest.sendDigests();
        SMTP.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void signOut() {
        SignIn.out(security);
    }

    String person(String name, Locale language) {
        String email = "m-" + UUID.randomUUID() + "@koulu.fi";
        return accounts.register(new Registration(name, email, "a-long-password", language)).email();
    }

    UserId id(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    @Test
    void sendsOneMessageAPersonInTheirLanguageWithLinksAndOnlyOnce() throws Exception {
        String aino = person("Aino Äänismaa", Locale.of("fi"));
        notifications.send(id(aino), Kind.REPLY, "courses/c/l#post-1", List.of("Ville Öhman", "Kokeilu meni pieleen"));
        notifications.send(id(aino), Kind.PLAN_COMMENT, "courses/c/plan", List.of("Kaisa Kouluttaja", "2"));
        String oskar = person("Oskar Ek", Locale.ENGLISH);
        notifications.send(id(oskar), Kind.REVIEW_TO_DO, "courses/c/project", List.of("2"));

        assertThat(digest.sendDigests()).isEqualTo(2);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage toAino = to(received, aino);
        assertThat(toAino.getSubject()).isEqualTo("Polku: 2 uutta ilmoitusta");
        String body = (String) toAino.getContent();
        assertThat(body).contains("Hei Aino Äänismaa", "Ville Öhman vastasi viestiisi ”Kokeilu meni pieleen”",
                "https://polku.example.fi/courses/c/l#post-1", "Kaisa Kouluttaja kommentoi kehittämissuunnitelmasi versiota 2");
        MimeMessage toOskar = to(received, oskar);
        assertThat(toOskar.getSubject()).isEqualTo("Polku: 1 new notification");
        assertThat((String) toOskar.getContent()).contains("You still have 2 peer reviews to give for your project");

        assertThat(digest.sendDigests()).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
    }

    static MimeMessage to(MimeMessage[] messages, String address) throws Exception {
        for (MimeMessage m : messages) {
            if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains(address)) {
                return m;
            }
        }
        throw new AssertionError("No message to " + address);
    }

    @Test
    void leavesOutWhatWasReadOrWhatThePersonWantsOnlyInTheApp() throws Exception {
        String anna = person("Anna Lind", Locale.of("fi"));
        SignIn.as(users, security, anna);
        notifications.saveSettings(List.of(new Notifications.Setting(Kind.MENTION, true, false)));
        notifications.send(id(anna), Kind.MENTION, "courses/c/l", List.of("Ville", "@Anna katso tätä"));
        notifications.send(id(anna), Kind.REPLY, "courses/c/l", List.of("Ville", "Jo luettu"));
        notifications.latest(10).stream().filter(n -> n.kind() == Kind.REPLY)
                .forEach(n -> notifications.markRead(n.id()));
        String quiet = person("Hiljainen Hillevi", Locale.of("fi"));
        SignIn.as(users, security, quiet);
        notifications.saveSettings(List.of(new Notifications.Setting(Kind.REPLY, true, false)));
        notifications.send(id(quiet), Kind.REPLY, "courses/c/l", List.of("Ville", "Vastaus"));

        assertThat(digest.sendDigests()).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(notifications.unreadCount()).isEqualTo(1);
    }
}

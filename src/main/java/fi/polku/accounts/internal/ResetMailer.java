package fi.polku.accounts.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;

/** Sends the password reset link, in the person's own language. */
@Component
class ResetMailer {

    private static final Logger log = LoggerFactory.getLogger(ResetMailer.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final String baseUrl;
    private final String from;

    ResetMailer(ObjectProvider<JavaMailSender> mail,
                @Value("${polku.base-url:http://localhost:8080/}") String baseUrl,
                @Value("${polku.mail.from:polku@localhost}") String from) {
        this.mail = mail;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.from = from;
    }

    /** Spring Boot makes a mail sender only when {@code spring.mail.host} is set. */
    boolean configured() {
        return mail.getIfAvailable() != null;
    }

    void send(String email, String name, Locale language, String secret, Duration validFor) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        ResourceBundle words = ResourceBundle.getBundle("i18n.messages", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String link = baseUrl + "reset-password/" + secret;
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(email);
            helper.setSubject(format(words, language, "reset.mail.subject"));
            helper.setText(format(words, language, "reset.mail.body", name, link, validFor.toMinutes()));
            sender.send(message);
        } catch (MailException | MessagingException e) {
            // The person sees the usual answer and may ask again; the operator sees why nothing arrived.
            log.warn("Could not send a password reset link: {}", e.getMessage());
        }
    }

    private static String format(ResourceBundle words, Locale locale, String key, Object... args) {
        return new MessageFormat(words.getString(key), locale).format(args);
    }
}

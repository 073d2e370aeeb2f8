package fi.polku.community.internal;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.UserAccount;
import fi.polku.accounts.UserId;
import fi.polku.community.Notifications;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Once a day, everyone with unread notifications they chose to get by e-mail receives one message
 * listing them. Runs only when a mail server is configured ({@code spring.mail.host}).
 */
@Component
class DigestMailer {

    private static final Logger log = LoggerFactory.getLogger(DigestMailer.class);

    private final NotificationRepository notifications;
    private final NotificationService service;
    private final Accounts accounts;
    private final ObjectProvider<JavaMailSender> mail;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String baseUrl;
    private final String from;

    DigestMailer(NotificationRepository notifications, NotificationService service, Accounts accounts,
                 ObjectProvider<JavaMailSender> mail, TransactionTemplate transactions, Clock clock,
                 @Value("${polku.base-url:http://localhost:8080/}") String baseUrl,
                 @Value("${polku.mail.from:polku@localhost}") String from) {
        this.notifications = notifications;
        this.service = service;
        this.accounts = accounts;
        this.mail = mail;
        this.transactions = transactions;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.from = from;
    }

    @Scheduled(cron = "${polku.digest.cron:0 0 7 * * *}", zone = "${polku.timezone:Europe/Helsinki}")
    void daily() {
        int sent = sendDigests();
        if (sent > 0) {
            log.info("Sent the daily digest to {} people", sent);
        }
    }

    /** Sends the digests due now; returns how many people got one. A failed message is retried tomorrow. */
    int sendDigests() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Instant now = clock.instant();
        Map<UUID, List<Notification>> byRecipient = transactions.execute(tx -> notifications.findForDigest(now).stream()
                .filter(n -> service.setting(n.recipientId(), n.kind()).byEmail())
                .collect(Collectors.groupingBy(Notification::recipientId, LinkedHashMap::new, Collectors.toList())));
        int sent = 0;
        for (var entry : byRecipient.entrySet()) {
            // Runs without a signed-in user, so it asks for each person on its own (the list is short).
            UserAccount person = accounts.find(new UserId(entry.getKey())).orElse(null);
            if (person == null || person.invited()) {
                continue;
            }
            try {
                sender.send(message(sender, person, entry.getValue()));
                List<UUID> ids = entry.getValue().stream().map(Notification::id).toList();
                transactions.executeWithoutResult(tx -> notifications.findAllById(ids).forEach(n -> n.emailed(now)));
                sent++;
            } catch (MailException | MessagingException e) {
                log.warn("Could not send the digest to user {}: {}", person.id().value(), e.getMessage());
            }
        }
        return sent;
    }

    private MimeMessage message(JavaMailSender sender, UserAccount person, List<Notification> items)
            throws MessagingException {
        ResourceBundle words = ResourceBundle.getBundle("i18n.community", person.language(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Locale locale = person.language();
        StringBuilder text = new StringBuilder()
                .append(format(words, locale, "digest.greeting", person.displayName())).append("\n\n");
        for (Notification n : items) {
            text.append("• ").append(format(words, locale, n.kind().messageKey(), Notifications.arguments(n.args()))).append('\n')
                    .append("  ").append(baseUrl).append(n.link()).append("\n\n");
        }
        text.append(format(words, locale, "digest.footer", baseUrl + "notifications")).append('\n');
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(person.email());
        helper.setSubject(format(words, locale, "digest.subject", items.size()));
        helper.setText(text.toString());
        return message;
    }

    private static String format(ResourceBundle words, Locale locale, String key, Object... args) {
        return new MessageFormat(words.getString(key), locale).format(args);
    }
}

package fi.polku.settings;

/**
 * How outgoing mail is configured, without anything secret.
 *
 * @param configured whether a mail server is set ({@code spring.mail.host}); without one, no mail is sent
 */
public record MailStatus(boolean configured, String host, int port, String from) {
}

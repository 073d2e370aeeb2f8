package fi.polku.certificates.internal;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One issued certificate, as it is printed.
 *
 * @param wording   the course's certificate text in the learner's language, read after the name
 *                  ("has completed the in-service training course …")
 * @param hours     the course's length in hours, if the course states one
 * @param credits   ECTS credits, if the course awards any
 * @param code      the verification code, printed and encoded in {@code verifyUrl}
 * @param verifyUrl the public page that shows whether the certificate is valid; the QR code's content
 * @param locale    decides the language of the printed labels and the date format
 */
public record CertificateDocument(String learnerName, String courseTitle, String organisation, String wording,
                                  @Nullable Integer hours, @Nullable Integer credits, LocalDate completedOn,
                                  String facilitatorName, String code, String verifyUrl, Locale locale) {
}

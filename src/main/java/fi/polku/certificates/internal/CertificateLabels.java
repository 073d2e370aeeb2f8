package fi.polku.certificates.internal;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.StringJoiner;

/** The words around the learner's data; Finnish for Finnish readers, English for everyone else. */
record CertificateLabels(String title, String date, String facilitator, String code, String verifyAt,
                         String hour, String hours, String credit, String credits, DateTimeFormatter dates) {

    static CertificateLabels of(Locale locale) {
        return "fi".equals(locale.getLanguage())
                ? new CertificateLabels("Todistus", "Päivämäärä", "Kouluttaja", "Tarkistuskoodi",
                "Tarkista osoitteessa", "tunti", "tuntia", "opintopiste", "opintopistettä",
                DateTimeFormatter.ofPattern("d.M.yyyy"))
                : new CertificateLabels("Certificate", "Date", "Facilitator", "Verification code",
                "Verify at", "hour", "hours", "ECTS credit", "ECTS credits",
                DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    }

    String format(LocalDate day) {
        return dates.format(day);
    }

    /** "40 hours · 2 ECTS credits", or only what the course states; empty when it states neither. */
    String extent(@Nullable Integer hourCount, @Nullable Integer creditCount) {
        StringJoiner extent = new StringJoiner(" · ");
        if (hourCount != null) {
            extent.add(hourCount + " " + (hourCount == 1 ? hour : hours));
        }
        if (creditCount != null) {
            extent.add(creditCount + " " + (creditCount == 1 ? credit : credits));
        }
        return extent.toString();
    }
}

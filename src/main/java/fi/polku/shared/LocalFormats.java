package fi.polku.shared;

import java.text.NumberFormat;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates, times and figures in the reader's language. The JDK's data gives Swedish the formats of
 * Sweden (2026-09-03, 14:05) even for sv-FI, but Swedish-speaking Finland writes 3.9.2026 and
 * 14.05, as the Institute for the Languages of Finland recommends; so short and medium dates and
 * times follow that rule for Swedish, and every other language keeps the JDK's localized formats.
 */
public final class LocalFormats {

    private static final String FINLAND_DATE = "d.M.yyyy";
    private static final String FINLAND_TIME = "H.mm";

    private LocalFormats() {
    }

    /** A date in the given style: 3.9.2026 in Finnish and Swedish, Sep 3, 2026 in English (medium). */
    public static DateTimeFormatter date(FormatStyle style, Locale locale) {
        if (finlandSwedish(locale) && numeric(style)) {
            return DateTimeFormatter.ofPattern(FINLAND_DATE, locale);
        }
        return DateTimeFormatter.ofLocalizedDate(style).withLocale(locale);
    }

    /** A clock time: 14.05 in Finnish and Swedish, 2:05 PM in English. */
    public static DateTimeFormatter time(Locale locale) {
        if (finlandSwedish(locale)) {
            return DateTimeFormatter.ofPattern(FINLAND_TIME, locale);
        }
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    }

    /** A date in the given style followed by a clock time. */
    public static DateTimeFormatter dateTime(FormatStyle dateStyle, Locale locale) {
        if (finlandSwedish(locale)) {
            String date = numeric(dateStyle) ? FINLAND_DATE
                    : DateTimeFormatterBuilder.getLocalizedDateTimePattern(dateStyle, null, IsoChronology.INSTANCE, locale);
            return DateTimeFormatter.ofPattern(date + " " + FINLAND_TIME, locale);
        }
        return DateTimeFormatter.ofLocalizedDateTime(dateStyle, FormatStyle.SHORT).withLocale(locale);
    }

    /** A figure with one decimal and the reader's decimal separator: 3,5 in Finnish and Swedish. */
    public static String oneDecimal(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** A whole percentage: 45 % in Finnish and Swedish, 45% in English. */
    public static String percent(int percent, Locale locale) {
        return NumberFormat.getPercentInstance(locale).format(percent / 100.0);
    }

    private static boolean finlandSwedish(Locale locale) {
        // Polku serves Finnish schools: a bare "sv" (a stored profile language) means Finland too.
        return "sv".equals(locale.getLanguage()) && (locale.getCountry().isEmpty() || "FI".equals(locale.getCountry()));
    }

    private static boolean numeric(FormatStyle style) {
        return style == FormatStyle.SHORT || style == FormatStyle.MEDIUM;
    }
}

package fi.polku.shared;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.FormatStyle;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates, times and figures read the way a teacher in each language writes them. */
class LocalFormatsTest {

    private static final Locale FI = Locale.of("fi");
    private static final Locale SV_FI = Locale.of("sv", "FI");
    private static final LocalDate DAY = LocalDate.of(2026, 9, 3);
    private static final ZonedDateTime WEBINAR = ZonedDateTime.of(2026, 9, 3, 9, 5, 0, 0, ZoneId.of("Europe/Helsinki"));

    @Test
    void finnishDatesAreDayMonthYearWithDots() {
        assertThat(LocalFormats.date(FormatStyle.MEDIUM, FI).format(DAY)).isEqualTo("3.9.2026");
        assertThat(LocalFormats.date(FormatStyle.SHORT, FI).format(DAY)).isEqualTo("3.9.2026");
        assertThat(LocalFormats.dateTime(FormatStyle.MEDIUM, FI).format(WEBINAR)).isEqualTo("3.9.2026 9.05");
        assertThat(LocalFormats.time(FI).format(WEBINAR)).isEqualTo("9.05");
    }

    @Test
    void swedishInFinlandWritesDatesAndTimesTheFinnishWayNotTheSwedishOne() {
        assertThat(LocalFormats.date(FormatStyle.SHORT, SV_FI).format(DAY)).isEqualTo("3.9.2026").isNotEqualTo("2026-09-03");
        assertThat(LocalFormats.date(FormatStyle.MEDIUM, SV_FI).format(DAY)).isEqualTo("3.9.2026");
        assertThat(LocalFormats.time(SV_FI).format(WEBINAR)).isEqualTo("9.05");
        assertThat(LocalFormats.dateTime(FormatStyle.SHORT, SV_FI).format(WEBINAR)).isEqualTo("3.9.2026 9.05");
        assertThat(LocalFormats.date(FormatStyle.LONG, SV_FI).format(DAY)).isEqualTo("3 september 2026");
        assertThat(LocalFormats.date(FormatStyle.FULL, SV_FI).format(DAY)).isEqualTo("torsdag 3 september 2026");
        assertThat(LocalFormats.dateTime(FormatStyle.LONG, SV_FI).format(WEBINAR)).isEqualTo("3 september 2026 9.05");
    }

    @Test
    void aProfileLanguageWithoutCountryStillMeansFinlandSwedish() {
        assertThat(LocalFormats.date(FormatStyle.MEDIUM, Locale.of("sv")).format(DAY)).isEqualTo("3.9.2026");
    }

    @Test
    void englishKeepsItsOwnFormats() {
        assertThat(LocalFormats.date(FormatStyle.MEDIUM, Locale.ENGLISH).format(DAY)).isEqualTo("Sep 3, 2026");
        assertThat(LocalFormats.time(Locale.ENGLISH).format(WEBINAR)).isEqualTo("9:05\u202fAM");
    }

    @Test
    void figuresUseTheReadersDecimalSeparatorAndPercentSign() {
        assertThat(LocalFormats.oneDecimal(3.5, FI)).isEqualTo("3,5");
        assertThat(LocalFormats.oneDecimal(3, SV_FI)).isEqualTo("3,0");
        assertThat(LocalFormats.oneDecimal(3.25, Locale.ENGLISH)).isEqualTo("3.2");
        assertThat(LocalFormats.percent(45, Locale.ENGLISH)).isEqualTo("45%");
        assertThat(LocalFormats.percent(45, FI)).isEqualTo("45\u00a0%");
        assertThat(LocalFormats.percent(100, SV_FI)).isEqualTo("100\u00a0%");
    }
}

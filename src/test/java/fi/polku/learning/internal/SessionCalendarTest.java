package fi.polku.learning.internal;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import fi.polku.learning.internal.SessionCalendar.Session;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SessionCalendarTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Session ONLINE = new Session("sparring-1@polku", "Sparraustapaaminen – Äänekoski",
            ZonedDateTime.of(2026, 3, 10, 15, 0, 0, 0, HELSINKI), ZonedDateTime.of(2026, 3, 10, 16, 30, 0, 0, HELSINKI),
            null, "https://meet.example.fi/sparraus", "Tuo mukaan oma suunnitelmasi.");
    // After the spring clock change, so the offset differs from the first session's.
    private static final Session IN_PERSON = new Session("kickoff-2@polku", "Lähitapaaminen",
            ZonedDateTime.of(2026, 4, 2, 9, 0, 0, 0, HELSINKI), ZonedDateTime.of(2026, 4, 2, 12, 0, 0, 0, HELSINKI),
            "Koulu, luokka 204", null, null);

    private static List<VEvent> parsedEvents(String ics) {
        ICalendar calendar = Biweekly.parse(ics).first();
        return calendar.getEvents();
    }

    @Test
    void writesAnICalendarFile() {
        String ics = SessionCalendar.ics("Innovatiiviset opettajat", List.of(ONLINE));

        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("VERSION:2.0", "X-WR-CALNAME:Innovatiiviset opettajat");
    }

    @Test
    void sessionsRoundTripWithTheirUidsAndInstants() {
        List<VEvent> events = parsedEvents(SessionCalendar.ics("Kurssi", List.of(ONLINE, IN_PERSON)));

        assertThat(events).hasSize(2);
        assertThat(events.get(0).getUid().getValue()).isEqualTo("sparring-1@polku");
        assertThat(events.get(0).getDateStart().getValue().toInstant()).isEqualTo(ONLINE.start().toInstant());
        assertThat(events.get(0).getDateEnd().getValue().toInstant()).isEqualTo(ONLINE.end().toInstant());
        assertThat(events.get(1).getUid().getValue()).isEqualTo("kickoff-2@polku");
        assertThat(events.get(1).getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-04-02T06:00:00Z"));
        assertThat(events.get(1).getDateEnd().getValue().toInstant()).isEqualTo(IN_PERSON.end().toInstant());
    }

    @Test
    void keepsFinnishTitlesIntact() {
        VEvent event = parsedEvents(SessionCalendar.ics("Kurssi", List.of(ONLINE))).getFirst();

        assertThat(event.getSummary().getValue()).isEqualTo("Sparraustapaaminen – Äänekoski");
    }

    @Test
    void anOnlineSessionCarriesItsLinkAsUrlLocationAndLastDescriptionLine() {
        VEvent event = parsedEvents(SessionCalendar.ics("Kurssi", List.of(ONLINE))).getFirst();

        assertThat(event.getUrl().getValue()).isEqualTo("https://meet.example.fi/sparraus");
        assertThat(event.getLocation().getValue()).isEqualTo("https://meet.example.fi/sparraus");
        assertThat(event.getDescription().getValue())
                .isEqualTo("Tuo mukaan oma suunnitelmasi.\nhttps://meet.example.fi/sparraus");
    }

    @Test
    void anInPersonSessionHasItsPlaceAndNoUrl() {
        VEvent event = parsedEvents(SessionCalendar.ics("Kurssi", List.of(IN_PERSON))).getFirst();

        assertThat(event.getLocation().getValue()).isEqualTo("Koulu, luokka 204");
        assertThat(event.getUrl()).isNull();
        assertThat(event.getDescription()).isNull();
    }

    @Test
    void stampsEveryEventWithTheExportTime() {
        Instant exported = Instant.parse("2026-02-01T08:00:00Z");
        String ics = SessionCalendar.ics("Kurssi", List.of(ONLINE, IN_PERSON), exported);

        assertThat(parsedEvents(ics)).allSatisfy(event ->
                assertThat(event.getDateTimeStamp().getValue().toInstant()).isEqualTo(exported));
        assertThat(ics).contains("DTSTAMP:20260201T080000Z", "DTSTART:20260310T130000Z");
    }
}

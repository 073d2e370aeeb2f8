package fi.polku.learning.internal;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Course sessions as an iCalendar file learners add to their own calendar.
 * <p>
 * Times are written in UTC: every calendar app converts UTC to the reader's zone correctly, while a
 * TZID needs a matching VTIMEZONE block that Outlook in particular is strict about. The UID is the
 * session's own, so importing the file again updates events instead of duplicating them.
 */
public final class SessionCalendar {

    /**
     * @param uid   stable across exports, e.g. the lesson id and the cohort
     * @param place where to meet, if the session is in person
     * @param link  the video meeting or the session's page, if any
     */
    public record Session(String uid, String title, ZonedDateTime start, ZonedDateTime end,
                          @Nullable String place, @Nullable String link, @Nullable String description) {
    }

    private SessionCalendar() {
    }

    public static String ics(String calendarName, List<Session> sessions) {
        return ics(calendarName, sessions, Instant.now());
    }

    static String ics(String calendarName, List<Session> sessions, Instant stampedAt) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Polku//Polku//EN");
        calendar.setMethod(Method.publish());
        calendar.setName(calendarName);
        // NAME is RFC 7986; Google, Apple and Outlook still read the older X-WR-CALNAME.
        calendar.setExperimentalProperty("X-WR-CALNAME", calendarName);
        for (Session session : sessions) {
            calendar.addEvent(event(session, stampedAt));
        }
        return Biweekly.write(calendar).go();
    }

    private static VEvent event(Session session, Instant stampedAt) {
        VEvent event = new VEvent();
        event.setUid(session.uid());
        event.setDateTimeStamp(Date.from(stampedAt));
        event.setSummary(session.title());
        event.setDateStart(Date.from(session.start().toInstant()));
        event.setDateEnd(Date.from(session.end().toInstant()));
        @Nullable String location = present(session.place()) ? session.place() : session.link();
        if (present(location)) {
            event.setLocation(location);
        }
        if (present(session.link())) {
            event.setUrl(session.link());
        }
        // Many apps hide URL, so the link also goes in the description, where it is clickable.
        String description = Stream.of(session.description(), session.link())
                .filter(SessionCalendar::present)
                .collect(Collectors.joining("\n"));
        if (!description.isEmpty()) {
            event.setDescription(description);
        }
        return event;
    }

    private static boolean present(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}

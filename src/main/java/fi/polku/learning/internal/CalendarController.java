package fi.polku.learning.internal;

import fi.polku.learning.Learning;
import fi.polku.learning.UpcomingSession;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The signed-in learner's sessions of one course as an iCalendar file, to add to any calendar.
 * Only their own: the sessions come from their enrolment, never from the URL.
 */
@RestController
class CalendarController {

    private final Learning learning;

    CalendarController(Learning learning) {
        this.learning = learning;
    }

    @GetMapping("/calendar/{courseId}.ics")
    ResponseEntity<byte[]> calendar(@PathVariable String courseId) {
        List<SessionCalendar.Session> sessions = learning.sessions(false).stream()
                .filter(s -> s.courseId().equals(courseId)).map(CalendarController::event).toList();
        if (sessions.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        byte[] body = SessionCalendar.ics("Polku – " + courseId, sessions).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(courseId + ".ics", StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private static SessionCalendar.Session event(UpcomingSession s) {
        return new SessionCalendar.Session(s.courseId() + "-" + s.lessonId() + "@polku", s.title(), s.start(), s.end(),
                s.place(), s.link(), null);
    }
}

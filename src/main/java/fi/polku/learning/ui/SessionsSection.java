package fi.polku.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import fi.polku.learning.CohortId;
import fi.polku.learning.Cohorts;
import fi.polku.learning.LearningException;
import fi.polku.learning.UpcomingSession;

import java.util.Map;

/** The cohort's own dates, times and links for the course's sessions. */
class SessionsSection extends Div {

    SessionsSection(Cohorts cohorts, CohortId cohort) {
        addClassName("section");
        add(new H2(getTranslation("sessions.title")));
        for (UpcomingSession s : cohorts.sessions(cohort)) {
            DateTimePicker start = picker(getTranslation("cohort.starts"), s.start().toLocalDateTime());
            DateTimePicker end = picker(getTranslation("cohort.ends"), s.end().toLocalDateTime());
            TextField place = new TextField(getTranslation("session.place"));
            place.setValue(s.place() == null ? "" : s.place());
            TextField link = new TextField(getTranslation("session.link"));
            link.setValue(s.link() == null ? "" : s.link());
            link.setManualValidation(true);
            link.setWidth("20rem");
            Button save = new Button(getTranslation("sessions.save"), e -> {
                Errors.clear(Map.of("end", end, "link", link));
                try {
                    cohorts.schedule(cohort, s.lessonId(), start.getValue(), end.getValue(), place.getValue(), link.getValue());
                    Notification.show(getTranslation("sessions.saved", s.title()));
                } catch (LearningException | IllegalArgumentException problem) {
                    if (problem instanceof LearningException known) {
                        Errors.show(this, known, Map.of("end", end, "link", link));
                    } else {
                        end.setErrorMessage(problem.getMessage());
                        end.setInvalid(true);
                    }
                }
            });
            FlexLayout row = new FlexLayout(start, end, place, link, save);
            row.addClassName("toolbar");
            add(new H3(s.title()), row);
        }
    }

    private DateTimePicker picker(String label, java.time.LocalDateTime value) {
        DateTimePicker picker = new DateTimePicker(label, value);
        picker.setLocale(getLocale());
        picker.setManualValidation(true);
        return picker;
    }
}

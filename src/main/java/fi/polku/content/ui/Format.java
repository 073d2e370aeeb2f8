package fi.polku.content.ui;

import com.vaadin.flow.component.Component;
import fi.polku.content.CourseSummary;

import java.util.Locale;

/** Small formatting rules shared by the content views. */
final class Format {

    private Format() {
    }

    static String minutes(Component c, int minutes) {
        if (minutes < 60) {
            return c.getTranslation("format.minutes", minutes);
        }
        int h = minutes / 60;
        int m = minutes % 60;
        return m == 0 ? c.getTranslation("format.hours", h) : c.getTranslation("format.hours-minutes", h, m);
    }

    static String workload(Component c, CourseSummary course) {
        String online = minutes(c, course.estimatedMinutes());
        if (course.hours() == null) {
            return online;
        }
        String total = c.getTranslation("format.hours", course.hours());
        if (course.credits() != null) {
            total += " · " + c.getTranslation("format.credits", course.credits());
        }
        return c.getTranslation("catalog.workload-value", total, online);
    }

    static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}

package fi.polku.schools.ui;

import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;
import fi.polku.shared.LocalFormats;

import java.time.Instant;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Small texts the self-assessment views share: scale ends, figures and dates in the reader's language. */
final class SelfAssessmentLabels {

    private SelfAssessmentLabels() {
    }

    static String low(Component c, @Nullable String fromLesson) {
        return fromLesson != null ? fromLesson : c.getTranslation("self-assessment.scale.low");
    }

    static String high(Component c, @Nullable String fromLesson) {
        return fromLesson != null ? fromLesson : c.getTranslation("self-assessment.scale.high");
    }

    /** One decimal, with the reader's decimal separator (3,5 in Finnish); a dash for no figure. */
    static String figure(Locale locale, @Nullable Double value) {
        return value == null ? "–" : String.format(locale, "%.1f", value);
    }

    static String date(Locale locale, Instant instant) {
        return LocalFormats.date(FormatStyle.MEDIUM, locale)
                .format(instant.atZone(fi.polku.shared.DisplayZone.get()));
    }
}

package fi.polku.schools.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import fi.polku.schools.KitException;
import fi.polku.schools.KitViews;
import fi.polku.shared.ui.FieldProblems;
import fi.polku.shared.LocalFormats;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A kit-lending rule broken, shown next to its field, with its dates in the reader's language. */
final class KitProblems {

    private KitProblems() {
    }

    static void show(Component where, KitException problem, Map<String, ? extends HasValidation> fields) {
        Locale locale = where.getUI().map(UI::getLocale).orElse(Locale.ENGLISH);
        Object[] args = Arrays.stream(problem.arguments())
                .map(a -> a instanceof List<?> periods ? periods.stream()
                        .map(p -> p instanceof KitViews.Period period ? dates(period, locale) : String.valueOf(p))
                        .collect(Collectors.joining(", ")) : a)
                .toArray();
        FieldProblems.show(where, problem.messageKey(), args, problem.field(), fields);
    }

    static void clear(Map<String, ? extends HasValidation> fields) {
        FieldProblems.clear(fields);
    }

    static String dates(KitViews.Period period, Locale locale) {
        DateTimeFormatter format = LocalFormats.date(FormatStyle.MEDIUM, locale);
        return period.first().equals(period.last()) ? format.format(period.first())
                : format.format(period.first()) + "–" + format.format(period.last());
    }
}

package fi.polku.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import fi.polku.learning.LearningException;
import fi.polku.shared.ui.FieldProblems;

import java.util.Map;

/** A learning rule broken, shown next to its field (see {@link FieldProblems}). */
final class Errors {

    private Errors() {
    }

    static void show(Component where, LearningException problem, Map<String, ? extends HasValidation> fields) {
        FieldProblems.show(where, problem.messageKey(), problem.arguments(), problem.field(), fields);
    }

    static void clear(Map<String, ? extends HasValidation> fields) {
        FieldProblems.clear(fields);
    }
}

package fi.polku.peerreview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import fi.polku.peerreview.PeerReviewException;
import fi.polku.shared.ui.FieldProblems;

import java.util.Map;

/** A peer-review rule broken, shown next to its field (see {@link FieldProblems}). */
final class Problems {

    private Problems() {
    }

    static void show(Component where, PeerReviewException problem, Map<String, ? extends HasValidation> fields) {
        FieldProblems.show(where, problem.messageKey(), problem.arguments(), problem.field(), fields);
    }

    static void clear(Map<String, ? extends HasValidation> fields) {
        FieldProblems.clear(fields);
    }
}

package fi.polku.access;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.RouteConfiguration;
import fi.polku.access.AccessMatrix.Outcome;
import fi.polku.access.AccessTargets.Target;

import java.util.function.Supplier;

/** Opens a route in the browserless UI as whoever is signed in, and says what the person saw. */
final class ViewProbe {

    /** What was seen, with the view and an error for the failure message. */
    record Seen(Outcome outcome, String detail, boolean leaked) {
    }

    private final Supplier<? extends HasElement> currentView;

    ViewProbe(Supplier<? extends HasElement> currentView) {
        this.currentView = currentView;
    }

    /** Leaves the previous check behind: the login view is never a target's content. */
    void reset() {
        UI.getCurrent().navigate("login");
    }

    Seen open(Target target) {
        try {
            UI.getCurrent().navigate(target.path());
        } catch (RuntimeException refused) {
            return new Seen(Outcome.DENIED, "navigation threw " + rootCause(refused), false);
        }
        Component view = (Component) currentView.get();
        String shown = RouteConfiguration.forApplicationScope().getTemplate(view.getClass()).orElse("(no route)");
        String text = view.getElement().getTextRecursively() + shownInGrids(view);
        boolean marked = target.marker() != null && text.contains(target.marker());
        String detail = view.getClass().getSimpleName() + (target.marker() == null ? ""
                : marked ? " showing '" + target.marker() + "'" : " without '" + target.marker() + "'");
        if (shown.equals(target.landsOn())) {
            return new Seen(target.marker() == null || marked ? Outcome.OK : Outcome.REFUSED, detail, false);
        }
        Outcome outcome = shown.equals("login") ? Outcome.LOGIN : shown.isEmpty() ? Outcome.HOME : Outcome.DENIED;
        return new Seen(outcome, detail, marked);
    }

    /** A grid's rows are not element text in a browserless UI: read them from its data, as the client would. */
    private static String shownInGrids(Component component) {
        StringBuilder rows = new StringBuilder();
        if (component instanceof Grid<?> grid) {
            grid.getDataProvider().fetch(new Query<>()).forEach(item -> rows.append('\n').append(item));
        }
        component.getChildren().forEach(child -> rows.append(shownInGrids(child)));
        return rows.toString();
    }

    static String rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}

package fi.polku.learning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import fi.polku.learning.CourseProgress;
import fi.polku.shared.LocalFormats;

/** Where a learner stands: a bar per part and for the course, and where to continue. */
class ProgressPanel extends Div {

    ProgressPanel(CourseProgress progress, boolean withTitle) {
        addClassName("progress-panel");
        if (withTitle) {
            add(new H2(getTranslation("progress.title")));
        }
        add(bar(getTranslation("progress.course"), progress.percent(), "course-bar"));
        progress.parts().forEach(p -> add(bar(p.title(), p.percent(), "part-bar")));
        if (progress.completedAt() != null) {
            Paragraph done = new Paragraph(getTranslation("progress.completed"));
            done.addClassName("success");
            add(done);
        } else if (progress.continueWith() != null) {
            Anchor next = new Anchor("courses/" + progress.courseId() + "/" + progress.continueWith().id(),
                    getTranslation("progress.continue", progress.continueWith().title()));
            next.addClassName("button-link");
            add(next);
        }
        if (!progress.requiredLeft().isEmpty()) {
            Span left = new Span(getTranslation("progress.required-left", progress.requiredLeft().size()));
            left.addClassName("muted");
            add(new Div(left));
        }
    }

    private Div bar(String label, int percent, String cls) {
        Span name = new Span(label);
        Span value = new Span(LocalFormats.percent(percent, getLocale()));
        value.addClassName("muted");
        Div head = new Div(name, value);
        head.addClassName("bar-head");
        ProgressBar bar = new ProgressBar(0, 100, percent);
        bar.getElement().setAttribute("aria-label", label + " " + value.getText());
        Div row = new Div(head, bar);
        row.addClassNames("bar-row", cls);
        return row;
    }
}

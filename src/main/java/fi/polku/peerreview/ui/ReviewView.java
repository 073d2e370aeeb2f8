package fi.polku.peerreview.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.polku.content.CourseCatalog;
import fi.polku.content.LessonDetails;
import fi.polku.peerreview.PeerReviewException;
import fi.polku.peerreview.PeerReviews;
import fi.polku.peerreview.Views;
import jakarta.annotation.security.PermitAll;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Reviewing a peer's report: read it, choose a level per criterion, say what works and one idea. */
@Route("reviews/:reviewId")
@PermitAll
class ReviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Map<String, RadioButtonGroup<Integer>> levels = new LinkedHashMap<>();
    final TextArea whatWorks = new TextArea();
    final TextArea idea = new TextArea();
    final TextArea comment = new TextArea();
    final Button send = new Button();
    private final PeerReviews peerReviews;
    private final CourseCatalog catalog;

    ReviewView(PeerReviews peerReviews, CourseCatalog catalog) {
        this.peerReviews = peerReviews;
        this.catalog = catalog;
        addClassNames("page", "lesson-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID id = UUID.fromString(event.getRouteParameters().get("reviewId").orElseThrow());
        Views.ReviewTask task = peerReviews.task(id);
        Views.Submission s = task.submission();
        LessonDetails.Assignment rules = catalog.lesson(s.courseId(), s.lessonId(), getLocale())
                .map(p -> (LessonDetails.Assignment) p.details()).orElseThrow();
        removeAll();
        add(new Anchor("courses/" + s.courseId() + "/" + s.lessonId(), getTranslation("review.back")),
                new H1(getTranslation("review.page-title")));
        Div report = new Div(new H2(s.title()), new Html("<div class=\"learner-text\">" + s.html() + "</div>"));
        s.attachments().forEach(a -> report.add(new Div(Downloads.link(peerReviews, a))));
        report.addClassName("report");
        add(report);
        if (task.done()) {
            add(new Paragraph("✓ " + getTranslation("review.thanks")));
            return;
        }
        add(new Paragraph(getTranslation("review.guidance")));
        for (LessonDetails.Criterion c : rules.rubric()) {
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>(c.title());
            group.setId("review-level-" + c.id()); // stable handles for the load test (src/load)
            group.setItems(1, 2, 3, 4);
            group.setItemLabelGenerator(l -> l + " – " + c.levels().get(l - 1));
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setManualValidation(true);
            levels.put(c.id(), group);
            add(group);
        }
        text(whatWorks, "review.what-works", "review.what-works-help");
        text(idea, "review.idea", "review.idea-help");
        text(comment, "review.comment-optional", "review.comment-help");
        whatWorks.setId("review-what-works");
        idea.setId("review-idea");
        send.setId("review-send");
        send.setText(getTranslation("review.send-review"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> send(id, s));
        add(whatWorks, idea, comment, send);
    }

    private void text(TextArea area, String label, String help) {
        area.setLabel(getTranslation(label));
        area.setHelperText(getTranslation(help));
        area.setWidthFull();
        area.setMaxLength(5000);
        area.setManualValidation(true);
    }

    private void send(UUID id, Views.Submission s) {
        Map<String, HasValidation> fields = new HashMap<>(levels);
        fields.put("whatWorks", whatWorks);
        fields.put("ideaToTry", idea);
        fields.put("comment", comment);
        Problems.clear(fields);
        Map<String, Integer> chosen = new HashMap<>();
        levels.forEach((criterion, group) -> {
            if (group.getValue() != null) {
                chosen.put(criterion, group.getValue());
            }
        });
        try {
            peerReviews.submitReview(id, new Views.ReviewForm(chosen, whatWorks.getValue(), idea.getValue(), comment.getValue()));
            getUI().ifPresent(ui -> ui.navigate("courses/" + s.courseId() + "/" + s.lessonId()));
        } catch (PeerReviewException problem) {
            Problems.show(this, problem, fields);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.page-title") + " · Polku";
    }
}

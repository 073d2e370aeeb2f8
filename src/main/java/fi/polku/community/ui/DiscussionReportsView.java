package fi.polku.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.polku.community.Discussions;
import fi.polku.community.Discussions.Action;
import fi.polku.community.Discussions.ReportView;
import fi.polku.shared.DisplayZone;
import fi.polku.shared.LocalFormats;
import jakarta.annotation.security.RolesAllowed;

import java.time.format.FormatStyle;

/** Reported discussion posts in the facilitator's cohorts: hide the post or dismiss the report. */
@Route("discussions/reports")
@Menu(order = 32, icon = "vaadin:flag-o", title = "menu.discussion-reports")
@RolesAllowed({"FACILITATOR", "ADMIN"})
class DiscussionReportsView extends Main implements HasDynamicTitle {

    final Div reports = new Div();
    private final Discussions discussions;

    DiscussionReportsView(Discussions discussions) {
        this.discussions = discussions;
        addClassNames("page", "wide-page");
        Paragraph help = new Paragraph(getTranslation("reports.help"));
        help.addClassName("muted");
        add(new H1(getTranslation("menu.discussion-reports")), help, reports);
        refresh();
    }

    void refresh() {
        reports.removeAll();
        var open = discussions.openReports();
        if (open.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("reports.none"));
            empty.addClassName("empty-state");
            reports.add(empty);
            return;
        }
        var time = LocalFormats.dateTime(FormatStyle.SHORT, getLocale())
                .withZone(DisplayZone.get());
        for (ReportView r : open) {
            Span who = new Span(getTranslation("reports.by", r.reporter(), time.format(r.at())));
            who.addClassName("muted");
            Paragraph reason = new Paragraph(getTranslation("reports.reason", r.reason()));
            // The reported text is shown as plain text: a facilitator judging it should see exactly what was written.
            Paragraph text = new Paragraph(r.postAuthor() + ": " + r.postText());
            text.addClassName("reported-text");
            Anchor lesson = new Anchor("courses/" + r.courseId() + "/" + r.lessonId() + "#post-" + r.postId(),
                    getTranslation("reports.open"));
            Button hide = new Button(getTranslation("discussion.hide"), e -> Dialogs.reason(this,
                    "discussion.hide-title", "discussion.hide-reason",
                    why -> discussions.moderate(r.postId(), Action.HIDE, why), this::refresh));
            hide.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            hide.setEnabled(!r.postHidden());
            Button dismiss = new Button(getTranslation("reports.dismiss"), e -> {
                discussions.dismissReport(r.reportId());
                refresh();
            });
            dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Div actions = new Div(lesson, hide, dismiss);
            actions.addClassName("post-actions");
            Div card = new Div(who, reason, text, actions);
            card.addClassName("report-card");
            reports.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.discussion-reports") + " · Polku";
    }
}

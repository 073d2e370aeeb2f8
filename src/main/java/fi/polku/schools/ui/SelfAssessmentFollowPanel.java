package fi.polku.schools.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fi.polku.schools.SelfAssessmentViews.Round;

import java.util.List;

/** For facilitators and admins: the rounds their learners have run in this lesson, with links to the results. */
class SelfAssessmentFollowPanel extends Div {

    final UnorderedList list = new UnorderedList();

    SelfAssessmentFollowPanel(List<Round> rounds) {
        addClassName("form-panel");
        add(new H2(getTranslation("self-assessment.follow-title")));
        if (rounds.isEmpty()) {
            add(new Paragraph(getTranslation("self-assessment.follow-none")));
            return;
        }
        for (Round r : rounds) {
            String state = r.open() ? getTranslation("self-assessment.open")
                    : getTranslation("self-assessment.closed-on", SelfAssessmentLabels.date(getLocale(), r.closedAt()));
            list.add(new ListItem(new Span(getTranslation("self-assessment.follow-line", r.ownerName(), r.school(),
                    r.number(), r.answered(), state) + " "),
                    new Anchor("self-assessment/results/" + r.id(), getTranslation("self-assessment.see-results"))));
        }
        add(list);
    }
}

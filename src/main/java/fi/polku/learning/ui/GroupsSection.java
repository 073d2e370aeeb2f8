package fi.polku.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fi.polku.learning.CohortId;
import fi.polku.learning.Sparring;
import fi.polku.learning.SparringGroupView;

import java.util.List;

/** The cohort's sparring groups, and a button that forms them automatically. */
class GroupsSection extends Div {

    final Button form = new Button();
    final Div groups = new Div();

    GroupsSection(Sparring sparring, CohortId cohort) {
        addClassName("section");
        add(new H2(getTranslation("sparring.title")));
        form.setText(getTranslation("sparring.form"));
        form.addClickListener(e -> show(sparring.formAutomatically(cohort)));
        groups.addClassName("group-cards");
        add(new Paragraph(getTranslation("sparring.help", Sparring.MIN_SIZE, Sparring.MAX_SIZE)), form, groups);
        show(sparring.groups(cohort));
    }

    private void show(List<SparringGroupView> list) {
        groups.removeAll();
        if (list.isEmpty()) {
            groups.add(new Paragraph(getTranslation("sparring.none")));
            return;
        }
        for (SparringGroupView g : list) {
            UnorderedList members = new UnorderedList();
            g.members().forEach(m -> members.add(new ListItem(m.name() + (m.school().isEmpty() ? "" : " · " + m.school()))));
            Div card = new Div(new H3(getTranslation("sparring.group", g.name())), members);
            card.addClassName("group-card");
            groups.add(card);
        }
    }
}

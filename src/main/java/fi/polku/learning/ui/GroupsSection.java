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

    private final Sparring sparring;
    private final CohortId cohort;
    private final List<fi.polku.learning.UpcomingSession> sessions;

    GroupsSection(Sparring sparring, CohortId cohort, List<fi.polku.learning.UpcomingSession> sessions) {
        this.sparring = sparring;
        this.cohort = cohort;
        this.sessions = sessions;
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
            g.members().forEach(m -> {
                ListItem item = new ListItem(m.name() + (m.school().isEmpty() ? "" : " · " + m.school()));
                if (list.size() > 1) {
                    com.vaadin.flow.component.select.Select<SparringGroupView> move = new com.vaadin.flow.component.select.Select<>();
                    move.setItems(list.stream().filter(other -> !other.id().equals(g.id())).toList());
                    move.setItemLabelGenerator(other -> getTranslation("sparring.group", other.name()));
                    move.setPlaceholder(getTranslation("sparring.move"));
                    move.setAriaLabel(getTranslation("sparring.move") + " " + m.name());
                    move.addThemeName("small");
                    move.setWidth("9rem");
                    move.addValueChangeListener(e -> {
                        if (e.getValue() != null) {
                            sparring.move(m.enrolmentId(), e.getValue().id());
                            show(sparring.groups(cohort));
                        }
                    });
                    item.add(move);
                }
                members.add(item);
            });
            com.vaadin.flow.component.select.Select<fi.polku.learning.UpcomingSession> session =
                    new com.vaadin.flow.component.select.Select<>();
            session.setItems(sessions);
            session.setItemLabelGenerator(fi.polku.learning.UpcomingSession::title);
            session.setPlaceholder(getTranslation("sparring.attendance"));
            session.setAriaLabel(getTranslation("sparring.attendance"));
            session.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog(
                            new GroupSessionPanel(sparring, g, e.getValue().lessonId(), true));
                    dialog.setHeaderTitle(e.getValue().title());
                    dialog.getFooter().add(new Button(getTranslation("form.close"), c -> dialog.close()));
                    dialog.setWidth("min(40rem, 95vw)");
                    dialog.open();
                    session.clear();
                }
            });
            Div card = new Div(new H3(getTranslation("sparring.group", g.name())), members, session);
            card.addClassName("group-card");
            groups.add(card);
        }
    }
}

package fi.polku.content.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fi.polku.content.LessonDetails;
import fi.polku.content.LessonDetails.Assignment;
import fi.polku.content.LessonDetails.Criterion;
import fi.polku.content.LessonDetails.Plan;
import fi.polku.content.LessonDetails.Question;
import fi.polku.content.LessonDetails.Reflection;
import fi.polku.content.LessonDetails.SelfAssessment;
import fi.polku.content.LessonDetails.Session;
import fi.polku.content.LessonDetails.Survey;
import fi.polku.shared.LocalFormats;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a lesson type adds to the text, shown as a learner needs it: a session's time, place and
 * link; a survey's questions; a plan's fields; a reflection's question; an assignment's rubric;
 * a self-assessment's areas and scale.
 */
class LessonDetailsPanel extends Div {

    LessonDetailsPanel(LessonDetails details) {
        addClassName("lesson-details");
        switch (details) {
            case LessonDetails.Reading r -> setVisible(false);
            case Session s -> session(s);
            case Survey s -> survey(s);
            case Plan p -> plan(p);
            case Reflection r -> reflection(r);
            case Assignment a -> assignment(a);
            case SelfAssessment a -> selfAssessment(a);
        }
    }

    /** An overview only: the schools module's panel below holds the statements to answer. */
    private void selfAssessment(SelfAssessment a) {
        add(new H2(getTranslation("self-assessment.template")));
        add(new Paragraph(getTranslation("self-assessment.scale",
                a.lowLabel() != null ? a.lowLabel() : getTranslation("self-assessment.scale.low"),
                a.highLabel() != null ? a.highLabel() : getTranslation("self-assessment.scale.high"))));
        UnorderedList areas = new UnorderedList();
        a.areas().forEach(area -> areas.add(new ListItem(getTranslation("self-assessment.area-statements",
                area.title(), area.statements().size()))));
        add(areas);
    }

    private void session(Session s) {
        DateTimeFormatter date = LocalFormats.date(FormatStyle.FULL, getLocale());
        DateTimeFormatter time = LocalFormats.time(getLocale());
        add(new H2(getTranslation("session.title." + s.kind())));
        add(row(getTranslation("session.when"), Format.capitalised(date.format(s.start()), getLocale()) + ", "
                + time.format(s.start()) + "–" + time.format(s.end()) + " (" + s.start().getZone().getId() + ")"));
        if (s.place() != null) {
            add(row(getTranslation("session.place"), s.place()));
        }
        if (s.link() != null) {
            Anchor join = new Anchor(s.link(), getTranslation("session.join"), AnchorTarget.BLANK);
            join.getElement().setAttribute("rel", "noopener noreferrer");
            join.addClassName("button-link");
            add(row(getTranslation("session.link"), join));
        }
    }

    private void survey(Survey s) {
        add(new H2(getTranslation("survey.questions")));
        OrderedList questions = new OrderedList();
        for (Question q : s.questions()) {
            ListItem item = new ListItem(new Span(q.text()));
            Span kind = new Span(getTranslation("survey.kind." + q.kind().name().toLowerCase(Locale.ROOT)));
            kind.addClassName("badge");
            item.add(kind);
            if (!q.options().isEmpty()) {
                UnorderedList options = new UnorderedList();
                q.options().forEach(o -> options.add(new ListItem(o.text())));
                item.add(options);
            } else if (q.kind() == LessonDetails.QuestionKind.SCALE && q.minLabel() != null) {
                item.add(new Paragraph("1 = " + q.minLabel() + " … 5 = " + q.maxLabel()));
            }
            questions.add(item);
        }
        add(questions);
        if (!s.themes().isEmpty()) {
            add(new H3(getTranslation("survey.themes")));
            UnorderedList themes = new UnorderedList();
            s.themes().forEach(t -> {
                Span name = new Span(t.title());
                name.addClassName("strong");
                themes.add(new ListItem(name, new Span(" – " + t.description())));
            });
            add(themes);
        }
    }

    private void plan(Plan p) {
        add(new H2(getTranslation("plan.fields")));
        UnorderedList fields = new UnorderedList();
        p.fields().forEach(f -> {
            Span label = new Span(f.label());
            label.addClassName("strong");
            ListItem item = new ListItem(label);
            if (f.help() != null) {
                item.add(new Paragraph(f.help()));
            }
            fields.add(item);
        });
        add(fields);
    }

    private void reflection(Reflection r) {
        add(new H2(getTranslation("reflection.prompt")));
        Paragraph prompt = new Paragraph(r.prompt());
        prompt.addClassName("prompt");
        add(prompt);
        if (r.minWords() > 0) {
            add(new Paragraph(getTranslation("reflection.min-words", r.minWords())));
        }
    }

    private void assignment(Assignment a) {
        add(new H2(getTranslation("assignment.title")));
        if (!a.instructions().isBlank()) {
            add(new Paragraph(a.instructions()));
        }
        add(row(getTranslation("assignment.reviews"),
                getTranslation("assignment.reviews-value", a.reviewsToGive(), a.reviewsRequired())));
        add(row(getTranslation("assignment.attachments"), a.attachmentTypes().stream().sorted()
                .map(t -> getTranslation("assignment.type." + t)).collect(Collectors.joining(", "))
                + " · " + getTranslation("assignment.max-mb", a.maxAttachmentMb())));
        add(new H3(getTranslation("assignment.rubric")));
        NativeTable table = new NativeTable();
        table.addClassName("rubric");
        NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell(getTranslation("assignment.criterion")));
        for (int level = 1; level <= 4; level++) {
            head.add(new NativeTableHeaderCell(getTranslation("assignment.level", level)));
        }
        table.add(new NativeTableHeader(head));
        NativeTableBody rows = new NativeTableBody();
        for (Criterion c : a.rubric()) {
            NativeTableRow row = new NativeTableRow(new NativeTableHeaderCell(c.title()));
            c.levels().forEach(level -> row.add(new NativeTableCell(level)));
            rows.add(row);
        }
        table.add(rows);
        Div scroll = new Div(table);
        scroll.addClassName("table-scroll");
        add(scroll);
    }

    private static Div row(String label, String value) {
        return row(label, new Span(value));
    }

    private static Div row(String label, Component value) {
        Span l = new Span(label);
        l.addClassName("fact-label");
        Div row = new Div(l, value);
        row.addClassName("fact");
        return row;
    }
}

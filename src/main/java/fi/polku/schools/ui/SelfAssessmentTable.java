package fi.polku.schools.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import fi.polku.schools.SelfAssessmentResults;
import fi.polku.schools.SelfAssessmentResults.AreaResult;
import fi.polku.schools.SelfAssessmentResults.Spread;
import fi.polku.schools.SelfAssessmentResults.StatementResult;
import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The figures behind each chart as a plain table: what a screen reader reads, and anyone can check. */
final class SelfAssessmentTable {

    private SelfAssessmentTable() {
    }

    static NativeTable areas(Component c, Locale l, SelfAssessmentResults r) {
        NativeTable table = table(c, c.getTranslation("self-assessment.table-areas"), "self-assessment.area",
                r.previousNumber() != null);
        NativeTableBody body = new NativeTableBody();
        r.areas().forEach(a -> body.add(row(l, a.title(), a.spread(), a.previousMean(), r.previousNumber() != null)));
        table.add(body);
        return table;
    }

    static NativeTable statements(Component c, Locale l, AreaResult area, boolean compared) {
        NativeTable table = table(c, c.getTranslation("self-assessment.table-statements", area.title()),
                "self-assessment.statement", compared);
        NativeTableBody body = new NativeTableBody();
        for (StatementResult s : area.statements()) {
            body.add(row(l, s.text(), s.spread(), s.previousMean(), compared));
        }
        table.add(body);
        return table;
    }

    private static NativeTable table(Component c, String caption, String firstColumn, boolean compared) {
        NativeTable table = new NativeTable();
        table.addClassName("rubric");
        NativeTableCaption title = new NativeTableCaption();
        title.setText(caption);
        table.add(title);
        NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell(c.getTranslation(firstColumn)),
                new NativeTableHeaderCell(c.getTranslation("self-assessment.mean")));
        if (compared) {
            head.add(new NativeTableHeaderCell(c.getTranslation("self-assessment.previous")));
        }
        head.add(new NativeTableHeaderCell(c.getTranslation("self-assessment.range")),
                new NativeTableHeaderCell(c.getTranslation("self-assessment.deviation")),
                new NativeTableHeaderCell(c.getTranslation("self-assessment.respondents")),
                new NativeTableHeaderCell(c.getTranslation("self-assessment.dont-know")),
                new NativeTableHeaderCell(c.getTranslation("self-assessment.distribution")));
        table.add(new NativeTableHeader(head));
        return table;
    }

    private static NativeTableRow row(Locale l, String label, Spread s, @Nullable Double previous,
                                      boolean compared) {
        NativeTableRow row = new NativeTableRow(new NativeTableHeaderCell(label),
                new NativeTableCell(SelfAssessmentLabels.figure(l, s.mean())));
        if (compared) {
            row.add(new NativeTableCell(SelfAssessmentLabels.figure(l, previous)));
        }
        String range = s.min() == null ? "–" : SelfAssessmentLabels.figure(l, s.min()) + "–" + SelfAssessmentLabels.figure(l, s.max());
        String counts = IntStream.range(0, 5).mapToObj(i -> (i + 1) + ": " + s.counts().get(i))
                .collect(Collectors.joining(" · "));
        row.add(new NativeTableCell(range), new NativeTableCell(SelfAssessmentLabels.figure(l, s.deviation())),
                new NativeTableCell(String.valueOf(s.respondents())), new NativeTableCell(String.valueOf(s.dontKnow())),
                new NativeTableCell(counts));
        return row;
    }
}

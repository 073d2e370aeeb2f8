package fi.polku.schools.ui;

import com.vaadin.flow.component.Html;
import fi.polku.schools.SelfAssessmentResults.Spread;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;

/**
 * Means on the 1–5 scale as horizontal bars, drawn on the server as SVG (no chart bundle is
 * available): a bar to the mean, a line with end caps from the lowest to the highest value, and
 * a dashed mark at the previous round's mean. The table beside it carries the same figures for
 * screen readers, so the picture itself is labelled only as a whole.
 */
final class SelfAssessmentChart {

    record Row(String label, Spread spread, @Nullable Double previousMean) {
    }

    private static final int W = 560;
    private static final int LEFT = 12;
    private static final int RIGHT = 16;
    private static final int ROW = 52;
    private static final int TOP = 8;

    private SelfAssessmentChart() {
    }

    static Html of(List<Row> rows, String label) {
        int height = TOP + rows.size() * ROW + 24;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"self-assessment-chart\" viewBox=\"0 0 ").append(W).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(label))
                .append("\" style=\"width:100%;max-width:40rem;height:auto\">");
        double bottom = TOP + rows.size() * ROW;
        for (int v = 1; v <= 5; v++) {
            double x = x(v);
            svg.append(f("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%.1f\" style=\"stroke:var(--lumo-contrast-10pct)\"/>",
                    x, x, TOP, bottom));
            svg.append(f("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" style=\"font-size:12px;"
                    + "fill:var(--lumo-secondary-text-color)\">%d</text>", x, bottom + 16, v));
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double top = TOP + i * ROW;
            svg.append(f("<text x=\"%d\" y=\"%.1f\" style=\"font-size:13px;fill:var(--lumo-body-text-color)\">%s</text>",
                    LEFT, top + 14, escape(row.label())));
            double barY = top + 22;
            Spread s = row.spread();
            if (s.mean() != null) {
                svg.append(f("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"18\" rx=\"3\" "
                        + "style=\"fill:var(--lumo-primary-color-50pct)\"/>", x(1), barY, x(s.mean()) - x(1)));
                double mid = barY + 9;
                String ink = "style=\"stroke:var(--lumo-body-text-color);stroke-width:2\"";
                svg.append(f("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" %s/>", x(s.min()), x(s.max()), mid, mid, ink));
                svg.append(f("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" %s/>", x(s.min()), x(s.min()), mid - 6, mid + 6, ink));
                svg.append(f("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" %s/>", x(s.max()), x(s.max()), mid - 6, mid + 6, ink));
            }
            if (row.previousMean() != null) {
                double px = x(row.previousMean());
                svg.append(f("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" style=\"stroke:var(--lumo-error-color);"
                        + "stroke-width:3;stroke-dasharray:4 3\"/>", px, px, barY - 4, barY + 22));
            }
        }
        svg.append("</svg>");
        return new Html(svg.toString());
    }

    private static double x(double value) {
        return LEFT + (W - LEFT - RIGHT) * (Math.max(1, Math.min(5, value)) - 1) / 4.0;
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

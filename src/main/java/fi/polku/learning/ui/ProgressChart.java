package fi.polku.learning.ui;

import com.vaadin.flow.component.Html;

import java.util.List;
import java.util.Locale;

/**
 * The cohort's average progress by day as a small SVG line chart, drawn on the server (charts
 * that need a front-end bundle are not available to Polku).
 */
final class ProgressChart {

    private static final int W = 640;
    private static final int H = 160;
    private static final int PAD = 28;

    private ProgressChart() {
    }

    static Html of(List<Integer> percentByDay, String label) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"progress-chart\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" role=\"img\" aria-label=\"").append(escape(label)).append("\">");
        for (int p = 0; p <= 100; p += 50) {
            double y = y(p);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>", PAD, W, y, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%.1f\">%d%%</text>", y + 4, p));
        }
        if (!percentByDay.isEmpty()) {
            StringBuilder points = new StringBuilder();
            int n = percentByDay.size();
            for (int i = 0; i < n; i++) {
                double x = PAD + (n == 1 ? 0 : (W - PAD) * i / (double) (n - 1));
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y(percentByDay.get(i))));
            }
            svg.append("<polyline class=\"line\" points=\"").append(points.toString().strip()).append("\"/>");
        }
        svg.append("</svg>");
        return new Html(svg.toString());
    }

    private static double y(int percent) {
        return H - 16 - (H - 28) * Math.min(100, Math.max(0, percent)) / 100.0;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}

package fi.polku.certificates.ui;

import com.vaadin.flow.i18n.I18NProvider;
import fi.polku.certificates.CertificateView;
import fi.polku.shared.LocalFormats;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The verify page as one HTML document, written on the server in the reader's language. Plain text
 * blocks rather than a template engine: the page is small, and every value goes through {@link #esc}
 * (learners write their own names). No script: the form and the language links are plain GETs. The
 * empty icon keeps browsers from asking for /favicon.ico, which Vaadin would answer with a session.
 */
final class VerifyHtml {

    private final I18NProvider i18n;
    private final Locale locale;
    private final String root;
    /** The language asked for with {@code ?lang=}, carried on by links and the form; null when the browser chose. */
    private final @Nullable String chosen;

    VerifyHtml(I18NProvider i18n, Locale locale, String contextPath, @Nullable String chosen) {
        this.i18n = i18n;
        this.locale = locale;
        this.root = contextPath;
        this.chosen = chosen;
    }

    /** The whole page: the result of a lookup (empty when none was made) above the code form. */
    String page(String typed, String result) {
        String title = t("verify.title");
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <title>%s · Polku</title>
                <link rel="stylesheet" href="%s/styles/verify.css">
                <link rel="icon" href="data:,">
                </head>
                <body>
                <main class="auth-page">
                <div class="auth-card verify-card">
                <p class="brand">Polku</p>
                <h1>%s</h1>
                %s<form class="verify-form" method="get" action="%s/verify">
                <label for="code">%s</label>
                <div class="verify-row">
                <input id="code" name="code" type="text" value="%s" placeholder="XXXX-XXXX-XXXX-XXXX-X" \
                autocomplete="off" autocapitalize="characters" spellcheck="false">
                %s<button type="submit">%s</button>
                </div>
                </form>
                <nav class="languages" aria-label="%s">
                %s
                </nav>
                </div>
                </main>
                </body>
                </html>
                """.formatted(esc(locale.getLanguage()), esc(title), esc(root), esc(title), result, esc(root),
                esc(t("verify.code")), esc(typed), chosen == null ? ""
                        : "<input type=\"hidden\" name=\"lang\" value=\"" + esc(chosen) + "\">\n",
                esc(t("verify.check")), esc(t("language.label")), languages());
    }

    /** A one-line verdict, announced to screen readers. */
    String status(String key, String kind) {
        return "<p class=\"verify-status " + kind + "\" role=\"status\">" + esc(t(key)) + "</p>\n";
    }

    /** What a found certificate says, and whether it stands. */
    String certificate(CertificateView c) {
        boolean stands = c.status() == CertificateView.Status.VALID || c.status() == CertificateView.Status.HOLDER_REMOVED;
        StringBuilder html = new StringBuilder(status("verify.status." + c.status().name(),
                stands ? "status-valid" : "status-invalid"));
        html.append("<dl class=\"facts\">\n");
        // a holder who deleted their account is named nowhere, not even as a blank line
        if (!c.learnerName().isEmpty()) {
            html.append(fact("verify.name", c.learnerName()));
        }
        html.append(fact("verify.course", c.courseTitle()))
                .append(fact("verify.organisation", c.organisation()))
                .append(fact("verify.date", LocalFormats.date(FormatStyle.LONG, locale).format(c.completedOn())));
        if (c.hours() != null) {
            html.append(fact("verify.hours", String.valueOf(c.hours())));
        }
        html.append("</dl>\n");
        if (c.status() == CertificateView.Status.REPLACED && c.replacedBy() != null) {
            html.append(link(root + "/verify/" + c.replacedBy() + (chosen == null ? "" : "?lang=" + chosen),
                    "verify.see-new"));
        }
        if (c.status() == CertificateView.Status.VALID) {
            html.append(link(root + "/certificates/" + c.code() + ".pdf", "verify.pdf"));
        }
        return html.toString();
    }

    private String fact(String key, String value) {
        return "<div class=\"fact\"><dt class=\"fact-label\">" + esc(t(key)) + "</dt><dd>" + esc(value) + "</dd></div>\n";
    }

    private String link(String href, String key) {
        return "<p class=\"verify-link\"><a href=\"" + esc(href) + "\">" + esc(t(key)) + "</a></p>\n";
    }

    /** Each offered language in its own name; the current one marked, for sight and for screen readers. */
    private String languages() {
        List<Locale> offered = i18n.getProvidedLocales();
        return offered.stream().map(l -> {
            String tag = l.getLanguage();
            String name = l.getDisplayLanguage(l).substring(0, 1).toUpperCase(l) + l.getDisplayLanguage(l).substring(1);
            String current = tag.equals(locale.getLanguage()) ? " aria-current=\"true\"" : "";
            return "<a href=\"?lang=" + esc(tag) + "\" hreflang=\"" + esc(tag) + "\" lang=\"" + esc(tag) + "\"" + current
                    + ">" + esc(name) + "</a>";
        }).collect(Collectors.joining("\n"));
    }

    private String t(String key) {
        return i18n.getTranslation(key, locale);
    }

    /** HTML-escapes &lt; &gt; &amp; " and ', leaving ä, ö and å as they are (the page is UTF-8). */
    static String esc(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }
}

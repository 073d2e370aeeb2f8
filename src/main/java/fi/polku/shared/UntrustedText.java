package fi.polku.shared;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.PolicyFactory;

import java.util.List;
import java.util.Set;

/**
 * Renders what learners write (posts, reviews, submissions) from Markdown to HTML that is safe to
 * show anyone: raw HTML is escaped, not interpreted; link URLs other than http(s) and mailto are
 * dropped; images are not shown; links open without giving the target page a handle on ours.
 */
public final class UntrustedText {

    private static final List<org.commonmark.Extension> EXTENSIONS =
            List.of(AutolinkExtension.create(), StrikethroughExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = SafeHtml.policy(false, Set.of());

    private UntrustedText() {
    }

    public static String toHtml(String markdown) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}

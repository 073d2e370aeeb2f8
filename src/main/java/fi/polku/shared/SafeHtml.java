package fi.polku.shared;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one HTML policy of Polku: formatting, blocks, tables, links and images, heading ids; never
 * scripts, event handlers, styles or {@code javascript:} URLs. Iframes only from listed hosts.
 */
public final class SafeHtml {

    private static final String[] ELEMENTS = {"p", "div", "span", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "code", "em", "strong", "b", "i", "u", "del", "s",
        "sup", "sub", "small", "mark", "kbd", "abbr", "a", "table", "thead", "tbody", "tfoot", "tr", "th", "td",
        "caption", "figure", "figcaption", "details", "summary"};

    private SafeHtml() {
    }

    /**
     * @param images      whether {@code <img>} is kept
     * @param iframeHosts hosts whose https iframes are kept (e.g. a video host); empty for none
     */
    public static PolicyFactory policy(boolean images, Set<String> iframeHosts) {
        HtmlPolicyBuilder builder = new HtmlPolicyBuilder()
                .allowElements(ELEMENTS)
                .allowUrlProtocols("http", "https", "mailto")
                .allowAttributes("id").matching(Pattern.compile("[A-Za-z0-9_\\-:.À-ɏ]+"))
                    .onElements("h1", "h2", "h3", "h4", "h5", "h6")
                .allowAttributes("href", "title").onElements("a")
                .allowAttributes("title").onElements("abbr")
                .allowAttributes("align").matching(Pattern.compile("left|right|center")).onElements("th", "td")
                .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+-]+")).onElements("code")
                .allowAttributes("start").matching(Pattern.compile("\\d+")).onElements("ol")
                .requireRelsOnLinks("noopener", "noreferrer");
        if (images) {
            builder.allowElements("img")
                    .allowAttributes("src", "alt", "title").onElements("img")
                    .allowAttributes("width", "height").matching(Pattern.compile("\\d{1,4}")).onElements("img");
        }
        if (!iframeHosts.isEmpty()) {
            builder.allowElements((name, attrs) -> {
                        int src = attrs.indexOf("src");
                        return src >= 0 && src % 2 == 0 && allowedFrame(attrs.get(src + 1), iframeHosts) ? name : null;
                    }, "iframe")
                    .allowAttributes("src", "title", "allowfullscreen").onElements("iframe")
                    .allowAttributes("width", "height").matching(Pattern.compile("\\d{1,4}")).onElements("iframe");
        }
        return builder.toFactory();
    }

    private static boolean allowedFrame(String src, Set<String> hosts) {
        try {
            URI uri = new URI(src);
            return "https".equals(uri.getScheme()) && uri.getHost() != null
                    && hosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

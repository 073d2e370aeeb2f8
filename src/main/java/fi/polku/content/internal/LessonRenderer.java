package fi.polku.content.internal;

import fi.polku.content.ContentProblem;
import fi.polku.content.LessonPage.Heading;
import fi.polku.shared.SafeHtml;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.PolicyFactory;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Course Markdown to safe HTML. Relative links and images are checked (they must exist inside the
 * course folder) and rewritten: to the lesson's page for another lesson file, else to the course
 * file URL. Anything that would leave the course folder is refused.
 */
final class LessonRenderer {

    static final String FILES_PATH = "course-files";
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            StrikethroughExtension.create(), AutolinkExtension.create(), HeadingAnchorExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final Pattern HEADING = Pattern.compile("<h([23]) id=\"([^\"]+)\">(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern RAW_IMAGE = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    /** alt="" is allowed in HTML: it marks an image as decoration on purpose. */
    private static final Pattern ALT_ATTRIBUTE = Pattern.compile("\\salt\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final PolicyFactory policy;

    LessonRenderer(Set<String> iframeHosts) {
        this.policy = SafeHtml.policy(true, iframeHosts);
    }

    record Rendered(String html, List<Heading> toc, List<ContentProblem> problems) {
    }

    /**
     * @param lessonFiles course-relative lesson file paths (forward slashes) to lesson ids
     */
    Rendered render(LessonDefinition lesson, CourseDefinition course, Map<String, String> lessonFiles) {
        Node document = PARSER.parse(lesson.body());
        List<ContentProblem> problems = new ArrayList<>();
        Path courseFolder = course.folder().toAbsolutePath().normalize();
        Path lessonFolder = lesson.path().toAbsolutePath().normalize().getParent();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                link.setDestination(target(link, link.getDestination()));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                String source = image.getDestination();
                image.setDestination(target(image, source));
                if (altText(image).isBlank()) {
                    problems.add(ContentProblem.warning(lesson.file(), line(image),
                            "image '" + source + "' has no alt text (write ![what it shows](" + source + "))"));
                }
            }

            @Override
            public void visit(HtmlBlock html) {
                rawImagesWithoutAlt(html, html.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                rawImagesWithoutAlt(html, html.getLiteral());
            }

            private void rawImagesWithoutAlt(Node node, String literal) {
                Matcher img = RAW_IMAGE.matcher(literal);
                while (img.find()) {
                    if (!ALT_ATTRIBUTE.matcher(img.group()).find()) {
                        problems.add(ContentProblem.warning(lesson.file(), line(node),
                                "image " + img.group() + " has no alt text (add alt=\"what it shows\")"));
                    }
                }
            }

            private String target(Node node, String destination) {
                if (destination.startsWith("#")) {
                    // The app's <base href> is its root, so an in-page anchor needs the lesson's path.
                    return "courses/" + course.id() + "/" + lesson.id() + destination;
                }
                if (destination.isEmpty() || SCHEME.matcher(destination).find()
                        || destination.startsWith("//")) {
                    return destination; // external or in-page: the sanitiser decides on the scheme
                }
                String pathPart = destination.replaceFirst("[?#].*$", "");
                String fragment = destination.length() > pathPart.length() ? destination.substring(pathPart.length()) : "";
                String decoded = URLDecoder.decode(pathPart, StandardCharsets.UTF_8);
                Path resolved = lessonFolder.resolve(decoded).normalize();
                if (decoded.startsWith("/") || decoded.startsWith("\\") || !resolved.startsWith(courseFolder)) {
                    problems.add(ContentProblem.error(lesson.file(), line(node),
                            "link '" + destination + "' points outside the course folder (refused)"));
                    return "#";
                }
                if (!Files.isRegularFile(resolved)) {
                    problems.add(ContentProblem.error(lesson.file(), line(node),
                            "broken link: '" + destination + "' does not exist"));
                    return "#";
                }
                String relative = courseFolder.relativize(resolved).toString().replace('\\', '/');
                String lessonId = lessonFiles.get(relative);
                if (lessonId != null) {
                    return "courses/" + course.id() + "/" + lessonId + fragment;
                }
                return FILES_PATH + "/" + course.id() + "/" + encodePath(relative);
            }

            private int line(Node node) {
                var spans = node.getSourceSpans();
                return lesson.bodyFirstLine() + (spans.isEmpty() ? 0 : spans.getFirst().getLineIndex());
            }
        });
        // Files are served by a controller, not by the in-app router, which must leave such links alone.
        String html = policy.sanitize(RENDERER.render(document))
                .replace("<a href=\"" + FILES_PATH + "/", "<a router-ignore href=\"" + FILES_PATH + "/");
        return new Rendered(html, headings(html), problems);
    }

    /** Screen readers read an image's alt text; in Markdown it is the text inside {@code ![...]}. */
    private static String altText(Image image) {
        StringBuilder text = new StringBuilder();
        image.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }
        });
        return text.toString();
    }

    private static String encodePath(String relative) {
        StringBuilder out = new StringBuilder();
        for (String segment : relative.split("/")) {
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#34;", "\"")
                .replace("&#39;", "'").replace("&#43;", "+").replace("&#61;", "=").replace("&#64;", "@")
                .replace("&#96;", "`").replace("&amp;", "&");
    }

    private static List<Heading> headings(String html) {
        List<Heading> toc = new ArrayList<>();
        Matcher m = HEADING.matcher(html);
        while (m.find()) {
            String text = unescape(m.group(3).replaceAll("<[^>]+>", "")).strip();
            toc.add(new Heading(Integer.parseInt(m.group(1)), m.group(2), text));
        }
        return toc;
    }
}

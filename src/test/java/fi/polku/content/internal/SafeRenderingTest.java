package fi.polku.content.internal;

import fi.polku.shared.UntrustedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SafeRenderingTest {

    @TempDir
    Path dir;

    private String renderCourseLesson(String body) throws IOException {
        Path course = Files.createDirectories(dir.resolve("c"));
        Files.writeString(course.resolve("course.yml"), "id: c\ntitle: C\nparts:\n  - id: p\n    title: P\n    lessons: [l]\n");
        Files.writeString(course.resolve("l.md"), "---\nid: l\ntitle: L\ntype: reading\n---\n" + body);
        return ContentLoaderTest.service(dir).lesson("c", "l", Locale.ENGLISH).orElseThrow().html();
    }

    @Test
    void courseHtmlLosesScriptsHandlersAndJavascriptUrls() throws IOException {
        String html = renderCourseLesson("""
                Hello <script>alert('x')</script> there.

                <img src="x.png" onerror="alert(1)" alt="x">

                [click](javascript:alert(1)) and <a href="javascript:alert(2)">this</a>

                <p onclick="alert(3)" style="color:red">styled</p>
                """);
        assertThat(html).doesNotContain("<script", "alert(", "onerror", "onclick", "javascript:", "style=");
        assertThat(html).contains("Hello", "styled", "click");
    }

    @Test
    void iframesOnlyFromListedHosts() throws IOException {
        String html = renderCourseLesson("""
                <iframe src="https://www.youtube-nocookie.com/embed/abc" title="Video"></iframe>

                <iframe src="https://evil.example.com/embed" title="Evil"></iframe>

                <iframe src="http://www.youtube-nocookie.com/embed/plain-http"></iframe>
                """);
        assertThat(html).contains("src=\"https://www.youtube-nocookie.com/embed/abc\"");
        assertThat(html).doesNotContain("evil.example.com", "plain-http");
    }

    @Test
    void headingsKeepTheirAnchorsForTheTableOfContents() throws IOException {
        String html = renderCourseLesson("## Kehittämisen polku\n\nText.\n");
        assertThat(html).contains("<h2 id=\"kehittämisen-polku\">Kehittämisen polku</h2>");
    }

    @Test
    void learnerTextShowsHtmlAsTextAndDropsUnsafeLinks() {
        String html = UntrustedText.toHtml("""
                **Hyvä** idea! <script>alert('x')</script> <img src=x onerror=alert(1)>

                [ok](https://koulu.fi/äö) [bad](javascript:alert(1)) [data](data:text/html,hi)

                <iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe>
                """);
        assertThat(html).contains("<strong>Hyvä</strong>", "&lt;script&gt;", "href=\"https://koulu.fi/");
        assertThat(html).doesNotContain("<script", "<img", "<iframe", "javascript:", "data:text");
        assertThat(html).contains("rel=\"noopener noreferrer");
    }
}

package fi.polku.bench;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.util.data.MutableDataSet;
import fi.polku.shared.SafeHtml;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.owasp.html.PolicyFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Rendered-lesson throughput: every lesson body of the sample course (both languages) rendered
 * once per operation, by commonmark-java and by flexmark-java with the same extensions (tables,
 * strikethrough, autolinks), and by Polku's whole pipeline (commonmark-java plus heading anchors
 * plus the HTML sanitiser). Lessons per second = ops/s × the lesson count printed at setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class MarkdownRenderBenchmark {

    private List<String> bodies;

    private Parser commonmarkParser;
    private HtmlRenderer commonmarkRenderer;
    private Parser polkuParser;
    private HtmlRenderer polkuRenderer;
    private PolicyFactory policy;
    private com.vladsch.flexmark.parser.Parser flexmarkParser;
    private com.vladsch.flexmark.html.HtmlRenderer flexmarkRenderer;

    @Setup
    public void setUp() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            bodies = files.filter(p -> p.toString().endsWith(".md")).sorted().map(MarkdownRenderBenchmark::body).toList();
        }
        System.out.println("\nLessons rendered per operation: " + bodies.size());
        var extensions = List.of(org.commonmark.ext.gfm.tables.TablesExtension.create(),
                org.commonmark.ext.gfm.strikethrough.StrikethroughExtension.create(),
                org.commonmark.ext.autolink.AutolinkExtension.create());
        commonmarkParser = Parser.builder().extensions(extensions).build();
        commonmarkRenderer = HtmlRenderer.builder().extensions(extensions).build();
        var polkuExtensions = new java.util.ArrayList<org.commonmark.Extension>(extensions);
        polkuExtensions.add(HeadingAnchorExtension.create());
        polkuParser = Parser.builder().extensions(polkuExtensions).build();
        polkuRenderer = HtmlRenderer.builder().extensions(polkuExtensions).build();
        policy = SafeHtml.policy(true, Set.of());

        MutableDataSet options = new MutableDataSet();
        options.set(com.vladsch.flexmark.parser.Parser.EXTENSIONS, List.of(TablesExtension.create(),
                StrikethroughExtension.create(), AutolinkExtension.create()));
        flexmarkParser = com.vladsch.flexmark.parser.Parser.builder(options).build();
        flexmarkRenderer = com.vladsch.flexmark.html.HtmlRenderer.builder(options).build();
    }

    private static String body(Path file) {
        try {
            String text = Files.readString(file);
            int end = text.indexOf("\n---", 3);
            return end < 0 ? text : text.substring(text.indexOf('\n', end + 1) + 1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Benchmark
    public void commonmark(Blackhole bh) {
        for (String body : bodies) {
            bh.consume(commonmarkRenderer.render(commonmarkParser.parse(body)));
        }
    }

    @Benchmark
    public void flexmark(Blackhole bh) {
        for (String body : bodies) {
            bh.consume(flexmarkRenderer.render(flexmarkParser.parse(body)));
        }
    }

    @Benchmark
    public void polkuPipeline(Blackhole bh) {
        for (String body : bodies) {
            bh.consume(policy.sanitize(polkuRenderer.render(polkuParser.parse(body))));
        }
    }
}

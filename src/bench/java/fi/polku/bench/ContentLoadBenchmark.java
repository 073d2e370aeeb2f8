package fi.polku.bench;

import fi.polku.content.ContentProblem;
import fi.polku.content.internal.ContentLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Loading and validating the sample course (read, parse front matter, check, render every lesson):
 * {@code cold} is the first load in a fresh JVM (one shot per fork, as at start-up or in an
 * author's CI); {@code warm} is a reload in a running app.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ContentLoadBenchmark {

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(10)
    public List<ContentProblem> cold() {
        return ContentLoader.validate(Path.of("content"));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(1)
    public List<ContentProblem> warm() {
        return ContentLoader.validate(Path.of("content"));
    }
}

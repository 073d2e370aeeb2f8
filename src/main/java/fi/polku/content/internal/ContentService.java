package fi.polku.content.internal;

import fi.polku.content.ContentProblem;
import fi.polku.content.ContentStatus;
import fi.polku.content.CourseCatalog;
import fi.polku.content.CourseSummary;
import fi.polku.content.LessonPage;
import fi.polku.content.LessonSummary;
import fi.polku.content.PartSummary;
import fi.polku.content.internal.LoadedCourse.LessonVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Serves the courses from the last load; a reload swaps the whole snapshot at once. */
@Service
@EnableConfigurationProperties(ContentProperties.class)
class ContentService implements CourseCatalog {

    private static final Logger log = LoggerFactory.getLogger(ContentService.class);

    private final ContentLoader loader;
    private final Path root;
    private final Clock clock;
    private volatile ContentLoader.Result snapshot;
    private volatile Instant loadedAt;

    ContentService(ContentProperties properties, Clock clock) {
        this.root = properties.dir().toAbsolutePath().normalize();
        this.loader = new ContentLoader(root, properties.iframeHosts());
        this.clock = clock;
        this.snapshot = load(Map.of());
        this.loadedAt = clock.instant();
    }

    private ContentLoader.Result load(Map<Path, LessonDefinition> lastGood) {
        long start = System.nanoTime();
        ContentLoader.Result result = loader.load(lastGood);
        long errors = result.problems().stream().filter(p -> p.severity() == ContentProblem.Severity.ERROR).count();
        log.info("Loaded {} course(s) from {} in {} ms: {} error(s), {} warning(s)", result.courses().size(), root,
                (System.nanoTime() - start) / 1_000_000, errors, result.problems().size() - errors);
        result.problems().stream().filter(p -> p.severity() == ContentProblem.Severity.ERROR)
                .forEach(p -> log.warn("Content problem: {}", p));
        return result;
    }

    @Override
    public synchronized void reload() {
        snapshot = load(snapshot.goodFiles());
        loadedAt = clock.instant();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public ContentStatus status() {
        ContentLoader.Result current = snapshot;
        int errors = (int) current.problems().stream().filter(p -> p.severity() == ContentProblem.Severity.ERROR).count();
        return new ContentStatus(root, current.courses().size(), errors, current.problems().size() - errors, loadedAt);
    }

    @Override
    public List<CourseSummary> courses(Locale language) {
        return snapshot.courses().values().stream().map(c -> summary(c, language)).toList();
    }

    @Override
    public Optional<CourseSummary> course(String courseId, Locale language) {
        return Optional.ofNullable(snapshot.courses().get(courseId)).map(c -> summary(c, language));
    }

    @Override
    public Optional<LessonPage> lesson(String courseId, String lessonId, Locale language) {
        LoadedCourse course = snapshot.courses().get(courseId);
        if (course == null || !course.lessons().containsKey(lessonId)) {
            return Optional.empty();
        }
        CourseSummary summary = summary(course, language);
        String wanted = language.getLanguage();
        Optional<LessonVersion> inWanted = course.lesson(lessonId, wanted);
        LessonVersion shown = inWanted.or(() -> course.lesson(lessonId, course.definition().defaultLanguage()))
                .orElseThrow();
        List<LessonSummary> order = summary.lessons();
        PartSummary part = summary.parts().stream()
                .filter(p -> p.lessons().stream().anyMatch(l -> l.id().equals(lessonId))).findFirst()
                .orElse(new PartSummary("", "", List.of()));
        int index = indexOf(order, lessonId);
        LessonDefinition def = shown.definition();
        return Optional.of(new LessonPage(courseId, summary.title(), part, summaryOf(course, lessonId, language),
                shown.html(), shown.toc(), index > 0 ? order.get(index - 1) : null,
                index >= 0 && index < order.size() - 1 ? order.get(index + 1) : null,
                Locale.forLanguageTag(def.language()), inWanted.isEmpty(), def.details()));
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public List<ContentProblem> problems() {
        return snapshot.problems();
    }

    /** Problems without the access check, for logging and the watcher. */
    List<ContentProblem> currentProblems() {
        return snapshot.problems();
    }

    @Override
    public Optional<Path> courseFile(String courseId, String relativePath) {
        LoadedCourse course = snapshot.courses().get(courseId);
        if (course == null || relativePath.isBlank() || relativePath.startsWith("/") || relativePath.contains("\\")
                || relativePath.contains("\0")) {
            return Optional.empty();
        }
        Path folder = course.definition().folder().toAbsolutePath().normalize();
        Path file = folder.resolve(relativePath).normalize();
        if (!file.startsWith(folder) || file.getFileName().toString().startsWith(".")
                || file.getFileName().toString().endsWith(".md") || file.getFileName().toString().equals("course.yml")
                || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    private static int indexOf(List<LessonSummary> lessons, String id) {
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static CourseSummary summary(LoadedCourse course, Locale language) {
        CourseDefinition def = course.definition();
        List<PartSummary> parts = new ArrayList<>();
        for (var part : def.parts()) {
            List<LessonSummary> lessons = part.lessonIds().stream()
                    .filter(id -> course.lessons().containsKey(id) || course.broken().contains(id))
                    .map(id -> summaryOf(course, id, language)).toList();
            parts.add(new PartSummary(part.id(), def.in(part.title(), language), lessons));
        }
        return new CourseSummary(def.id(), def.in(def.title(), language), def.in(def.description(), language),
                def.in(def.organisation(), language), def.languages().stream().map(Locale::forLanguageTag).toList(),
                def.hours(), def.credits(), def.in(def.certificate(), language), def.completion(), parts);
    }

    private static LessonSummary summaryOf(LoadedCourse course, String id, Locale language) {
        if (course.broken().contains(id)) {
            return new LessonSummary(id, id, fi.polku.content.LessonType.READING, 0, true, true);
        }
        LessonVersion version = course.lesson(id, language.getLanguage())
                .or(() -> course.lesson(id, course.definition().defaultLanguage()))
                .orElseGet(() -> course.lessons().get(id).values().iterator().next());
        LessonDefinition def = version.definition();
        return new LessonSummary(id, def.title(), def.type(), def.estimatedMinutes(), def.required(), false);
    }
}

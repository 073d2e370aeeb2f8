package fi.polku.content.internal;

import fi.polku.content.ContentProblem;
import fi.polku.content.LessonDetails;
import fi.polku.content.internal.LoadedCourse.LessonVersion;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a content directory: every folder with a {@code course.yml} is a course. Never throws for
 * bad content; every problem is collected with its file and line. A lesson whose file is broken
 * keeps its last good version when one is given.
 */
public final class ContentLoader {

    private static final Pattern TRANSLATION = Pattern.compile("(.+)\\.([a-z]{2})\\.md");
    private static final Pattern ID_LINE = Pattern.compile("(?m)^id:\\s*['\"]?([a-z0-9][a-z0-9-]*)");

    /** Far above any real lesson (the sample's largest is 8 KB), far below what makes parsing slow. */
    static final long MAX_FILE_BYTES = 1024 * 1024;

    private final Path root;
    private final LessonRenderer renderer;

    ContentLoader(Path root, Set<String> iframeHosts) {
        this.root = root.toAbsolutePath().normalize();
        this.renderer = new LessonRenderer(iframeHosts);
    }

    /** Loads and checks a content directory, as the {@code --validate} command does. */
    public static List<ContentProblem> validate(Path root) {
        return new ContentLoader(root, Set.of()).load(Map.of()).problems();
    }

    record Result(Map<String, LoadedCourse> courses, List<ContentProblem> problems,
                  Map<Path, LessonDefinition> goodFiles) {
    }

    Result load(Map<Path, LessonDefinition> lastGood) {
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, LoadedCourse> courses = new TreeMap<>();
        Map<Path, LessonDefinition> good = new HashMap<>();
        if (!Files.isDirectory(root)) {
            problems.add(ContentProblem.error(root.toString(), 1, "the content directory does not exist"));
            return new Result(courses, problems, good);
        }
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path folder : dirs.filter(Files::isDirectory).sorted().toList()) {
                if (Files.isRegularFile(folder.resolve("course.yml"))) {
                    LoadedCourse course = loadCourse(folder, lastGood, good, problems);
                    if (course != null) {
                        if (courses.containsKey(course.definition().id())) {
                            problems.add(ContentProblem.error(course.definition().file(), 1,
                                    "course id '" + course.definition().id() + "' is used by another course folder"));
                        } else {
                            courses.put(course.definition().id(), course);
                        }
                    }
                }
            }
        } catch (IOException e) {
            problems.add(ContentProblem.error(root.toString(), 1, "cannot read the content directory: " + e.getMessage()));
        }
        problems.sort(Comparator.comparing(ContentProblem::severity).thenComparing(ContentProblem::file)
                .thenComparingInt(ContentProblem::line));
        return new Result(courses, List.copyOf(problems), good);
    }

    private LoadedCourse loadCourse(Path folder, Map<Path, LessonDefinition> lastGood, Map<Path, LessonDefinition> good,
                                    List<ContentProblem> problems) {
        String courseFile = relative(folder.resolve("course.yml"));
        CourseDefinition course;
        try {
            course = CourseDefinition.parse(folder, courseFile, read(folder.resolve("course.yml"), courseFile));
        } catch (ContentParseException e) {
            problems.add(e.toProblem());
            return null;
        }
        Map<String, Map<String, LessonDefinition>> byId = new LinkedHashMap<>();
        Set<String> broken = new HashSet<>();
        Map<String, String> lessonFiles = new HashMap<>();
        for (Path file : markdownFiles(folder)) {
            String name = relative(file);
            Matcher translation = TRANSLATION.matcher(file.getFileName().toString());
            String language = translation.matches() ? translation.group(2) : course.defaultLanguage();
            String source;
            LessonDefinition lesson;
            try {
                source = read(file, name);
                lesson = LessonDefinition.parse(file, name, language, source, course.timezone());
                good.put(file, lesson);
            } catch (ContentParseException e) {
                problems.add(e.toProblem());
                lesson = lastGood.get(file);
                if (lesson == null) {
                    idIn(file).ifPresent(broken::add);
                    continue;
                }
                good.put(file, lesson);
            }
            Map<String, LessonDefinition> versions = byId.computeIfAbsent(lesson.id(), k -> new LinkedHashMap<>());
            LessonDefinition twin = versions.putIfAbsent(language, lesson);
            if (twin != null) {
                problems.add(ContentProblem.error(name, 2, "duplicate lesson id '" + lesson.id() + "' (also in "
                        + twin.file() + ")"));
            }
            lessonFiles.put(course.folder().toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                    .toString().replace('\\', '/'), lesson.id());
        }
        checkStructure(course, byId, broken, problems);
        Map<String, Map<String, LessonVersion>> lessons = new LinkedHashMap<>();
        byId.forEach((id, versions) -> versions.forEach((language, lesson) -> {
            LessonRenderer.Rendered rendered = renderer.render(lesson, course, lessonFiles);
            problems.addAll(rendered.problems());
            lessons.computeIfAbsent(id, k -> new LinkedHashMap<>())
                    .put(language, new LessonVersion(lesson, rendered.html(), rendered.toc()));
        }));
        broken.removeAll(lessons.keySet());
        return new LoadedCourse(course, lessons, Set.copyOf(broken));
    }

    private void checkStructure(CourseDefinition course, Map<String, Map<String, LessonDefinition>> byId,
                                Set<String> broken, List<ContentProblem> problems) {
        Set<String> listed = new HashSet<>();
        for (var part : course.parts()) {
            for (int i = 0; i < part.lessonIds().size(); i++) {
                String id = part.lessonIds().get(i);
                if (!listed.add(id)) {
                    problems.add(ContentProblem.error(course.file(), part.lessonLines().get(i),
                            "lesson '" + id + "' is listed twice"));
                } else if (!byId.containsKey(id) && !broken.contains(id)) {
                    problems.add(ContentProblem.error(course.file(), part.lessonLines().get(i),
                            "part '" + part.id() + "' lists lesson '" + id + "', which no lesson file defines"));
                }
            }
        }
        byId.forEach((id, versions) -> {
            LessonDefinition any = versions.values().iterator().next();
            if (!listed.contains(id)) {
                problems.add(ContentProblem.warning(any.file(), 2,
                        "lesson '" + id + "' is not listed in any part of " + course.file()));
            }
            if (!versions.containsKey(course.defaultLanguage())) {
                problems.add(ContentProblem.error(any.file(), 2, "translation of lesson '" + id
                        + "' has no file in the course's default language '" + course.defaultLanguage() + "'"));
            }
            LessonDefinition base = versions.get(course.defaultLanguage());
            versions.values().stream().filter(v -> base != null && v != base && v.type() != base.type())
                    .forEach(v -> problems.add(ContentProblem.error(v.file(), 2, "type '" + v.type().key()
                            + "' differs from '" + base.type().key() + "' in " + base.file())));
            if (base != null && base.details() instanceof LessonDetails.SelfAssessment template) {
                versions.values().stream().filter(v -> v.details() instanceof LessonDetails.SelfAssessment t
                                && !SelfAssessmentTemplateParser.sameIds(template, t))
                        .forEach(v -> problems.add(ContentProblem.error(v.file(), 2, "area and statement ids differ"
                                + " from those in " + base.file() + " (answers are kept by id)")));
            }
        });
    }

    private static List<Path> markdownFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static java.util.Optional<String> idIn(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return java.util.Optional.empty();
            }
            Matcher m = ID_LINE.matcher(Files.readString(file, StandardCharsets.UTF_8));
            return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private String read(Path file, String name) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ContentParseException(name, 1, "the file is " + size / 1024 + " KB; a course file may be at most "
                        + MAX_FILE_BYTES / 1024 + " KB (split the lesson, and link large material instead)");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ContentParseException(name, 1, "the file is not UTF-8 text");
        } catch (IOException e) {
            throw new ContentParseException(name, 1, "cannot read the file: " + e.getMessage());
        }
    }

    private String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}

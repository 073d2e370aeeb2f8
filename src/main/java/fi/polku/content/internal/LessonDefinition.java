package fi.polku.content.internal;

import fi.polku.content.LessonDetails;
import fi.polku.content.LessonType;

import java.nio.file.Path;

/** One lesson file in one language: its front matter, checked, and its Markdown body. */
record LessonDefinition(Path path, String file, String language, String id, String title, LessonType type,
                        int estimatedMinutes, boolean required, LessonDetails details, String body,
                        int bodyFirstLine) {

    /** Splits the front matter from the body and reads it. */
    static LessonDefinition parse(Path path, String file, String language, String source,
                                  java.time.ZoneId zone) {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        String[] lines = text.split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            throw new ContentParseException(file, 1, "a lesson must start with front matter between '---' lines");
        }
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new ContentParseException(file, 1, "the front matter has no closing '---' line");
        }
        String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, end));
        YamlNode fm = YamlNode.parse(yaml, file, 2);
        if (!fm.isMapping()) {
            throw fm.problem("the front matter must be key: value lines");
        }
        String id = fm.optionalText("id").orElseThrow(() -> new ContentParseException(file, 2, "missing 'id'"));
        if (!CourseDefinition.ID.matcher(id).matches()) {
            throw new ContentParseException(file, fm.lineOf("id"),
                    "lesson id '" + id + "' may only have lowercase letters, digits and '-'");
        }
        String title = fm.optionalText("title").orElseThrow(() -> new ContentParseException(file, 2, "missing 'title'"));
        String typeName = fm.optionalText("type").orElseThrow(() -> new ContentParseException(file, 2, "missing 'type'"));
        LessonType type = LessonType.parse(typeName).orElseThrow(() -> new ContentParseException(file,
                fm.lineOf("type"), "unknown type '" + typeName
                        + "' (use " + LessonType.choices() + ")"));
        int minutes = fm.intValue("estimated_minutes", 0, 0, 100_000);
        boolean required = fm.bool("required", true);
        LessonDetails details = LessonDetailsParser.parse(type, fm, zone);
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, end + 1, lines.length));
        return new LessonDefinition(path, file, language, id, title, type, minutes, required, details, body, end + 2);
    }
}

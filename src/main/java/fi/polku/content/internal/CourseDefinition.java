package fi.polku.content.internal;

import fi.polku.content.CourseSummary.CompletionRule;
import org.jspecify.annotations.Nullable;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** A course's {@code course.yml}, read and checked. */
record CourseDefinition(Path folder, String file, String id, String defaultLanguage, List<String> languages,
                        ZoneId timezone, Map<String, String> title, Map<String, String> description,
                        Map<String, String> organisation, @Nullable Integer hours, @Nullable Integer credits,
                        CompletionRule completion, Map<String, String> certificate, List<PartDefinition> parts) {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    record PartDefinition(String id, Map<String, String> title, List<String> lessonIds, List<Integer> lessonLines) {
    }

    static CourseDefinition parse(Path folder, String file, String yaml) {
        YamlNode root = YamlNode.parse(yaml, file, 1);
        String id = root.requireText("id");
        if (!ID.matcher(id).matches()) {
            throw new ContentParseException(file, root.lineOf("id"),
                    "course id '" + id + "' may only have lowercase letters, digits and '-'");
        }
        String defaultLanguage = root.optionalText("default_language").orElse("en");
        List<String> languages = new ArrayList<>(root.textList("languages"));
        if (!languages.contains(defaultLanguage)) {
            languages.addFirst(defaultLanguage);
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(root.optionalText("timezone").orElse("Europe/Helsinki"));
        } catch (java.time.DateTimeException e) {
            throw new ContentParseException(file, root.lineOf("timezone"), "unknown time zone: " + e.getMessage());
        }
        Map<String, String> title = root.require("title").localized(defaultLanguage);
        if (!title.containsKey(defaultLanguage)) {
            throw new ContentParseException(file, root.lineOf("title"),
                    "'title' has no text in the default language '" + defaultLanguage + "'");
        }
        YamlNode completionNode = root.get("completion").orElse(null);
        CompletionRule completion = completionNode == null ? new CompletionRule(true, false)
                : new CompletionRule(!"none".equals(completionNode.optionalText("required_lessons").orElse("all")),
                completionNode.bool("assignment_assessed", false));
        List<PartDefinition> parts = new ArrayList<>();
        Set<String> partIds = new HashSet<>();
        List<YamlNode> partNodes = root.require("parts").items();
        if (partNodes.isEmpty()) {
            throw new ContentParseException(file, root.lineOf("parts"), "'parts' lists no parts");
        }
        for (YamlNode part : partNodes) {
            String partId = part.requireText("id");
            if (!partIds.add(partId)) {
                throw part.problem("part id '" + partId + "' appears twice");
            }
            List<YamlNode> lessons = part.list("lessons");
            parts.add(new PartDefinition(partId, part.require("title").localized(defaultLanguage),
                    lessons.stream().map(n -> n.text().strip()).toList(),
                    lessons.stream().map(YamlNode::line).toList()));
        }
        return new CourseDefinition(folder, file, id, defaultLanguage, List.copyOf(languages), zone, title,
                root.get("description").map(n -> n.localized(defaultLanguage)).orElse(Map.of()),
                root.get("organisation").map(n -> n.localized(defaultLanguage)).orElse(Map.of()),
                root.optionalInt("hours", 0, 10_000), root.optionalInt("credits", 0, 1_000), completion,
                root.get("certificate").map(n -> n.localized(defaultLanguage)).orElse(Map.of()), parts);
    }

    /** The text in the wanted language, else in the course's default language. */
    String in(Map<String, String> texts, Locale language) {
        String text = texts.get(language.getLanguage());
        return text != null ? text : texts.getOrDefault(defaultLanguage, "");
    }
}

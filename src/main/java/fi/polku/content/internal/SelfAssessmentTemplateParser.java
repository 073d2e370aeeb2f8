package fi.polku.content.internal;

import fi.polku.content.LessonDetails.AssessmentArea;
import fi.polku.content.LessonDetails.AssessmentStatement;
import fi.polku.content.LessonDetails.SelfAssessment;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a self-assessment template: {@code areas}, each with {@code statements}, and an optional
 * {@code scale} with {@code low} and {@code high} labels. Answers are stored against area and
 * statement ids, so ids must be unique across the whole template and fit the database column.
 */
final class SelfAssessmentTemplateParser {

    static final int MAX_ID = 100;

    private SelfAssessmentTemplateParser() {
    }

    static SelfAssessment parse(YamlNode fm) {
        List<YamlNode> areaNodes = fm.list("areas");
        if (areaNodes.isEmpty()) {
            throw new ContentParseException(fm.file(), fm.lineOf("areas"),
                    "a self-assessment needs 'areas', each with 'statements'");
        }
        Set<String> areaIds = new HashSet<>();
        Set<String> statementIds = new HashSet<>();
        List<AssessmentArea> areas = new ArrayList<>();
        for (YamlNode a : areaNodes) {
            String areaId = id(a, "area");
            if (!areaIds.add(areaId)) {
                throw new ContentParseException(a.file(), a.lineOf("id"), "area id '" + areaId + "' appears twice");
            }
            String title = a.optionalText("title").orElseThrow(() -> new ContentParseException(a.file(), a.line(),
                    "area '" + areaId + "' has no 'title'"));
            List<YamlNode> statementNodes = a.list("statements");
            if (statementNodes.isEmpty()) {
                throw new ContentParseException(a.file(), a.lineOf("statements"),
                        "area '" + areaId + "' needs 'statements'");
            }
            List<AssessmentStatement> statements = new ArrayList<>();
            for (YamlNode s : statementNodes) {
                String statementId = id(s, "statement");
                if (!statementIds.add(statementId)) {
                    throw new ContentParseException(s.file(), s.lineOf("id"),
                            "statement id '" + statementId + "' appears twice");
                }
                String text = s.optionalText("text").orElseThrow(() -> new ContentParseException(s.file(),
                        s.lineOf("text"), "statement '" + statementId + "' has no text"));
                statements.add(new AssessmentStatement(statementId, text));
            }
            areas.add(new AssessmentArea(areaId, title, List.copyOf(statements)));
        }
        Optional<YamlNode> scale = fm.get("scale");
        return new SelfAssessment(List.copyOf(areas), label(scale, "low"), label(scale, "high"));
    }

    /** Whether a translation keeps the ids (and so the answers) of the template in the default language. */
    static boolean sameIds(SelfAssessment base, SelfAssessment translation) {
        return ids(base).equals(ids(translation));
    }

    private static List<String> ids(SelfAssessment template) {
        return template.areas().stream().flatMap(a -> java.util.stream.Stream.concat(java.util.stream.Stream.of(a.id()),
                a.statements().stream().map(s -> a.id() + "/" + s.id()))).toList();
    }

    private static String id(YamlNode node, String what) {
        if (!node.isMapping()) {
            throw node.problem("each " + what + " needs 'id' and " + ("area".equals(what) ? "'title'" : "'text'"));
        }
        String id = node.optionalText("id").orElseThrow(() -> node.problem(what + " without 'id'"));
        if (!CourseDefinition.ID.matcher(id).matches() || id.length() > MAX_ID) {
            throw new ContentParseException(node.file(), node.lineOf("id"), what + " id '" + id
                    + "' may only have lowercase letters, digits and '-' (at most " + MAX_ID + ")");
        }
        return id;
    }

    private static @Nullable String label(Optional<YamlNode> scale, String key) {
        if (scale.isEmpty()) {
            return null;
        }
        if (!scale.get().isMapping()) {
            throw scale.get().problem("'scale' needs 'low' and/or 'high' labels");
        }
        return scale.get().optionalText(key).orElse(null);
    }
}

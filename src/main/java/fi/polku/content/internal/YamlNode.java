package fi.polku.content.internal;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML node that remembers its line in the file, so every problem can say where it is.
 * Only plain data is read (SnakeYAML's composer, no object construction).
 */
final class YamlNode {

    static final int MAX_NESTING = 50;
    static final int MAX_CODE_POINTS = 1_000_000;

    private final Node node;
    private final String file;
    private final int lineOffset;

    private YamlNode(Node node, String file, int lineOffset) {
        this.node = node;
        this.file = file;
        this.lineOffset = lineOffset;
    }

    /**
     * @param firstLine the 1-based line in {@code file} where {@code yaml} starts
     * @throws ContentParseException on a YAML syntax error, with its line
     */
    static YamlNode parse(String yaml, String file, int firstLine) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        // Limits against hostile files: "billion laughs" aliases, nesting deep enough to exhaust
        // the stack, and front matter no lesson needs (the whole file is limited too).
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        try {
            Node root = new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
            if (root == null) {
                throw new ContentParseException(file, firstLine, "the front matter is empty");
            }
            return new YamlNode(root, file, firstLine - 1);
        } catch (MarkedYAMLException e) {
            // Where the broken construct began (an unclosed quote or bracket) says more than where
            // the parser gave up, which is often the end of the text.
            var mark = e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
            int line = mark == null ? firstLine : firstLine + mark.getLine();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new ContentParseException(file, line, "invalid YAML: " + problem);
        } catch (YAMLException e) {
            // A limit above was hit; SnakeYAML says which, but not where.
            throw new ContentParseException(file, firstLine, "invalid YAML: " + e.getMessage());
        }
    }

    int line() {
        return lineOffset + node.getStartMark().getLine() + 1;
    }

    String file() {
        return file;
    }

    boolean isMapping() {
        return node instanceof MappingNode;
    }

    boolean isSequence() {
        return node instanceof SequenceNode;
    }

    boolean isScalar() {
        return node instanceof ScalarNode;
    }

    ContentParseException problem(String message) {
        return new ContentParseException(file, line(), message);
    }

    /** Keys and values of a mapping, in file order; with the key's own node for the key's line. */
    Map<String, YamlNode> entries() {
        if (!(node instanceof MappingNode mapping)) {
            throw problem("expected a mapping (key: value lines)");
        }
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                entries.put(key.getValue(), new YamlNode(tuple.getValueNode(), file, lineOffset));
            }
        }
        return entries;
    }

    Optional<YamlNode> get(String key) {
        return Optional.ofNullable(entries().get(key));
    }

    YamlNode require(String key) {
        return get(key).orElseThrow(() -> problem("missing '" + key + "'"));
    }

    /** The line of a key within this mapping, or this node's line when the key is absent. */
    int lineOf(String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return lineOffset + k.getStartMark().getLine() + 1;
                }
            }
        }
        return line();
    }

    String text() {
        if (!(node instanceof ScalarNode scalar)) {
            throw problem("expected a single value");
        }
        return scalar.getValue();
    }

    Optional<String> optionalText(String key) {
        return get(key).map(YamlNode::text).map(String::strip).filter(s -> !s.isEmpty());
    }

    String requireText(String key) {
        return optionalText(key).orElseThrow(() -> problem("missing '" + key + "'"));
    }

    int intValue(String key, int fallback, int min, int max) {
        Optional<YamlNode> value = get(key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.get().text().strip());
            if (n < min || n > max) {
                throw value.get().problem("'" + key + "' must be between " + min + " and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw value.get().problem("'" + key + "' must be a whole number");
        }
    }

    @Nullable
    Integer optionalInt(String key, int min, int max) {
        return get(key).isPresent() ? intValue(key, min, min, max) : null;
    }

    boolean bool(String key, boolean fallback) {
        Optional<YamlNode> value = get(key);
        if (value.isEmpty()) {
            return fallback;
        }
        return switch (value.get().text().strip()) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw value.get().problem("'" + key + "' must be true or false");
        };
    }

    List<YamlNode> items() {
        if (!(node instanceof SequenceNode sequence)) {
            throw problem("expected a list");
        }
        List<YamlNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            items.add(new YamlNode(item, file, lineOffset));
        }
        return items;
    }

    List<YamlNode> list(String key) {
        return get(key).map(YamlNode::items).orElse(List.of());
    }

    List<String> textList(String key) {
        return list(key).stream().map(YamlNode::text).map(String::strip).toList();
    }

    /** A text per language ({@code en: …, fi: …}), or one plain text for the default language. */
    Map<String, String> localized(String defaultLanguage) {
        if (node instanceof ScalarNode scalar) {
            return Map.of(defaultLanguage, scalar.getValue().strip());
        }
        Map<String, String> texts = new LinkedHashMap<>();
        entries().forEach((lang, value) -> texts.put(lang, value.text().strip()));
        return texts;
    }
}

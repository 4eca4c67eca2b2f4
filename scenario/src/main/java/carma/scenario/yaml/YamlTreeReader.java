package carma.scenario.yaml;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML text into a {@link YamlNode} tree with Jackson's streaming YAML parser, keeping the
 * line of every node. Syntax errors, duplicate keys, empty input and binary garbage become
 * {@link ScenarioException}s with the line where the parser stopped.
 */
public final class YamlTreeReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlTreeReader() {}

    public static YamlNode.Mapping read(String text) {
        if (text.indexOf('\0') >= 0 || text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')
                .count() > 0) {
            throw new ScenarioException("", firstBadLine(text), "the file is not text (binary or control characters)");
        }
        if (text.isBlank()) {
            throw new ScenarioException("", 0, "the scenario file is empty");
        }
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new ScenarioException("", 0, "the scenario file holds no YAML document");
            }
            YamlNode root = readNode(p, "");
            if (!(root instanceof YamlNode.Mapping)) {
                throw new ScenarioException("", root.line(), "the top level must be a mapping of keys, found "
                        + root.describe());
            }
            if (p.nextToken() != null) {
                throw new ScenarioException("", line(p), "only one YAML document is allowed per scenario file");
            }
            return (YamlNode.Mapping) root;
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ScenarioException("", lastMentionedLine(e.getOriginalMessage(), line),
                    "YAML syntax error: " + problemText(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ScenarioException("", 0, "cannot read YAML: " + e.getMessage());
        }
    }

    private static YamlNode readNode(JsonParser p, String path) throws IOException {
        int line = line(p);
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT:
                return readMapping(p, path, line);
            case START_ARRAY:
                return readSequence(p, path, line);
            case VALUE_STRING:
                return new YamlNode.Scalar(path, line, YamlNode.Scalar.Kind.STRING, p.getText());
            case VALUE_NUMBER_INT:
                return new YamlNode.Scalar(path, line, YamlNode.Scalar.Kind.INTEGER, p.getText());
            case VALUE_NUMBER_FLOAT:
                return new YamlNode.Scalar(path, line, YamlNode.Scalar.Kind.FLOAT, p.getText());
            case VALUE_TRUE:
                // YAML 1.1: yes, Yes, on, ON, ... mean true; kept as the value they mean, never re-read as text
                return new YamlNode.Scalar(path, line, YamlNode.Scalar.Kind.BOOLEAN, "true");
            case VALUE_FALSE:
                return new YamlNode.Scalar(path, line, YamlNode.Scalar.Kind.BOOLEAN, "false");
            case VALUE_NULL:
                return new YamlNode.Scalar(path, line, YamlNode.Scalar.Kind.NULL, null);
            default:
                throw new ScenarioException(path, line, "unexpected YAML content " + t);
        }
    }

    private static YamlNode readMapping(JsonParser p, String path, int line) throws IOException {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            int keyLine = line(p);
            String childPath = path.isEmpty() ? key : path + "." + key;
            if (entries.containsKey(key)) {
                throw new ScenarioException(childPath, keyLine, "duplicate key '" + key + "'");
            }
            p.nextToken();
            entries.put(key, readNode(p, childPath));
        }
        return new YamlNode.Mapping(path, line, entries);
    }

    private static YamlNode readSequence(JsonParser p, String path, int line) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(readNode(p, path + "[" + i++ + "]"));
        }
        return new YamlNode.Sequence(path, line, items);
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    private static int firstBadLine(String text) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c < 0x20 && c != '\r' && c != '\t') {
                return line;
            }
        }
        return line;
    }

    /** SnakeYAML messages interleave "in 'reader', line N, column M:" marks and snippets; keep the words. */
    private static String problemText(String s) {
        if (s == null) {
            return "unreadable input";
        }
        StringBuilder out = new StringBuilder();
        for (String l : s.split("\n")) {
            String t = l.trim();
            if (t.isEmpty() || l.startsWith(" ") || t.startsWith("in '") || t.startsWith("^")) {
                continue;
            }
            out.append(out.length() == 0 ? "" : ": ").append(t);
        }
        return out.length() == 0 ? s.trim().replace('\n', ' ') : out.toString();
    }

    /** The last "line N" a SnakeYAML message mentions (the problem mark), else the parser location. */
    private static int lastMentionedLine(String s, int fallback) {
        if (s == null) {
            return fallback;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(s);
        int line = fallback;
        while (m.find()) {
            line = Integer.parseInt(m.group(1));
        }
        return line;
    }
}

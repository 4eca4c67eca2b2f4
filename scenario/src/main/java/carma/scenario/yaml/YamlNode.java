package carma.scenario.yaml;

import java.util.List;
import java.util.Map;

/** A YAML node that remembers its path and line, so every error can say where it is. */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {
    /** The line of a node that comes from a command-line override ({@code --set}), not from the file. */
    int OVERRIDE_LINE = -1;

    String path();

    int line();

    /** What the node is, for messages: "a mapping", "a list", "the number 3", "the text 'x'". */
    String describe();

    record Mapping(String path, int line, Map<String, YamlNode> entries) implements YamlNode {
        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record Sequence(String path, int line, List<YamlNode> items) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * @param kind what YAML made of the text
     * @param text the scalar as written (null for a YAML null)
     */
    record Scalar(String path, int line, Kind kind, String text) implements YamlNode {
        public enum Kind {
            STRING,
            INTEGER,
            FLOAT,
            BOOLEAN,
            NULL
        }

        /** Longest value an error message quotes whole; longer ones are cut and their length given. */
        public static final int QUOTED_CHARS = 40;

        @Override
        public String describe() {
            switch (kind) {
                case STRING:
                    return "the text '" + shortened(text) + "'";
                case NULL:
                    return "nothing (null)";
                case BOOLEAN:
                    return "the boolean " + text;
                default:
                    return "the number " + shortened(text);
            }
        }

        /** {@code text} if short, else its start, an ellipsis and its length: messages stay one short line. */
        public static String shortened(String text) {
            String oneLine = text.replaceAll("[\\r\\n\\t]", " ");
            return oneLine.length() <= QUOTED_CHARS ? oneLine
                    : oneLine.substring(0, QUOTED_CHARS - 3) + "... (" + text.length() + " characters)";
        }
    }
}

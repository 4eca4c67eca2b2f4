package carma.optimization.io;

import static carma.optimization.instance.InvalidInstanceException.shortened;

import carma.optimization.instance.InvalidInstanceException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Strict access to JSON fields. Every problem names the JSON path of the offending element and is
 * collected (up to {@link #MAX_PROBLEMS}); the accessor then returns a placeholder so that reading
 * goes on and the file's other problems are reported too. {@link #throwIfAny} ends a read.
 */
final class JsonFields {
    /** Problems reported per file at most (the rest are counted). */
    static final int MAX_PROBLEMS = 100;
    private final List<String> problems = new ArrayList<>();
    private int dropped;

    void problem(String path, String problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(path + ": " + problem);
        } else {
            dropped++;
        }
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            List<String> lines = new ArrayList<>(problems);
            if (dropped > 0) {
                lines.add("... and " + dropped + " more problems");
            }
            throw new InvalidInstanceException(lines);
        }
    }

    /** Whether {@code node} is an object with only allowed keys (problems are recorded otherwise). */
    boolean onlyKeys(JsonNode node, String path, Set<String> allowed) {
        if (!requireObject(node, path)) {
            return false;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                problem(path, "unknown key '" + shortened(key) + "' (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
        return true;
    }

    boolean requireObject(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            problem(path, "expected an object" + found(node));
            return false;
        }
        return true;
    }

    /** The array at {@code key}, at most {@code maxSize} long; an empty array after a problem. */
    JsonNode array(JsonNode parent, String key, String path, long maxSize) {
        JsonNode node = parent.get(key);
        if (node == null || !node.isArray()) {
            problem(path + "." + key, "expected an array" + found(node));
            return JsonNodeFactory.instance.arrayNode();
        }
        if (node.size() > maxSize) {
            problem(path + "." + key, node.size() + " elements, more than the limit of " + maxSize
                    + " (InstanceLimits)");
            return JsonNodeFactory.instance.arrayNode();
        }
        return node;
    }

    String text(JsonNode parent, String key, String path) {
        return text(parent.get(key), path + "." + key);
    }

    String text(JsonNode node, String path) {
        if (node == null || !node.isTextual()) {
            problem(path, "expected a string" + found(node));
            return "";
        }
        String text = node.asText();
        if (text.length() > InstanceLimits.MAX_STRING_CHARS) {
            problem(path, "'" + shortened(text) + "' is longer than " + InstanceLimits.MAX_STRING_CHARS
                    + " characters");
            return "";
        }
        return text;
    }

    /** A finite number in {@code range}; NaN after a problem. */
    double number(JsonNode parent, String key, String path, InstanceLimits.Range range) {
        JsonNode node = parent.get(key);
        String at = path + "." + key;
        if (node == null || !node.isNumber()) {
            problem(at, "expected a number" + found(node));
            return Double.NaN;
        }
        double value = node.asDouble();
        if (!range.contains(value)) {
            problem(at, "must be in " + range + ", got " + shortened(node.asText()));
            return Double.NaN;
        }
        return value;
    }

    double number(JsonNode parent, String key, String path, InstanceLimits.Range range, double fallback) {
        return parent.has(key) ? number(parent, key, path, range) : fallback;
    }

    boolean bool(JsonNode parent, String key, String path, boolean fallback) {
        JsonNode node = parent.get(key);
        if (node == null) {
            return fallback;
        }
        if (!node.isBoolean()) {
            problem(path + "." + key, "expected true or false" + found(node));
            return fallback;
        }
        return node.asBoolean();
    }

    private static String found(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return ", found nothing";
        }
        return ", found " + switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "the string '" + shortened(node.asText()) + "'";
            case NUMBER -> "the number " + shortened(node.asText());
            case BOOLEAN -> node.asText();
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}

package carma.optimization.io;

import carma.optimization.instance.InvalidInstanceException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;

/** Strict access to JSON fields: every error names the JSON path of the offending element. */
final class JsonFields {
    private JsonFields() {}

    static void onlyKeys(JsonNode node, String path, Set<String> allowed) {
        requireObject(node, path);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw new InvalidInstanceException(path + ": unknown key '" + key + "' (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    static void requireObject(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new InvalidInstanceException(path + ": expected an object");
        }
    }

    static JsonNode array(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (node == null || !node.isArray()) {
            throw new InvalidInstanceException(path + "." + key + ": expected an array");
        }
        return node;
    }

    static String text(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (node == null || !node.isTextual()) {
            throw new InvalidInstanceException(path + "." + key + ": expected a string");
        }
        return node.asText();
    }

    static String text(JsonNode node, String path) {
        if (node == null || !node.isTextual()) {
            throw new InvalidInstanceException(path + ": expected a string");
        }
        return node.asText();
    }

    static double number(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (node == null || !node.isNumber()) {
            throw new InvalidInstanceException(path + "." + key + ": expected a number");
        }
        return node.asDouble();
    }

    static double number(JsonNode parent, String key, String path, double fallback) {
        return parent.has(key) ? number(parent, key, path) : fallback;
    }

    static boolean bool(JsonNode parent, String key, String path, boolean fallback) {
        JsonNode node = parent.get(key);
        if (node == null) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw new InvalidInstanceException(path + "." + key + ": expected true or false");
        }
        return node.asBoolean();
    }
}

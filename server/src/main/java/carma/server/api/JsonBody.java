package carma.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.Iterator;
import java.util.Set;

/**
 * Reading request bodies: a body that is not a JSON object is 400; a field that is missing, of the
 * wrong type, out of range or unknown is 422 naming the field.
 */
final class JsonBody {
    private final JsonNode node;
    private final String where;

    private JsonBody(JsonNode node, String where) {
        this.node = node;
        this.where = where;
    }

    static JsonBody of(Context ctx, ObjectMapper mapper) {
        JsonNode n;
        try {
            n = mapper.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object");
        }
        return new JsonBody(n, "");
    }

    JsonNode node() {
        return node;
    }

    /** Refuses keys outside {@code allowed}. */
    JsonBody only(Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw ApiException.unprocessable(where + f + ": unknown field (expected one of " + allowed + ")");
            }
        }
        return this;
    }

    String text(String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw ApiException.unprocessable(where + field + ": a string is required");
        }
        return v.asText();
    }

    String text(String field, String fallback) {
        return node.has(field) ? text(field) : fallback;
    }

    long longValue(String field, long min, long max) {
        JsonNode v = node.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
            throw ApiException.unprocessable(where + field + ": an integer is required");
        }
        long x = v.asLong();
        if (x < min || x > max) {
            throw ApiException.unprocessable(where + field + ": must be in [" + min + ", " + max + "], got " + x);
        }
        return x;
    }

    long longValue(String field, long fallback, long min, long max) {
        return node.has(field) ? longValue(field, min, max) : fallback;
    }

    double number(String field, double min, double max) {
        JsonNode v = node.get(field);
        if (v == null || !v.isNumber()) {
            throw ApiException.unprocessable(where + field + ": a number is required");
        }
        double x = v.asDouble();
        if (!(x >= min && x <= max)) {
            throw ApiException.unprocessable(where + field + ": must be in [" + min + ", " + max + "], got " + x);
        }
        return x;
    }

    double number(String field, double fallback, double min, double max) {
        return node.has(field) ? number(field, min, max) : fallback;
    }

    JsonBody object(String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isObject()) {
            throw ApiException.unprocessable(where + field + ": an object is required");
        }
        return new JsonBody(v, where + field + ".");
    }
}

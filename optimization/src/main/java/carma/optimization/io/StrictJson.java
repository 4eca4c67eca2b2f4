package carma.optimization.io;

import static carma.optimization.instance.InvalidInstanceException.shortened;

import carma.optimization.instance.InvalidInstanceException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Strict JSON for instance files: UTF-8 only, no duplicate keys, nothing after the document,
 * nesting, number and string lengths bounded ({@link InstanceLimits}). A violation is an
 * {@link InvalidInstanceException} with the line and column (and byte offset) where it was found.
 */
final class StrictJson {
    /** Longest string token read at all (longer ids are then refused with their path). */
    private static final int MAX_TOKEN_CHARS = 1 << 20;
    /** Longest parser message repeated (it may quote a long token). */
    private static final int MESSAGE_CHARS = 120;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(InstanceLimits.MAX_NESTING_DEPTH)
                    .maxNumberLength(InstanceLimits.MAX_NUMBER_CHARS)
                    .maxStringLength(MAX_TOKEN_CHARS)
                    .maxNameLength(MAX_TOKEN_CHARS)
                    .maxDocumentLength(InstanceLimits.MAX_FILE_BYTES)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY).build();

    private StrictJson() {}

    /** The document's root; {@link MissingNode} for an empty document. */
    static JsonNode readTree(byte[] json) {
        requireUtf8(json);
        JsonParser parser = null;
        try {
            parser = MAPPER.createParser(json);
            JsonNode root = MAPPER.readTree(parser);
            if (parser.nextToken() != null) {
                throw error(parser.currentTokenLocation(), "text after the end of the JSON document");
            }
            return root == null ? MissingNode.getInstance() : root;
        } catch (StreamConstraintsException e) {
            throw error(location(e, parser), limitMessage(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw error(location(e, parser), "not valid JSON: " + shortened(firstLine(e.getOriginalMessage()), MESSAGE_CHARS));
        } catch (IOException e) {
            throw error(location(null, parser), "cannot read JSON: " + shortened(firstLine(e.getMessage()), MESSAGE_CHARS));
        } finally {
            close(parser);
        }
    }

    /** Refuses bytes that are not UTF-8, naming the first bad byte's line, column and offset. */
    private static void requireUtf8(byte[] json) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(json);
        CharBuffer out = CharBuffer.allocate(4096);
        int line = 1;
        int lineStart = 0;
        while (true) {
            int from = in.position();
            CoderResult result = decoder.decode(in, out, true);
            for (int i = from; i < in.position(); i++) {
                if (json[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            if (result.isError()) {
                int at = in.position();
                throw new InvalidInstanceException(String.format(Locale.ROOT,
                        "line %d, column %d (byte %d): not UTF-8 text (byte 0x%02X)", line, at - lineStart + 1, at,
                        json[at] & 0xFF));
            }
            if (result.isUnderflow()) {
                return;
            }
            out.clear();
        }
    }

    private static JsonLocation location(JsonProcessingException e, JsonParser parser) {
        if (e != null && e.getLocation() != null) {
            return e.getLocation();
        }
        return parser == null ? null : parser.currentLocation();
    }

    private static String limitMessage(String jackson) {
        String text = jackson == null ? "" : jackson;
        if (text.contains("nesting depth")) {
            return "arrays and objects nested deeper than " + InstanceLimits.MAX_NESTING_DEPTH
                    + " levels (InstanceLimits.MAX_NESTING_DEPTH)";
        }
        if (text.contains("Number value length")) {
            return "a number longer than " + InstanceLimits.MAX_NUMBER_CHARS
                    + " characters (InstanceLimits.MAX_NUMBER_CHARS)";
        }
        if (text.contains("Document length")) {
            return "the document is longer than " + InstanceLimits.MAX_FILE_BYTES
                    + " bytes (InstanceLimits.MAX_FILE_BYTES)";
        }
        return "a string or key longer than " + MAX_TOKEN_CHARS + " characters";
    }

    private static InvalidInstanceException error(JsonLocation at, String problem) {
        String where = at == null ? "$" : "line " + at.getLineNr() + ", column " + at.getColumnNr()
                + (at.getByteOffset() >= 0 ? " (byte " + at.getByteOffset() + ")" : "");
        return new InvalidInstanceException(where + ": " + problem);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static void close(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // a byte-array parser holds no resource
            }
        }
    }
}

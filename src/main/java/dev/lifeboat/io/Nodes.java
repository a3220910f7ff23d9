package dev.lifeboat.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a JSON tree for one file and turns every problem into a {@link LoadException} that names the
 * file and the JSON path ({@code $.components[3].settings.backup_interval}).
 */
final class Nodes {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Path source;

    Nodes(Path source) {
        this.source = source;
    }

    Path source() {
        return source;
    }

    LoadException error(String path, String reason) {
        return new LoadException(source, path, reason);
    }

    // ---------------------------------------------------------------- paths

    static String field(String path, String name) {
        if (PLAIN_KEY.matcher(name).matches()) {
            return path + "." + name;
        }
        return path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    // ---------------------------------------------------------------- shapes

    ObjectNode object(JsonNode node, String path) throws LoadException {
        if (node == null || !node.isObject()) {
            throw error(path, "expected a JSON object, found " + describe(node));
        }
        return (ObjectNode) node;
    }

    ArrayNode array(JsonNode node, String path) throws LoadException {
        if (node == null || !node.isArray()) {
            throw error(path, "expected a JSON array, found " + describe(node));
        }
        return (ArrayNode) node;
    }

    /** The field's value; missing and null both count as missing. */
    JsonNode required(ObjectNode obj, String path, String name) throws LoadException {
        JsonNode v = obj.get(name);
        if (v == null || v.isNull()) {
            throw error(field(path, name), "missing required field \"" + name + "\"");
        }
        return v;
    }

    /** The field's value, or null when missing or null. */
    static JsonNode optional(ObjectNode obj, String name) {
        JsonNode v = obj.get(name);
        return v == null || v.isNull() ? null : v;
    }

    String requiredText(ObjectNode obj, String path, String name) throws LoadException {
        return text(required(obj, path, name), field(path, name));
    }

    String optionalText(ObjectNode obj, String path, String name) throws LoadException {
        JsonNode v = optional(obj, name);
        return v == null ? null : text(v, field(path, name));
    }

    String text(JsonNode node, String path) throws LoadException {
        if (!node.isTextual()) {
            throw error(path, "expected a string, found " + describe(node));
        }
        if (node.asText().isBlank()) {
            throw error(path, "cannot be empty");
        }
        return node.asText().trim();
    }

    ArrayNode optionalArray(ObjectNode obj, String path, String name) throws LoadException {
        JsonNode v = optional(obj, name);
        return v == null ? null : array(v, field(path, name));
    }

    /** A finite number. */
    double number(JsonNode node, String path) throws LoadException {
        if (!node.isNumber()) {
            throw error(path, "expected a number, found " + describe(node));
        }
        double d = node.doubleValue();
        if (!Double.isFinite(d)) {
            throw error(path, "expected a finite number, found " + node.asText());
        }
        return d;
    }

    double optionalNumber(ObjectNode obj, String path, String name, double fallback) throws LoadException {
        JsonNode v = optional(obj, name);
        return v == null ? fallback : number(v, field(path, name));
    }

    /** Refuses keys outside {@code allowed}, suggesting the nearest one (typos are caught, not ignored). */
    void onlyKeys(ObjectNode obj, String path, Collection<String> allowed) throws LoadException {
        Iterator<String> names = obj.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw error(field(path, name), "unknown key \"" + name + "\"" + suggestion(name, allowed)
                        + "; expected " + String.join(", ", allowed));
            }
        }
    }

    /** A scalar as the Java value a {@code Setting} coerces: String, Long, Double, Boolean or null. */
    Object scalar(JsonNode node, String path) throws LoadException {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            if (node.canConvertToLong() && node.isIntegralNumber()) {
                return node.longValue();
            }
            return node.doubleValue();
        }
        throw error(path, "expected a single value, found " + describe(node));
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        JsonNodeType t = node.getNodeType();
        switch (t) {
            case OBJECT:
                return "an object";
            case ARRAY:
                return "an array";
            case STRING:
                return "the string \"" + abbreviate(node.asText()) + "\"";
            case NUMBER:
                return "the number " + node.asText();
            case BOOLEAN:
                return node.asText();
            case NULL:
                return "null";
            default:
                return t.name().toLowerCase(Locale.ROOT);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    /** {@code " (did you mean \"x\"?)"} when a valid word is within two edits, else empty. */
    static String suggestion(String word, Collection<String> valid) {
        String best = null;
        int bestDistance = 3;
        for (String v : valid) {
            int d = distance(word.toLowerCase(Locale.ROOT), v.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = v;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean \"" + best + "\"?)";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

}

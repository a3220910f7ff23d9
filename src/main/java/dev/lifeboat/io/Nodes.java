package dev.lifeboat.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lifeboat.model.InputText;
import dev.lifeboat.model.Printable;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;

/**
 * Reads a JSON tree for one file and turns every problem into a {@link LoadException} that names the
 * file and the JSON path ({@code $.components[3].settings.backup_interval}).
 */
final class Nodes {

    /** The most edits between a word and the valid word suggested for it. */
    private static final int HINT_DISTANCE = 2;

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

    /** The path of a field: {@code $.a.b}, or {@code $.a['odd key']} with an odd or long key cut short. */
    static String field(String path, String name) {
        if (isPlainKey(name)) {
            return path + "." + name;
        }
        String head = name.length() > Printable.ECHO_LIMIT ? name.substring(0, Printable.ECHO_LIMIT) : name;
        String shown = Printable.of(head.replace("\\", "\\\\").replace("'", "\\'"));
        if (head.length() < name.length()) {
            shown += "\u2026 (" + name.length() + " characters)";
        }
        return path + "['" + shown + "']";
    }

    /** {@code [A-Za-z_][A-Za-z0-9_]*}, at most {@link InputText#MAX_WORD} long. */
    private static boolean isPlainKey(String name) {
        if (name.isEmpty() || name.length() > InputText.MAX_WORD || InputText.isDigit(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!InputText.isLetter(c) && !InputText.isDigit(c) && c != '_') {
                return false;
            }
        }
        return true;
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

    /**
     * A non-empty string, trimmed, of at most {@link InputText#MAX_NAME} characters: every id, name, kind and
     * word read as text is bounded here, before it is compared or parsed.
     */
    String text(JsonNode node, String path) throws LoadException {
        if (!node.isTextual()) {
            throw error(path, "expected a string, found " + describe(node));
        }
        String t = node.asText().trim();
        if (t.isEmpty()) {
            throw error(path, "cannot be empty");
        }
        if (t.length() > InputText.MAX_NAME) {
            throw error(path, "'" + Printable.echo(t) + "' is too long (at most " + InputText.MAX_NAME
                    + " characters)");
        }
        return t;
    }

    /** Refuses a key longer than {@link InputText#MAX_WORD}: no key Lifeboat knows is that long. */
    void checkKey(String name, String path) throws LoadException {
        if (name.length() > InputText.MAX_WORD) {
            throw error(field(path, name), InputText.tooLong(name, InputText.MAX_WORD, "a key"));
        }
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
            checkKey(name, path);
            if (!allowed.contains(name)) {
                throw error(field(path, name), "unknown key \"" + Printable.echo(name) + "\""
                        + suggestion(name, allowed) + "; expected " + String.join(", ", allowed));
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
                return "the string \"" + Printable.echo(node.asText()) + "\"";
            case NUMBER:
                return "the number " + Printable.echo(node.asText());
            case BOOLEAN:
                return node.asText();
            case NULL:
                return "null";
            default:
                return t.name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * {@code " (did you mean \"x\"?)"} when a valid word is within two edits (ignoring ASCII case), else
     * empty. Linear in the number of candidates: words longer than {@link InputText#MAX_NAME} get no hint,
     * candidates whose length differs by more than two are skipped, and the distance is computed in a band.
     */
    static String suggestion(String word, Collection<String> valid) {
        if (word.length() > InputText.MAX_NAME) {
            return "";
        }
        String w = InputText.lower(word);
        String best = null;
        int bestDistance = HINT_DISTANCE + 1;
        for (String v : valid) {
            if (Math.abs(v.length() - w.length()) > HINT_DISTANCE) {
                continue;
            }
            int d = distance(w, InputText.lower(v), bestDistance - 1);
            if (d < bestDistance) {
                best = v;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean \"" + Printable.echo(best, InputText.MAX_NAME) + "\"?)";
    }

    /**
     * The edit distance of a and b when it is at most {@code max}, else {@code max + 1}: only the cells within
     * {@code max} of the diagonal are computed.
     */
    private static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        int over = max + 1;
        if (Math.abs(n - m) > max) {
            return over;
        }
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = Math.min(j, over);
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(m, i + max);
            cur[0] = Math.min(i, over);
            cur[from - 1] = from == 1 ? cur[0] : over;
            int rowMin = cur[from - 1];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                cur[j] = Math.min(v, over);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (to < m) {
                cur[to + 1] = over;
            }
            if (rowMin >= over) {
                return over;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}

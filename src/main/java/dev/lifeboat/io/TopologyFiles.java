package dev.lifeboat.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Opening and saving topologies. Lifeboat files ({@code "format": "lifeboat"}, see
 * {@code docs/file-format.md}) and service-config files (the {@code service_name} format) are told apart
 * by their content, so every command that opens a file accepts both.
 *
 * <p>A load either returns a complete, valid topology or throws a {@link LoadException} that names the
 * file, the place in it and the reason; it never returns a half-loaded model.
 */
public final class TopologyFiles {

    private TopologyFiles() {
    }

    /** Loads a native Lifeboat file or a service-config file, detected from its content. */
    public static Topology load(Path file) throws LoadException {
        Objects.requireNonNull(file, "file");
        if (Files.isDirectory(file)) {
            throw new LoadException(file, null, "is a directory, not a file");
        }
        String text;
        try {
            // a strict decoder: a binary file is reported, not read as replacement characters
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new LoadException(file, null, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new LoadException(file, null, "permission denied", e);
        } catch (CharacterCodingException e) {
            throw new LoadException(file, null, "not a text file (not UTF-8)", e);
        } catch (IOException e) {
            throw new LoadException(file, null, "cannot be read: " + e.getMessage(), e);
        }
        return read(text, file);
    }

    /** Same as {@link #load(Path)}, from text; {@code source} is only used in messages (may be null). */
    public static Topology read(String json, Path source) throws LoadException {
        Objects.requireNonNull(json, "json");
        JsonNode root = parse(json, source);
        try {
            if (NativeFormat.isNative(root) || looksNative(root)) {
                return NativeFormat.read(root, source);
            }
            return ServiceConfigImporter.read(root, source);
        } catch (IllegalArgumentException e) {
            // a refusal of the model that the readers did not place more precisely
            throw new LoadException(source, null, e.getMessage(), e);
        }
    }

    /**
     * Atomic save in the native format: writes a temporary file in the same folder, fsyncs it, then
     * renames it over the target ({@code ATOMIC_MOVE}, falling back to {@code REPLACE_EXISTING}). A failure
     * leaves the previous file intact and no temporary file behind.
     */
    public static void save(Topology topology, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        AtomicFile.write(file, toJson(topology).getBytes(StandardCharsets.UTF_8));
    }

    /** The native JSON text: pretty-printed, ending with a newline, the same bytes for the same topology. */
    public static String toJson(Topology topology) {
        Objects.requireNonNull(topology, "topology");
        try {
            return Json.writer().writeValueAsString(NativeFormat.write(topology)) + "\n";
        } catch (JsonProcessingException e) {
            // a tree of plain nodes always serialises
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses JSON text into a tree; malformed input and input beyond the parser's limits (see {@link Json}) are
     * reported by line and column, in one line of Lifeboat's words.
     */
    static JsonNode parse(String json, Path source) throws LoadException {
        if (json.isBlank()) {
            throw new LoadException(source, null, "the file is empty");
        }
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        try (JsonParser parser = Json.mapper().createParser(text)) {
            try {
                return Json.mapper().readTree(parser);
            } catch (StreamConstraintsException e) {
                // the limits' exceptions carry no location: the parser is where it stopped, or for too deep a
                // nesting just after the bracket that opened one level too many
                boolean nesting = String.valueOf(e.getOriginalMessage()).contains("getMaxNestingDepth");
                JsonLocation at = nesting ? parser.currentTokenLocation() : parser.currentLocation();
                throw new LoadException(source, where(at), limit(e), e);
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
                throw new LoadException(source, where(at), "malformed JSON: "
                        + Printable.echo(reason.replace('\n', ' '), PARSER_MESSAGE_LIMIT), e);
            }
        } catch (IOException e) {
            // reading a string cannot fail for another reason; closing the parser neither
            throw new LoadException(source, null, "malformed JSON: " + Printable.echo(e.getMessage()), e);
        }
    }

    /** How much of the parser's own message is shown (it may quote the input). */
    private static final int PARSER_MESSAGE_LIMIT = 200;

    private static String where(JsonLocation at) {
        return at == null ? null : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** Which of the parser's limits was passed, said in Lifeboat's words. */
    private static String limit(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("getMaxNestingDepth")) {
            return String.format(Locale.ROOT, "nested deeper than %,d levels", Json.MAX_NESTING_DEPTH);
        }
        if (m.contains("getMaxNameLength")) {
            return String.format(Locale.ROOT, "a key longer than %,d characters", Json.MAX_KEY_LENGTH);
        }
        if (m.contains("getMaxNumberLength")) {
            return String.format(Locale.ROOT, "a number longer than %,d digits", Json.MAX_NUMBER_LENGTH);
        }
        if (m.contains("getMaxStringLength")) {
            return String.format(Locale.ROOT, "a string longer than %,d characters", Json.MAX_STRING_LENGTH);
        }
        return "beyond a limit of the JSON reader";
    }

    /** A document that has native-only keys but no {@code format} key is a damaged native file. */
    private static boolean looksNative(JsonNode root) {
        return root.isObject() && (root.has("version") || root.has("components") || root.has("places"));
    }
}

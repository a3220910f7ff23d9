package dev.lifeboat.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import java.io.IOException;
import java.io.InputStream;
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

    /**
     * The largest file Lifeboat opens: 256 MB, ten times a 100,000-component topology. A larger file is
     * refused before it is read, rather than filling the memory.
     */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    /** The two kinds of file Lifeboat opens. */
    public enum Format {
        /** A Lifeboat file ({@code "format": "lifeboat"}): what Save writes. */
        NATIVE,
        /** A service-config file, imported: Save must not write the native format over it. */
        SERVICE_CONFIG
    }

    /** A loaded topology and the format it was read from. */
    public record Loaded(Topology topology, Format format) {
        public Loaded {
            Objects.requireNonNull(topology, "topology");
            Objects.requireNonNull(format, "format");
        }
    }

    /** Loads a native Lifeboat file or a service-config file, detected from its content. */
    public static Topology load(Path file) throws LoadException {
        return open(file).topology();
    }

    /**
     * Loads a native Lifeboat file or a service-config file and says which it was, decided by the
     * document's top-level {@code format} key, so that the file is read once.
     */
    public static Loaded open(Path file) throws LoadException {
        Objects.requireNonNull(file, "file");
        return decode(readText(file), file);
    }

    /** Same as {@link #load(Path)}, from text; {@code source} is only used in messages (may be null). */
    public static Topology read(String json, Path source) throws LoadException {
        Objects.requireNonNull(json, "json");
        return decode(json, source).topology();
    }

    private static Loaded decode(String json, Path source) throws LoadException {
        JsonNode root = parse(json, source);
        try {
            if (NativeFormat.isNative(root) || looksNative(root)) {
                return new Loaded(NativeFormat.read(root, source), Format.NATIVE);
            }
            return new Loaded(ServiceConfigImporter.read(root, source), Format.SERVICE_CONFIG);
        } catch (IllegalArgumentException e) {
            // a refusal of the model that the readers did not place more precisely
            throw new LoadException(source, null, e.getMessage(), e);
        }
    }

    /**
     * A file's text, strictly UTF-8, refused unread when over {@link #MAX_FILE_BYTES}: how every reader of a
     * file a person gives (a design, drill results) reads it.
     */
    public static String readText(Path file) throws LoadException {
        if (Files.isDirectory(file)) {
            throw new LoadException(file, null, "is a directory, not a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw tooLarge(file, size);
            }
            // read at most one byte more than the limit: a file that grows meanwhile is still refused
            byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw tooLarge(file, Math.max(bytes.length, Files.size(file)));
            }
            // a strict decoder: a binary file is reported, not read as replacement characters
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new LoadException(file, null, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new LoadException(file, null, "permission denied", e);
        } catch (CharacterCodingException e) {
            throw new LoadException(file, null, "not a text file (not UTF-8)", e);
        } catch (IOException e) {
            throw new LoadException(file, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static LoadException tooLarge(Path file, long size) {
        return new LoadException(file, null, "too large to open (" + megabytes(size)
                + "; Lifeboat opens files of up to " + megabytes(MAX_FILE_BYTES) + ")");
    }

    /** A size in MB, or GB from 1 GB on (1 MB = 1,048,576 bytes). */
    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        if (mb >= 1024) {
            return String.format(Locale.ROOT, "%.1f GB", mb / 1024);
        }
        return String.format(Locale.ROOT, mb >= 10 || mb == Math.rint(mb) ? "%.0f MB" : "%.1f MB", mb);
    }

    /** What a save does when the target file is read-only. */
    public enum IfReadOnly {
        /** Fail with a {@link SaveException} and leave the file alone (ask the user first). */
        REFUSE,
        /** Replace it all the same (the user said so); the new file keeps the read-only mode. */
        OVERWRITE
    }

    /**
     * Atomic save in the native format: writes a temporary file in the same folder, fsyncs it, then
     * renames it over the target, so that a failure or a crash leaves the previous file intact and no
     * temporary file where a document is looked for. A symbolic link is saved through, the file's
     * permissions are kept, and a read-only file is refused (see {@link #save(Topology, Path, IfReadOnly)}).
     *
     * @throws SaveException naming the file, the reason in words and what became of the previous file
     */
    public static void save(Topology topology, Path file) throws SaveException {
        save(topology, file, IfReadOnly.REFUSE);
    }

    /** {@link #save(Topology, Path)}, saying what to do with a read-only file. */
    public static void save(Topology topology, Path file, IfReadOnly ifReadOnly) throws SaveException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(ifReadOnly, "ifReadOnly");
        AtomicFile.write(file, toJson(topology).getBytes(StandardCharsets.UTF_8),
                ifReadOnly == IfReadOnly.OVERWRITE, AtomicFile.SYSTEM);
    }

    /**
     * Whether the file (through links) exists and its mode bits make it read-only: the owner's write bit
     * is clear (POSIX) or the read-only attribute is set (Windows). Decided from the mode, not from
     * {@link Files#isWritable}, because root may write to anything.
     */
    public static boolean isReadOnly(Path file) {
        return Files.isRegularFile(file) && AtomicFile.isReadOnly(file);
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

package dev.lifeboat.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lifeboat.model.Topology;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The designer's autosave: unsaved work and the file it belongs to, in ONE file written atomically, so
 * that a crash can never pair the content of one autosave with the origin of another. The envelope is
 * <pre>{"format": "lifeboat-recovery", "version": 1, "origin": "/abs/path" or null, "document": {...}}</pre>
 * with the native document inside (see {@code docs/file-format.md}). Recovery files of earlier versions
 * (a bare native document plus a {@code recovery.path} file beside it) are still read.
 */
public final class RecoveryFile {

    /** The value of the envelope's {@code format} key. */
    public static final String FORMAT = "lifeboat-recovery";
    /** The envelope's version. */
    public static final int VERSION = 1;
    /** Where earlier versions kept the origin, beside the recovery file. */
    static final String LEGACY_ORIGIN = "recovery.path";

    /** What a recovery file holds: the unsaved topology and the file it was autosaved from (null if none). */
    public record Content(Topology topology, Path origin) {
        public Content {
            Objects.requireNonNull(topology, "topology");
        }
    }

    private RecoveryFile() {
    }

    /**
     * The bytes of a recovery file. Call it on the thread that edits the topology; the bytes can then be
     * written from any thread with {@link #write(Path, byte[])}.
     *
     * @param origin the file the topology belongs to, or null for an unsaved one
     */
    public static byte[] encode(Topology topology, Path origin) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        if (origin == null) {
            root.putNull("origin");
        } else {
            root.put("origin", origin.toAbsolutePath().toString());
        }
        root.set("document", NativeFormat.write(topology));
        try {
            return (Json.writer().writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            // a tree of plain nodes always serialises
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces the recovery file atomically (temporary file, fsync, rename) and removes an origin file
     * an earlier version left beside it, so that it cannot be paired with this content.
     */
    public static void write(Path file, byte[] encoded) throws IOException {
        AtomicFile.write(file, encoded, true, AtomicFile.SYSTEM);
        Files.deleteIfExists(legacyOrigin(file));
    }

    /** Reads a recovery file: the envelope, or the bare document and origin file of earlier versions. */
    public static Content read(Path file) throws LoadException {
        String text = TopologyFiles.readText(file);
        JsonNode root = TopologyFiles.parse(text, file);
        JsonNode format = root.get("format");
        if (format != null && format.isTextual() && format.asText().equals(FORMAT)) {
            JsonNode document = root.get("document");
            if (document == null || !document.isObject()) {
                throw new LoadException(file, "$.document", "the autosaved document is missing");
            }
            JsonNode origin = root.get("origin");
            if (origin != null && !origin.isNull() && !origin.isTextual()) {
                throw new LoadException(file, "$.origin", "expected the path of the file or null");
            }
            try {
                return new Content(NativeFormat.read(document, file),
                        origin == null || origin.isNull() || origin.asText().isEmpty() ? null
                                : Path.of(origin.asText()));
            } catch (IllegalArgumentException e) {
                throw new LoadException(file, null, e.getMessage(), e);
            }
        }
        return new Content(TopologyFiles.read(text, file), legacyOriginOf(file));
    }

    /** Deletes the recovery file and the origin file an earlier version may have left beside it. */
    public static void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(legacyOrigin(file));
    }

    private static Path legacyOrigin(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return folder == null ? Path.of(LEGACY_ORIGIN) : folder.resolve(LEGACY_ORIGIN);
    }

    private static Path legacyOriginOf(Path file) throws LoadException {
        Path path = legacyOrigin(file);
        try {
            String origin = Files.isRegularFile(path) ? Files.readString(path).trim() : "";
            return origin.isEmpty() ? null : Path.of(origin);
        } catch (IOException | RuntimeException e) {
            throw new LoadException(path, null, "cannot be read: " + e.getMessage(), e);
        }
    }
}

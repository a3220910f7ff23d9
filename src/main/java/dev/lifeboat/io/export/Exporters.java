package dev.lifeboat.io.export;

import dev.lifeboat.io.AtomicFile;
import dev.lifeboat.io.SaveException;
import dev.lifeboat.model.InputText;
import dev.lifeboat.model.Printable;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The registry of exporters, and the one place that writes an export out: to a stream, to one file
 * (written whole or not at all, like a save), or to a folder (every file written first in a temporary
 * folder beside it, then moved in; an export that fails leaves the folder as it was).
 */
public final class Exporters {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile List<Exporter> all;

    private Exporters() {
    }

    /** Every exporter on the class path, by id. */
    public static List<Exporter> all() {
        List<Exporter> list = all;
        if (list == null) {
            List<Exporter> found = new ArrayList<>();
            ServiceLoader.load(Exporter.class, Exporters.class.getClassLoader()).forEach(found::add);
            found.sort(Comparator.comparing(Exporter::id));
            list = List.copyOf(found);
            all = list;
        }
        return list;
    }

    /** The exporter with this id (ASCII letters in any case). */
    public static Optional<Exporter> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return all().stream().filter(e -> InputText.equalsIgnoreCase(e.id(), id.trim())).findFirst();
    }

    /**
     * Writes a one-file text export to a stream, which stays open; returns the export's notes (what the
     * format could not hold), in order. A binary export is refused: it goes to a file.
     */
    public static List<String> toWriter(Exporter exporter, ExportRequest request, Writer out, Progress progress)
            throws IOException {
        requireShape(exporter, Exporter.Shape.FILE);
        if (exporter.binary()) {
            throw new IllegalArgumentException(exporter.id() + " writes a binary file: give a file to write it to");
        }
        List<String> notes = new ArrayList<>();
        exporter.export(request, new ExportSink() {
            @Override
            public Writer open(String name) throws IOException {
                if (name != null) {
                    throw new IOException("a one-file export named a file: " + name);
                }
                return out;
            }

            @Override
            public void note(String sentence) {
                notes.add(sentence);
            }
        }, progress);
        out.flush();
        return List.copyOf(notes);
    }

    /**
     * Writes a one-file export to a file, whole or not at all; a read-only file is refused. Returns the
     * export's notes.
     */
    public static List<String> toFile(Exporter exporter, ExportRequest request, Path file, Progress progress)
            throws SaveException {
        requireShape(exporter, Exporter.Shape.FILE);
        List<String> notes = new ArrayList<>();
        AtomicFile.write(file, stream -> {
            Writer text = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            exporter.export(request, new ExportSink() {
                @Override
                public Writer open(String name) throws IOException {
                    requireSingle(name, exporter, false);
                    return text;
                }

                @Override
                public OutputStream openStream(String name) throws IOException {
                    requireSingle(name, exporter, true);
                    return stream;
                }

                @Override
                public void note(String sentence) {
                    notes.add(sentence);
                }
            }, progress);
            text.flush();
        });
        return List.copyOf(notes);
    }

    /** A one-file export asks for the single output, as text or bytes as it declared. */
    private static void requireSingle(String name, Exporter exporter, boolean binary) throws IOException {
        if (name != null) {
            throw new IOException("a one-file export named a file: " + name);
        }
        if (exporter.binary() != binary) {
            throw new IOException(exporter.id() + " asked for " + (binary ? "bytes" : "text") + " but declared "
                    + (exporter.binary() ? "a binary" : "a text") + " file");
        }
    }

    /**
     * Writes a folder export into {@code folder}, created if missing. Files of the same names are
     * replaced; other files in the folder are left alone. Nothing is moved in unless every file was written.
     * Returns the export's notes.
     */
    public static List<String> toFolder(Exporter exporter, ExportRequest request, Path folder, Progress progress)
            throws SaveException {
        requireShape(exporter, Exporter.Shape.FOLDER);
        Path target = folder.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new SaveException(folder, "it names no folder inside another", false);
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new SaveException(folder, "it exists and is not a folder", true);
        }
        if (!Files.isDirectory(parent)) {
            throw new SaveException(folder, "the folder " + parent + " does not exist", false);
        }
        boolean existed = Files.isDirectory(target);
        Path temp = parent.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                + ".tmp");
        Set<String> names = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();
        try {
            Files.createDirectory(temp);
            List<Closeable> open = new ArrayList<>();
            try {
                exporter.export(request, new ExportSink() {
                    @Override
                    public Writer open(String name) throws IOException {
                        Writer w = Files.newBufferedWriter(fresh(name), StandardCharsets.UTF_8);
                        open.add(w);
                        return w;
                    }

                    @Override
                    public OutputStream openStream(String name) throws IOException {
                        OutputStream s = new BufferedOutputStream(Files.newOutputStream(fresh(name)));
                        open.add(s);
                        return s;
                    }

                    private Path fresh(String name) throws IOException {
                        String plain = plainName(name);
                        if (!names.add(plain)) {
                            throw new IOException("the export wrote " + plain + " twice");
                        }
                        return temp.resolve(plain);
                    }

                    @Override
                    public void note(String sentence) {
                        notes.add(sentence);
                    }
                }, progress);
            } finally {
                for (Closeable c : open) {
                    c.close();
                }
            }
            if (!existed) {
                move(temp, target);
            } else {
                for (String name : names) {
                    move(temp.resolve(name), target.resolve(name));
                }
            }
            return List.copyOf(notes);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new SaveException(folder, e instanceof SaveException se ? se.reason() : SaveException.reasonOf(e), existed, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void requireShape(Exporter exporter, Exporter.Shape shape) {
        if (exporter.shape() != shape) {
            throw new IllegalArgumentException(exporter.id() + " writes " + (exporter.shape() == Exporter.Shape.FILE
                    ? "one file" : "a folder") + ", not " + (shape == Exporter.Shape.FILE ? "one file" : "a folder"));
        }
    }

    /** A file name an exporter may write: one plain name, no folder, nothing hidden or odd. */
    static String plainName(String name) throws IOException {
        if (name == null || name.isEmpty() || name.length() > 200 || name.startsWith(".")
                || !name.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-'
                || c == '_'))) {
            throw new IOException("an exporter asked for an unsafe file name: "
                    + Printable.echo(String.valueOf(name)));
        }
        return name;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a temporary folder that cannot be removed is harmless: its name starts with a dot
        }
    }
}

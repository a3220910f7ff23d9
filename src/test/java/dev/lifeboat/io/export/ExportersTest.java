package dev.lifeboat.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.SaveException;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.model.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry, and writing exports whole or not at all. */
class ExportersTest {

    @TempDir
    Path dir;

    private static ExportRequest request() throws Exception {
        Topology t = TopologyFiles.load(Path.of("samples/order-processor.json"));
        return new ExportRequest(t, RuleBook.standard().analyse(t), List.of(Scenario.values()), null, "sample");
    }

    /** A folder export that writes the given files, then fails if asked to. */
    private static Exporter folder(List<String> names, boolean failAtEnd) {
        return new Exporter() {
            @Override
            public String id() {
                return "test-folder";
            }

            @Override
            public String description() {
                return "files for a test";
            }

            @Override
            public Shape shape() {
                return Shape.FOLDER;
            }

            @Override
            public String extension() {
                return "";
            }

            @Override
            public void export(ExportRequest request, ExportSink sink, Progress progress) throws IOException {
                for (String name : names) {
                    sink.open(name).write("new " + name + "\n");
                }
                if (failAtEnd) {
                    throw new IOException("the disk is full");
                }
            }
        };
    }

    private List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theRegistryFindsTheShippedFormatsByIdInAnyCase() {
        assertTrue(Exporters.all().stream().map(Exporter::id).toList().containsAll(List.of("json", "text")));
        assertEquals("json", Exporters.byId("JSON").orElseThrow().id());
        assertTrue(Exporters.byId("\u212Aafka").isEmpty(), "look-alike letters are not ASCII");
    }

    @Test
    void aFolderExportCreatesTheFolderOrReplacesOnlyItsOwnFiles() throws Exception {
        Path out = dir.resolve("configs");
        Exporters.toFolder(folder(List.of("a.conf", "b.conf"), false), request(), out, Progress.NONE);
        assertEquals(List.of("a.conf", "b.conf"), listing(out));

        Files.writeString(out.resolve("mine.txt"), "the user's own file");
        Files.writeString(out.resolve("a.conf"), "old a");
        Exporters.toFolder(folder(List.of("a.conf"), false), request(), out, Progress.NONE);

        assertEquals("new a.conf\n", Files.readString(out.resolve("a.conf")));
        assertEquals("the user's own file", Files.readString(out.resolve("mine.txt")));
        assertEquals(List.of("configs"), listing(dir), "no temporary folder left");
    }

    @Test
    void aFailedFolderExportLeavesTheFolderAsItWas() throws Exception {
        Path out = Files.createDirectory(dir.resolve("configs"));
        Files.writeString(out.resolve("a.conf"), "old a");

        SaveException e = assertThrows(SaveException.class, () -> Exporters.toFolder(
                folder(List.of("a.conf", "b.conf"), true), request(), out, Progress.NONE));

        assertTrue(e.getMessage().contains("the disk is full"), e.getMessage());
        assertEquals(List.of("a.conf"), listing(out));
        assertEquals("old a", Files.readString(out.resolve("a.conf")));
        assertEquals(List.of("configs"), listing(dir), "no temporary folder left");
    }

    @Test
    void aFolderExportRefusesAFileInTheWayAndUnsafeNames() throws Exception {
        Path file = Files.writeString(dir.resolve("configs"), "a file");

        SaveException inTheWay = assertThrows(SaveException.class, () -> Exporters.toFolder(
                folder(List.of("a.conf"), false), request(), file, Progress.NONE));
        SaveException unsafe = assertThrows(SaveException.class, () -> Exporters.toFolder(
                folder(List.of("../escape.conf"), false), request(), dir.resolve("out"), Progress.NONE));

        assertTrue(inTheWay.getMessage().contains("not a folder"), inTheWay.getMessage());
        assertEquals("a file", Files.readString(file));
        assertTrue(unsafe.getMessage().contains("unsafe file name"), unsafe.getMessage());
        assertFalse(Files.exists(dir.resolve("escape.conf")));
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aOneFileExportThatFailsLeavesThePreviousFile() throws Exception {
        Path out = Files.writeString(dir.resolve("analysis.json"), "previous");
        Exporter failing = new Exporter() {
            @Override
            public String id() {
                return "failing";
            }

            @Override
            public String description() {
                return "fails half-way";
            }

            @Override
            public Shape shape() {
                return Shape.FILE;
            }

            @Override
            public String extension() {
                return "json";
            }

            @Override
            public void export(ExportRequest request, ExportSink sink, Progress progress) throws IOException {
                sink.open(null).write("{\"half\": ");
                throw new IOException("the analysis went away");
            }
        };

        assertThrows(SaveException.class, () -> Exporters.toFile(failing, request(), out, Progress.NONE));

        assertEquals("previous", Files.readString(out));
        assertEquals(List.of("analysis.json"), listing(dir));
    }
}

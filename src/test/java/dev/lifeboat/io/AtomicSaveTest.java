package dev.lifeboat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Topology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicSaveTest {

    @TempDir
    Path dir;

    @Test
    void savingCreatesAFileThatLoadsBack() throws Exception {
        Path file = dir.resolve("system.json");
        Topology t = NativeFormatTest.sample();
        TopologyFiles.save(t, file);
        assertEquals(TopologyFiles.toJson(t), Files.readString(file, StandardCharsets.UTF_8));
        NativeFormatTest.assertEqualTopologies(t, TopologyFiles.load(file));
        assertEquals(List.of(file), listing());
    }

    @Test
    void savingOverAnExistingFileReplacesIt() throws Exception {
        Path file = dir.resolve("system.json");
        Files.writeString(file, "old content that is longer than the new one ".repeat(200));
        Topology t = new Topology();
        t.addComponent("a", ComponentKind.SERVICE, "a");
        TopologyFiles.save(t, file);
        assertEquals(TopologyFiles.toJson(t), Files.readString(file));
        assertEquals(List.of(file), listing());
    }

    @Test
    void savingIntoAMissingFolderFailsAndCreatesNothing() {
        Path file = dir.resolve("missing").resolve("system.json");
        assertThrows(IOException.class, () -> TopologyFiles.save(new Topology(), file));
        assertFalse(Files.exists(file.getParent()));
    }

    @Test
    void aFailedRenameLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("system.json");
        Files.writeString(file, "previous");
        IOException boom = new IOException("disk went away");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(file, "new".getBytes(),
                (from, to) -> {
                    assertTrue(Files.exists(from), "the temporary file is written before the rename");
                    assertEquals("new", Files.readString(from));
                    throw boom;
                }));
        assertEquals(boom, e);
        assertEquals("previous", Files.readString(file));
        assertEquals(List.of(file), listing());
    }

    @Test
    void savingOverAFolderFailsAndLeavesItIntact() throws Exception {
        Path target = dir.resolve("system.json");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside.txt"), "keep");
        assertThrows(IOException.class, () -> TopologyFiles.save(new Topology(), target));
        assertEquals("keep", Files.readString(target.resolve("inside.txt")));
        assertEquals(List.of(target), listing());
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}

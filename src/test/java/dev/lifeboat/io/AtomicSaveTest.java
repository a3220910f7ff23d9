package dev.lifeboat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Topology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
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

    /** The real file system, except that one operation fails with the given exception. */
    private static AtomicFile.Ops failing(String operation, IOException fault) {
        return new AtomicFile.Ops() {
            private void maybeFail(String op) throws IOException {
                if (op.equals(operation)) {
                    throw fault;
                }
            }

            @Override
            public void create(Path file) throws IOException {
                maybeFail("create");
                AtomicFile.SYSTEM.create(file);
            }

            @Override
            public void write(Path file, byte[] bytes) throws IOException {
                maybeFail("write");
                AtomicFile.SYSTEM.write(file, bytes);
            }

            @Override
            public void setPermissions(Path file, Set<PosixFilePermission> permissions) throws IOException {
                maybeFail("setPermissions");
                AtomicFile.SYSTEM.setPermissions(file, permissions);
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                assertEquals("new", Files.readString(from), "the temporary file is complete before the rename");
                maybeFail("move");
                AtomicFile.SYSTEM.move(from, to);
            }

            @Override
            public void delete(Path file) throws IOException {
                AtomicFile.SYSTEM.delete(file);
            }
        };
    }

    @Test
    void aFailedRenameLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("system.json");
        Files.writeString(file, "previous");
        IOException boom = new IOException("disk went away");

        SaveException e = assertThrows(SaveException.class,
                () -> AtomicFile.write(file, "new".getBytes(), false, failing("move", boom)));

        assertEquals(boom, e.getCause());
        assertEquals("previous", Files.readString(file));
        assertEquals(List.of(file), listing());
    }

    @Test
    void aFullDiskIsSaidInWordsAndThePreviousFileIsIntact() throws Exception {
        Path file = dir.resolve("system.json");
        Files.writeString(file, "previous");

        SaveException e = assertThrows(SaveException.class, () -> AtomicFile.write(file, "new".getBytes(), false,
                failing("write", new IOException("No space left on device"))));

        assertEquals("Could not save " + file + ": the disk is full; the previous file is intact.", e.getMessage());
        assertEquals("previous", Files.readString(file));
        assertEquals(List.of(file), listing());
    }

    @Test
    void aDeniedPermissionIsSaidWithoutTheTemporaryFilesName() throws Exception {
        Path file = dir.resolve("system.json");
        Path temp = dir.resolve(".system.json.123.tmp");

        SaveException e = assertThrows(SaveException.class, () -> AtomicFile.write(file, "new".getBytes(), false,
                failing("create", new AccessDeniedException(temp.toString()))));

        assertEquals("Could not save " + file + ": permission denied; nothing was written.", e.getMessage());
        assertEquals(List.of(), listing());
    }

    @Test
    void aFailureToKeepThePermissionsLeavesTheFileAsItWas() throws Exception {
        Path file = dir.resolve("system.json");
        Files.writeString(file, "previous");

        SaveException e = assertThrows(SaveException.class, () -> AtomicFile.write(file, "new".getBytes(), false,
                failing("setPermissions", new FileSystemException(file.toString(), null, "Operation not permitted"))));

        assertEquals("permission denied", e.reason());
        assertTrue(e.previousIntact());
        assertEquals("previous", Files.readString(file));
        assertEquals(List.of(file), listing());
    }

    @Test
    void aTargetWhoseFolderIsAFileIsSaidInWords() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain"), "x");

        SaveException e = assertThrows(SaveException.class,
                () -> TopologyFiles.save(new Topology(), notAFolder.resolve("system.json")));

        assertTrue(e.getMessage().contains(notAFolder + " is not a folder; nothing was written."), e.getMessage());
    }

    @Test
    void aControlCharacterInTheFileNameIsShownEscaped() throws Exception {
        Path file = dir.resolve("missing").resolve("evil\u001B[2Jname.json");

        SaveException e = assertThrows(SaveException.class, () -> TopologyFiles.save(new Topology(), file));

        assertFalse(e.getMessage().chars().anyMatch(c -> c < 0x20), e.getMessage());
    }

    @Test
    void aReadOnlyFileIsReplacedWhenTheUserSaidSoAndStaysReadOnly() throws Exception {
        Path file = dir.resolve("system.json");
        Files.writeString(file, "precious");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r-----"));
        assertTrue(TopologyFiles.isReadOnly(file));

        TopologyFiles.save(new Topology(), file, TopologyFiles.IfReadOnly.OVERWRITE);

        assertEquals(TopologyFiles.toJson(new Topology()), Files.readString(file));
        assertEquals("r--r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void readOnlyIsDecidedFromTheModeBits() throws Exception {
        Path file = Files.writeString(dir.resolve("system.json"), "x");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertFalse(TopologyFiles.isReadOnly(file));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--rw-rw-"));
        assertTrue(TopologyFiles.isReadOnly(file), "the owner may not write, whoever runs Lifeboat");
        assertFalse(TopologyFiles.isReadOnly(dir.resolve("not-there.json")));
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

    @Test
    void savingThroughASymbolicLinkUpdatesTheFileItPointsTo() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("system.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        Topology t = NativeFormatTest.sample();

        TopologyFiles.save(t, link);

        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals(real, Files.readSymbolicLink(link));
        assertEquals(TopologyFiles.toJson(t), Files.readString(real));
        assertEquals(List.of(link, real.getParent()), listing());
        try (Stream<Path> s = Files.list(real.getParent())) {
            assertEquals(List.of(real), s.toList(), "no temporary file left beside the target");
        }
    }

    @Test
    void savingThroughARelativeLinkToAFileNotYetThereCreatesIt() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("target.json"));

        TopologyFiles.save(new Topology(), link);

        assertTrue(Files.isSymbolicLink(link));
        assertEquals(TopologyFiles.toJson(new Topology()), Files.readString(dir.resolve("target.json")));
    }

    @Test
    void savingKeepsTheFilesPermissions() throws Exception {
        Path file = dir.resolve("system.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        TopologyFiles.save(new Topology(), file);

        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        TopologyFiles.save(new Topology(), file);
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aNewFileGetsThePermissionsOfAnyNewFile() throws Exception {
        Path plain = Files.createFile(dir.resolve("plain"));
        Path file = dir.resolve("system.json");

        TopologyFiles.save(new Topology(), file);

        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file),
                "a saved file is created like any other file (the umask decides), not private to its owner");
    }

    @Test
    void aReadOnlyFileIsNotOverwrittenUnlessAsked() throws Exception {
        Path file = dir.resolve("system.json");
        Files.writeString(file, "precious");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        IOException e = assertThrows(IOException.class, () -> TopologyFiles.save(new Topology(), file));

        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        assertEquals("precious", Files.readString(file));
        assertEquals(List.of(file), listing());
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}

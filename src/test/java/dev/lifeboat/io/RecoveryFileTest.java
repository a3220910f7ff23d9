package dev.lifeboat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryFileTest {

    @TempDir
    Path dir;

    @Test
    void whatIsWrittenReadsBackWithItsOrigin() throws Exception {
        Topology t = NativeFormatTest.sample();
        Path file = dir.resolve("recovery.json");
        Path origin = dir.resolve("system.json");

        RecoveryFile.write(file, RecoveryFile.encode(t, origin));

        RecoveryFile.Content c = RecoveryFile.read(file);
        NativeFormatTest.assertEqualTopologies(t, c.topology());
        assertEquals(origin, c.origin());
    }

    @Test
    void writingRemovesTheOriginFileOfAnEarlierVersionSoThatItCannotBePairedWithNewContent() throws Exception {
        Path file = dir.resolve("recovery.json");
        Files.writeString(dir.resolve("recovery.path"), "/old/origin.json");

        RecoveryFile.write(file, RecoveryFile.encode(new Topology(), null));

        assertFalse(Files.exists(dir.resolve("recovery.path")));
        assertNull(RecoveryFile.read(file).origin());
    }

    @Test
    void anEnvelopeWinsOverAStrayOriginFile() throws Exception {
        Path file = dir.resolve("recovery.json");
        Files.write(file, RecoveryFile.encode(new Topology(), dir.resolve("new.json")));
        Files.writeString(dir.resolve("recovery.path"), "/old/origin.json");

        assertEquals(dir.resolve("new.json"), RecoveryFile.read(file).origin());
    }

    @Test
    void anEnvelopeWithoutItsDocumentIsReportedWithThePlace() throws Exception {
        Path file = Files.writeString(dir.resolve("recovery.json"),
                "{\"format\": \"lifeboat-recovery\", \"version\": 1, \"origin\": null}");

        LoadException e = assertThrows(LoadException.class, () -> RecoveryFile.read(file));

        assertEquals("$.document", e.location());
    }

    @Test
    void aCutRecoveryFileIsReportedNotHalfRead() throws Exception {
        byte[] whole = RecoveryFile.encode(NativeFormatTest.sample(), null);
        Path file = dir.resolve("recovery.json");
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));

        assertThrows(LoadException.class, () -> RecoveryFile.read(file));
    }

    @Test
    void deletingRemovesBothFilesOfAnEarlierVersion() throws Exception {
        Path file = Files.writeString(dir.resolve("recovery.json"), TopologyFiles.toJson(new Topology()));
        Files.writeString(dir.resolve("recovery.path"), "/x.json");

        RecoveryFile.delete(file);

        try (var s = Files.list(dir)) {
            assertTrue(s.findAny().isEmpty());
        }
    }
}

package dev.lifeboat.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.ui.Canonical;
import dev.lifeboat.ui.Samples;
import dev.lifeboat.ui.UiExecutor;
import dev.lifeboat.ui.command.RenameCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentServiceTest {

    @TempDir
    Path home;

    private DocumentService service() {
        return new DocumentService(UiExecutor.sameThread(), home);
    }

    @Test
    void anAutosaveIsOfferedBackAsAnUnsavedDocumentOfTheSameFile() {
        Document d = Samples.orderProcessor();
        d.commands().execute(new RenameCommand(d.topology().component("orders-db").orElseThrow(), "orders-main"));
        DocumentService service = service();

        service.autosave(d);

        assertTrue(service.hasRecovery());
        AtomicReference<Document> restored = new AtomicReference<>();
        service.restore(restored::set, e -> { throw new AssertionError(e); });
        assertEquals(Canonical.of(d.topology()), Canonical.of(restored.get().topology()));
        assertTrue(restored.get().commands().isDirty(), "restored work is not saved yet");
        assertEquals(Samples.ORDER_PROCESSOR.toAbsolutePath(), restored.get().file());
    }

    @Test
    void savingClearsTheDirtyFlagAndTheRecoveryFile() throws Exception {
        Document d = Samples.orderProcessor();
        d.commands().execute(new RenameCommand(d.topology().component("orders-db").orElseThrow(), "orders-main"));
        DocumentService service = service();
        service.autosave(d);
        Path file = home.resolve("copy.json");

        assertNull(service.save(d, file));

        assertFalse(d.commands().isDirty());
        assertFalse(service.hasRecovery());
        assertEquals(file, d.file());
        assertTrue(Files.readString(file).contains("orders-main"));
    }

    @Test
    void aBadFileIsReportedWithItsReason() throws Exception {
        Path bad = home.resolve("bad.json");
        Files.writeString(bad, "{ \"format\": \"lifeboat\", \"version\": 1, \"components\": [ { \"id\": 1 ");
        AtomicReference<String> reason = new AtomicReference<>();

        service().open(bad, d -> { throw new AssertionError("should not load"); }, reason::set);

        assertNotNull(reason.get());
        assertTrue(reason.get().contains("bad.json"), reason.get());
        assertFalse(reason.get().contains("Exception"), "a reason, not a stack trace: " + reason.get());
    }

    @Test
    void aFailedSaveLeavesTheDocumentUnsaved() {
        Document d = Samples.orderProcessor();
        d.commands().execute(new RenameCommand(d.topology().component("orders-db").orElseThrow(), "x"));

        String failure = service().save(d, home.resolve("no-such-dir").resolve("f.json"));

        assertNotNull(failure);
        assertTrue(d.commands().isDirty());
        assertEquals(Samples.ORDER_PROCESSOR, d.file());
    }

    @Test
    void anImportedServiceConfigWhoseValuesSayFormatAndLifeboatKeepsNoFileName() throws Exception {
        Path config = home.resolve("format.json");
        Files.writeString(config, "{\"service_name\":\"format\",\"dependencies\":[\"lifeboat\"]}");
        AtomicReference<Document> opened = new AtomicReference<>();

        service().open(config, opened::set, e -> { throw new AssertionError(e); });

        assertNotNull(opened.get().topology().component("format").orElse(null));
        assertNull(opened.get().file(), "Save must ask where to write, not overwrite the service-config file");
    }

    @Test
    void aNativeFileKeepsItsFileName() throws Exception {
        AtomicReference<Document> opened = new AtomicReference<>();
        service().open(Samples.ORDER_PROCESSOR, opened::set, e -> { throw new AssertionError(e); });
        assertEquals(Samples.ORDER_PROCESSOR, opened.get().file());
    }

    @Test
    void aFailedSaveSaysTheTargetTheReasonAndThatNothingWasWritten() {
        Document d = Samples.orderProcessor();
        Path file = home.resolve("no-such-dir").resolve("f.json");

        String failure = service().save(d, file);

        assertTrue(failure.contains(file.toString()), failure);
        assertTrue(failure.contains("folder") && failure.contains("does not exist"), failure);
        assertTrue(failure.contains("nothing was written"), failure);
        assertFalse(failure.contains(".tmp"), "the temporary file is no business of the user: " + failure);
    }

    @Test
    void aFailedSaveOverAFileSaysThePreviousFileIsIntact() throws Exception {
        Document d = Samples.orderProcessor();
        Path file = home.resolve("folder.json");
        Files.createDirectory(file);

        String failure = service().save(d, file);

        assertTrue(failure.contains(file.toString()), failure);
        assertTrue(failure.contains("is a folder"), failure);
    }

    @Test
    void recentFilesPutTheLatestFirstWithoutDuplicates() throws Exception {
        Preferences node = Preferences.userRoot().node("dev/lifeboat/ui-test-recent");
        try {
            RecentFiles recent = new RecentFiles(node);
            recent.add(Path.of("a.json"));
            recent.add(Path.of("b.json"));
            recent.add(Path.of("a.json"));
            assertEquals(2, recent.list().size());
            assertEquals(Path.of("a.json").toAbsolutePath(), recent.list().get(0));
        } finally {
            node.removeNode();
        }
    }
}

package dev.lifeboat.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.ui.Canonical;
import dev.lifeboat.ui.Samples;
import dev.lifeboat.ui.base.UiExecutor;
import dev.lifeboat.ui.command.AddComponentCommand;
import dev.lifeboat.ui.command.RenameCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
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
    void anAutosaveReplacesTheRecoveryFileInsteadOfWritingIntoIt() throws Exception {
        Document d = Samples.orderProcessor();
        d.commands().execute(new RenameCommand(d.topology().component("orders-db").orElseThrow(), "first"));
        DocumentService service = service();
        service.autosave(d);
        // a second name for the first autosave: an in-place write (truncate, write) would change it too
        Path firstAutosave = home.resolve("first-autosave");
        Files.createLink(firstAutosave, service.recoveryFile());
        String first = Files.readString(firstAutosave);

        d.commands().execute(new RenameCommand(d.topology().component("orders-db").orElseThrow(), "second"));
        service.autosave(d);

        assertEquals(first, Files.readString(firstAutosave), "the previous autosave was written over in place");
        assertTrue(Files.readString(service.recoveryFile()).contains("second"));
    }

    @Test
    void theRecoveryIsOneFileHoldingTheContentAndItsOrigin() throws Exception {
        Document d = Samples.orderProcessor();
        d.commands().execute(new RenameCommand(d.topology().component("orders-db").orElseThrow(), "x"));
        DocumentService service = service();

        service.autosave(d);

        assertEquals(List.of(service.recoveryFile()), listing(home));
        JsonNode root = new ObjectMapper().readTree(Files.readString(service.recoveryFile()));
        assertEquals("lifeboat-recovery", root.path("format").asText());
        assertEquals(Samples.ORDER_PROCESSOR.toAbsolutePath().toString(), root.path("origin").asText());
        assertEquals("lifeboat", root.path("document").path("format").asText());
    }

    @Test
    void anUntitledDocumentIsRecoveredWithoutAnOrigin() {
        DocumentService service = service();
        Document d = service.create();
        d.commands().execute(new AddComponentCommand(ComponentKind.REDIS, "cache", 10, 20, null));
        service.autosave(d);

        AtomicReference<Document> restored = new AtomicReference<>();
        service.restore(restored::set, e -> { throw new AssertionError(e); });

        assertNull(restored.get().file());
        assertEquals(Canonical.of(d.topology()), Canonical.of(restored.get().topology()));
    }

    @Test
    void aRecoveryLeftByAnEarlierVersionAsTwoFilesIsStillRestored() throws Exception {
        Document d = Samples.orderProcessor();
        Files.writeString(home.resolve("recovery.json"), TopologyFiles.toJson(d.topology()));
        Files.writeString(home.resolve("recovery.path"), "/work/elsewhere/orders.json");
        DocumentService service = service();
        assertTrue(service.hasRecovery());

        AtomicReference<Document> restored = new AtomicReference<>();
        service.restore(restored::set, e -> { throw new AssertionError(e); });

        assertEquals(Canonical.of(d.topology()), Canonical.of(restored.get().topology()));
        assertEquals(Path.of("/work/elsewhere/orders.json"), restored.get().file());
        service.discardRecovery();
        assertEquals(List.of(), listing(home));
    }

    @Test
    void anAutosaveThatLandsAfterASaveDoesNotBringTheRecoveryBack() throws Exception {
        Deque<Runnable> pending = new ArrayDeque<>();
        DocumentService service = new DocumentService(deferred(pending), home);
        Document d = Samples.orderProcessor();
        d.commands().execute(new RenameCommand(d.topology().component("orders-db").orElseThrow(), "x"));
        service.autosave(d);

        assertNull(service.save(d, home.resolve("saved.json")));
        while (!pending.isEmpty()) {
            pending.poll().run();
        }

        assertFalse(service.hasRecovery(), "the late autosave brought back work that is already saved");
    }

    @Test
    void anAutosaveThatLandsAfterADiscardDoesNotBringTheRecoveryBack() {
        Deque<Runnable> pending = new ArrayDeque<>();
        DocumentService service = new DocumentService(deferred(pending), home);
        Document d = Samples.orderProcessor();
        d.commands().execute(new RenameCommand(d.topology().component("orders-db").orElseThrow(), "x"));
        service.autosave(d);

        service.discardRecovery();
        pending.forEach(Runnable::run);

        assertFalse(service.hasRecovery());
    }

    @Test
    void laterAutosavesWinOverEarlierOnesThatRunLate() {
        Deque<Runnable> pending = new ArrayDeque<>();
        DocumentService service = new DocumentService(deferred(pending), home);
        Document d = Samples.orderProcessor();
        d.commands().execute(new RenameCommand(d.topology().component("orders-db").orElseThrow(), "early"));
        service.autosave(d);
        d.commands().execute(new RenameCommand(d.topology().component("orders-db").orElseThrow(), "late"));
        service.autosave(d);

        pending.pollLast().run();
        pending.pollFirst().run();

        AtomicReference<Document> restored = new AtomicReference<>();
        service.restore(restored::set, e -> { throw new AssertionError(e); });
        pending.poll().run();
        assertEquals("late", restored.get().topology().component("orders-db").orElseThrow().name());
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

    /** An executor whose background work waits in a queue until the test runs it. */
    static UiExecutor deferred(Deque<Runnable> pending) {
        return new UiExecutor() {
            @Override
            public <T> void background(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                pending.add(() -> UiExecutor.sameThread().background(work, done, failed));
            }

            @Override
            public void ui(Runnable action) {
                action.run();
            }
        };
    }

    static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}

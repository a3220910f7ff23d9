package dev.lifeboat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.document.DocumentService;
import dev.lifeboat.ui.document.RecentFiles;
import dev.lifeboat.ui.state.DesignerModel;
import dev.lifeboat.ui.Samples;
import dev.lifeboat.ui.base.UiExecutor;
import dev.lifeboat.ui.command.RenameCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The File menu's decisions, without a window: dialogs are answered by the test. */
class FileActionsTest {

    @TempDir
    Path home;

    private final Preferences prefs = Preferences.userRoot().node("dev/lifeboat/ui-test-file-actions");

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void quittingACleanDocumentRemovesTheRecoveryFile() {
        DesignerModel model = Samples.model();
        DocumentService service = new DocumentService(UiExecutor.sameThread(), home);
        FileActions files = new FileActions(model, service, new RecentFiles(prefs), null);
        Document d = model.document();
        // connect, autosave, undo: the document is as saved again
        d.commands().execute(new RenameCommand(d.topology().component("orders-db").orElseThrow(), "x"));
        service.autosave(d);
        d.commands().undo();
        assertFalse(d.commands().isDirty());
        assertTrue(service.hasRecovery());

        assertTrue(files.confirmDiscard(), "nothing to ask about a clean document");

        assertFalse(service.hasRecovery(), "the next start would offer work that was undone");
    }

    /** Dialogs answered by the test, remembering what was asked. */
    private static final class Answers implements FileActions.Dialogs {
        final List<String> asked = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        boolean yes;

        @Override
        public boolean confirmOverwrite(String header, String question) {
            asked.add(question);
            return yes;
        }

        @Override
        public void error(String header, String reason) {
            errors.add(reason);
        }
    }

    private Path readOnlyFile() throws Exception {
        Path file = Files.writeString(home.resolve("locked.json"), "precious");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        return file;
    }

    @Test
    void savingOverAReadOnlyFileAsksFirstAndLeavesItWhenTheAnswerIsNo() throws Exception {
        Path file = readOnlyFile();
        DesignerModel model = Samples.model();
        Answers answers = new Answers();
        FileActions files = new FileActions(model, new DocumentService(UiExecutor.sameThread(), home),
                new RecentFiles(prefs), null, answers);

        assertFalse(files.saveTo(file));

        assertEquals(List.of("locked.json is read-only. Overwrite it?"), answers.asked);
        assertEquals("precious", Files.readString(file));
        assertEquals(List.of(), answers.errors, "declining is no error");
    }

    @Test
    void savingOverAReadOnlyFileSavesWhenTheAnswerIsYes() throws Exception {
        Path file = readOnlyFile();
        DesignerModel model = Samples.model();
        model.document().commands().execute(
                new RenameCommand(model.topology().component("orders-db").orElseThrow(), "renamed"));
        Answers answers = new Answers();
        answers.yes = true;
        FileActions files = new FileActions(model, new DocumentService(UiExecutor.sameThread(), home),
                new RecentFiles(prefs), null, answers);

        assertTrue(files.saveTo(file));

        assertEquals(1, answers.asked.size());
        assertTrue(Files.readString(file).contains("renamed"));
        assertEquals(file, model.document().file());
        assertFalse(model.document().commands().isDirty());
    }

    @Test
    void savingOverAWritableFileAsksNothing() throws Exception {
        Path file = Files.writeString(home.resolve("plain.json"), "old");
        DesignerModel model = Samples.model();
        Answers answers = new Answers();
        FileActions files = new FileActions(model, new DocumentService(UiExecutor.sameThread(), home),
                new RecentFiles(prefs), null, answers);

        assertTrue(files.saveTo(file));

        assertEquals(List.of(), answers.asked);
    }

    @Test
    void aFailedSaveShowsTheReasonInWords() {
        DesignerModel model = Samples.model();
        Answers answers = new Answers();
        FileActions files = new FileActions(model, new DocumentService(UiExecutor.sameThread(), home),
                new RecentFiles(prefs), null, answers);
        Path file = home.resolve("missing").resolve("f.json");

        assertFalse(files.saveTo(file));

        assertEquals(List.of("Could not save " + file + ": the folder " + file.getParent()
                + " does not exist; nothing was written."), answers.errors);
    }
}

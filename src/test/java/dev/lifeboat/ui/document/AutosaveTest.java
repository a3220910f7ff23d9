package dev.lifeboat.ui.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Strength;
import dev.lifeboat.ui.state.DesignerModel;
import dev.lifeboat.ui.Samples;
import dev.lifeboat.ui.base.UiExecutor;
import dev.lifeboat.ui.command.AddDependencyCommand;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recovery file follows the document: there while work is unsaved, gone as soon as it is not. */
class AutosaveTest {

    @TempDir
    Path home;

    /** Connects the database back to the service that needs it: a cycle. */
    private static AddDependencyCommand cycle(DesignerModel model) {
        Component db = model.topology().component("orders-db").orElseThrow();
        Component service = model.topology().component("order-processor").orElseThrow();
        return new AddDependencyCommand(db, service, Strength.HARD);
    }

    @Test
    void anUndoBackToTheSavedStateRemovesTheRecoveryFile() {
        DesignerModel model = Samples.model();
        DocumentService service = new DocumentService(UiExecutor.sameThread(), home);
        Autosave autosave = new Autosave(service, model.documentProperty());
        model.document().commands().execute(cycle(model));
        autosave.tick();
        assertTrue(service.hasRecovery());

        model.document().commands().undo();

        assertFalse(model.document().commands().isDirty());
        assertFalse(service.hasRecovery(), "the next start would bring the undone cycle back");
        autosave.tick();
        assertFalse(service.hasRecovery(), "nothing unsaved, nothing to autosave");

        model.document().commands().redo();
        autosave.tick();
        assertTrue(service.hasRecovery(), "unsaved again: autosaved again");
    }

    @Test
    void anAutosaveStillRunningWhenTheUndoLandsDoesNotBringTheRecoveryBack() {
        Deque<Runnable> pending = new ArrayDeque<>();
        DesignerModel model = Samples.model();
        DocumentService service = new DocumentService(DocumentServiceTest.deferred(pending), home);
        Autosave autosave = new Autosave(service, model.documentProperty());
        model.document().commands().execute(cycle(model));
        autosave.tick();

        model.document().commands().undo();
        pending.forEach(Runnable::run);

        assertFalse(service.hasRecovery());
    }

    @Test
    void aNewlyOpenedDocumentIsAutosavedFromItsFirstChange() {
        DesignerModel model = Samples.model();
        DocumentService service = new DocumentService(UiExecutor.sameThread(), home);
        Autosave autosave = new Autosave(service, model.documentProperty());
        model.document().commands().execute(cycle(model));
        autosave.tick();
        service.discardRecovery();

        model.open(Samples.orderProcessor());
        model.document().commands().execute(cycle(model));
        autosave.tick();

        assertTrue(service.hasRecovery());
    }
}

package dev.lifeboat.ui.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.state.DesignerModel;
import dev.lifeboat.ui.Samples;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CommandManagerTest {

    private final DesignerModel model = Samples.model();
    private final CommandManager commands = model.document().commands();
    private final Topology topology = model.topology();
    private final Component db = topology.component("orders-db").orElseThrow();

    @Test
    void aMoveCanBeUndoneAndRedoneAndTheRevisionCountsEveryStep() {
        double x = db.x();
        long r0 = commands.revisionProperty().get();

        model.execute(new MoveCommand("Move").move(db, x + 40, db.y(), db.place()));

        assertEquals(x + 40, db.x());
        assertEquals("Move orders-db", commands.undoDescriptionProperty().get());
        assertEquals(r0 + 1, commands.revisionProperty().get());
        model.undo();
        assertEquals(x, db.x());
        assertEquals("Move orders-db", commands.redoDescriptionProperty().get());
        model.redo();
        assertEquals(x + 40, db.x());
        assertEquals(r0 + 3, commands.revisionProperty().get());
    }

    @Test
    void theDirtyFlagAndTitleFollowTheRevision() {
        assertFalse(commands.isDirty());
        assertEquals("order-processor.json \u2014 Lifeboat", model.titleProperty().get());

        model.execute(new RenameCommand(db, "orders-primary"));

        assertTrue(commands.isDirty());
        assertEquals("order-processor.json* \u2014 Lifeboat", model.titleProperty().get());
        model.undo();
        assertFalse(commands.isDirty(), "back at the saved state");
        model.redo();
        commands.markSaved();
        assertFalse(commands.isDirty());
        model.undo();
        assertTrue(commands.isDirty(), "undoing past a save differs from the saved file");
    }

    @Test
    void aRefusedCommandLeavesStacksAndModelAlone() {
        Component svc = topology.component("order-processor").orElseThrow();
        long r0 = commands.revisionProperty().get();

        boolean ran = model.execute(new AddDependencyCommand(svc, db, dev.lifeboat.model.Strength.HARD));

        assertFalse(ran, "order-processor already depends on orders-db");
        assertEquals(r0, commands.revisionProperty().get());
        assertFalse(commands.canUndoProperty().get());
        assertTrue(model.statusProperty().get().contains("already depends"));
    }

    @Test
    void aCommandCannotRunAnotherCommand() {
        Command nested = new Command() {
            @Override
            public void execute(Topology t) {
                commands.execute(new RenameCommand(db, "x"));
            }

            @Override
            public void undo(Topology t) {
            }

            @Override
            public String description() {
                return "nested";
            }
        };
        assertThrows(IllegalStateException.class, () -> commands.execute(nested));
        assertEquals("orders-db", db.name());
    }

    @Test
    void everyChangeUpdatesTheAnalysisOnce() {
        AtomicInteger updates = new AtomicInteger();
        model.document().analysis().addListener(c -> updates.incrementAndGet());

        model.execute(new SetSettingCommand(db, "backup_interval", 900L));

        assertEquals(1, updates.get());
    }
}

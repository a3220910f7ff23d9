package dev.lifeboat.ui.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.Samples;
import dev.lifeboat.ui.state.DesignerModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several commands as one edit: one undo step, reverted in reverse order, and nothing left when a part is refused. */
class CompoundCommandTest {

    private final DesignerModel model = Samples.model();
    private final Topology topology = model.topology();
    private final Component db = topology.component("orders-db").orElseThrow();

    @Test
    void runsAsOneEditAndUndoesInOneStep() {
        String before = TopologyFiles.toJson(topology);
        long revision = model.document().commands().revisionProperty().get();

        assertTrue(model.execute(new CompoundCommand("Apply recommendation (cheapest)", List.of(
                new SetSettingCommand(db, "backup_interval", 86_400L),
                new SetSettingCommand(db, "continuous_archiving", true),
                // the same setting twice: undo must restore the first value, not the second's
                new SetSettingCommand(db, "backup_interval", 7_200L)))));

        assertEquals(7_200L, db.value("backup_interval"));
        assertEquals(true, db.value("continuous_archiving"));
        assertEquals(revision + 1, model.document().commands().revisionProperty().get());
        assertEquals("Apply recommendation (cheapest)", model.document().commands().undoDescriptionProperty().get());
        model.undo();
        assertEquals(before, TopologyFiles.toJson(topology));
        model.redo();
        assertEquals(7_200L, db.value("backup_interval"));
    }

    @Test
    void aRefusedPartLeavesTheDesignAsItWas() {
        String before = TopologyFiles.toJson(topology);

        assertFalse(model.execute(new CompoundCommand("Apply", List.of(
                new SetSettingCommand(db, "backup_interval", 86_400L),
                new SetVariantValueCommand("no such variant", db, "backup_interval", 60L)))));

        assertEquals(before, TopologyFiles.toJson(topology));
        assertFalse(model.document().commands().canUndoProperty().get());
    }

    @Test
    void editsAVariantOnlyWhenEveryPartDoes() {
        assertTrue(new CompoundCommand("x", List.of(new AddVariantCommand("A"),
                new SetVariantValueCommand("A", db, "backup_interval", 60L))).editsVariant());
        assertFalse(new CompoundCommand("x", List.of(new AddVariantCommand("A"),
                new SetSettingCommand(db, "backup_interval", 60L))).editsVariant());
        assertThrows(IllegalArgumentException.class, () -> new CompoundCommand("x", List.of()));
    }
}

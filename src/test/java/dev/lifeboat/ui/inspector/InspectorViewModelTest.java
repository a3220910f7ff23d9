package dev.lifeboat.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.ReplicationMode;
import dev.lifeboat.model.SettingGroup;
import dev.lifeboat.model.Strength;
import dev.lifeboat.ui.state.DesignerModel;
import dev.lifeboat.ui.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

class InspectorViewModelTest {

    private final DesignerModel model = Samples.model();
    private final InspectorViewModel vm = new InspectorViewModel(model);
    private final Component db = model.topology().component("orders-db").orElseThrow();

    @Test
    void showsTheSelectedComponentsSettingsGroupedBySettingGroup() {
        model.selection().select(db);

        assertEquals("orders-db", vm.headingProperty().get());
        assertEquals("PostgreSQL", vm.subheadingProperty().get());
        assertEquals("1h", vm.item("field-backup_interval").getValue());
        assertEquals(SettingGroup.BACKUP.label(), vm.item("field-backup_interval").getCategory());
        assertEquals(InspectorItem.Editor.CHOICE, vm.item("field-replication_mode").editor());
        assertEquals(InspectorItem.Editor.BOOLEAN, vm.item("field-continuous_archiving").editor());
        assertEquals("GB", vm.item("field-data_size_gb").unit());
        assertEquals("eu-west-1a", ((dev.lifeboat.model.Place) vm.item("field-place").getValue()).id());
    }

    @Test
    void anAcceptedEditIsOneUndoableCommand() {
        model.selection().select(db);
        InspectorItem backup = vm.item("field-backup_interval");

        backup.setValue("15m");

        assertNull(backup.error());
        assertEquals(900L, db.value("backup_interval"));
        assertEquals("15m", backup.getValue());
        assertEquals("Set orders-db Backup interval", model.document().commands().undoDescriptionProperty().get());
        model.undo();
        assertEquals(3600L, db.value("backup_interval"));
        assertEquals("1h", backup.getValue(), "the row follows the undo");
    }

    @Test
    void invalidInputIsRefusedWithAMessageAndTheModelIsUntouched() {
        model.selection().select(db);
        long revision = model.document().commands().revisionProperty().get();
        InspectorItem backup = vm.item("field-backup_interval");

        backup.setValue("every so often");

        assertTrue(backup.error().contains("not a duration"), backup.error());
        assertEquals(3600L, db.value("backup_interval"));
        assertEquals(revision, model.document().commands().revisionProperty().get());

        vm.item("field-replicas").setValue("99");
        assertTrue(vm.item("field-replicas").error().contains("out of range"));
        assertEquals(1, db.value("replicas"));

        backup.setValue("30m");
        assertNull(backup.error(), "a valid value clears the message");
    }

    @Test
    void choicesAndBooleansBecomeCommandsToo() {
        model.selection().select(db);

        vm.item("field-replication_mode").setValue(ReplicationMode.SYNC);
        vm.item("field-continuous_archiving").setValue(true);

        assertEquals(ReplicationMode.SYNC, db.value("replication_mode"));
        assertEquals(true, db.value("continuous_archiving"));
        model.undo();
        assertEquals(false, db.value("continuous_archiving"));
    }

    @Test
    void aDependencyShowsItsStrength() {
        var d = model.topology().dependencies().get(0);
        model.selection().select(d);

        vm.item("field-strength").setValue(Strength.SOFT);

        assertEquals(Strength.SOFT, d.strength());
        assertTrue(vm.subheadingProperty().get().contains("soft"));
    }

    @Test
    void aJourneyEditsItsNameEntriesAndObjectives() {
        Journey j = model.topology().journey("place-order").orElseThrow();
        vm.inspect(j);

        vm.item("field-rpo-objective").setValue("1h");
        vm.item("field-rto-objective").setValue("soon");
        vm.item("field-entries").setValue(List.of(db));

        assertEquals("1h", j.rpoObjective().toString());
        assertEquals("5m", j.rtoObjective().toString());
        assertFalse(vm.item("field-rto-objective").error().isEmpty());
        assertEquals(List.of(db), j.entries());
        vm.item("field-rpo-objective").setValue("none");
        assertNull(j.rpoObjective());
    }

    @Test
    void aRemovedComponentHandsTheInspectorBackToTheSelectedJourney() {
        model.selection().select(db);

        new dev.lifeboat.ui.EditActions(model).delete();

        assertEquals("Place order", vm.headingProperty().get());
        model.journeyProperty().set(null);
        assertTrue(vm.items().isEmpty());
        assertEquals("Nothing selected", vm.headingProperty().get());
    }
}

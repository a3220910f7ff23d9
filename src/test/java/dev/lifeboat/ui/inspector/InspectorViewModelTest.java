package dev.lifeboat.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.BackupCopy;
import dev.lifeboat.model.Failover;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.ListSetting;
import dev.lifeboat.model.Objectives;
import dev.lifeboat.model.ReplicaGroup;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.ReplicationMode;
import dev.lifeboat.model.SettingGroup;
import dev.lifeboat.model.Strength;
import dev.lifeboat.ui.state.DesignerModel;
import dev.lifeboat.ui.Samples;
import dev.lifeboat.ui.inspector.InspectorItem.ListEdit;
import dev.lifeboat.ui.inspector.InspectorItem.Pair;
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

    @Test
    void aListSettingIsEditedEntryByEntryEachEditOneCommand() {
        model.selection().select(db);
        InspectorItem groups = vm.item("field-more_replica_groups");
        assertEquals(InspectorItem.Editor.LIST, groups.editor());
        assertEquals(List.of(), groups.getValue());

        groups.setValue(new ListEdit.Add());
        groups.setValue(new ListEdit.SetField(0, "mode", ReplicationMode.SYNC));
        groups.setValue(new ListEdit.SetField(0, "lag", "30s"));
        groups.setValue(new ListEdit.SetField(0, "failover", Failover.AUTOMATIC));

        List<ListSetting.Entry> now = db.get(ReplicaGroup.MORE);
        assertEquals(1, now.size());
        assertEquals(ReplicationMode.SYNC, now.get(0).get(ReplicaGroup.MODE));
        assertEquals(30L, now.get(0).get(ReplicaGroup.LAG));
        assertFalse(now.get(0).isSet(ReplicaGroup.PLACEMENT), "a field never touched stays at its default");
        assertEquals(now, groups.getValue(), "the row follows the model");

        model.undo();
        assertEquals(Failover.MANUAL, db.get(ReplicaGroup.MORE).get(0).get(ReplicaGroup.FAILOVER));
        model.undo();
        model.undo();
        model.undo();
        assertEquals(List.of(), db.get(ReplicaGroup.MORE), "four edits, four undos");
        model.redo();
        assertEquals(1, db.get(ReplicaGroup.MORE).size());
    }

    @Test
    void aBlankFieldGoesBackToItsDefaultAndRemoveDropsTheEntry() {
        model.selection().select(db);
        InspectorItem copies = vm.item("field-backup_copies");
        copies.setValue(new ListEdit.Add());
        copies.setValue(new ListEdit.Add());
        copies.setValue(new ListEdit.SetField(1, "delay", "2h"));
        assertEquals(7200L, db.get(BackupCopy.COPIES).get(1).get(BackupCopy.DELAY));

        copies.setValue(new ListEdit.SetField(1, "delay", " "));
        assertFalse(db.get(BackupCopy.COPIES).get(1).isSet(BackupCopy.DELAY));
        assertEquals("1h (assumed)", ListEditor.defaultText(BackupCopy.DELAY), "an assumed default says so");

        copies.setValue(new ListEdit.Remove(0));
        assertEquals(1, db.get(BackupCopy.COPIES).size());
        model.undo();
        assertEquals(2, db.get(BackupCopy.COPIES).size());
    }

    @Test
    void anInvalidFieldIsRefusedNamingTheEntryAndTheFieldAndChangesNothing() {
        model.selection().select(db);
        InspectorItem groups = vm.item("field-more_replica_groups");
        groups.setValue(new ListEdit.Add());
        long revision = model.document().commands().revisionProperty().get();

        groups.setValue(new ListEdit.SetField(0, "lag", "a while"));

        assertTrue(groups.error().startsWith("Replica group 2: Lag"), groups.error());
        assertEquals(revision, model.document().commands().revisionProperty().get());
        assertFalse(db.get(ReplicaGroup.MORE).get(0).isSet(ReplicaGroup.LAG));
        groups.setValue(new ListEdit.SetField(0, "replicas", "0"));
        assertTrue(groups.error().contains("Replicas"), groups.error());
        groups.setValue(new ListEdit.SetField(0, "lag", "10s"));
        assertNull(groups.error(), "a valid edit clears the message");
    }

    @Test
    void noMoreEntriesThanTheModelAllows() {
        model.selection().select(db);
        InspectorItem groups = vm.item("field-more_replica_groups");
        for (int i = 0; i < ListSetting.MAX_ENTRIES; i++) {
            groups.setValue(new ListEdit.Add());
        }
        assertNull(groups.error());

        groups.setValue(new ListEdit.Add());

        assertTrue(groups.error().contains("at most " + ListSetting.MAX_ENTRIES), groups.error());
        assertEquals(ListSetting.MAX_ENTRIES, db.get(ReplicaGroup.MORE).size());
    }

    @Test
    void aJourneysObjectivesPerFailureAreOneCommandEachWithTheDefaultAsPrompt() {
        Journey j = model.topology().journey("place-order").orElseThrow();
        vm.inspect(j);
        InspectorItem region = vm.item("field-objectives-region-loss");
        Pair shown = (Pair) region.getValue();
        assertEquals("", shown.first());
        assertEquals(String.valueOf(j.rpoObjective()), shown.firstPrompt(), "empty shows the journey's objective");

        region.setValue(shown.typed("1h", "4h"));

        assertEquals(new Objectives(TimeBound.ofHours(1), TimeBound.ofHours(4)),
                j.scenarioObjectives().get("region-loss"));
        assertEquals("Edit journey " + j.name(), model.document().commands().undoDescriptionProperty().get());
        region.setValue(((Pair) region.getValue()).typed("", "4h"));
        assertEquals(new Objectives(null, TimeBound.ofHours(4)), j.scenarioObjectives().get("region-loss"));

        region.setValue(((Pair) region.getValue()).typed("whenever", "4h"));
        assertTrue(region.error().startsWith("RPO under region loss"), region.error());

        model.undo();
        assertEquals(TimeBound.ofHours(1), j.scenarioObjectives().get("region-loss").rpo());
        model.undo();
        assertTrue(j.scenarioObjectives().isEmpty());
        assertEquals("", ((Pair) region.getValue()).second(), "the row follows the undo");
    }

    @Test
    void theCostSectionShowsWhatTheComponentCostsAndFollowsEdits() {
        model.selection().select(db);
        // orders-db: 1 primary + 1 async replica in another zone = 2 x 110.96 = 221.92, 2 disks of 100 GB = 16,
        // backups every 1h kept 7d = 168 x 100 GB x 0.023 = 386.40, 300 GB across zones x 0.02 = 6
        InspectorItem total = vm.item("field-cost-total");
        assertEquals(SettingGroup.COST.label(), total.getCategory());
        assertEquals(InspectorItem.Editor.READ_ONLY, total.editor());
        assertEquals("$630.32", total.getValue());
        InspectorItem instances = vm.item("field-cost-instances");
        assertEquals("Instances", instances.getName());
        assertEquals("$221.92", instances.getValue());
        assertTrue(instances.detail().contains("db.m6g.large"), instances.detail());
        assertEquals("$386.40", vm.item("field-cost-backups").getValue());
        assertEquals("$0.00", vm.item("field-cost-archive").getValue());
        assertEquals("Nothing with these settings.", vm.item("field-cost-archive").detail());

        // an edit of a setting changes the amounts and their computation, on the same rows
        vm.item("field-replicas").setValue("2");
        assertEquals("$332.88", instances.getValue(), "3 x 110.96");
        assertTrue(instances.detail().contains("3 x $110.96"), instances.detail());
        // 332.88 + 3 disks = 24 + 386.40 + 600 GB across zones x 0.02 = 12
        assertEquals("$755.28", total.getValue());

        // a setting that adds a line (continuous archiving): 10 GB/day x 7 days = 70 GB x 0.0036 = 0.252
        vm.item("field-continuous_archiving").setValue(true);
        assertEquals("$0.25", vm.item("field-cost-archive").getValue());
        assertTrue(vm.item("field-cost-archive").detail().startsWith("Archived log $0.25: 10 GB/day written "
                + "(assumed) x 7 days kept"), vm.item("field-cost-archive").detail());
        assertSame(instances, vm.item("field-cost-instances"), "no edit rebuilds the rows");

        // a component's own instance price replaces the table's
        vm.item("field-instance_monthly_price").setValue("100");
        assertEquals("$300.00", instances.getValue());
        assertEquals(100.0, db.value("instance_monthly_price"));
        vm.item("field-instance_monthly_price").setValue("table");
        assertEquals(null, db.value("instance_monthly_price"));
        assertEquals("$332.88", instances.getValue());
    }

    @Test
    void theWriteLatencyRowSaysWhatASynchronousReplicaAdds() {
        model.selection().select(db);
        InspectorItem latency = vm.item("field-write-latency");
        assertEquals("+1 ms (assumed) per write", latency.getValue(), "synchronous_commit waits for the WAL flush");
        vm.item("field-replication_mode").setValue(ReplicationMode.SYNC);
        assertEquals("+1.5 ms, +1 ms (assumed) per write", latency.getValue());
        assertTrue(latency.detail().contains("every commit waits one network round trip"), latency.detail());
    }
}

package dev.lifeboat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.ListSetting;
import dev.lifeboat.model.ReplicaGroup;
import dev.lifeboat.model.ReplicationMode;
import dev.lifeboat.model.Settings;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.Variant;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Named variants in the native format: written in the settings' own form, read back equal, refused in place. */
class VariantFormatTest {

    private static Topology withVariants() {
        Topology t = NativeFormatTest.sample();
        Component db = t.component("db").orElseThrow();
        Component api = t.component("api").orElseThrow();
        Component raft = t.component("config").orElseThrow();
        Variant a = t.addVariant("Proposal A");
        a = t.setVariantValue(a, db, Settings.REPLICATION_MODE.key(), ReplicationMode.SYNC);
        a = t.setVariantValue(a, db, Settings.BACKUP_INTERVAL.key(), Variant.DEFAULT);
        a = t.setVariantValue(a, db, ReplicaGroup.MORE.key(),
                "mode=async placement=other_region lag=10s");
        t.setVariantValue(a, raft, "member_zones", List.of("dc-2"));
        Variant b = t.addVariant("Proposal B");
        t.setVariantValue(b, api, "instances", 6);
        return t;
    }

    @Test
    void variantsRoundTripToTheSameBytes() throws Exception {
        Topology original = withVariants();
        String first = TopologyFiles.toJson(original);
        Topology read = TopologyFiles.read(first, Path.of("v.json"));
        assertEquals(first, TopologyFiles.toJson(read));
        assertEquals(original.variants(), read.variants());
        assertTrue(first.contains("\"variants\""), first);
        assertTrue(first.contains("\"replication_mode\": \"sync\""), first);
        assertTrue(first.contains("\"backup_interval\": null"), first);
        assertTrue(first.contains("\"more_replica_groups\": ["), first);
    }

    @Test
    void applyingAVariantChangesACopyAndLeavesTheBaseline() {
        Topology t = withVariants();
        Topology a = t.variant("proposal a").orElseThrow().apply(t);
        Component db = a.component("db").orElseThrow();
        assertEquals(ReplicationMode.SYNC, db.get(Settings.REPLICATION_MODE));
        assertFalse(db.isSet(Settings.BACKUP_INTERVAL), "back to the kind's default");
        assertEquals(1, db.get(ReplicaGroup.MORE).size());
        assertEquals(ReplicationMode.SEMI_SYNC, t.component("db").orElseThrow().get(Settings.REPLICATION_MODE));
        assertTrue(a.variants().isEmpty());
        assertEquals(t.components().size(), a.components().size());
        assertEquals(t.dependencies().size(), a.dependencies().size());
    }

    @Test
    void aTopologyWithoutVariantsWritesNoVariantsKey() {
        assertFalse(TopologyFiles.toJson(NativeFormatTest.sample()).contains("variants"));
    }

    @Test
    void changesOfARemovedComponentAreNotWritten() throws Exception {
        Topology t = withVariants();
        t.removeComponent(t.component("api").orElseThrow());
        Topology read = TopologyFiles.read(TopologyFiles.toJson(t), null);
        assertTrue(read.variant("Proposal B").orElseThrow().changes().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            dangling id    | {"orders-db": {"replicas": 1}}       | $.variants[0].changes['orders-db']: no component with id "orders-db"
            unknown key    | {"db": {"replica": 1}}               | $.variants[0].changes.db.replica: unknown setting "replica" for PostgreSQL
            bad value      | {"db": {"replicas": 99}}             | $.variants[0].changes.db.replicas:
            bad list entry | {"db": {"more_replica_groups": [{"mode": "x"}]}} | $.variants[0].changes.db.more_replica_groups[0].mode:
            not an object  | {"db": 3}                            | $.variants[0].changes.db: expected a JSON object
            """)
    void badChangesAreRefusedWhereTheyStand(String what, String changes, String expected) {
        LoadException e = assertThrows(LoadException.class, () -> TopologyFiles.read("""
                {"format": "lifeboat", "version": 3,
                 "components": [{"id": "db", "kind": "postgresql"}],
                 "variants": [{"name": "Proposal A", "changes": %s}]}
                """.formatted(changes), Path.of("v.json")));
        assertTrue(e.getMessage().startsWith("v.json: " + expected), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void duplicateAndReservedNamesAreRefused() {
        LoadException dup = assertThrows(LoadException.class, () -> TopologyFiles.read("""
                {"format": "lifeboat", "version": 3,
                 "variants": [{"name": "Proposal A"}, {"name": "proposal a"}]}
                """, Path.of("v.json")));
        assertTrue(dup.getMessage().startsWith("v.json: $.variants[1].name: a variant named \"Proposal A\" already"),
                dup.getMessage());
        LoadException reserved = assertThrows(LoadException.class, () -> TopologyFiles.read("""
                {"format": "lifeboat", "version": 3, "variants": [{"name": "baseline"}]}
                """, Path.of("v.json")));
        assertTrue(reserved.getMessage().startsWith("v.json: $.variants[0].name: "), reserved.getMessage());
        LoadException unknownKey = assertThrows(LoadException.class, () -> TopologyFiles.read("""
                {"format": "lifeboat", "version": 3, "variants": [{"name": "A", "change": {}}]}
                """, Path.of("v.json")));
        assertTrue(unknownKey.getMessage().startsWith("v.json: $.variants[0]"), unknownKey.getMessage());
    }

    @Test
    void listEntriesAreRecordsThatCompareEqual() {
        // variants compare by value: list settings' entries must too
        Topology t = withVariants();
        Object groups = t.variant("Proposal A").orElseThrow().value("db", ReplicaGroup.MORE.key());
        assertTrue(groups instanceof List<?> l && l.get(0) instanceof ListSetting.Entry, String.valueOf(groups));
    }
}

package dev.lifeboat.engine.rules;

import static dev.lifeboat.engine.rules.Fixture.assess;
import static dev.lifeboat.engine.rules.Fixture.expect;
import static dev.lifeboat.engine.rules.Fixture.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.ObjectStorage;
import dev.lifeboat.model.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectStorageRuleTest {

    private final Fixture f = new Fixture();

    private Component bucket(Object... settings) {
        return f.add(ComponentKind.OBJECT_STORAGE, settings);
    }

    @Test
    void objectsStoredAcrossThreeZonesLoseNothingOnNodeOrZoneLoss() {
        for (Scenario s : List.of(Scenario.PROCESS_CRASH, Scenario.NODE_LOSS, Scenario.ZONE_LOSS)) {
            ComponentAssessment a = assess(bucket(), s);
            expect(a, "0", "0", RecoveryAction.NONE);
            assertTrue(a.references().contains(ObjectStorageRule.S3_DURABILITY));
        }
    }

    @Test
    void replicationTimeControlBoundsRegionLossToFifteenMinutes() {
        ComponentAssessment a = assess(bucket("cross_region_replication", true, "replication_time_control", true),
                Scenario.REGION_LOSS);

        expect(a, "15m", "15m", RecoveryAction.FAILOVER);
        // the 15 minutes of RTC are documented (RPO); the switch to the replica bucket is not (RTO)
        assertTrue(a.rpoAssumptions().isEmpty());
        assertEquals(List.of(ObjectStorage.FAILOVER_TIME.label()), a.rtoAssumptions());
        assertTrue(a.references().contains(ObjectStorageRule.S3_RTC));
    }

    @Test
    void crossRegionReplicationWithoutTimeControlLosesTheAssumedLag() {
        ComponentAssessment a = assess(bucket("cross_region_replication", true), Scenario.REGION_LOSS);

        expect(a, "1h", "15m", RecoveryAction.FAILOVER);
        assertEquals(List.of(Settings.REPLICATION_LAG.label()), a.rpoAssumptions());
        assertEquals(List.of(ObjectStorage.FAILOVER_TIME.label()), a.rtoAssumptions());
    }

    @Test
    void withoutCrossRegionReplicationARegionLossLosesTheBucket() {
        expect(assess(bucket(), Scenario.REGION_LOSS), "unbounded", "unbounded", RecoveryAction.IMPOSSIBLE);
    }

    @Test
    void versioningAloneDoesNotSurviveDeletedVersionsOrADeletedBucket() {
        // the worst case of logical corruption: versions deleted, expired by a lifecycle rule, or the bucket deleted
        ComponentAssessment a = assess(bucket("versioning", true), Scenario.LOGICAL_CORRUPTION);

        expect(a, "unbounded", "unbounded", RecoveryAction.IMPOSSIBLE);
        mentions(a, "lifecycle rule", "bucket is deleted");
        assertTrue(a.references().contains(ObjectStorageRule.S3_NOT_REPLICATED));
    }

    @Test
    void aReplicaBucketKeepsWhatDeletionsOfVersionsRemoveFromTheSource() {
        // deleting versions is not replicated: the replica bucket has all but the lag; 1000 GB at 500 GB/h back
        ComponentAssessment a = assess(bucket("versioning", true, "cross_region_replication", true,
                "replication_time_control", true), Scenario.LOGICAL_CORRUPTION);

        expect(a, "15m", "2h", RecoveryAction.RESTORE);
        mentions(a, "not replicated");
    }

    @Test
    void withoutVersioningCorruptionIsUnrecoverable() {
        expect(assess(bucket("cross_region_replication", true), Scenario.LOGICAL_CORRUPTION), "unbounded",
                "unbounded", RecoveryAction.IMPOSSIBLE);
    }
}

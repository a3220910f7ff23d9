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
import dev.lifeboat.model.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresqlRuleTest {

    private final Fixture f = new Fixture();

    private Component pg(Object... settings) {
        return f.add(ComponentKind.POSTGRESQL, settings);
    }

    @Test
    void hourlyBackupsUnderLogicalCorruptionLoseUpToAnHourAndRestoreInProvisionPlusSizeOverRate() {
        ComponentAssessment a = assess(pg("backup_interval", "1h"), Scenario.LOGICAL_CORRUPTION);

        // 15m provisioning (assumed) + 100 GB at 200 GB/h (30m, the rate assumed)
        expect(a, "1h", "45m", RecoveryAction.RESTORE);
        assertEquals(List.of(Settings.PROVISION_TIME.label(), Settings.RESTORE_RATE.label()), a.assumptions());
        mentions(a, "replicas apply the bad change too", "backup_interval", "100 GB at 200 GB/h", "backup_retention");
        assertTrue(a.references().contains(PostgresqlRule.PG_PITR));
    }

    @Test
    void pointInTimeRecoveryUnderCorruptionLosesTheArchiveIntervalAndReplaysTheLog() {
        ComponentAssessment a = assess(pg("backup_interval", "1d", "continuous_archiving", true,
                "archive_interval", "1m"), Scenario.LOGICAL_CORRUPTION);

        // 15m + 30m + one day of log replayed at 10x (2h24m)
        expect(a, "1m", "3h9m", RecoveryAction.RESTORE);
        assertTrue(a.assumptions().contains(Settings.LOG_REPLAY_SPEED.label()));
        mentions(a, "archive_interval", "replay up to 1d");
    }

    @Test
    void archivingWithoutABaseBackupCannotRestoreAnything() {
        ComponentAssessment a = assess(pg("continuous_archiving", true), Scenario.NODE_LOSS);

        expect(a, "unbounded", "unbounded", RecoveryAction.IMPOSSIBLE);
        mentions(a, "without a base backup");
    }

    @Test
    void withoutBackupsOrReplicasNodeLossIsUnrecoverable() {
        expect(assess(pg(), Scenario.NODE_LOSS), "unbounded", "unbounded", RecoveryAction.IMPOSSIBLE);
        expect(assess(pg(), Scenario.LOGICAL_CORRUPTION), "unbounded", "unbounded", RecoveryAction.IMPOSSIBLE);
    }

    @Test
    void synchronousCommitLosesNothingOnAProcessCrashAndRestarts() {
        ComponentAssessment a = assess(pg(), Scenario.PROCESS_CRASH);

        expect(a, "0", "1m", RecoveryAction.RESTART);
        assertTrue(a.references().contains(PostgresqlRule.PG_ASYNC_COMMIT));
    }

    @Test
    void asynchronousCommitLosesUpToThreeWalWriterDelaysRoundedToOneSecondOnACrash() {
        ComponentAssessment a = assess(pg("synchronous_commit", false), Scenario.PROCESS_CRASH);

        expect(a, "1s", "1m", RecoveryAction.RESTART);
        mentions(a, "wal_writer_delay");
    }

    @Test
    void fsyncOffLosesNothingOnAProcessCrashButSaysWhatItRisks() {
        ComponentAssessment a = assess(pg("fsync", false), Scenario.PROCESS_CRASH);

        expect(a, "0", "1m", RecoveryAction.RESTART);
        mentions(a, "fsync=off", "corrupt");
    }

    @Test
    void synchronousReplicaInAnotherZoneLosesNothingOnZoneLoss() {
        ComponentAssessment a = assess(pg("replication_mode", "sync", "replicas", 1, "replica_placement", "other_zone",
                "failover", "automatic", "failover_time", "30s"), Scenario.ZONE_LOSS);

        expect(a, "0", "30s", RecoveryAction.FAILOVER);
        assertTrue(a.assumptions().isEmpty());
        mentions(a, "in another zone", "failover_time");
    }

    @Test
    void asynchronousReplicaLosesTheReplicationLagOnNodeLoss() {
        ComponentAssessment a = assess(pg("replication_mode", "async", "replicas", 1, "replication_lag", "10s",
                "failover", "automatic"), Scenario.NODE_LOSS);

        expect(a, "10s", "1m", RecoveryAction.FAILOVER);
        // the 10s lag is the user's statement; PostgreSQL documents no automatic failover time
        assertEquals(List.of(), a.rpoAssumptions());
        assertEquals(List.of(Settings.FAILOVER_TIME.label()), a.rtoAssumptions());
    }

    @Test
    void manualFailoverTakesTheAssumedPromotionTime() {
        ComponentAssessment a = assess(pg("replication_mode", "sync", "replicas", 1), Scenario.NODE_LOSS);

        expect(a, "0", "30m", RecoveryAction.PROMOTE);
        assertEquals(List.of(Settings.PROMOTION_TIME.label()), a.assumptions());
    }

    @Test
    void synchronousCommitOffDoesNotWaitForTheSynchronousStandby() {
        ComponentAssessment a = assess(pg("replication_mode", "sync", "replicas", 1, "synchronous_commit", false),
                Scenario.NODE_LOSS);

        expect(a, "5s", "30m", RecoveryAction.PROMOTE);
        mentions(a, "synchronous_commit=off");
    }

    @Test
    void replicaInTheSameZoneFallsBackToBackupsOnZoneLoss() {
        ComponentAssessment a = assess(pg("replication_mode", "sync", "replicas", 2, "replica_placement", "same_zone",
                "backup_interval", "1h"), Scenario.ZONE_LOSS);

        expect(a, "1h", "45m", RecoveryAction.RESTORE);
        mentions(a, "same zone");
    }

    @Test
    void replicaInTheSameZoneStillCoversNodeLoss() {
        expect(assess(pg("replication_mode", "sync", "replicas", 1, "replica_placement", "same_zone"),
                Scenario.NODE_LOSS), "0", "30m", RecoveryAction.PROMOTE);
    }

    @Test
    void backupsInTheSameRegionDoNotSurviveARegionLoss() {
        ComponentAssessment a = assess(pg("backup_interval", "1h", "replication_mode", "sync", "replicas", 1),
                Scenario.REGION_LOSS);

        expect(a, "unbounded", "unbounded", RecoveryAction.IMPOSSIBLE);
        mentions(a, "backups kept only in the same region do not survive a region loss");
    }

    @Test
    void backupsInAnotherRegionSurviveARegionLoss() {
        ComponentAssessment a = assess(pg("backup_interval", "1h", "backup_location", "other_region"),
                Scenario.REGION_LOSS);

        expect(a, "1h", "45m", RecoveryAction.RESTORE);
        mentions(a, "another region");
    }

    @Test
    void replicaInAnotherRegionSurvivesARegionLoss() {
        expect(assess(pg("replication_mode", "async", "replicas", 1, "replica_placement", "other_region",
                "failover", "automatic"), Scenario.REGION_LOSS), "5s", "1m", RecoveryAction.FAILOVER);
    }

    @Test
    void replicationDoesNotHelpAgainstLogicalCorruption() {
        ComponentAssessment a = assess(pg("replication_mode", "sync", "replicas", 2, "replica_placement",
                "other_region", "failover", "automatic", "backup_interval", "4h"), Scenario.LOGICAL_CORRUPTION);

        expect(a, "4h", "45m", RecoveryAction.RESTORE);
    }
}

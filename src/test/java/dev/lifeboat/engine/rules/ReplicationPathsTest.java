package dev.lifeboat.engine.rules;

import static dev.lifeboat.engine.rules.Fixture.assess;
import static dev.lifeboat.engine.rules.Fixture.expect;
import static dev.lifeboat.engine.rules.Fixture.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.InvalidValueException;
import dev.lifeboat.model.ReplicaGroup;
import dev.lifeboat.model.Settings;
import org.junit.jupiter.api.Test;

/**
 * Several replica groups, several backup copies and delayed replicas: a scenario's numbers come from one
 * recovery path, the surviving one that loses the least (then the fastest), and the explanation names it.
 */
class ReplicationPathsTest {

    private final Fixture f = new Fixture();

    /** A synchronous standby in another zone (automatic) and an asynchronous DR replica in another region. */
    private Component syncStandbyAndDrReplica(ComponentKind kind) {
        return f.add(kind, "replication_mode", "sync", "replicas", 1, "replica_placement", "other_zone",
                "failover", "automatic",
                "more_replica_groups", "mode=async replicas=1 placement=other_region lag=5s failover=manual",
                "backup_interval", "1d", "backup_location", "other_region");
    }

    @Test
    void zoneLossTakesTheSynchronousStandbyAndRegionLossTheDrReplica() {
        Component db = syncStandbyAndDrReplica(ComponentKind.POSTGRESQL);

        // node and zone: the sync standby (PostgreSQL synchronous replication loses nothing) fails over in 1m
        ComponentAssessment zone = assess(db, Scenario.ZONE_LOSS);
        expect(zone, "0s", "1m", RecoveryAction.FAILOVER);
        mentions(zone, "Replica group 1 (1 sync replica in another zone)", "automatic failover");
        expect(assess(db, Scenario.NODE_LOSS), "0s", "1m", RecoveryAction.FAILOVER);
        // region: only group 2 survives; its own lag of 5 s is the user's number, its promotion is manual
        ComponentAssessment region = assess(db, Scenario.REGION_LOSS);
        expect(region, "5s", "30m", RecoveryAction.PROMOTE);
        mentions(region, "Replica group 2 (1 async replica in another region)", "the lag of replica group 2",
                "a person promotes the replica in another region");
        assertFalse(region.rpoAssumed(), region::explanation);
        assertTrue(region.references().contains(PostgresqlRule.PG_STREAMING_REPLICATION));
    }

    @Test
    void mysqlGroupsFollowTheirOwnModes() {
        Component db = syncStandbyAndDrReplica(ComponentKind.MYSQL);

        expect(assess(db, Scenario.ZONE_LOSS), "0s", "1m", RecoveryAction.FAILOVER);
        ComponentAssessment region = assess(db, Scenario.REGION_LOSS);
        expect(region, "5s", "30m", RecoveryAction.PROMOTE);
        assertTrue(region.references().contains(MysqlRule.MYSQL_REPLICATION));
    }

    @Test
    void aSurvivingSynchronousGroupLosesItsLagWhenTheStandbyThatConfirmedMayBeLost() {
        // sync in another zone and sync in another region: PostgreSQL waits for ANY 1 of them, so after a region
        // loss the standby that confirmed the last commits may have been the one in the lost region's zone
        Component db = f.add(ComponentKind.POSTGRESQL, "replication_mode", "sync", "replicas", 1,
                "replica_placement", "other_zone", "failover", "automatic",
                "more_replica_groups", "mode=sync placement=other_region lag=2s failover=automatic");

        ComponentAssessment region = assess(db, Scenario.REGION_LOSS);
        expect(region, "2s", "1m", RecoveryAction.FAILOVER);
        mentions(region, "may be in replica group 1, lost with the primary");
        assertTrue(region.references().contains(PostgresqlRule.PG_SYNC_REPLICATION));
        // a zone loss keeps both groups: one of them confirmed every commit
        expect(assess(db, Scenario.ZONE_LOSS), "0s", "1m", RecoveryAction.FAILOVER);
    }

    @Test
    void aGroupWithoutItsOwnLagTakesTheDatabasesAssumedLag() {
        Component db = f.add(ComponentKind.POSTGRESQL, "more_replica_groups", "mode=async placement=other_region");

        ComponentAssessment region = assess(db, Scenario.REGION_LOSS);
        // 5s replication_lag (assumed); failover manual by default
        expect(region, "5s", "30m", RecoveryAction.PROMOTE);
        assertTrue(region.rpoAssumptions().contains(Settings.REPLICATION_LAG.label()), region::explanation);
        // the only group: the explanation need not number it
        assertFalse(region.explanation().contains("Replica group"), region::explanation);
    }

    @Test
    void ofTwoSurvivingGroupsTheOneThatLosesLessWinsThenTheFasterOne() {
        // both in another region: async (automatic) and semi-sync (manual): semi-sync loses nothing
        Component db = f.add(ComponentKind.POSTGRESQL, "replication_mode", "async", "replicas", 1,
                "replica_placement", "other_region", "failover", "automatic",
                "more_replica_groups", "mode=semi_sync placement=other_region failover=manual");
        ComponentAssessment region = assess(db, Scenario.REGION_LOSS);
        expect(region, "0s", "30m", RecoveryAction.PROMOTE);
        mentions(region, "Replica group 2");

        // two sync groups: the automatic one is faster
        Component twoSync = f.add(ComponentKind.POSTGRESQL, "replication_mode", "sync", "replicas", 1,
                "replica_placement", "other_zone",
                "more_replica_groups", "mode=sync placement=other_zone failover=automatic");
        expect(assess(twoSync, Scenario.ZONE_LOSS), "0s", "1m", RecoveryAction.FAILOVER);
    }

    @Test
    void aRestoreThatLosesLessThanALaggingReplicaWins() {
        // an async replica 2h behind, against point-in-time recovery from archives shipped every minute
        Component db = f.add(ComponentKind.POSTGRESQL, "replication_mode", "async", "replicas", 1,
                "replication_lag", "2h", "backup_interval", "1d", "continuous_archiving", true);

        ComponentAssessment node = assess(db, Scenario.NODE_LOSS);
        assertEquals(Fixture.t("1m"), node.rpo(), node::explanation);
        assertEquals(RecoveryAction.RESTORE, node.action());
        mentions(node, "a restore from backup loses less than any surviving replica");
    }

    @Test
    void oneGroupInTheFlatKeysAndTheSameGroupAsTheOnlyFurtherGroupGiveTheSameNumbers() {
        Component flat = f.add(ComponentKind.POSTGRESQL, "replication_mode", "async", "replicas", 1,
                "replica_placement", "other_region", "replication_lag", "5s", "failover", "manual");
        Component listed = f.add(ComponentKind.POSTGRESQL,
                "more_replica_groups", "mode=async replicas=1 placement=other_region lag=5s failover=manual");
        for (Scenario s : Scenario.values()) {
            ComponentAssessment a = assess(flat, s);
            ComponentAssessment b = assess(listed, s);
            assertEquals(a.rpo(), b.rpo(), s.id());
            assertEquals(a.rto(), b.rto(), s.id());
            assertEquals(a.action(), b.action(), s.id());
        }
    }

    @Test
    void aGroupNeedsAModeAndAtMostSixteenGroupsAreAccepted() {
        Component db = f.add(ComponentKind.POSTGRESQL);
        InvalidValueException none = assertThrows(InvalidValueException.class,
                () -> db.topology().set(db, ReplicaGroup.MORE.key(), "mode=none"));
        assertTrue(none.getMessage().contains("replica group 1: a replica group needs a mode"), none.getMessage());
        InvalidValueException unknown = assertThrows(InvalidValueException.class,
                () -> db.topology().set(db, ReplicaGroup.MORE.key(), "mode=async; mdoe=sync"));
        assertTrue(unknown.getMessage().contains("replica group 2: unknown field 'mdoe'"), unknown.getMessage());
        InvalidValueException many = assertThrows(InvalidValueException.class,
                () -> db.topology().set(db, ReplicaGroup.MORE.key(), "mode=async;".repeat(17)));
        assertTrue(many.getMessage().contains("16"), many.getMessage());
    }

    // ---------------------------------------------------------------- backup copies

    @Test
    void aCopyInAnotherRegionSurvivesARegionLossWithItsDelay() {
        Component db = f.add(ComponentKind.POSTGRESQL, "backup_interval", "1d",
                "backup_copies", "location=other_region");

        ComponentAssessment region = assess(db, Scenario.REGION_LOSS);
        // the last daily backup, copied within 1h (assumed): 25h; restore 15m + 30m
        expect(region, "25h", "45m", RecoveryAction.RESTORE);
        mentions(region, "copied within 1h (backup copy 2's delay, assumed)", "kept in another region");
        assertTrue(region.rpoAssumptions().contains("Backup copy 2 delay"), region::explanation);
        // a zone loss keeps the local backups, which are newer
        expect(assess(db, Scenario.ZONE_LOSS), "1d", "45m", RecoveryAction.RESTORE);
    }

    @Test
    void archivedLogsCopiedAcrossGivePointInTimeRecoveryThereUnlessTheCopyLeavesThemOut() {
        Component withLogs = f.add(ComponentKind.POSTGRESQL, "backup_interval", "1d", "continuous_archiving", true,
                "archive_interval", "1m", "backup_copies", "location=other_region delay=15m");
        ComponentAssessment a = assess(withLogs, Scenario.REGION_LOSS);
        // 1m archive + 15m copy delay (the user's number: no assumption)
        assertEquals(Fixture.t("16m"), a.rpo(), a::explanation);
        assertFalse(a.rpoAssumptions().contains("Backup copy 2 delay"));

        Component backupsOnly = f.add(ComponentKind.POSTGRESQL, "backup_interval", "1d", "continuous_archiving",
                true, "backup_copies", "location=other_region delay=15m logs=false interval=7d");
        ComponentAssessment b = assess(backupsOnly, Scenario.REGION_LOSS);
        // a weekly copy of the backups, 15m late, without the log
        assertEquals(Fixture.t("7d15m"), b.rpo(), b::explanation);
        mentions(b, "of which one is copied every 7d", "the archived log is not copied there");
    }

    @Test
    void withoutACopyInAnotherRegionARegionLossLosesEverything() {
        Component db = f.add(ComponentKind.MYSQL, "backup_interval", "1d", "backup_copies", "location=same_region");

        ComponentAssessment region = assess(db, Scenario.REGION_LOSS);
        expect(region, "unbounded", "unbounded", RecoveryAction.IMPOSSIBLE);
        mentions(region, "no backup copy is in another region");
    }

    @Test
    void theRetentionCaveatNamesTheLongestKeptCopy() {
        Component db = f.add(ComponentKind.POSTGRESQL, "backup_interval", "1d",
                "backup_copies", "location=other_region retention=90d");

        mentions(assess(db, Scenario.LOGICAL_CORRUPTION), "more than 90d later",
                "the longest retention of a backup copy");
    }

    @Test
    void redisAndMongodbBackupsCanBeCopiedToo() {
        Component redis = f.add(ComponentKind.REDIS, "backup_interval", "1h",
                "backup_copies", "location=other_region delay=10m");
        assertEquals(Fixture.t("1h10m"), assess(redis, Scenario.REGION_LOSS).rpo());
        Component mongo = f.add(ComponentKind.MONGODB, "replica_placement", "other_zone", "backup_interval", "1h",
                "backup_copies", "location=other_region delay=10m");
        assertEquals(Fixture.t("1h10m"), assess(mongo, Scenario.REGION_LOSS).rpo());
    }

    // ---------------------------------------------------------------- delayed replicas

    @Test
    void corruptionNoticedWithinTheDelayIsUndoneFromTheDelayedReplica() {
        Component db = f.add(ComponentKind.POSTGRESQL, "backup_interval", "1d", "delayed_replica", "1h");

        ComponentAssessment a = assess(db, Scenario.LOGICAL_CORRUPTION);
        // noticed after 30m (assumed): RPO the 5s replication lag (assumed); RTO promotion 30m + the remaining
        // 30m of log replayed at 10x (3m)
        expect(a, "5s", "33m", RecoveryAction.PROMOTE);
        mentions(a, "recovery_min_apply_delay", "noticed after 30m (detection_time, assumed)",
                "replays the remaining 30m of log");
        assertTrue(a.references().contains(PostgresqlRule.PG_DELAYED_STANDBY));
        assertTrue(a.rpoAssumptions().contains(Settings.DETECTION_TIME.label()), a::explanation);
    }

    @Test
    void corruptionNoticedAfterTheDelayHasReachedTheDelayedReplicaAndBackupsDecide() {
        Component db = f.add(ComponentKind.MYSQL, "backup_interval", "1d", "delayed_replica", "1h",
                "detection_time", "2h");

        ComponentAssessment a = assess(db, Scenario.LOGICAL_CORRUPTION);
        expect(a, "1d", "45m", RecoveryAction.RESTORE);
        mentions(a, "has applied the change too", "noticed after 2h (detection_time)");
        assertTrue(a.references().contains(MysqlRule.MYSQL_DELAYED));
        assertFalse(a.assumptions().contains(Settings.DETECTION_TIME.label()));
    }

    @Test
    void theDesignsDetectionTimeAppliesWhereAStoreSetsNone() {
        Component db = f.add(ComponentKind.MYSQL, "backup_interval", "1d", "delayed_replica", "1h");
        db.topology().setDetectionTime(3L * 3600);

        ComponentAssessment late = assess(db, Scenario.LOGICAL_CORRUPTION);
        expect(late, "1d", "45m", RecoveryAction.RESTORE);
        mentions(late, "the design's detection time");

        db.topology().setDetectionTime(10L * 60);
        ComponentAssessment early = assess(db, Scenario.LOGICAL_CORRUPTION);
        // 30m promotion + 50m of log at 10x (5m)
        expect(early, "5s", "35m", RecoveryAction.PROMOTE);
        mentions(early, "SOURCE_DELAY");
        assertFalse(early.assumptions().contains(Settings.DETECTION_TIME.label()));
    }

    @Test
    void aDelayedReplicaDoesNotTakeOverAfterANodeLoss() {
        Component db = f.add(ComponentKind.POSTGRESQL, "backup_interval", "1h", "delayed_replica", "1h");

        expect(assess(db, Scenario.NODE_LOSS), "1h", "45m", RecoveryAction.RESTORE);
    }
}

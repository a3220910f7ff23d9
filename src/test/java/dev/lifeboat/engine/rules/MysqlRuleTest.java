package dev.lifeboat.engine.rules;

import static dev.lifeboat.engine.rules.Fixture.assess;
import static dev.lifeboat.engine.rules.Fixture.expect;
import static dev.lifeboat.engine.rules.Fixture.mentions;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import org.junit.jupiter.api.Test;

class MysqlRuleTest {

    private final Fixture f = new Fixture();

    private Component mysql(Object... settings) {
        return f.add(ComponentKind.MYSQL, settings);
    }

    @Test
    void flushAtEveryCommitWithSyncBinlogLosesNothingOnACrash() {
        ComponentAssessment a = assess(mysql(), Scenario.PROCESS_CRASH);

        expect(a, "0", "1m", RecoveryAction.RESTART);
        assertTrue(a.references().contains(MysqlRule.MYSQL_FLUSH_LOG));
    }

    @Test
    void flushOncePerSecondLosesUpToASecondOnAMysqldCrash() {
        expect(assess(mysql("innodb_flush_log_at_trx_commit", "0"), Scenario.PROCESS_CRASH), "1s", "1m",
                RecoveryAction.RESTART);
    }

    @Test
    void writeAtCommitLosesNothingOnAMysqldCrashOnlyOnAnOsCrash() {
        ComponentAssessment a = assess(mysql("innodb_flush_log_at_trx_commit", "2"), Scenario.PROCESS_CRASH);

        expect(a, "0", "1m", RecoveryAction.RESTART);
        mentions(a, "OS crash");
    }

    @Test
    void syncBinlogZeroOnlyMattersForAnOsCrash() {
        ComponentAssessment a = assess(mysql("sync_binlog", 0), Scenario.PROCESS_CRASH);

        expect(a, "0", "1m", RecoveryAction.RESTART);
        mentions(a, "sync_binlog=0");
    }

    @Test
    void semiSynchronousReplicaLosesNothingOnNodeLossAndWarnsOfTheTimeoutFallback() {
        ComponentAssessment a = assess(mysql("replication_mode", "semi_sync", "replicas", 1, "failover", "automatic"),
                Scenario.NODE_LOSS);

        expect(a, "0", "1m", RecoveryAction.FAILOVER);
        mentions(a, "rpl_semi_sync_source_timeout", "asynchronous");
        assertTrue(a.references().contains(MysqlRule.MYSQL_SEMISYNC));
    }

    @Test
    void asynchronousReplicaLosesTheReplicationLag() {
        ComponentAssessment a = assess(mysql("replication_mode", "async", "replicas", 1), Scenario.ZONE_LOSS);

        expect(a, "5s", "30m", RecoveryAction.PROMOTE);
        assertTrue(a.assumed());
    }

    @Test
    void binlogArchivingGivesPointInTimeRecoveryAfterCorruption() {
        ComponentAssessment a = assess(mysql("backup_interval", "1d", "continuous_archiving", true,
                "archive_interval", "5m"), Scenario.LOGICAL_CORRUPTION);

        expect(a, "5m", "3h9m", RecoveryAction.RESTORE);
        assertTrue(a.references().contains(MysqlRule.MYSQL_PITR));
    }
}

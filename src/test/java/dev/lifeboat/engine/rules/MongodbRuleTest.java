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

class MongodbRuleTest {

    private final Fixture f = new Fixture();

    private Component mongo(Object... settings) {
        return f.add(ComponentKind.MONGODB, settings);
    }

    @Test
    void majorityWritesSurviveTheElectionAfterNodeLoss() {
        ComponentAssessment a = assess(mongo(), Scenario.NODE_LOSS);

        expect(a, "0", "12s", RecoveryAction.FAILOVER);
        assertTrue(a.references().contains(MongodbRule.MONGO_WRITE_CONCERN));
    }

    @Test
    void w1WritesNotYetReplicatedAreRolledBackUpToTheReplicationLag() {
        ComponentAssessment a = assess(mongo("write_concern", "1"), Scenario.NODE_LOSS);

        expect(a, "5s", "12s", RecoveryAction.FAILOVER);
        assertEquals(List.of(Settings.REPLICATION_LAG.label()), a.assumptions());
        mentions(a, "rolls back");
    }

    @Test
    void w0WritesLoseTheReplicationLagToo() {
        expect(assess(mongo("write_concern", "0"), Scenario.NODE_LOSS), "5s", "12s", RecoveryAction.FAILOVER);
    }

    @Test
    void aCrashedPrimaryIsReplacedByAnElectionWhenThatIsQuickerThanTheRestart() {
        ComponentAssessment a = assess(mongo(), Scenario.PROCESS_CRASH);

        expect(a, "0", "12s", RecoveryAction.FAILOVER);
        mentions(a, "elect");
    }

    @Test
    void aStandaloneW1WithoutJournalAcknowledgementLosesUpToTheJournalIntervalRoundedUp() {
        ComponentAssessment a = assess(mongo("replicas", 0, "write_concern", "1", "journaling", false),
                Scenario.PROCESS_CRASH);

        expect(a, "1s", "1m", RecoveryAction.RESTART);
        mentions(a, "100 ms");
    }

    @Test
    void aStandaloneW1WithJournalAcknowledgementLosesNothingOnACrash() {
        expect(assess(mongo("replicas", 0, "write_concern", "1"), Scenario.PROCESS_CRASH), "0", "1m",
                RecoveryAction.RESTART);
    }

    @Test
    void aStandaloneFallsBackToBackupsOnNodeLoss() {
        expect(assess(mongo("replicas", 0, "backup_interval", "6h"), Scenario.NODE_LOSS), "6h", "45m",
                RecoveryAction.RESTORE);
    }

    @Test
    void theReplicaSetDoesNotHelpAgainstCorruption() {
        expect(assess(mongo(), Scenario.LOGICAL_CORRUPTION), "unbounded", "unbounded", RecoveryAction.IMPOSSIBLE);
    }
}

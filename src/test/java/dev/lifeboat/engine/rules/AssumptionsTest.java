package dev.lifeboat.engine.rules;

import static dev.lifeboat.engine.rules.Fixture.assess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.ComponentKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each number says whether it rests on an assumption: lags shape the RPO, durations of work the RTO. */
class AssumptionsTest {

    private final Fixture f = new Fixture();

    @Test
    void anAsyncReplicaPromotedByHandAssumesBothTheLagAndThePromotionTime() {
        ComponentAssessment a = assess(f.add(ComponentKind.POSTGRESQL, "replication_mode", "async", "replicas", 1),
                Scenario.NODE_LOSS);

        assertEquals(List.of("Replication lag (assumed)"), a.rpoAssumptions());
        assertEquals(List.of("Manual promotion time (assumed)"), a.rtoAssumptions());
        assertEquals(List.of("Replication lag (assumed)", "Manual promotion time (assumed)"), a.assumptions());
    }

    @Test
    void aRestoreFromBackupHasADocumentedRpoAndAnAssumedRto() {
        ComponentAssessment a = assess(f.add(ComponentKind.POSTGRESQL, "backup_interval", "1h"),
                Scenario.LOGICAL_CORRUPTION);

        assertFalse(a.rpoAssumed(), a.explanation());
        assertTrue(a.rtoAssumed(), a.explanation());
    }

    @Test
    void aSynchronousReplicaWithAutomaticFailoverAssumesOnlyTheFailoverTime() {
        ComponentAssessment a = assess(f.add(ComponentKind.POSTGRESQL, "replication_mode", "sync", "replicas", 1,
                "failover", "automatic"), Scenario.ZONE_LOSS);

        assertFalse(a.rpoAssumed(), a.explanation());
        assertEquals(List.of("Automatic failover time (assumed)"), a.rtoAssumptions());
    }

    @Test
    void aSynchronousReplicaWithAStatedFailoverTimeAssumesNothing() {
        ComponentAssessment a = assess(f.add(ComponentKind.POSTGRESQL, "replication_mode", "sync", "replicas", 1,
                "failover", "automatic", "failover_time", "45s"), Scenario.ZONE_LOSS);

        assertFalse(a.assumed(), a.explanation());
        assertFalse(a.explanation().contains("assumed"), a.explanation());
    }
}

package dev.lifeboat.engine.rules;

import static dev.lifeboat.engine.rules.Fixture.assess;
import static dev.lifeboat.engine.rules.Fixture.expect;
import static dev.lifeboat.engine.rules.Fixture.mentions;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import org.junit.jupiter.api.Test;

class DatastoreRuleTest {

    private final Fixture f = new Fixture();

    @Test
    void theUserStatedValuesOfTheScenarioAreUsed() {
        Component c = f.add(ComponentKind.DATASTORE, "rpo_zone_loss", "10m", "rto_zone_loss", "2h");

        ComponentAssessment a = assess(c, Scenario.ZONE_LOSS);

        expect(a, "10m", "2h", RecoveryAction.RESTORE);
        mentions(a, "rpo_zone_loss", "rto_zone_loss");
    }

    @Test
    void anUnboundedRtoMeansNoWayToRecover() {
        Component c = f.add(ComponentKind.DATASTORE, "rpo_region_loss", null, "rto_region_loss", null);

        expect(assess(c, Scenario.REGION_LOSS), "unbounded", "unbounded", RecoveryAction.IMPOSSIBLE);
    }

    @Test
    void aZeroRtoMeansNothingToDo() {
        Component c = f.add(ComponentKind.DATASTORE, "rpo_process_crash", "0s", "rto_process_crash", "0s");

        expect(assess(c, Scenario.PROCESS_CRASH), "0", "0", RecoveryAction.NONE);
    }
}

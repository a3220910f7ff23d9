package dev.lifeboat.engine.rules;

import static dev.lifeboat.engine.rules.Fixture.assess;
import static dev.lifeboat.engine.rules.Fixture.expect;
import static dev.lifeboat.engine.rules.Fixture.mentions;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExternalRuleTest {

    private final Fixture f = new Fixture();

    @Test
    void ourOwnFailuresDoNotTouchTheProvider() {
        Component c = f.add(ComponentKind.EXTERNAL);
        for (Scenario s : List.of(Scenario.PROCESS_CRASH, Scenario.NODE_LOSS, Scenario.LOGICAL_CORRUPTION)) {
            ComponentAssessment a = assess(c, s);
            expect(a, "0", "0", RecoveryAction.NONE);
            mentions(a, "not restored by us");
        }
    }

    @Test
    void aZoneOrRegionLossTakesWhatTheProviderStates() {
        Component c = f.add(ComponentKind.EXTERNAL, "stated_rpo", "5m", "stated_rto", "2h");

        ComponentAssessment a = assess(c, Scenario.REGION_LOSS);

        expect(a, "5m", "2h", RecoveryAction.WAIT_FOR_PROVIDER);
        mentions(a, "the provider states");
        expect(assess(c, Scenario.ZONE_LOSS), "5m", "2h", RecoveryAction.WAIT_FOR_PROVIDER);
    }

    @Test
    void aProviderThatStatesNothingIsUnbounded() {
        Component c = f.add(ComponentKind.EXTERNAL, "stated_rpo", null, "stated_rto", null);

        expect(assess(c, Scenario.ZONE_LOSS), "unbounded", "unbounded", RecoveryAction.WAIT_FOR_PROVIDER);
    }
}

package dev.lifeboat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AWS DR whitepaper, multi-site active/active: a region loss costs the traffic shift, not a redeploy. */
class ActiveActiveJourneyTest {

    @Test
    void aJourneyOverAnActiveActiveServiceLosesARegionForTheTrafficShift() {
        Topology t = new Topology();
        Component web = t.addComponent(null, ComponentKind.SERVICE, "web");
        t.set(web, "instances", 2);
        t.set(web, "spread", "multi_zone");
        Journey j = t.addJourney(null, "Browse", List.of(web), null, TimeBound.ofMinutes(5));
        IncrementalAnalysis a = RuleBook.standard().analyse(t);

        JourneyAssessment before = a.journey(j, Scenario.REGION_LOSS);
        assertEquals(TimeBound.ofMinutes(15), before.rto());
        assertEquals(Boolean.FALSE, before.meetsRto());

        t.set(web, "active_active", true);
        JourneyAssessment after = a.journey(j, Scenario.REGION_LOSS);
        assertEquals(TimeBound.ofMinutes(2), after.rto());
        assertEquals(Boolean.TRUE, after.meetsRto());
        assertEquals(RecoveryAction.FAILOVER, a.assessment(web, Scenario.REGION_LOSS).action());
    }
}

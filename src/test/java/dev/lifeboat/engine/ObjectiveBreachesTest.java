package dev.lifeboat.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Topology;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectiveBreachesTest {

    @Test
    void aComponentAJourneyNeedsBreaksItsObjectiveWhenItsOwnValueMissesIt() throws Exception {
        Topology t = TopologyFiles.load(Path.of("samples", "order-processor.json"));
        Analysis a = RuleBook.standard().analyse(t);
        Journey placeOrder = t.journey("place-order").orElseThrow();

        Map<Component, List<ObjectiveBreaches.Breach>> breaches = ObjectiveBreaches.of(t, a, Scenario.NODE_LOSS,
                placeOrder);

        Component db = t.component("orders-db").orElseThrow();
        assertTrue(breaches.get(db).stream().anyMatch(b -> b.measure() == ObjectiveBreaches.Measure.RTO
                && b.journey() == placeOrder && !b.value().meets(b.objective())), breaches.toString());
        for (Component c : breaches.keySet()) {
            assertTrue(ObjectiveBreaches.scope(t, placeOrder).contains(c), c + " is needed by the journey");
        }
        Journey browse = t.journey("browse-catalogue").orElseThrow();
        assertFalse(ObjectiveBreaches.of(t, a, Scenario.NODE_LOSS, browse).containsKey(db),
                "a journey that does not need the database is not broken by it");
    }
}

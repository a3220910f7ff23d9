package dev.lifeboat.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Strength;
import dev.lifeboat.ui.state.DesignerModel;
import dev.lifeboat.ui.Samples;
import dev.lifeboat.ui.command.AddDependencyCommand;
import org.junit.jupiter.api.Test;

class CanvasDecorationsTest {

    private final DesignerModel model = Samples.model();
    private final CanvasDecorations d = new CanvasDecorations(model.topology(), model.document().analysis());

    private Component c(String id) {
        return model.topology().component(id).orElseThrow();
    }

    @Test
    void aComponentThatBreaksTheSelectedJourneysObjectiveIsRedAndSaysWhy() {
        d.refresh(Scenario.NODE_LOSS, model.topology().journey("place-order").orElseThrow());

        CardState db = d.state(c("orders-db"));
        assertEquals(CardState.Verdict.MISSES, db.verdict());
        assertTrue(db.problems().stream().anyMatch(p -> p.startsWith("RTO")), db.problems().toString());
        assertTrue(db.wave() > 0);
        assertFalse(db.dimmed());
        assertTrue(d.state(c("order-cache")).bottleneck());
        assertNull(d.cycleMessage());
    }

    @Test
    void componentsOutsideTheSelectedJourneyAreDimmed() {
        d.refresh(Scenario.NODE_LOSS, model.topology().journey("browse-catalogue").orElseThrow());

        assertTrue(d.state(c("orders-db")).dimmed());
        assertFalse(d.state(c("inventory-service")).dimmed());
    }

    @Test
    void aCycleIsNamedAndItsMembersAreRed() {
        model.execute(new AddDependencyCommand(c("orders-db"), c("order-processor"), Strength.HARD));
        d.refresh(Scenario.NODE_LOSS, null);

        assertNotNull(d.cycleMessage());
        assertTrue(d.cycleMessage().contains("orders-db") && d.cycleMessage().contains("order-processor"),
                d.cycleMessage());
        assertTrue(d.cyclic(c("orders-db"), c("order-processor")));
        assertEquals(CardState.Verdict.MISSES, d.state(c("orders-db")).verdict());
    }
}

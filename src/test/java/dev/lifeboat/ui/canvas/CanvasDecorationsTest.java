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
import dev.lifeboat.ui.command.SetSettingCommand;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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

    /** Every component's state from decorations recomputed from scratch. */
    private static Map<Component, CardState> fresh(DesignerModel m, Scenario s) {
        CanvasDecorations all = new CanvasDecorations(m.topology(), m.document().analysis());
        all.refresh(s, null);
        Map<Component, CardState> states = new IdentityHashMap<>();
        m.topology().components().forEach(c -> states.put(c, all.state(c)));
        return states;
    }

    /** The objectives a card says it breaks (not its assumptions, which are the component's own). */
    private static List<String> broken(CardState s) {
        return s.problems().stream().filter(p -> p.contains(" misses ")).toList();
    }

    @Test
    void aSettingEditRewordsOnlyTheComponentsWhoseBrokenObjectivesChanged() {
        DesignerModel big = Samples.model();
        Component db = big.topology().component("orders-db").orElseThrow();
        Component cache = big.topology().component("order-cache").orElseThrow();
        List<SetSettingCommand> edits = List.of(new SetSettingCommand(db, "failover", "automatic"),
                new SetSettingCommand(cache, "appendfsync", "no"), new SetSettingCommand(db, "failover", "manual"),
                new SetSettingCommand(cache, "appendfsync", "always"));
        int editsThatChangedSome = 0;
        for (Scenario s : List.of(Scenario.NODE_LOSS, Scenario.PROCESS_CRASH)) {
            CanvasDecorations inc = new CanvasDecorations(big.topology(), big.document().analysis());
            inc.refresh(s, null);
            big.document().analysis().addListener(inc::update);
            for (SetSettingCommand edit : edits) {
                Map<Component, CardState> before = fresh(big, s);
                int reworded = inc.reworded();

                big.execute(edit);

                Map<Component, CardState> after = fresh(big, s);
                long changed = after.keySet().stream()
                        .filter(c -> !broken(after.get(c)).equals(broken(before.get(c)))).count();
                assertEquals(changed, inc.reworded() - reworded, "components worded again after " + edit);
                for (Component c : big.topology().components()) {
                    assertEquals(after.get(c), inc.state(c), c.id() + " as a full refresh shows it");
                }
                if (changed > 0 && changed < big.topology().size()) {
                    editsThatChangedSome++;
                }
            }
        }
        assertTrue(editsThatChangedSome > 0, "some edit changed some components' broken objectives");
    }
}

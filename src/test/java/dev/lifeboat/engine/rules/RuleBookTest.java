package dev.lifeboat.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Topology;
import org.junit.jupiter.api.Test;

class RuleBookTest {

    @Test
    void everyKindHasARuleOfItsOwnKind() {
        for (ComponentKind k : ComponentKind.values()) {
            assertEquals(k, RuleBook.standard().ruleFor(k).kind());
        }
    }

    @Test
    void everyKindUnderEveryScenarioGivesAnExplainedAssessment() {
        Topology t = new Topology();
        for (ComponentKind k : ComponentKind.values()) {
            Component c = t.addComponent(null, k, k.id());
            for (Scenario s : Scenario.values()) {
                ComponentAssessment a = RuleBook.standard().assess(c, s);
                assertNotNull(a, k + " " + s);
                assertEquals(s, a.scenario());
                assertFalse(a.explanation().isBlank(), k + " " + s);
                assertTrue(a.explanation().endsWith("."), a.explanation());
                if (a.action() == RecoveryAction.IMPOSSIBLE) {
                    assertTrue(a.rto().isUnbounded(), a.explanation());
                }
            }
        }
    }

    @Test
    void aRuleRefusesAComponentOfAnotherKind() {
        Component redis = new Topology().addComponent(null, ComponentKind.REDIS, "cache");

        assertThrows(IllegalArgumentException.class,
                () -> RuleBook.standard().ruleFor(ComponentKind.KAFKA).assess(redis, Scenario.NODE_LOSS));
    }

    @Test
    void aLazyAssessmentHasTheSameNumbersAndWritesTheSameExplanationWhenRead() {
        Topology t = dev.lifeboat.engine.SyntheticTopology.generate(300, 0, 3L);
        RuleBook book = RuleBook.standard();
        for (Component c : t.components()) {
            for (Scenario s : Scenario.values()) {
                ComponentAssessment eager = book.assess(c, s);
                ComponentAssessment lazy = book.assessLazily(c, s);
                assertEquals(eager.explanation(), lazy.explanation());
                assertEquals(eager, lazy, c + " " + s);
            }
        }
    }
}

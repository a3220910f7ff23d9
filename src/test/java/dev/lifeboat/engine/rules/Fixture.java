package dev.lifeboat.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Durations;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;

/** Builds components the way users do and checks assessments. */
final class Fixture {

    private final Topology topology = new Topology();

    /** A component of the kind with settings given as key, value pairs ("backup_interval", "1h", ...). */
    Component add(ComponentKind kind, Object... keysAndValues) {
        Component c = topology.addComponent(null, kind, kind.id());
        for (int i = 0; i < keysAndValues.length; i += 2) {
            topology.set(c, (String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return c;
    }

    static ComponentAssessment assess(Component c, Scenario scenario) {
        return RuleBook.standard().assess(c, scenario);
    }

    static TimeBound t(String duration) {
        return Durations.parseBound(duration);
    }

    static void expect(ComponentAssessment a, String rpo, String rto, RecoveryAction action) {
        assertEquals(t(rpo), a.rpo(), () -> "RPO: " + a.explanation());
        assertEquals(t(rto), a.rto(), () -> "RTO: " + a.explanation());
        assertEquals(action, a.action(), a::explanation);
    }

    static void mentions(ComponentAssessment a, String... fragments) {
        for (String f : fragments) {
            assertTrue(a.explanation().contains(f), () -> "expected '" + f + "' in: " + a.explanation());
        }
    }
}

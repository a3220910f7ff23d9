package dev.lifeboat.engine;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;

/**
 * The recovery behaviour of one technology. A rule reads only the component's own settings and answers
 * what happens to it when a scenario hits it (for zone and region loss: when the zone or region of its
 * primary is lost). Whether a scenario hits a component at all is the engine's concern, not the rule's.
 *
 * <p>Rules are pure and stateless: same settings, same answer.
 */
public interface Rule {

    /** The kind this rule assesses. */
    ComponentKind kind();

    /** Assesses a component of {@link #kind()} under a scenario. Never null. */
    ComponentAssessment assess(Component component, Scenario scenario);
}

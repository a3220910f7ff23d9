package dev.lifeboat.engine;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.TimeBound;
import java.util.List;
import java.util.Objects;

/**
 * The order in which components come back under a scenario: waves that recover in parallel,
 * dependencies first. Components the scenario leaves untouched (nothing to do) are left out.
 *
 * @param waves  the steps, wave by wave (wave 1 first)
 * @param cycles the groups of components whose hard dependencies form a cycle; no order exists among
 *               the members, which are placed together in one wave and flagged
 */
public record RecoveryPlan(Scenario scenario, List<List<Step>> waves, List<List<Component>> cycles) {

    public RecoveryPlan {
        Objects.requireNonNull(scenario, "scenario");
        waves = waves.stream().map(List::copyOf).toList();
        cycles = cycles.stream().map(List::copyOf).toList();
    }

    /** The time when the last step finishes. */
    public TimeBound total() {
        TimeBound t = TimeBound.ZERO;
        for (List<Step> wave : waves) {
            for (Step s : wave) {
                t = t.max(s.finish());
            }
        }
        return t;
    }

    /**
     * One component's recovery.
     *
     * @param wave     1-based wave number
     * @param action   what it needs
     * @param duration its own recovery time
     * @param start    when its hard dependencies are back
     * @param finish   when it is back: {@code max(prepare, start) + (duration - prepare)}
     * @param inCycle  whether it is part of a dependency cycle
     * @param prepare  the part of its duration that needs no dependency and starts at once (provisioning,
     *                 redeploying, restoring data); zero when all of it waits for the dependencies
     */
    public record Step(Component component, int wave, RecoveryAction action, TimeBound duration, TimeBound start,
                       TimeBound finish, boolean inCycle, TimeBound prepare) {

        /** Whether its duration has both parts: some that starts at once and some that waits. */
        public boolean overlaps() {
            return prepare.seconds() > 0 && !TimeBound.ZERO.equals(startPart());
        }

        /** The part of its duration that waits for its dependencies. */
        public TimeBound startPart() {
            return duration.isUnbounded() ? TimeBound.UNBOUNDED
                    : TimeBound.ofSeconds(duration.seconds() - prepare.seconds());
        }
    }
}

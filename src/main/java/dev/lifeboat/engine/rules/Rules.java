package dev.lifeboat.engine.rules;

import dev.lifeboat.engine.Rule;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Printable;
import java.util.Objects;

/** Argument checks shared by the rules. */
final class Rules {

    private Rules() {
    }

    static void check(Rule rule, Component c, Scenario scenario) {
        Objects.requireNonNull(c, "component");
        Objects.requireNonNull(scenario, "scenario");
        if (c.kind() != rule.kind()) {
            throw new IllegalArgumentException("the " + rule.kind().label() + " rule cannot assess "
                    + Printable.echo(c.toString()));
        }
    }
}

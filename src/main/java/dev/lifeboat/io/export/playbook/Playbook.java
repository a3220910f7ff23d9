package dev.lifeboat.io.export.playbook;

import dev.lifeboat.engine.JourneyAssessment;
import dev.lifeboat.engine.RecoveryPlan;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Journey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a recovery playbook says, whatever it is written as: per scenario, the recovery waves in order and,
 * for each component, its procedure with the variables it needs, what it waits for, how long it takes
 * (the part that starts at once, the part that waits) and when it is back; and each journey's RTO against
 * its objective. Made from the engine's recovery plan, so it says what the analysis says.
 */
final class Playbook {

    /** One component's part of a scenario's recovery. */
    record Step(RecoveryPlan.Step plan, String prefix, List<Component> waitsFor, Procedure procedure) {
        Component component() {
            return plan.component();
        }
    }

    /** One scenario's recovery. */
    record Part(Scenario scenario, List<List<Step>> waves, List<JourneyAssessment> journeys,
                List<List<Component>> cycles) {
    }

    final ExportRequest request;
    final Map<Component, String> prefixes;
    final List<Part> parts = new ArrayList<>();

    Playbook(ExportRequest request) {
        this.request = request;
        this.prefixes = Procedure.prefixes(request.topology());
        for (Scenario s : request.scenarios()) {
            RecoveryPlan plan = request.analysis().plan(s);
            List<List<Step>> waves = new ArrayList<>();
            for (List<RecoveryPlan.Step> wave : plan.waves()) {
                List<Step> steps = new ArrayList<>();
                for (RecoveryPlan.Step st : wave) {
                    Component c = st.component();
                    List<Component> waits = new ArrayList<>();
                    for (Dependency d : request.topology().dependenciesOf(c)) {
                        if (d.isHard()) {
                            waits.add(d.target());
                        }
                    }
                    steps.add(new Step(st, prefixes.get(c), waits, Procedures.of(c.kind(), st.action())));
                }
                waves.add(steps);
            }
            List<JourneyAssessment> journeys = new ArrayList<>();
            for (Journey j : request.topology().journeys()) {
                if (request.journey() == null || request.journey() == j) {
                    journeys.add(request.analysis().journey(j, s));
                }
            }
            parts.add(new Part(s, waves, journeys, plan.cycles()));
        }
    }

    /** A command of a procedure, for one component: its variables named with the component's prefix. */
    static String command(Procedure.Command c, String prefix) {
        return c.shellFor(prefix);
    }
}

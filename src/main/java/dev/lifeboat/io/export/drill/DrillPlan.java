package dev.lifeboat.io.export.drill;

import dev.lifeboat.engine.Analysis;
import dev.lifeboat.engine.JourneyAssessment;
import dev.lifeboat.engine.ObjectiveBreaches;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.io.export.playbook.Procedure;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.Topology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a game day exercises, whatever it is written as (the Markdown plan, the results template): for each
 * journey and scenario, one drill per component the journey needs (its entries and all they reach through hard
 * dependencies) that the scenario hits, in recovery order, with the fault, how to inject it and what the model
 * expects.
 */
final class DrillPlan {

    /**
     * One drill.
     *
     * @param place     the zone or region to block (for zone or region loss), or null: unplaced, or another fault
     * @param prefix    the component's variable prefix ({@code C3_}), as in the playbooks
     * @param injection how to inject the fault and measure it
     */
    record Drill(Journey journey, Scenario scenario, Component component, Fault fault, Place place, String prefix,
                 FaultInjections.Injection injection, Expectation expected) {
    }

    /** One journey under one scenario: the journey's estimate and its drills (none when nothing is hit). */
    record Part(Journey journey, Scenario scenario, JourneyAssessment estimate, List<Drill> drills) {
    }

    final ExportRequest request;
    final Map<Component, String> prefixes;
    /** Per journey asked for, its parts, one per scenario asked for. */
    final List<List<Part>> journeys = new ArrayList<>();

    DrillPlan(ExportRequest request) {
        this.request = request;
        Topology topology = request.topology();
        Analysis analysis = request.analysis();
        this.prefixes = Procedure.prefixes(topology);
        Map<Component, Integer> order = new IdentityHashMap<>();
        for (Component c : topology.components()) {
            order.put(c, order.size());
        }
        for (Journey j : topology.journeys()) {
            if (request.journey() != null && request.journey() != j) {
                continue;
            }
            Set<Component> scope = ObjectiveBreaches.scope(topology, j);
            List<Part> parts = new ArrayList<>();
            for (Scenario s : request.scenarios()) {
                List<Component> hit = new ArrayList<>();
                for (Component c : scope) {
                    if (analysis.assessment(c, s).action() != RecoveryAction.NONE) {
                        hit.add(c);
                    }
                }
                // dependencies first, as they recover; a component the plan leaves out last
                hit.sort(Comparator.comparingInt((Component c) -> wave(analysis, c, s)).thenComparing(order::get));
                List<Drill> drills = new ArrayList<>();
                Fault fault = Fault.of(s);
                for (Component c : hit) {
                    Expectation e = Expectation.of(analysis, j, s, c);
                    drills.add(new Drill(j, s, c, fault, place(c, s), prefixes.get(c),
                            FaultInjections.of(c.kind(), fault, e.action()), e));
                }
                parts.add(new Part(j, s, analysis.journey(j, s), List.copyOf(drills)));
            }
            journeys.add(List.copyOf(parts));
        }
    }

    private static int wave(Analysis analysis, Component c, Scenario s) {
        int w = analysis.wave(c, s);
        return w == 0 ? Integer.MAX_VALUE : w;
    }

    private static Place place(Component c, Scenario s) {
        return switch (s.reach()) {
            case EVERYTHING -> null;
            case ONE_ZONE -> c.zone();
            case ONE_REGION -> c.region();
        };
    }

    /** Every drill, journey by journey, scenario by scenario. */
    List<Drill> drills() {
        List<Drill> all = new ArrayList<>();
        for (List<Part> parts : journeys) {
            for (Part p : parts) {
                all.addAll(p.drills());
            }
        }
        return all;
    }
}

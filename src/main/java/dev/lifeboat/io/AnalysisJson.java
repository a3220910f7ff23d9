package dev.lifeboat.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lifeboat.engine.Analysis;
import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.JourneyAssessment;
import dev.lifeboat.engine.RecoveryPlan;
import dev.lifeboat.engine.Reference;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The analysis as JSON: the stable contract other tools read (see the README). A duration is a number of
 * seconds or the string {@code "unbounded"}; a missing objective, or a verdict without objective, is null.
 */
public final class AnalysisJson {

    private AnalysisJson() {
    }

    /** The analysis of the topology under the given scenarios. */
    public static String write(Topology topology, Analysis analysis, List<Scenario> scenarios) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("name", topology.name());
        ArrayNode ids = root.putArray("scenarios");
        scenarios.forEach(s -> ids.add(s.id()));

        ArrayNode components = root.putArray("components");
        for (Component c : topology.components()) {
            ObjectNode cn = components.addObject();
            cn.put("id", c.id());
            cn.put("name", c.name());
            cn.put("kind", c.kind().id());
            ObjectNode per = cn.putObject("scenarios");
            for (Scenario s : scenarios) {
                ComponentAssessment a = analysis.assessment(c, s);
                ObjectNode sn = per.putObject(s.id());
                duration(sn, "rpo_seconds", a.rpo());
                duration(sn, "rto_seconds", a.rto());
                sn.put("action", a.action().name().toLowerCase(java.util.Locale.ROOT));
                sn.put("wave", analysis.wave(c, s));
                sn.put("explanation", a.explanation());
                ArrayNode refs = sn.putArray("references");
                for (Reference r : a.references()) {
                    refs.addObject().put("title", r.title()).put("url", r.url());
                }
                ArrayNode assumptions = sn.putArray("assumptions");
                a.assumptions().forEach(assumptions::add);
                sn.put("rpo_assumed", a.rpoAssumed());
                sn.put("rto_assumed", a.rtoAssumed());
            }
        }

        ArrayNode journeys = root.putArray("journeys");
        for (Journey j : topology.journeys()) {
            ObjectNode jn = journeys.addObject();
            jn.put("id", j.id());
            jn.put("name", j.name());
            ArrayNode entry = jn.putArray("entry");
            j.entries().forEach(e -> entry.add(e.id()));
            objective(jn, "rpo_target_seconds", j.rpoObjective());
            objective(jn, "rto_target_seconds", j.rtoObjective());
            ObjectNode per = jn.putObject("scenarios");
            for (Scenario s : scenarios) {
                JourneyAssessment r = analysis.journey(j, s);
                ObjectNode sn = per.putObject(s.id());
                duration(sn, "rpo_seconds", r.rpo());
                duration(sn, "rto_seconds", r.rto());
                verdict(sn, "meets_rpo", r.meetsRpo());
                verdict(sn, "meets_rto", r.meetsRto());
                if (r.rpoBottleneck() == null) {
                    sn.putNull("rpo_bottleneck");
                } else {
                    sn.put("rpo_bottleneck", r.rpoBottleneck().id());
                }
                ArrayNode path = sn.putArray("critical_path");
                r.criticalPath().forEach(c -> path.add(c.id()));
                if (r.rpoPlace() != null) {
                    sn.put("rpo_lost_place", r.rpoPlace());
                }
                if (r.rtoPlace() != null) {
                    sn.put("rto_lost_place", r.rtoPlace());
                }
                sn.put("needs_cycle", r.cyclic());
                sn.put("rpo_assumed", r.rpoAssumed());
                sn.put("rto_assumed", r.rtoAssumed());
            }
        }

        ObjectNode recovery = root.putObject("recovery");
        for (Scenario s : scenarios) {
            RecoveryPlan plan = analysis.plan(s);
            ObjectNode pn = recovery.putObject(s.id());
            ArrayNode waves = pn.putArray("waves");
            for (List<RecoveryPlan.Step> wave : plan.waves()) {
                ArrayNode w = waves.addArray();
                wave.forEach(step -> w.add(step.component().id()));
            }
            ArrayNode cycles = pn.putArray("cycles");
            for (List<Component> cycle : plan.cycles()) {
                ArrayNode cy = cycles.addArray();
                cycle.forEach(c -> cy.add(c.id()));
            }
            duration(pn, "total_seconds", plan.total());
        }
        try {
            return Json.writer().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void duration(ObjectNode node, String field, TimeBound t) {
        if (t.isUnbounded()) {
            node.put(field, "unbounded");
        } else {
            node.put(field, t.seconds());
        }
    }

    private static void objective(ObjectNode node, String field, TimeBound t) {
        if (t == null) {
            node.putNull(field);
        } else {
            duration(node, field, t);
        }
    }

    private static void verdict(ObjectNode node, String field, Boolean b) {
        if (b == null) {
            node.putNull(field);
        } else {
            node.put(field, b);
        }
    }
}

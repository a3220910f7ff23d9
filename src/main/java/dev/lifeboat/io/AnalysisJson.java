package dev.lifeboat.io;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lifeboat.engine.Analysis;
import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.JourneyAssessment;
import dev.lifeboat.engine.RecoveryPlan;
import dev.lifeboat.engine.Reference;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.cost.ComponentCost;
import dev.lifeboat.engine.cost.CostLine;
import dev.lifeboat.engine.cost.CostModel;
import dev.lifeboat.engine.cost.PerformanceNote;
import dev.lifeboat.engine.cost.PerformanceNotes;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The analysis as JSON: the stable contract other tools read (see the README). A duration is a number of
 * seconds or the string {@code "unbounded"}; a missing objective, or a verdict without objective, is null.
 *
 * <p>The text is streamed as it is made: nothing holds the whole document, so the memory it needs does not
 * grow with its size (10,000 journeys with 2,000-step critical paths make about a gigabyte of JSON).
 */
public final class AnalysisJson {

    private AnalysisJson() {
    }

    /** The analysis of the topology under the given scenarios, as text (for small topologies and tests). */
    public static String write(Topology topology, Analysis analysis, List<Scenario> scenarios) {
        StringWriter out = new StringWriter();
        try {
            write(topology, analysis, scenarios, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Streams the analysis of the topology under the given scenarios to {@code out}, which stays open. */
    public static void write(Topology topology, Analysis analysis, List<Scenario> scenarios, Writer out)
            throws IOException {
        try (JsonGenerator g = Json.writer().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("name", topology.name());
            g.writeArrayFieldStart("scenarios");
            for (Scenario s : scenarios) {
                g.writeString(s.id());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("components");
            double total = 0;
            for (Component c : topology.components()) {
                total += component(g, c, analysis, scenarios);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("journeys");
            for (Journey j : topology.journeys()) {
                journey(g, j, analysis, scenarios);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("recovery");
            for (Scenario s : scenarios) {
                plan(g, s, analysis.plan(s));
            }
            g.writeEndObject();
            g.writeStringField("currency", topology.prices().currency());
            money(g, "monthly_cost", total);
            g.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }

    /** Writes one component; returns its monthly cost, for the design's total. */
    private static double component(JsonGenerator g, Component c, Analysis analysis, List<Scenario> scenarios)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("name", c.name());
        g.writeStringField("kind", c.kind().id());
        g.writeObjectFieldStart("scenarios");
        for (Scenario s : scenarios) {
            ComponentAssessment a = analysis.assessment(c, s);
            g.writeObjectFieldStart(s.id());
            duration(g, "rpo_seconds", a.rpo());
            duration(g, "rto_seconds", a.rto());
            g.writeNumberField("prepare_seconds", a.prepare().seconds());
            duration(g, "start_seconds", a.start());
            g.writeStringField("action", a.action().name().toLowerCase(Locale.ROOT));
            g.writeNumberField("wave", analysis.wave(c, s));
            g.writeStringField("explanation", a.explanation());
            g.writeArrayFieldStart("references");
            for (Reference r : a.references()) {
                g.writeStartObject();
                g.writeStringField("title", r.title());
                g.writeStringField("url", r.url());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("assumptions");
            for (String assumption : a.assumptions()) {
                g.writeString(assumption);
            }
            g.writeEndArray();
            g.writeBooleanField("rpo_assumed", a.rpoAssumed());
            g.writeBooleanField("rto_assumed", a.rtoAssumed());
            g.writeBooleanField("rebuildable", a.rebuildable());
            g.writeEndObject();
        }
        g.writeEndObject();
        ComponentCost cost = CostModel.estimate(c);
        money(g, "monthly_cost", cost.total());
        g.writeArrayFieldStart("cost_lines");
        for (CostLine l : cost.lines()) {
            g.writeStartObject();
            g.writeStringField("what", l.what());
            money(g, "amount", l.amount());
            g.writeStringField("basis", l.basis());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("performance");
        for (PerformanceNote n : PerformanceNotes.of(c)) {
            g.writeStartObject();
            g.writeStringField("setting", n.setting());
            g.writeStringField("text", n.text());
            if (n.latencyMs() == null) {
                g.writeNullField("latency_ms");
            } else {
                g.writeNumberField("latency_ms", n.latencyMs());
            }
            g.writeBooleanField("assumed", n.assumed());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        return cost.total();
    }

    /** An amount of money rounded to the cent. */
    private static void money(JsonGenerator g, String field, double amount) throws IOException {
        g.writeNumberField(field, Math.round(amount * 100) / 100.0);
    }

    private static void journey(JsonGenerator g, Journey j, Analysis analysis, List<Scenario> scenarios)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("id", j.id());
        g.writeStringField("name", j.name());
        g.writeArrayFieldStart("entry");
        for (Component e : j.entries()) {
            g.writeString(e.id());
        }
        g.writeEndArray();
        objective(g, "rpo_target_seconds", j.rpoObjective());
        objective(g, "rto_target_seconds", j.rtoObjective());
        g.writeObjectFieldStart("scenarios");
        for (Scenario s : scenarios) {
            JourneyAssessment r = analysis.journey(j, s);
            g.writeObjectFieldStart(s.id());
            duration(g, "rpo_seconds", r.rpo());
            duration(g, "rto_seconds", r.rto());
            objective(g, "rpo_target_seconds", r.rpoObjective());
            objective(g, "rto_target_seconds", r.rtoObjective());
            verdict(g, "meets_rpo", r.meetsRpo());
            verdict(g, "meets_rto", r.meetsRto());
            if (r.rpoBottleneck() == null) {
                g.writeNullField("rpo_bottleneck");
            } else {
                g.writeStringField("rpo_bottleneck", r.rpoBottleneck().id());
            }
            g.writeArrayFieldStart("critical_path");
            for (Component c : r.criticalPath()) {
                g.writeString(c.id());
            }
            g.writeEndArray();
            if (r.rpoPlace() != null) {
                g.writeStringField("rpo_lost_place", r.rpoPlace());
            }
            if (r.rtoPlace() != null) {
                g.writeStringField("rto_lost_place", r.rtoPlace());
            }
            g.writeBooleanField("needs_cycle", r.cyclic());
            g.writeBooleanField("rpo_assumed", r.rpoAssumed());
            g.writeBooleanField("rto_assumed", r.rtoAssumed());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void plan(JsonGenerator g, Scenario s, RecoveryPlan plan) throws IOException {
        g.writeObjectFieldStart(s.id());
        g.writeArrayFieldStart("waves");
        for (List<RecoveryPlan.Step> wave : plan.waves()) {
            g.writeStartArray();
            for (RecoveryPlan.Step step : wave) {
                g.writeString(step.component().id());
            }
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("cycles");
        for (List<Component> cycle : plan.cycles()) {
            g.writeStartArray();
            for (Component c : cycle) {
                g.writeString(c.id());
            }
            g.writeEndArray();
        }
        g.writeEndArray();
        duration(g, "total_seconds", plan.total());
        g.writeEndObject();
    }

    static void duration(JsonGenerator g, String field, TimeBound t) throws IOException {
        if (t.isUnbounded()) {
            g.writeStringField(field, "unbounded");
        } else {
            g.writeNumberField(field, t.seconds());
        }
    }

    static void objective(JsonGenerator g, String field, TimeBound t) throws IOException {
        if (t == null) {
            g.writeNullField(field);
        } else {
            duration(g, field, t);
        }
    }

    static void verdict(JsonGenerator g, String field, Boolean b) throws IOException {
        if (b == null) {
            g.writeNullField(field);
        } else {
            g.writeBooleanField(field, b);
        }
    }
}

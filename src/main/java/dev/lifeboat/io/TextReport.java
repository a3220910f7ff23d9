package dev.lifeboat.io;

import dev.lifeboat.engine.Analysis;
import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.JourneyAssessment;
import dev.lifeboat.engine.RecoveryPlan;
import dev.lifeboat.engine.Reference;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.cost.ComponentCost;
import dev.lifeboat.engine.cost.CostLine;
import dev.lifeboat.engine.cost.Costs;
import dev.lifeboat.engine.cost.DesignCost;
import dev.lifeboat.engine.cost.PerformanceNote;
import dev.lifeboat.engine.cost.PerformanceNotes;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Prices;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The analysis as readable tables, one block per scenario. Names come from files anyone may write: every line
 * goes out through {@link #line}, which shows control and bidi characters escaped, so a name cannot forge a
 * line or act on the terminal.
 */
public final class TextReport {

    private final PrintWriter out;
    private final Topology topology;
    private final Analysis analysis;

    public TextReport(PrintWriter out, Topology topology, Analysis analysis) {
        this.out = out;
        this.topology = topology;
        this.analysis = analysis;
    }

    public void print(String source, List<Scenario> scenarios, boolean explain) {
        line("%s  (%s)", topology.name(), source);
        line("%d components, %d dependencies, %d journeys", topology.size(), topology.dependencies().size(),
                topology.journeys().size());
        DesignCost cost = Costs.of(topology);
        line("Monthly cost: %s at %s (%s)", cost.describe(), prices(), explain ? "what each component's is made of "
                + "is at the end" : "--explain lists what each component's is made of");
        List<List<Component>> cycles = analysis.cycles();
        for (List<Component> cycle : cycles) {
            line("WARNING: dependency cycle, no recovery order exists among " + names(cycle));
        }
        if (scenarios.size() > 1) {
            summary(scenarios);
        }
        for (Scenario s : scenarios) {
            scenario(s, explain);
        }
        if (explain) {
            costs(cost);
        }
        out.flush();
    }

    /** Which prices: the defaults, or the design's own table. */
    private String prices() {
        return topology.prices().equals(Prices.DEFAULTS) ? "AWS us-east-1 on-demand list prices read "
                + Prices.READ : "this design's prices (" + topology.prices().currency() + ")";
    }

    /** Each component's monthly cost with its lines, and what its settings cost in write latency. */
    private void costs(DesignCost cost) {
        blank();
        line("== Monthly cost and write latency, per component");
        Prices p = cost.prices();
        for (Map.Entry<Component, ComponentCost> e : cost.perComponent().entrySet()) {
            blank();
            line("  %s: %s a month", e.getKey().name(), p.format(e.getValue().total()));
            for (CostLine l : e.getValue().lines()) {
                line("      %s %s: %s", l.what(), p.format(l.amount()), l.basis());
            }
            for (PerformanceNote n : PerformanceNotes.of(e.getKey())) {
                line("      write latency (%s%s): %s", n.setting(), n.latencyMs() == null ? ""
                        : ", +" + n.latencyMs() + " ms" + (n.assumed() ? " assumed" : ""), n.text());
            }
        }
        line("  total: %s", cost.describe());
    }

    private void summary(List<Scenario> scenarios) {
        blank();
        line("Journeys under every scenario: RPO / RTO estimates (X = misses its objective)");
        String[] head = new String[scenarios.size() + 2];
        head[0] = "journey";
        head[1] = "objectives";
        for (int k = 0; k < scenarios.size(); k++) {
            head[k + 2] = scenarios.get(k).id();
        }
        Table table = new Table(head);
        for (Journey j : topology.journeys()) {
            String[] row = new String[scenarios.size() + 2];
            row[0] = j.name();
            row[1] = objective(j.rpoObjective()) + " / " + objective(j.rtoObjective())
                    + (j.scenarioObjectives().isEmpty() ? "" : " (own for " + String.join(", ",
                    j.scenarioObjectives().keySet()) + ")");
            for (int k = 0; k < scenarios.size(); k++) {
                JourneyAssessment r = analysis.journey(j, scenarios.get(k));
                row[k + 2] = r.rpo() + mark(r.meetsRpo()) + " / " + r.rto() + mark(r.meetsRto());
            }
            table.row(row);
        }
        table.print(out, "");
    }

    private void scenario(Scenario s, boolean explain) {
        blank();
        line("== %s: %s", s.id(), s.description());
        blank();
        Table journeys = new Table("journey", "RPO est / obj", "RTO est / obj", "RPO bottleneck", "critical path");
        for (Journey j : topology.journeys()) {
            JourneyAssessment r = analysis.journey(j, s);
            journeys.row(j.name(),
                    estimate(r.rpo(), r.rpoAssumed()) + " / " + objective(r.rpoObjective()) + verdict(r.meetsRpo()),
                    estimate(r.rto(), r.rtoAssumed()) + " / " + objective(r.rtoObjective()) + verdict(r.meetsRto()),
                    r.rpoBottleneck() == null ? "-" : r.rpoBottleneck().name(),
                    (r.criticalPath().isEmpty() ? "-" : names(r.criticalPath(), " -> "))
                            + (r.rtoPlace() == null ? "" : "  (worst: " + r.rtoPlace() + " lost)"));
        }
        journeys.print(out, "");
        blank();
        Table components = new Table("component", "kind", "RPO", "RTO", "wave", "action");
        for (Component c : topology.components()) {
            ComponentAssessment a = analysis.assessment(c, s);
            int wave = analysis.wave(c, s);
            components.row(c.name(), c.kind().label(), estimate(a.rpo(), a.rpoAssumed()),
                    estimate(a.rto(), a.rtoAssumed()), wave == 0 ? "-" : Integer.toString(wave),
                    a.action().label());
        }
        components.print(out, "");
        line("(~ rests on an assumption you can edit; see the explanation)");
        RecoveryPlan plan = analysis.plan(s);
        blank();
        if (plan.waves().isEmpty()) {
            line("Recovery order: nothing to recover");
        } else {
            line("Recovery order (waves run in parallel; dependencies first):");
            for (int w = 0; w < plan.waves().size(); w++) {
                String steps = plan.waves().get(w).stream().map(step -> step.component().name() + " ("
                        + step.action().label() + ", " + step.duration()
                        + (step.overlaps() ? " = " + step.prepare() + " at once + " + step.startPart()
                        + " after its dependencies" : "") + ", back at " + step.finish()
                        + (step.inCycle() ? ", IN CYCLE" : "") + ")").collect(Collectors.joining("; "));
                line("  wave %d: %s", w + 1, steps);
            }
            line("  total: %s", plan.total());
        }
        if (explain) {
            blank();
            line("Why:");
            for (Component c : topology.components()) {
                ComponentAssessment a = analysis.assessment(c, s);
                line("  %s: %s", c.name(), a.explanation());
                if (!a.assumptions().isEmpty()) {
                    line("      assumed: %s", String.join(", ", a.assumptions()));
                }
                for (Reference r : a.references()) {
                    line("      see: %s", r);
                }
            }
        }
    }

    /** Writes one line of the report, its content shown through {@link Printable}. */
    private void line(String text) {
        out.println(Printable.of(text));
    }

    private void line(String format, Object... args) {
        line(String.format(format, args));
    }

    private void blank() {
        out.println();
    }

    /** An estimate, with {@code ~} when it rests on an assumption. */
    private static String estimate(TimeBound t, boolean assumed) {
        return assumed ? t + " ~" : t.toString();
    }

    private static String objective(TimeBound t) {
        return t == null ? "-" : t.toString();
    }

    private static String verdict(Boolean b) {
        return b == null ? "" : b ? " ok" : " MISSED";
    }

    private static String mark(Boolean b) {
        return Boolean.FALSE.equals(b) ? " X" : "";
    }

    private static String names(List<Component> cs) {
        return names(cs, ", ");
    }

    private static String names(List<Component> cs, String sep) {
        return cs.stream().map(Component::name).collect(Collectors.joining(sep));
    }

}

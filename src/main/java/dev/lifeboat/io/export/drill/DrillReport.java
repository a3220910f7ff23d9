package dev.lifeboat.io.export.drill;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.lifeboat.engine.Analysis;
import dev.lifeboat.io.Table;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A drill's results against the model: per row, the measured time until the journey worked again
 * ({@code recovered_at - started_at}) and data lost, next to what the analysis expected ({@link Expectation})
 * and the journey's objectives. Where a measured number exceeds the estimate, the model was optimistic: the
 * design, or one of its assumptions, is better on paper than on the staging copy. Shared by
 * {@code lifeboat drill-report} and the designer's File ▸ Import drill results.
 */
public final class DrillReport {

    /**
     * One row compared.
     *
     * @param measuredRto  seconds from the fault to the journey working again, or null when not run
     * @param measuredRpo  seconds of data lost, or null when not measured
     * @param rtoOptimistic whether the measured time exceeds the estimate; null when not measured
     * @param rpoOptimistic whether the measured data lost exceeds the estimate; null when not measured
     * @param meetsRto     whether the measured time meets the objective; null without a measure or an objective
     * @param meetsRpo     whether the measured data lost meets the objective; null without a measure or an
     *                     objective (rebuildable data has none)
     */
    public record Line(DrillResults.Row result, Expectation expected, BigDecimal measuredRto, BigDecimal measuredRpo,
                       Boolean rtoOptimistic, Boolean rpoOptimistic, Boolean meetsRto, Boolean meetsRpo) {

        /** Whether the model was optimistic about this drill: a measured number exceeds its estimate. */
        public boolean optimistic() {
            return Boolean.TRUE.equals(rtoOptimistic) || Boolean.TRUE.equals(rpoOptimistic);
        }

        /** Whether a measured number misses the journey's objective. */
        public boolean missed() {
            return Boolean.FALSE.equals(meetsRto) || Boolean.FALSE.equals(meetsRpo);
        }
    }

    private final List<Line> lines;

    private DrillReport(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    /** Compares each row with the analysis of the design the rows were read against. */
    public static DrillReport compare(Topology topology, Analysis analysis, List<DrillResults.Row> rows) {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(analysis, "analysis");
        List<Line> lines = new ArrayList<>();
        for (DrillResults.Row r : rows) {
            Expectation e = Expectation.of(analysis, r.journey(), r.scenario(), r.component());
            BigDecimal rto = r.run() ? seconds(Duration.between(r.startedAt(), r.recoveredAt())) : null;
            BigDecimal rpo = r.dataLostSeconds();
            lines.add(new Line(r, e, rto, rpo, exceeds(rto, e.rto()), exceeds(rpo, e.rpo()),
                    meets(rto, e.rtoObjective()), meets(rpo, e.rpoObjective())));
        }
        return new DrillReport(lines);
    }

    private static BigDecimal seconds(Duration d) {
        return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9)).stripTrailingZeros();
    }

    private static Boolean exceeds(BigDecimal measured, TimeBound estimate) {
        if (measured == null) {
            return null;
        }
        return !estimate.isUnbounded() && measured.compareTo(BigDecimal.valueOf(estimate.seconds())) > 0;
    }

    private static Boolean meets(BigDecimal measured, TimeBound objective) {
        if (measured == null || objective == null) {
            return null;
        }
        return objective.isUnbounded() || measured.compareTo(BigDecimal.valueOf(objective.seconds())) <= 0;
    }

    /** The rows compared, in the file's order. */
    public List<Line> lines() {
        return lines;
    }

    /** How many rows were run (both times given). */
    public int run() {
        return (int) lines.stream().filter(l -> l.result().run() || l.measuredRpo() != null).count();
    }

    /** How many rows show the model optimistic. */
    public int optimistic() {
        return (int) lines.stream().filter(Line::optimistic).count();
    }

    /** How many rows miss an objective. */
    public int missed() {
        return (int) lines.stream().filter(Line::missed).count();
    }

    /** One line that sums the report up, for a person. */
    public String summary() {
        return lines.size() + " drills, " + run() + " run: " + (optimistic() == 0 ? "the model held"
                : optimistic() + " where the model was optimistic") + ", " + (missed() == 0
                ? "every measured number meets its objective" : missed() + " missing an objective");
    }

    /** A measured number of seconds as a person reads it: {@code 1m05s}, rounded up to a second. */
    public static String format(BigDecimal seconds) {
        if (seconds == null) {
            return "-";
        }
        return TimeBound.ofSeconds(seconds.setScale(0, RoundingMode.CEILING).longValueExact()).toString();
    }

    /** An estimate, marked {@code ~} when it rests on an assumption. */
    public static String format(TimeBound estimate, boolean assumed) {
        return (assumed ? "~" : "") + estimate;
    }

    /** A verdict: "met", "MISSED", or "-" without a measure or an objective. */
    public static String verdict(Boolean meets) {
        return meets == null ? "-" : meets ? "met" : "MISSED";
    }

    /** The report as tables for people: one line per row, then the summary. */
    public void writeText(PrintWriter out, String results, String design) {
        out.println(Printable.of("Drill results " + results + " against " + design));
        out.println();
        Table t = new Table("row", "journey", "scenario", "component", "RTO measured", "estimated", "objective", "",
                "RPO measured", "estimated", "objective", "", "model");
        for (Line l : lines) {
            DrillResults.Row r = l.result();
            Expectation e = l.expected();
            t.row(String.valueOf(r.row()), Printable.echo(r.journey().name(), 40), r.scenario().id(),
                    Printable.echo(r.component().name(), 40),
                    format(l.measuredRto()), format(e.rto(), e.rtoAssumed()), String.valueOf(orDash(e.rtoObjective())),
                    verdict(l.meetsRto()), format(l.measuredRpo()), format(e.rpo(), e.rpoAssumed()),
                    e.rebuildable() ? "(rebuilt)" : orDash(e.rpoObjective()), verdict(l.meetsRpo()),
                    model(l));
        }
        t.print(out, "");
        for (Line l : lines) {
            if (!l.result().notes().isEmpty()) {
                out.println(Printable.of("row " + l.result().row() + " notes: " + Printable.echo(l.result().notes(),
                        200)));
            }
        }
        out.println();
        out.println(summary());
        out.flush();
    }

    /** What the drill says of the model: "not run", "held", or "OPTIMISTIC: RTO, RPO" (the numbers it beat). */
    public static String model(Line l) {
        if (!l.result().run() && l.measuredRpo() == null) {
            return "not run";
        }
        if (!l.optimistic()) {
            return "held";
        }
        return "OPTIMISTIC: " + (Boolean.TRUE.equals(l.rtoOptimistic()) ? Boolean.TRUE.equals(l.rpoOptimistic())
                ? "RTO, RPO" : "RTO" : "RPO");
    }

    private static String orDash(TimeBound t) {
        return t == null ? "-" : t.toString();
    }

    /**
     * The report as JSON: {@code {"rows": [...], "summary": {...}}}; a duration is a number of seconds or
     * {@code "unbounded"}, a missing measure, objective or verdict is null.
     */
    public void writeJson(Writer out, String results, String design) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("results", results);
            g.writeStringField("design", design);
            g.writeArrayFieldStart("rows");
            for (Line l : lines) {
                row(g, l);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("drills", lines.size());
            g.writeNumberField("run", run());
            g.writeNumberField("optimistic", optimistic());
            g.writeNumberField("missed", missed());
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }

    private static void row(JsonGenerator g, Line l) throws IOException {
        DrillResults.Row r = l.result();
        Expectation e = l.expected();
        g.writeStartObject();
        g.writeNumberField("row", r.row());
        g.writeStringField("journey", r.journey().id());
        g.writeStringField("scenario", r.scenario().id());
        g.writeStringField("component", r.component().id());
        g.writeStringField("fault", r.fault().id());
        g.writeStringField("started_at", r.startedAt() == null ? null : r.startedAt().toString());
        g.writeStringField("recovered_at", r.recoveredAt() == null ? null : r.recoveredAt().toString());
        number(g, "measured_rto_seconds", l.measuredRto());
        bound(g, "estimated_rto_seconds", e.rto());
        g.writeBooleanField("estimated_rto_is_journeys", e.journeyWide());
        bound(g, "rto_objective_seconds", e.rtoObjective());
        bool(g, "rto_optimistic", l.rtoOptimistic());
        bool(g, "meets_rto", l.meetsRto());
        number(g, "measured_rpo_seconds", l.measuredRpo());
        bound(g, "estimated_rpo_seconds", e.rpo());
        g.writeBooleanField("rebuildable", e.rebuildable());
        bound(g, "rpo_objective_seconds", e.rpoObjective());
        bool(g, "rpo_optimistic", l.rpoOptimistic());
        bool(g, "meets_rpo", l.meetsRpo());
        g.writeStringField("notes", r.notes());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, BigDecimal value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeFieldName(name);
            g.writeNumber(value.toPlainString());
        }
    }

    private static void bound(JsonGenerator g, String name, TimeBound value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else if (value.isUnbounded()) {
            g.writeStringField(name, "unbounded");
        } else {
            g.writeNumberField(name, value.seconds());
        }
    }

    private static void bool(JsonGenerator g, String name, Boolean value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeBooleanField(name, value);
        }
    }
}

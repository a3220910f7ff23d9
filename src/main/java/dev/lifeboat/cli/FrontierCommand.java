package dev.lifeboat.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.recommend.Frontier;
import dev.lifeboat.engine.recommend.Frontier.Design;
import dev.lifeboat.engine.recommend.Frontier.Point;
import dev.lifeboat.engine.recommend.FrontierSearch;
import dev.lifeboat.engine.recommend.Recommendation.Change;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lifeboat frontier}: a journey's Pareto-optimal trade-offs between monthly cost, RPO and RTO. */
@Command(name = "frontier", mixinStandardHelpOptions = true,
        description = {"The cost/RPO/RTO frontier of a journey: every configuration of its components' menus that "
                + "no other beats on monthly cost, RPO and RTO (the worst over the scenarios, or under --scenario), "
                + "cheapest first, with the design as it is and its variants placed against it.",
            "Exit 0 when the frontier is listed, 1 when the journey needs a component in a dependency cycle (no "
                    + "recovery order, no frontier), 2 on bad input."})
final class FrontierCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A Lifeboat file or a service-config file.")
    Path file;

    @Option(names = "--journey", required = true, paramLabel = "NAME-OR-ID", description = "The journey.")
    String journeyName;

    @Option(names = "--scenario", paramLabel = "ID", description = "Trade the RPO and RTO under this scenario only: "
            + "process-crash, node-loss, zone-loss, region-loss, logical-corruption. Default: the worst over all.")
    String scenarioId;

    @Option(names = "--format", defaultValue = "text",
            description = "text, json or csv. Default: ${DEFAULT-VALUE}.")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json") && !format.equals("csv")) {
            err.println("lifeboat: frontier: --format must be text, json or csv");
            return LifeboatCommand.BAD_INPUT;
        }
        Topology topology;
        Journey journey;
        Scenario scenario = null;
        try {
            if (scenarioId != null) {
                scenario = Inputs.scenarios(scenarioId).get(0);
            }
            topology = Inputs.load(file);
            journey = Inputs.journey(topology, journeyName, file);
        } catch (Inputs.BadInput e) {
            err.println("lifeboat: " + e.getMessage());
            return LifeboatCommand.BAD_INPUT;
        }
        Frontier f = FrontierSearch.standard().frontier(topology, journey, scenario);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case "json" -> out.println(json(f));
            case "csv" -> out.print(csv(f));
            default -> text(out, f);
        }
        out.flush();
        return f.cyclic() ? 1 : 0;
    }

    // ---------------------------------------------------------------- text

    private static void text(PrintWriter out, Frontier f) {
        out.println("Journey " + Printable.echo(f.journey().name()) + ": cost against RPO and RTO, "
                + measured(f) + ".");
        if (f.cyclic()) {
            out.println("  it needs a component in a dependency cycle: there is no recovery order, so no setting "
                    + "changes its numbers and there is no frontier.");
        } else {
            out.println("  " + f.points().size() + " Pareto-optimal configuration" + (f.points().size() == 1 ? ""
                    : "s") + " of the menus, cheapest first:");
            int n = 1;
            for (Point p : f.points()) {
                out.println(String.format(Locale.ROOT, "  %d. %.2f/month (%+.2f), RPO %s, RTO %s%s", n++,
                        p.monthlyCost(), p.costDifference(), p.rpo(), p.rto(),
                        p.changes().isEmpty() ? ": the design as it is" : ""));
                for (Change c : p.changes()) {
                    out.println("     " + Printable.echo(c.component().name()) + ": " + c.option()
                            + (c.otherJourneys().isEmpty() ? "" : " (also affects "
                            + Printable.echo(c.otherJourneys().stream().map(Journey::name)
                                    .collect(Collectors.joining(", "))) + ")"));
                }
            }
        }
        out.println(designText("Today", f.current(), f));
        for (Design v : f.variants()) {
            out.println(designText("Variant " + Printable.echo(v.name()), v, f));
        }
        if (!f.proven()) {
            out.println("  (the search hit its time limit: every point listed is Pareto-optimal, but some may be "
                    + "missing)");
        }
    }

    private static String measured(Frontier f) {
        return f.scenario() == null ? "the worst over all scenarios" : "under " + f.scenario().id();
    }

    private static String designText(String head, Design d, Frontier f) {
        return String.format(Locale.ROOT, "%s: %.2f/month, RPO %s, RTO %s: %s", head, d.monthlyCost(), d.rpo(),
                d.rto(), d.onFrontier() ? "on the frontier (point " + number(f, d) + ")"
                        : d.dominatedBy() != null ? "dominated by point " + (f.points().indexOf(d.dominatedBy()) + 1)
                        : f.cyclic() || !f.proven() ? "not placed" : "beyond the menus (no configuration of them "
                        + "is as good on all three)");
    }

    /** The number of the point with the design's numbers (1-based), or 0. */
    private static int number(Frontier f, Design d) {
        return f.pointAt(d.costCents(), d.rpo(), d.rto()).map(p -> f.points().indexOf(p) + 1).orElse(0);
    }

    // ---------------------------------------------------------------- json

    private static String json(Frontier f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("journey", f.journey().id());
        m.put("journey_name", f.journey().name());
        m.put("scenario", f.scenario() == null ? null : f.scenario().id());
        m.put("measured", f.scenario() == null ? "worst over all scenarios" : "under " + f.scenario().id());
        m.put("proven", f.proven());
        m.put("cyclic", f.cyclic());
        List<Object> points = new ArrayList<>();
        int n = 1;
        for (Point p : f.points()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("point", n++);
            x.put("monthly_cost", round(p.monthlyCost()));
            x.put("cost_difference", round(p.costDifference()));
            putTimes(x, p.rpo(), p.rto());
            List<Object> changes = new ArrayList<>();
            for (Change c : p.changes()) {
                Map<String, Object> y = new LinkedHashMap<>();
                y.put("component", c.component().id());
                y.put("component_name", c.component().name());
                y.put("option", c.option());
                Map<String, Object> values = new LinkedHashMap<>();
                c.values().forEach((k, v) -> values.put(k, c.component().kind().setting(k).map(s -> s.format(v))
                        .orElse(String.valueOf(v))));
                y.put("settings", values);
                y.put("other_journeys", c.otherJourneys().stream().map(Journey::id).toList());
                changes.add(y);
            }
            x.put("changes", changes);
            points.add(x);
        }
        m.put("points", points);
        m.put("current", json(f.current(), f));
        List<Object> variants = new ArrayList<>();
        for (Design v : f.variants()) {
            variants.add(json(v, f));
        }
        m.put("variants", variants);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> json(Design d, Frontier f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", d.name());
        m.put("monthly_cost", round(d.monthlyCost()));
        putTimes(m, d.rpo(), d.rto());
        m.put("on_frontier", d.onFrontier());
        m.put("point", d.onFrontier() ? number(f, d) : null);
        m.put("dominated_by", d.dominatedBy() == null ? null : f.points().indexOf(d.dominatedBy()) + 1);
        return m;
    }

    private static void putTimes(Map<String, Object> m, TimeBound rpo, TimeBound rto) {
        m.put("rpo_seconds", seconds(rpo));
        m.put("rto_seconds", seconds(rto));
        m.put("rpo", rpo.toString());
        m.put("rto", rto.toString());
    }

    private static Object seconds(TimeBound t) {
        return Frontier.isUnbounded(t) ? "unbounded" : t.seconds();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    // ---------------------------------------------------------------- csv

    private static final List<String> HEADER = List.of("kind", "point", "name", "monthly_cost", "cost_difference",
            "rpo_seconds", "rto_seconds", "on_frontier", "dominated_by", "changes");

    /**
     * RFC 4180: a header, then one record per frontier point ({@code frontier}), then the design as it is
     * ({@code current}) and each variant ({@code variant}); CRLF line ends.
     */
    private static String csv(Frontier f) {
        StringBuilder sb = new StringBuilder();
        record(sb, HEADER);
        int n = 1;
        for (Point p : f.points()) {
            String changes = p.changes().stream().map(c -> c.component().id() + ": " + c.option())
                    .collect(Collectors.joining("; "));
            record(sb, List.of("frontier", String.valueOf(n++), "", money(p.monthlyCost()),
                    money(p.costDifference()), csvSeconds(p.rpo()), csvSeconds(p.rto()), "true", "", changes));
        }
        record(sb, designRecord("current", f.current(), f));
        for (Design v : f.variants()) {
            record(sb, designRecord("variant", v, f));
        }
        return sb.toString();
    }

    private static List<String> designRecord(String kind, Design d, Frontier f) {
        return List.of(kind, d.onFrontier() ? String.valueOf(number(f, d)) : "", d.name(), money(d.monthlyCost()),
                money(d.monthlyCost() - f.current().monthlyCost()), csvSeconds(d.rpo()), csvSeconds(d.rto()),
                String.valueOf(d.onFrontier()),
                d.dominatedBy() == null ? "" : String.valueOf(f.points().indexOf(d.dominatedBy()) + 1), "");
    }

    private static String money(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String csvSeconds(TimeBound t) {
        return Frontier.isUnbounded(t) ? "unbounded" : String.valueOf(t.seconds());
    }

    private static void record(StringBuilder sb, List<String> fields) {
        for (int k = 0; k < fields.size(); k++) {
            if (k > 0) {
                sb.append(',');
            }
            sb.append(field(fields.get(k)));
        }
        sb.append("\r\n");
    }

    /**
     * One field: control characters escaped (a design's names may hold anything), a leading = + - @ made text for
     * spreadsheets with a quote mark, and the whole quoted when it holds a comma or a quote.
     */
    private static String field(String value) {
        String v = Printable.of(value);
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+")) {
            v = "'" + v;
        }
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0) {
            return v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}

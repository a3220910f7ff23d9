package dev.lifeboat.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lifeboat.engine.recommend.Recommendation;
import dev.lifeboat.engine.recommend.Recommendation.Change;
import dev.lifeboat.engine.recommend.Recommendation.Reached;
import dev.lifeboat.engine.recommend.Recommendation.Unreachable;
import dev.lifeboat.engine.recommend.Recommender;
import dev.lifeboat.io.SaveException;
import dev.lifeboat.io.TopologyFiles;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lifeboat recommend}: the cheapest setting changes that make a journey meet its objectives. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "The cheapest setting changes (within each technology's menu of real options) that make a "
                + "journey meet all its objectives under every scenario, with alternatives. Exit 0 when a "
                + "recommendation exists or nothing is missed, 1 when out of reach, 2 on bad input.")
final class RecommendCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A Lifeboat file or a service-config file.")
    Path file;

    @Option(names = "--journey", paramLabel = "NAME-OR-ID",
            description = "The journey; without it, every journey that misses an objective.")
    String journeyName;

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--apply", paramLabel = "N", description = "Write the design with option N applied (1 = the "
            + "cheapest; when the objectives are out of reach, 1 = the closest option) to the file given with -o; "
            + "needs --journey.")
    Integer apply;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.json", description = "Where --apply writes the design.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println("lifeboat: recommend: --format must be text or json");
            return LifeboatCommand.BAD_INPUT;
        }
        if (apply != null && (journeyName == null || output == null || apply < 1)) {
            err.println("lifeboat: recommend: --apply N needs --journey, -o OUT.json and N of 1 or more");
            return LifeboatCommand.BAD_INPUT;
        }
        Topology topology;
        List<Journey> journeys = new ArrayList<>();
        try {
            topology = Inputs.load(file);
            Journey j = Inputs.journey(topology, journeyName, file);
            if (j != null) {
                journeys.add(j);
            } else {
                journeys.addAll(topology.journeys());
            }
        } catch (Inputs.BadInput e) {
            err.println("lifeboat: " + e.getMessage());
            return LifeboatCommand.BAD_INPUT;
        }
        Recommender recommender = Recommender.standard();
        List<Recommendation> results = new ArrayList<>();
        for (Journey j : journeys) {
            Recommendation r = recommender.recommend(topology, j);
            if (journeyName != null || r.status() != Recommendation.Status.ALREADY_MET) {
                results.add(r);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (apply != null) {
            Recommendation r = results.get(0);
            List<Recommendation.Option> choices = applicable(r);
            if (apply > choices.size()) {
                err.println("lifeboat: recommend: there " + (choices.isEmpty() ? "is no option"
                        : choices.size() == 1 ? "is 1 option" : "are " + choices.size() + " options")
                        + " for journey " + Printable.echo(r.journey().name()) + "; --apply " + apply
                        + " is not one of them");
                return r.status() == Recommendation.Status.OUT_OF_REACH ? 1 : LifeboatCommand.BAD_INPUT;
            }
            Recommendation.Option chosen = choices.get(apply - 1);
            try {
                TopologyFiles.save(chosen.applyTo(topology), output);
            } catch (SaveException e) {
                err.println("lifeboat: " + e.getMessage());
                return LifeboatCommand.BAD_INPUT;
            }
            if (r.status() == Recommendation.Status.OUT_OF_REACH) {
                long missed = chosen.reached().stream().mapToLong(x -> (Boolean.FALSE.equals(x.meetsRpo()) ? 1 : 0)
                        + (Boolean.FALSE.equals(x.meetsRto()) ? 1 : 0)).sum();
                out.println("wrote " + output + " with the closest option applied; journey "
                        + Printable.echo(r.journey().name()) + " still misses " + missed + " objective"
                        + (missed == 1 ? "" : "s") + " (out of reach with the menus' options)");
                return 1;
            }
            out.println("wrote " + output + " with option " + apply + " applied");
            return 0;
        }
        if (format.equals("json")) {
            List<Object> list = new ArrayList<>();
            for (Recommendation r : results) {
                list.add(json(r));
            }
            try {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(Map.of("recommendations", list)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            if (results.isEmpty()) {
                out.println("Every journey meets its objectives: nothing to recommend.");
            }
            for (Recommendation r : results) {
                text(out, r);
            }
        }
        out.flush();
        return results.stream().anyMatch(r -> r.status() == Recommendation.Status.OUT_OF_REACH) ? 1 : 0;
    }

    /**
     * The options {@code --apply N} numbers: the options found, or, when the objectives are out of reach, the closest
     * option alone (number 1), which brings the journey as near as the menus can.
     */
    private static List<Recommendation.Option> applicable(Recommendation r) {
        if (r.status() == Recommendation.Status.OUT_OF_REACH && r.closest() != null) {
            return List.of(r.closest());
        }
        return r.options();
    }

    private static void text(PrintWriter out, Recommendation r) {
        out.println("Journey " + Printable.echo(r.journey().name()) + ":");
        switch (r.status()) {
            case ALREADY_MET -> out.println("  meets every objective already; nothing to change.");
            case FOUND -> {
                int n = 1;
                for (Recommendation.Option o : r.options()) {
                    optionText(out, n++ + ". ", o);
                }
            }
            case OUT_OF_REACH -> {
                if (r.outOfReach().isEmpty()) {
                    out.println("  out of reach: each objective can be met alone, but no combination in the menus "
                            + "meets them all together.");
                }
                for (Unreachable u : r.outOfReach()) {
                    out.println("  out of reach: " + u.measure() + " " + u.objective() + " under "
                            + u.scenario().id() + (u.bestReachable() == null
                            ? " (the journey needs a component in a dependency cycle: no recovery order)"
                            : u.limitedBy() != null
                            ? "; " + Printable.echo(u.limitedBy().name()) + " alone reaches no better than "
                                    + u.bestReachable() + (u.limitedBy().kind().menu().isEmpty()
                                    ? " (its kind has no menu: it keeps its settings)"
                                    : " with any option of its menu")
                            : "; the best the menus reach is " + u.bestReachable()));
                }
                if (r.closest() != null) {
                    out.println("  the closest option (it makes no measure worse than today; --apply 1 writes it):");
                    optionText(out, "1. ", r.closest());
                } else {
                    out.println("  no change in the menus brings this journey closer to its objectives without "
                            + "making another of its measures worse.");
                }
            }
        }
        if (!r.proven()) {
            out.println("  (the search hit its time limit: this is the best found in time, not proven optimal)");
        }
    }

    private static void optionText(PrintWriter out, String head, Recommendation.Option o) {
        out.println(String.format(Locale.ROOT, "  %s%s: %+.2f/month (total %.2f), %d change%s", head,
                String.join(", ", o.kinds().stream().map(Recommendation.Kind::label).toList()), o.costDifference(),
                o.monthlyCost(), o.changes().size(), o.changes().size() == 1 ? "" : "s"));
        for (Change c : o.changes()) {
            out.println("     " + Printable.echo(c.component().name()) + ": " + c.option());
            c.values().forEach((k, v) -> out.println("       " + k + " = " + Printable.echo(format(c, k, v))));
            if (!c.otherJourneys().isEmpty()) {
                out.println("       also affects: " + Printable.echo(String.join(", ",
                        c.otherJourneys().stream().map(Journey::name).toList())));
            }
        }
        for (Reached x : o.reached()) {
            out.println("     " + x.scenario().id() + ": RPO " + x.rpo() + objective(x.rpoObjective(), x.meetsRpo())
                    + ", RTO " + x.rto() + objective(x.rtoObjective(), x.meetsRto()));
        }
    }

    private static String objective(TimeBound objective, Boolean meets) {
        return objective == null ? "" : " (objective " + objective + (Boolean.TRUE.equals(meets) ? ", met)" : ", missed)");
    }

    private static String format(Change c, String key, Object value) {
        return c.component().kind().setting(key).map(s -> s.format(value)).orElse(String.valueOf(value));
    }

    private static Map<String, Object> json(Recommendation r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("journey", r.journey().id());
        m.put("status", r.status().name().toLowerCase(Locale.ROOT));
        m.put("proven_optimal", r.proven());
        m.put("baseline_monthly_cost", round(r.baselineMonthlyCost()));
        List<Object> options = new ArrayList<>();
        for (Recommendation.Option o : r.options()) {
            options.add(json(o));
        }
        m.put("options", options);
        List<Object> unreachable = new ArrayList<>();
        for (Unreachable u : r.outOfReach()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("scenario", u.scenario().id());
            x.put("measure", u.measure());
            x.put("objective_seconds", u.objective().seconds());
            x.put("best_reachable", u.bestReachable() == null ? null : seconds(u.bestReachable()));
            x.put("limited_by", u.limitedBy() == null ? null : u.limitedBy().id());
            unreachable.add(x);
        }
        m.put("out_of_reach", unreachable);
        m.put("closest", r.closest() == null ? null : json(r.closest()));
        return m;
    }

    private static Map<String, Object> json(Recommendation.Option o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kinds", o.kinds().stream().map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
        m.put("monthly_cost", round(o.monthlyCost()));
        m.put("cost_difference", round(o.costDifference()));
        List<Object> changes = new ArrayList<>();
        for (Change c : o.changes()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("component", c.component().id());
            x.put("option", c.option());
            Map<String, Object> values = new LinkedHashMap<>();
            c.values().forEach((k, v) -> values.put(k, format(c, k, v)));
            x.put("settings", values);
            x.put("other_journeys", c.otherJourneys().stream().map(Journey::id).toList());
            changes.add(x);
        }
        m.put("changes", changes);
        List<Object> reached = new ArrayList<>();
        for (Reached x : o.reached()) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("scenario", x.scenario().id());
            y.put("rpo_seconds", seconds(x.rpo()));
            y.put("rto_seconds", seconds(x.rto()));
            y.put("meets_rpo", x.meetsRpo());
            y.put("meets_rto", x.meetsRto());
            reached.add(y);
        }
        m.put("reached", reached);
        return m;
    }

    private static Object seconds(TimeBound t) {
        return t.isUnbounded() ? "unbounded" : t.seconds();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}

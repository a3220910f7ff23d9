package dev.lifeboat.io.export.report;

import dev.lifeboat.engine.Analysis;
import dev.lifeboat.engine.IncrementalAnalysis;
import dev.lifeboat.engine.JourneyAssessment;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.Verdict;
import dev.lifeboat.engine.recommend.Recommendation;
import dev.lifeboat.engine.recommend.Recommendation.Change;
import dev.lifeboat.engine.recommend.Recommendation.Option;
import dev.lifeboat.engine.recommend.Recommendation.Reached;
import dev.lifeboat.engine.recommend.Recommendation.Status;
import dev.lifeboat.engine.recommend.Recommendation.Unreachable;
import dev.lifeboat.engine.recommend.Recommender;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Prices;
import dev.lifeboat.model.Setting;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * What to change, per journey that misses an objective, from the {@link Recommender}: one sentence first ("The
 * cheapest way to make Checkout meet its objectives costs +$349/month: orders-db to ..."), then the options
 * (cheapest, fewest changes, best RTO within 10% of the cheapest cost) in a table beside the design as it is today:
 * what each changes (component, menu option, each setting from its value today to the new one, the other journeys a
 * shared component's change affects too), its monthly cost difference, and the journey's RPO and RTO under each
 * scenario against its objectives with the Summary's marks. When the menus cannot meet every objective: which are
 * out of reach, the best reachable and the component that limits it, and the closest option. Whether each answer is
 * proven optimal is said.
 *
 * <p>It recommends for the design the report is about, {@link Report#topology()} (the baseline with the variants
 * shown beside it, or, exported from the designer while a variant is shown, that variant applied), as the Summary
 * does. Each journey's search is bounded by the recommender's time limit, and all of them together by {@link
 * #BUDGET_MS}, so that a design of many hard journeys still gives its report in reasonable time (an answer cut short
 * says it is not proven).
 */
final class RecommendationSection implements ReportSection {

    /** The most the section searches, over all the report's journeys, in milliseconds. */
    static final long BUDGET_MS = 30_000;
    /** The least a journey's search is given, however little of the budget is left. */
    static final long MIN_QUERY_MS = 1_000;

    private final LongFunction<Recommender> recommenders;

    RecommendationSection() {
        this(ms -> new Recommender(RuleBook.standard(), ms));
    }

    /** The section asking the recommender {@code recommenders} gives for a time limit in milliseconds. */
    RecommendationSection(LongFunction<Recommender> recommenders) {
        this.recommenders = Objects.requireNonNull(recommenders, "recommenders");
    }

    /**
     * A journey's share of what is left of the budget: the rest split over the journeys still to search, at most the
     * recommender's own limit, at least {@link #MIN_QUERY_MS}.
     */
    static long share(long leftMs, int journeysLeft) {
        return Math.max(MIN_QUERY_MS, Math.min(Recommender.DEFAULT_TIME_LIMIT_MS, leftMs / Math.max(1, journeysLeft)));
    }

    @Override
    public String id() {
        return "recommendations";
    }

    @Override
    public String title() {
        return "Recommendations: what to change";
    }

    @Override
    public boolean applies(Report report) {
        return !report.journeys().isEmpty();
    }

    @Override
    public void write(Report report, Html h) {
        List<Recommendation> all = new ArrayList<>();
        List<Journey> journeys = report.journeys();
        long end = System.nanoTime() + BUDGET_MS * 1_000_000L;
        for (int i = 0; i < journeys.size(); i++) {
            long left = Math.max(0, (end - System.nanoTime()) / 1_000_000L);
            all.add(recommenders.apply(share(left, journeys.size() - i)).recommend(report.topology(),
                    journeys.get(i)));
        }
        List<Recommendation> missing = all.stream().filter(r -> r.status() != Status.ALREADY_MET).toList();
        if (missing.isEmpty()) {
            h.open("p", "callout " + Marks.css(Verdict.MEETS), "id", "nothing-to-change")
                    .text(Marks.symbol(Verdict.MEETS) + " " + (all.size() == 1
                            ? all.get(0).journey().name() + " misses none of its objectives under any failure"
                            : "No journey misses an objective under any failure")
                            + ": nothing needs to change.").close("p").nl();
            return;
        }
        h.element("p", "intro", "For each journey that misses an objective: the cheapest setting changes, within "
                + "each technology's menu of real options, that make it meet every objective under every failure, "
                + "and beside it the option with the fewest changes and the one with the best RTO within 10% of the "
                + "cheapest cost. Each option was applied to a copy of the design and analysed again; its cost is "
                + "the design's monthly cost with it, against today's.").nl();
        if (!report.topology().variants().isEmpty()) {
            h.element("p", "note", "They are for the design as drawn, the baseline; the variants above are not "
                    + "taken into account.").nl();
        }
        if (report.scenarios().size() < Scenario.values().length) {
            h.element("p", "note", "The recommendations look at every failure, not only the "
                    + (report.scenarios().size() == 1 ? "one" : "ones") + " this report shows.").nl();
        }
        for (Recommendation r : missing) {
            journey(report, h, r);
        }
        List<String> met = all.stream().filter(r -> r.status() == Status.ALREADY_MET)
                .map(r -> r.journey().name()).toList();
        if (!met.isEmpty()) {
            h.open("p", "note").text((met.size() == 1 ? met.get(0) + " misses" : String.join(", ", met)
                    + " miss") + " no objective: nothing to change there.").close("p").nl();
        }
        if (missing.stream().anyMatch(r -> r.status() == Status.FOUND || r.closest() != null)) {
            h.open("p", "legend").text("Each estimate against its objective: \u2716 missed \u00A0 \u26A0 met, resting "
                    + "on an assumption (~) \u00A0 \u2714 met, as in the summary. A change to a component that other "
                    + "journeys need changes their numbers too; they are named under \u201Calso affects\u201D.")
                    .close("p").nl();
        }
    }

    /** One journey's recommendation: its sentence, the table of options, whether it is proven. */
    private static void journey(Report report, Html h, Recommendation r) {
        Prices prices = report.topology().prices();
        boolean found = r.status() == Status.FOUND;
        List<Option> options = found ? r.options() : r.closest() == null ? List.of() : List.of(r.closest());
        Map<String, List<JourneyAssessment>> today = numbers(report, report.topology(), report.analysis());
        List<Map<String, List<JourneyAssessment>>> after = new ArrayList<>();
        for (Option o : options) {
            Topology applied = o.applyTo(report.topology());
            IncrementalAnalysis a = RuleBook.standard().analyse(applied);
            try {
                after.add(numbers(report, applied, a));
            } finally {
                a.dispose();
            }
        }
        List<String> harmed = options.isEmpty() ? List.of() : harmed(options.get(0), today, after.get(0));

        h.open("div", "recommendation", "id", "recommend-" + r.journey().id()).nl();
        h.element("h3", null, r.journey().name()).nl();
        h.open("p", "callout lead " + (found ? "found" : "out-of-reach")).text(sentence(report, r, harmed))
                .close("p").nl();
        if (!found) {
            unreachable(h, r);
        }
        if (!options.isEmpty()) {
            // the options and the numbers they reach are read together: the PDF keeps them on one page when they fit
            h.open("div", "keep").nl();
            options(report, h, r, options, today, after, prices);
            h.close("div").nl();
        }
        h.element("p", "note proof", proof(r)).nl();
        h.close("div").nl();
    }

    /**
     * Every journey's numbers under the report's scenarios in a design (today's, or one with an option applied), by
     * journey id.
     */
    private static Map<String, List<JourneyAssessment>> numbers(Report report, Topology t, Analysis a) {
        Map<String, List<JourneyAssessment>> out = new LinkedHashMap<>();
        for (Journey j : t.journeys()) {
            List<JourneyAssessment> list = new ArrayList<>();
            for (Scenario s : report.scenarios()) {
                list.add(a.journey(j, s));
            }
            out.put(j.id(), list);
        }
        return out;
    }

    /** The other journeys a change of the option touches that have a number worse with it than today. */
    private static List<String> harmed(Option o, Map<String, List<JourneyAssessment>> today,
                                       Map<String, List<JourneyAssessment>> after) {
        List<String> out = new ArrayList<>();
        for (Change c : o.changes()) {
            for (Journey other : c.otherJourneys()) {
                if (!out.contains(other.name())
                        && !worse(today.get(other.id()), after.get(other.id())).isEmpty()) {
                    out.add(other.name());
                }
            }
        }
        return out;
    }

    /** Each number worse after than before: "RTO under region loss 30m30s -&gt; 1h". */
    static List<String> worse(List<JourneyAssessment> before, List<JourneyAssessment> after) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            JourneyAssessment b = before.get(i);
            JourneyAssessment a = after.get(i);
            String under = " under " + b.scenario().label().toLowerCase(Locale.ROOT) + " ";
            if (a.rpo().compareTo(b.rpo()) > 0) {
                out.add("RPO" + under + Report.duration(b.rpo(), b.rpoAssumed()) + " \u2192 "
                        + Report.duration(a.rpo(), a.rpoAssumed()));
            }
            if (a.rto().compareTo(b.rto()) > 0) {
                out.add("RTO" + under + Report.duration(b.rto(), b.rtoAssumed()) + " \u2192 "
                        + Report.duration(a.rto(), a.rtoAssumed()));
            }
        }
        return out;
    }

    /** The one sentence a stakeholder reads first. */
    static String sentence(Report report, Recommendation r, List<String> harmed) {
        Prices prices = report.topology().prices();
        String name = r.journey().name();
        if (r.status() == Status.FOUND) {
            Option o = r.options().get(0);
            StringBuilder s = new StringBuilder("The cheapest way to make ").append(name)
                    .append(" meet its objectives ").append(costWords(prices, o.costDifference())).append(": ")
                    .append(changeWords(o)).append('.');
            int more = r.options().size() - 1;
            if (more > 0) {
                s.append(more == 1 ? " One alternative is" : " " + more + " alternatives are").append(" below.");
            }
            return s.append(harm(harmed)).toString();
        }
        StringBuilder s = new StringBuilder(name).append(" cannot meet all its objectives with the options in the "
                + "technologies' menus");
        if (!r.outOfReach().isEmpty()) {
            Unreachable u = r.outOfReach().get(0);
            s.append(": its ").append(u.measure()).append(" objective of ").append(u.objective()).append(" under ")
                    .append(u.scenario().label().toLowerCase(Locale.ROOT)).append(" is out of reach (")
                    .append(why(u)).append(')');
            int more = r.outOfReach().size() - 1;
            if (more > 0) {
                s.append(", and ").append(more).append(more == 1 ? " more objective" : " more objectives");
            }
        }
        s.append('.');
        if (r.closest() != null) {
            Option c = r.closest();
            int met = met(c.reached());
            int today = met(r.baseline());
            s.append(" The closest option, below, ").append(costWords(prices, c.costDifference()))
                    .append(" and brings it nearer without making any of its numbers worse; it meets ").append(met)
                    .append(" of its ").append(objectives(c.reached())).append(" objectives")
                    .append(met == today ? ", as today." : " (" + today + " today).").append(harm(harmed));
        } else {
            s.append(" No change in the menus brings it closer without making another of its numbers worse.");
        }
        return s.toString();
    }

    /** The warning that an option makes other journeys worse, or "". */
    private static String harm(List<String> harmed) {
        if (harmed.isEmpty()) {
            return "";
        }
        return " Beware: it makes " + String.join(", ", harmed) + (harmed.size() == 1 ? ", which shares a changed "
                + "component, worse (see \u201Calso affects\u201D)." : ", which share a changed component, worse "
                + "(see \u201Calso affects\u201D).");
    }

    /** "costs +$349/month", "saves $869/month", "costs nothing more". */
    private static String costWords(Prices prices, double difference) {
        long delta = Math.round(difference);
        if (delta == 0) {
            return "costs nothing more";
        }
        return delta > 0 ? "costs +" + prices.formatWhole(delta) + "/month"
                : "saves " + prices.formatWhole(-delta) + "/month";
    }

    /** "+$349/month", "-$869/month", "+$0/month", as the variants section writes a difference. */
    private static String signed(Prices prices, double difference) {
        long delta = Math.round(difference);
        return (delta < 0 ? "-" : "+") + prices.formatWhole(Math.abs(delta)) + "/month";
    }

    /** "orders-db to PITR, ...; web to 2 instances over zones". */
    private static String changeWords(Option o) {
        if (o.changes().isEmpty()) {
            return "no change";
        }
        return o.changes().stream().map(c -> c.component().name() + " to " + c.option())
                .collect(Collectors.joining("; "));
    }

    /** Why an objective is out of reach, in words, for the sentence. */
    private static String why(Unreachable u) {
        if (u.bestReachable() == null) {
            return "the journey needs a component in a dependency cycle, so there is no recovery order";
        }
        if (u.limitedBy() != null) {
            return u.limitedBy().name() + (u.limitedBy().kind().menu().isEmpty()
                    ? " keeps its settings, having no menu of options, and reaches no better than " + u.bestReachable()
                    : " reaches no better than " + u.bestReachable() + " with any of its options");
        }
        return "the best any combination of the menus reaches is " + u.bestReachable();
    }

    /** The objectives out of reach, as a table: the objective, the best reachable, what limits it. */
    private static void unreachable(Html h, Recommendation r) {
        if (r.outOfReach().isEmpty()) {
            h.element("p", null, "Each objective can be met on its own, but no combination of the menus' options "
                    + "meets them all together.").nl();
            return;
        }
        h.open("table", "out-of-reach").nl().open("thead", null).open("tr", null);
        h.element("th", null, "Out of reach").element("th", null, "Objective").element("th", null, "Best reachable")
                .element("th", null, "Limited by");
        h.close("tr").close("thead").nl().open("tbody", null).nl();
        for (Unreachable u : r.outOfReach()) {
            h.open("tr", null);
            h.element("td", "journey", u.measure() + " under " + u.scenario().label().toLowerCase(Locale.ROOT));
            h.element("td", "num", u.objective().toString());
            h.element("td", "num " + Marks.css(Verdict.MISSES), u.bestReachable() == null ? "\u2013"
                    : Marks.symbol(Verdict.MISSES) + " " + u.bestReachable());
            h.open("td", null);
            if (u.bestReachable() == null) {
                h.text("a dependency cycle: the journey needs a component in it, so there is no recovery order");
            } else if (u.limitedBy() != null) {
                h.open("strong", null).text(u.limitedBy().name()).close("strong")
                        .text(u.limitedBy().kind().menu().isEmpty()
                                ? ", which keeps its settings: Lifeboat has no menu of options for its kind ("
                                        + u.limitedBy().kind().label() + ")"
                                : ", with any of its options");
            } else {
                h.text("no one component: this is the best any combination of the menus reaches");
            }
            h.close("td");
            h.close("tr").nl();
        }
        h.close("tbody").close("table").nl();
    }

    /**
     * The options: what each changes and costs, then the journey's numbers with each against today's, under each
     * scenario of the report, marked as the summary marks them.
     */
    private static void options(Report report, Html h, Recommendation r, List<Option> options,
                                Map<String, List<JourneyAssessment>> today,
                                List<Map<String, List<JourneyAssessment>>> after, Prices prices) {
        Journey j = r.journey();
        h.open("table", "options").nl().open("thead", null).open("tr", null);
        h.element("th", "option", "Option").element("th", null, "What changes").element("th", "cost", "Monthly cost");
        h.close("tr").close("thead").nl().open("tbody", null).nl();
        for (int k = 0; k < options.size(); k++) {
            Option o = options.get(k);
            h.open("tr", null).open("td", "option").open("strong", null).text(name(o, k)).close("strong");
            List<String> kinds = o.kinds().stream().filter(x -> x != Recommendation.Kind.CLOSEST)
                    .map(Recommendation.Kind::label).toList();
            if (!kinds.isEmpty()) {
                h.br().open("span", "note").text(String.join(", ", kinds)).close("span");
            }
            h.close("td").open("td", null);
            changes(h, o, today, after.get(k));
            h.close("td");
            h.open("td", "cost").open("strong", null).text(signed(prices, o.costDifference())).close("strong")
                    .br().open("span", "note").text("total " + prices.formatWhole(o.monthlyCost()) + "/month, today "
                            + prices.formatWhole(r.baselineMonthlyCost())).close("span").close("td");
            h.close("tr").nl();
        }
        h.close("tbody").close("table").nl();

        h.open("table", "summary reached").nl().open("thead", null).open("tr", null);
        h.element("th", null, j.name() + " with").element("th", null, "").element("th", null, "Objective");
        for (Scenario s : report.scenarios()) {
            h.element("th", null, s.label());
        }
        h.close("tr").close("thead").nl().open("tbody", null).nl();
        rows(h, j, "today's design", today.get(j.id()));
        for (int k = 0; k < options.size(); k++) {
            rows(h, j, name(options.get(k), k), after.get(k).get(j.id()));
        }
        h.close("tbody").close("table").nl();
    }

    /** "Option 1", or "Closest" for the closest option of a journey out of reach. */
    private static String name(Option o, int index) {
        return o.kinds().contains(Recommendation.Kind.CLOSEST) ? "Closest option" : "Option " + (index + 1);
    }

    /** The two rows (RPO, RTO) of one design: the journey's estimates against its objectives. */
    private static void rows(Html h, Journey j, String design, List<JourneyAssessment> assessments) {
        for (boolean rpo : new boolean[] {true, false}) {
            h.open("tr", rpo ? "option-first" : null);
            if (rpo) {
                h.open("td", "journey", "rowspan", "2").text(design).close("td");
            }
            h.element("th", "measure", rpo ? "RPO" : "RTO");
            TimeBound objective = rpo ? j.rpoObjective() : j.rtoObjective();
            h.element("td", "objective", Report.objective(objective));
            for (JourneyAssessment a : assessments) {
                SummarySection.cell(h, rpo ? a.rpo() : a.rto(), rpo ? a.meetsRpo() : a.meetsRto(),
                        rpo ? a.rpoAssumed() : a.rtoAssumed(), rpo ? a.rpoObjective() : a.rtoObjective(), objective);
            }
            h.close("tr").nl();
        }
    }

    /** What an option changes: per component its menu option, each setting, and the other journeys it affects. */
    private static void changes(Html h, Option o, Map<String, List<JourneyAssessment>> today,
                                Map<String, List<JourneyAssessment>> after) {
        if (o.changes().isEmpty()) {
            h.text("nothing");
            return;
        }
        h.open("ul", "changes");
        for (Change c : o.changes()) {
            h.open("li", null).open("strong", null).text(c.component().name()).close("strong")
                    .text(" \u2014 " + c.option());
            List<String> settings = settingWords(c);
            if (!settings.isEmpty()) {
                h.open("ul", "settings");
                for (String s : settings) {
                    h.element("li", null, s);
                }
                h.close("ul");
            }
            if (!c.otherJourneys().isEmpty()) {
                h.open("span", "also").text("also affects: ");
                for (int i = 0; i < c.otherJourneys().size(); i++) {
                    Journey other = c.otherJourneys().get(i);
                    List<String> worse = worse(today.get(other.id()), after.get(other.id()));
                    h.text(i == 0 ? "" : "; ");
                    if (worse.isEmpty()) {
                        h.text(other.name() + " (none of its numbers worse)");
                    } else {
                        h.open("span", "worse").text(Marks.symbol(Verdict.MISSES) + " "
                                + other.name() + " worse: " + String.join(", ", worse)).close("span");
                    }
                }
                h.close("span");
            }
            h.close("li");
        }
        h.close("ul");
    }

    /** Each setting the change makes, from today's value to the new one: "replication mode: async -&gt; sync". */
    static List<String> settingWords(Change c) {
        Component comp = c.component();
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : c.values().entrySet()) {
            Setting<?> s = comp.kind().setting(e.getKey()).orElse(null);
            if (s == null) {
                out.add(e.getKey() + ": " + e.getValue());
                continue;
            }
            String from = s.format(comp.value(e.getKey()));
            String to = s.format(e.getValue());
            if (!from.equals(to)) {
                out.add(s.label().toLowerCase(Locale.ROOT) + ": " + from + " \u2192 " + to);
            }
        }
        return out;
    }

    /** How many objectives are set, over every scenario. */
    private static int objectives(List<Reached> reached) {
        int n = 0;
        for (Reached x : reached) {
            n += (x.rpoObjective() == null ? 0 : 1) + (x.rtoObjective() == null ? 0 : 1);
        }
        return n;
    }

    /** How many objectives are met, over every scenario. */
    private static int met(List<Reached> reached) {
        int n = 0;
        for (Reached x : reached) {
            n += (Boolean.TRUE.equals(x.meetsRpo()) ? 1 : 0) + (Boolean.TRUE.equals(x.meetsRto()) ? 1 : 0);
        }
        return n;
    }

    /** Whether the answer is proven, in words. */
    static String proof(Recommendation r) {
        if (r.proven()) {
            return r.status() == Status.FOUND
                    ? "Proven optimal: the search ruled out every cheaper combination of the menus' options."
                    : "Proven: no combination of the menus' options meets every objective"
                            + (r.closest() == null ? "." : "; the closest is proven closest.");
        }
        return r.status() == Status.FOUND
                ? "Not proven optimal: the search stopped at its time limit; these are the best options it found in "
                        + "time, and a cheaper one may exist."
                : "Not proven: the search stopped at its time limit, so a combination it did not reach might still "
                        + "meet every objective.";
    }
}

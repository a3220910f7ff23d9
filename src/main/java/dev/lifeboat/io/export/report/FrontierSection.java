package dev.lifeboat.io.export.report;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.Verdict;
import dev.lifeboat.engine.recommend.Frontier;
import dev.lifeboat.engine.recommend.Frontier.Design;
import dev.lifeboat.engine.recommend.Frontier.Point;
import dev.lifeboat.engine.recommend.FrontierSearch;
import dev.lifeboat.engine.recommend.Recommendation.Change;
import dev.lifeboat.engine.recommend.Recommendation.Reached;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Prices;
import dev.lifeboat.model.TimeBound;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * What each level of RPO and RTO costs, per journey, from the {@link FrontierSearch}: one sentence first (whether
 * today's design is on the cost/RPO/RTO frontier or dominated, and by what), then two charts side by side, the monthly
 * cost against the journey's worst RPO and against its worst RTO (see {@link FrontierChart}), with today's design and
 * each variant placed, and under them the frontier's points in a table: the cost and its difference to today's, the
 * worst RPO and RTO, how many of the journey's objectives each meets, and what each changes. Whether each frontier is
 * complete is said.
 *
 * <p>It is drawn for the journeys with objectives (they are what a decision weighs), or for the one the report is
 * about; the others are named, with how to get theirs. The RPO and RTO are the worst over every failure, or those
 * under the one scenario the report shows. Each journey's search is bounded by the frontier search's time limit, and
 * all of them together by {@link #BUDGET_MS}, as the recommendations are; a frontier cut short says so.
 */
final class FrontierSection implements ReportSection {

    /** The most the section searches, over all the report's journeys, in milliseconds. */
    static final long BUDGET_MS = 30_000;
    /** The least a journey's search is given, however little of the budget is left. */
    static final long MIN_QUERY_MS = 1_000;
    /** The height of a line of the table in the PDF, with the rows' padding spread over it, in CSS pixels. */
    private static final int LINE_PX = 16;
    /** The height a table kept on one page may take: a PDF page's, less room for a heading above it. */
    private static final int PAGE_PX = 600;
    /** About how many characters of a change fit on a line of the table's last column in the PDF. */
    private static final int CHANGE_CHARS = 80;
    /** How many of the ways a point is worse under other failures the sentence names. */
    private static final int WORSE_NAMED = 3;

    private final LongFunction<FrontierSearch> searches;

    FrontierSection() {
        this(ms -> new FrontierSearch(RuleBook.standard(), ms));
    }

    /** The section asking the frontier search {@code searches} gives for a time limit in milliseconds. */
    FrontierSection(LongFunction<FrontierSearch> searches) {
        this.searches = Objects.requireNonNull(searches, "searches");
    }

    /**
     * A journey's share of what is left of the budget: the rest split over the journeys still to search, at most the
     * frontier search's own limit, at least {@link #MIN_QUERY_MS}.
     */
    static long share(long leftMs, int journeysLeft) {
        return Math.max(MIN_QUERY_MS, Math.min(FrontierSearch.DEFAULT_TIME_LIMIT_MS,
                leftMs / Math.max(1, journeysLeft)));
    }

    @Override
    public String id() {
        return "frontier";
    }

    @Override
    public String title() {
        return "Cost against RPO and RTO: the frontier";
    }

    @Override
    public boolean applies(Report report) {
        return !charted(report).isEmpty();
    }

    /** The journeys charted: the one the report is about, else those with an objective. */
    static List<Journey> charted(Report report) {
        if (report.request().journey() != null) {
            return report.journeys();
        }
        return report.journeys().stream().filter(FrontierSection::hasObjectives).toList();
    }

    private static boolean hasObjectives(Journey j) {
        return j.rpoObjective() != null || j.rtoObjective() != null || !j.scenarioObjectives().isEmpty();
    }

    /** The scenario the frontier trades: the report's one scenario, or null for the worst over all of them. */
    static Scenario scenario(Report report) {
        return report.scenarios().size() == 1 ? report.scenarios().get(0) : null;
    }

    @Override
    public void write(Report report, Html h) {
        List<Journey> journeys = charted(report);
        Scenario scenario = scenario(report);
        List<Frontier> frontiers = new ArrayList<>();
        long end = System.nanoTime() + BUDGET_MS * 1_000_000L;
        for (int i = 0; i < journeys.size(); i++) {
            long left = Math.max(0, (end - System.nanoTime()) / 1_000_000L);
            frontiers.add(searches.apply(share(left, journeys.size() - i)).frontier(report.topology(),
                    journeys.get(i), scenario));
        }
        String worst = scenario == null ? "worst RPO and worst RTO over every failure"
                : "RPO and RTO under " + lower(scenario);
        h.element("p", "intro", "What each level of RPO and RTO costs. A journey\u2019s frontier is every "
                + "configuration of the menus of the components it needs (each keeps its settings or takes one of its "
                + "technology\u2019s real options) that no other beats on monthly cost, " + worst + " together; each "
                + "point was applied to a copy of the design and analysed again. On the charts, the staircase is the "
                + "best each monthly cost buys (a point above it is on the frontier for the other measure); durations "
                + "are on a log scale, with 0 and unbounded (no recovery point, or no recovery) on bands below and "
                + "above it.").nl();
        if (scenario == null && report.scenarios().size() < Scenario.values().length) {
            h.element("p", "note", "The worst is taken over every failure, not only the "
                    + (report.scenarios().size() == 1 ? "one" : "ones") + " this report shows.").nl();
        }
        List<String> left = report.journeys().stream().filter(j -> !journeys.contains(j)).map(Journey::name)
                .toList();
        if (!left.isEmpty()) {
            h.element("p", "note", (left.size() == 1 ? left.get(0) + " has" : String.join(", ", left) + " have")
                    + " no objectives and " + (left.size() == 1 ? "is" : "are") + " left out here; "
                    + "lifeboat frontier FILE --journey NAME lists any journey\u2019s frontier.").nl();
        }
        for (Frontier f : frontiers) {
            journey(report, h, f);
        }
    }

    /** One journey: its sentence, its charts and legend, the table of its points, whether it is complete. */
    private static void journey(Report report, Html h, Frontier f) {
        Prices prices = report.topology().prices();
        Design today = f.current();
        h.open("div", "frontier", "id", "frontier-" + f.journey().id()).nl();
        h.element("h3", null, f.journey().name()).nl();
        h.open("p", "callout lead " + (today.dominated() ? "dominated" : today.onFrontier() ? "on-frontier"
                : "unplaced")).text(sentence(f, prices)).close("p").nl();
        if (!f.variants().isEmpty() && !f.cyclic()) {
            h.open("p", "variants-placed").text(f.variants().stream().map(v -> variantWords(f, v, prices))
                    .collect(Collectors.joining(" "))).close("p").nl();
        }
        if (f.cyclic()) {
            h.close("div").nl();
            return;
        }
        if (f.points().isEmpty()) {
            h.element("p", "note proof", proof(f)).nl();
            h.close("div").nl();
            return;
        }
        String measured = f.scenario() == null ? "Worst " : "";
        String under = f.scenario() == null ? "" : " under " + lower(f.scenario());
        FrontierChart.Objective rpoLine = objective(f, true);
        FrontierChart.Objective rtoLine = objective(f, false);
        h.open("div", "figure frontier-figure").nl();
        h.open("table", "charts").open("tbody", null).open("tr", null);
        h.open("td", "chart").markup(FrontierChart.svg(f, true, measured + "RPO" + under + " against monthly cost",
                rpoLine, prices)).close("td");
        h.open("td", "chart").markup(FrontierChart.svg(f, false, measured + "RTO" + under + " against monthly cost",
                rtoLine, prices)).close("td");
        h.close("tr").nl().open("tr", null).open("td", "chart-legend", "colspan", "2");
        h.markup(FrontierChart.legend(2 * FrontierChart.WIDTH, !f.variants().isEmpty(),
                FrontierChart.designs(f).stream().anyMatch(Design::dominated), rpoLine != null || rtoLine != null));
        h.close("td").close("tr").close("tbody").close("table").nl();
        h.close("div").nl();
        for (boolean rpo : new boolean[] {true, false}) {
            String note = unboundedNote(f, rpo);
            if (note != null) {
                h.element("p", "note", note).nl();
            }
        }
        for (boolean rpo : new boolean[] {true, false}) {
            String note = objectiveNote(f, rpo);
            if (note != null) {
                h.element("p", "note", note).nl();
            }
        }
        table(h, f, prices);
        h.element("p", "note proof", proof(f)).nl();
        h.close("div").nl();
    }

    // ---------------------------------------------------------------- the sentence

    /** The one sentence a stakeholder reads first: where today's design stands, and what is cheaper or better. */
    static String sentence(Frontier f, Prices prices) {
        Design today = f.current();
        String name = f.journey().name();
        if (f.cyclic()) {
            return name + " needs a component in a dependency cycle: it has no recovery order, so no setting changes "
                    + "its numbers and there is no frontier.";
        }
        String worst = f.scenario() == null ? "worst " : "";
        String under = f.scenario() == null ? "" : " under " + lower(f.scenario());
        if (today.dominated()) {
            Point p = today.dominatedBy();
            StringBuilder s = new StringBuilder("Today\u2019s design is dominated: point ").append(number(f, p))
                    .append(" gives ").append(better(worst, under, p.rpo(), p.rto(), today)).append(' ')
                    .append(cheaper(prices, p, today)).append(", with ").append(changeWords(p.changes())).append('.');
            s.append(others(p.changes()));
            String worse = worseElsewhere(f, p.reached(), today.reached());
            if (!worse.isEmpty()) {
                s.append(f.scenario() == null ? " The frontier weighs the worst failure only: under milder ones this "
                        + "point is worse (" : " The frontier weighs " + lower(f.scenario()) + " only: under other "
                        + "failures this point is worse (").append(worse).append(").");
            }
            return s.toString();
        }
        if (today.onFrontier()) {
            StringBuilder s = new StringBuilder("Today\u2019s design is on the frontier (point ")
                    .append(f.pointAt(today.costCents(), today.rpo(), today.rto()).map(p -> number(f, p))
                            .orElse(0)).append("): nothing in the menus costs less without a worse RPO or RTO")
                    .append(under).append('.');
            Point rto = nextBetter(f, today, false);
            Point rpo = nextBetter(f, today, true);
            if (rto == null && rpo == null) {
                return s.append(" Nothing gives a better RPO or RTO.").toString();
            }
            if (rto == rpo) {
                return s.append(" The next better RTO (").append(rto.rto()).append(" instead of ").append(today.rto())
                        .append(") and RPO (").append(rto.rpo()).append(" instead of ").append(today.rpo())
                        .append(") ").append(costWords(prices, rto.monthlyCost() - today.monthlyCost(), true))
                        .append(" (point ").append(number(f, rto)).append(": ")
                        .append(changeWords(rto.changes())).append(").").toString();
            }
            if (rto != null) {
                s.append(' ').append(nextWords(f, prices, today, rto, false));
            }
            if (rpo != null) {
                s.append(' ').append(nextWords(f, prices, today, rpo, true));
            }
            if (rto == null || rpo == null) {
                s.append(" Nothing gives a better ").append(rto == null ? "RTO" : "RPO").append('.');
            }
            return s.toString();
        }
        return "Today\u2019s design is not placed: the search stopped at its time limit before it found a point as "
                + "good or better, or one with its numbers.";
    }

    /** "the same worst RPO (0s) and RTO (30m30s)", "a better worst RTO (2m instead of 15m) with the same RPO (0s)". */
    private static String better(String worst, String under, TimeBound rpo, TimeBound rto, Design d) {
        boolean rpoBetter = capped(rpo) < capped(d.rpo());
        boolean rtoBetter = capped(rto) < capped(d.rto());
        if (!rpoBetter && !rtoBetter) {
            return "the same " + worst + "RPO (" + rpo + ") and RTO (" + rto + ")" + under;
        }
        if (rpoBetter && rtoBetter) {
            return "a better " + worst + "RPO (" + rpo + " instead of " + d.rpo() + ") and RTO (" + rto + " instead of "
                    + d.rto() + ")" + under;
        }
        return rtoBetter
                ? "a better " + worst + "RTO (" + rto + " instead of " + d.rto() + ") with the same RPO (" + rpo + ")"
                        + under
                : "a better " + worst + "RPO (" + rpo + " instead of " + d.rpo() + ") with the same RTO (" + rto + ")"
                        + under;
    }

    /** "for $350/month less", "at the same cost". */
    private static String cheaper(Prices prices, Point p, Design d) {
        double less = d.monthlyCost() - p.monthlyCost();
        if (p.costCents() >= d.costCents()) {
            return "at the same cost";
        }
        return "for " + (Math.round(less) >= 1 ? prices.formatWhole(less) : prices.format(less)) + "/month less";
    }

    /** The cheapest point with a better RTO (or RPO) than the design's, or null. */
    private static Point nextBetter(Frontier f, Design d, boolean rpo) {
        return f.points().stream().filter(p -> rpo ? capped(p.rpo()) < capped(d.rpo())
                : capped(p.rto()) < capped(d.rto())).findFirst().orElse(null);
    }

    /** "The next better RTO, 2m instead of 15m, costs +$140/month (point 3, with ...)." */
    private static String nextWords(Frontier f, Prices prices, Design d, Point p, boolean rpo) {
        String measure = rpo ? "RPO" : "RTO";
        String other = rpo ? "RTO" : "RPO";
        TimeBound now = rpo ? d.rpo() : d.rto();
        TimeBound then = rpo ? p.rpo() : p.rto();
        TimeBound otherNow = rpo ? d.rto() : d.rpo();
        TimeBound otherThen = rpo ? p.rto() : p.rpo();
        StringBuilder s = new StringBuilder("The next better ").append(measure).append(", ").append(then)
                .append(" instead of ").append(now).append(", ").append(costWords(prices, p.monthlyCost()
                        - d.monthlyCost(), false)).append(" (point ").append(number(f, p));
        if (capped(otherThen) > capped(otherNow)) {
            s.append(", with a worse ").append(other).append(": ").append(otherThen).append(" instead of ")
                    .append(otherNow);
        }
        return s.append(": ").append(changeWords(p.changes())).append(").").toString();
    }

    /** What a variant is against the frontier, in one sentence. */
    static String variantWords(Frontier f, Design v, Prices prices) {
        String name = v.name();
        String cost = signed(prices, v.monthlyCost() - f.current().monthlyCost()) + " against today";
        if (v.onFrontier()) {
            return name + " (" + cost + ") is on the frontier (point " + f.pointAt(v.costCents(), v.rpo(), v.rto())
                    .map(p -> number(f, p)).orElse(0) + ").";
        }
        if (v.dominated()) {
            Point p = v.dominatedBy();
            String worst = f.scenario() == null ? "worst " : "";
            String under = f.scenario() == null ? "" : " under " + lower(f.scenario());
            String worse = worseElsewhere(f, p.reached(), v.reached());
            return name + " (" + cost + ") is dominated: point " + number(f, p) + " gives "
                    + better(worst, under, p.rpo(), p.rto(), v) + " " + cheaper(prices, p, v)
                    + (worse.isEmpty() ? "" : ", though it is worse than " + name + " under "
                    + (f.scenario() == null ? "milder" : "other") + " failures (" + worse + ")") + ".";
        }
        return f.proven() ? name + " (" + cost + ") is beyond the menus: it sets something they do not offer, and no "
                + "configuration of them is as good on cost, RPO and RTO together."
                : name + " (" + cost + ") is not placed: the search stopped at its time limit before it found a point "
                        + "as good or better.";
    }

    /** The warning that a point changes components other journeys need, or "". */
    private static String others(List<Change> changes) {
        Set<String> names = new LinkedHashSet<>();
        for (Change c : changes) {
            c.otherJourneys().forEach(j -> names.add(j.name()));
        }
        if (names.isEmpty()) {
            return "";
        }
        List<String> list = List.copyOf(names);
        return " Its changes touch components that " + and(list) + " need" + (list.size() == 1 ? "s" : "")
                + " too.";
    }

    /**
     * What the frontier's worst case hides: the numbers of a point that are worse than a design's under the failures
     * it does not weigh ("RTO under node loss 0s → 2m, ..."; the first few), or "".
     */
    private static String worseElsewhere(Frontier f, List<Reached> point, List<Reached> design) {
        List<String> worse = new ArrayList<>();
        for (Reached p : point) {
            Reached d = design.stream().filter(x -> x.scenario() == p.scenario()).findFirst().orElse(null);
            if (d == null || p.scenario() == f.scenario()) {
                continue;
            }
            String under = " under " + lower(p.scenario()) + " ";
            if (p.rpo().compareTo(d.rpo()) > 0) {
                worse.add("RPO" + under + d.rpo() + " \u2192 " + p.rpo());
            }
            if (p.rto().compareTo(d.rto()) > 0) {
                worse.add("RTO" + under + d.rto() + " \u2192 " + p.rto());
            }
        }
        return String.join(", ", worse.subList(0, Math.min(WORSE_NAMED, worse.size())))
                + (worse.size() > WORSE_NAMED ? " and " + (worse.size() - WORSE_NAMED) + " more" : "");
    }

    /**
     * When no point bounds a measure, what that means: the points trade the cost against the other measure only, and
     * the measure under the failures that are not the worst is not weighed. Null when some point bounds it.
     */
    static String unboundedNote(Frontier f, boolean rpo) {
        if (f.points().isEmpty() || !f.points().stream().allMatch(p -> Frontier.isUnbounded(rpo ? p.rpo() : p.rto()))) {
            return null;
        }
        String measure = rpo ? "RPO" : "RTO";
        if (f.scenario() != null) {
            return "No configuration of the menus bounds the " + measure + " under " + lower(f.scenario()) + ": the "
                    + "points trade the cost against the " + (rpo ? "RTO" : "RPO") + " only.";
        }
        return "No configuration of the menus bounds the worst " + measure + ": the points trade the cost against the "
                + (rpo ? "RTO" : "RPO") + " only, and the " + measure + " under milder failures is not weighed (the "
                + "recommendations say what meets each objective).";
    }

    // ---------------------------------------------------------------- the objectives' lines

    /**
     * The objective drawn on a chart: the one in force under the frontier's scenario, or the tightest over the
     * failures ("tightest RPO objective 15m" when they differ), or null when the journey has none.
     */
    static FrontierChart.Objective objective(Frontier f, boolean rpo) {
        List<Reached> scope = inScope(f);
        TimeBound tightest = null;
        int set = 0;
        boolean uniform = true;
        for (Reached r : scope) {
            TimeBound o = rpo ? r.rpoObjective() : r.rtoObjective();
            if (o == null || Frontier.isUnbounded(o)) {
                uniform = false;
                continue;
            }
            set++;
            if (tightest != null && o.compareTo(tightest) != 0) {
                uniform = false;
            }
            tightest = tightest == null || o.compareTo(tightest) < 0 ? o : tightest;
        }
        if (tightest == null) {
            return null;
        }
        String measure = rpo ? "RPO" : "RTO";
        if (uniform) {
            return new FrontierChart.Objective(tightest, measure + " objective " + tightest);
        }
        if (set == 1) {
            Scenario only = scope.stream().filter(r -> (rpo ? r.rpoObjective() : r.rtoObjective()) != null)
                    .findFirst().orElseThrow().scenario();
            return new FrontierChart.Objective(tightest, measure + " objective " + tightest + " (" + lower(only)
                    + " only)");
        }
        return new FrontierChart.Objective(tightest, "tightest " + measure + " objective " + tightest);
    }

    /** What a line at the tightest of differing objectives means, or null when the objective is the same throughout. */
    static String objectiveNote(Frontier f, boolean rpo) {
        FrontierChart.Objective line = objective(f, rpo);
        if (line == null || !line.label().startsWith("tightest")) {
            return null;
        }
        String measure = rpo ? "RPO" : "RTO";
        List<String> each = new ArrayList<>();
        for (Reached r : inScope(f)) {
            TimeBound o = rpo ? r.rpoObjective() : r.rtoObjective();
            each.add(lower(r.scenario()) + " " + (o == null ? "none" : o.toString()));
        }
        return "The " + measure + " objectives differ by failure (" + String.join(", ", each) + "); the dashed line "
                + "is the tightest: a point below it meets the " + measure + " objective under every failure, and one "
                + "above it may still meet the looser ones (the table counts them).";
    }

    /** The journey's numbers under the scenarios the frontier weighs, today. */
    private static List<Reached> inScope(Frontier f) {
        return f.current().reached().stream().filter(r -> f.scenario() == null || r.scenario() == f.scenario())
                .toList();
    }

    // ---------------------------------------------------------------- the table

    /** A row of the table: a frontier point (with the designs that stand there), or a design off the frontier. */
    private record Row(Point point, Design design, double cost, List<Design> here) {
    }

    private static void table(Html h, Frontier f, Prices prices) {
        List<Row> rows = new ArrayList<>();
        List<Design> designs = FrontierChart.designs(f);
        for (Point p : f.points()) {
            rows.add(new Row(p, null, p.monthlyCost(), designs.stream()
                    .filter(d -> d.onFrontier() && p.sameAs(d.costCents(), d.rpo(), d.rto())).toList()));
        }
        for (Design d : designs) {
            if (!d.onFrontier()) {
                rows.add(new Row(null, d, d.monthlyCost(), List.of(d)));
            }
        }
        // by cost; a point before a design of the same cost (the sort is stable: points come first)
        rows.sort(Comparator.comparingDouble(Row::cost));
        String worst = f.scenario() == null ? "Worst " : "";
        double today = f.current().monthlyCost();
        // kept on one page when it fits one (else its rows flow on, the header repeated), so that its header is never
        // left alone at the foot of a page
        h.open("table", "frontier-points" + (lines(rows) * LINE_PX + 40 < PAGE_PX ? " keep" : "")).nl()
                .open("thead", null).open("tr", null);
        h.element("th", "point", "Point").element("th", "cost", "Monthly cost").element("th", null, worst + "RPO")
                .element("th", null, worst + "RTO").element("th", "met", "Objectives").element("th", null,
                        "What changes");
        h.close("tr").close("thead").nl().open("tbody", null).nl();
        for (Row r : rows) {
            boolean hasToday = r.here().contains(f.current());
            String cls = (r.point() == null ? "design-row" : "frontier-point") + (hasToday ? " today" : "")
                    + (r.here().stream().anyMatch(d -> d != f.current()) ? " variant" : "");
            h.open("tr", cls);
            h.open("td", "point");
            if (r.point() != null) {
                h.open("strong", null).text(Integer.toString(number(f, r.point()))).close("strong");
            }
            for (Design d : r.here()) {
                if (r.point() != null) {
                    h.br();
                }
                h.open("span", "design-tag").text((d == f.current() ? "\u25CB " : "\u25C7 ")
                        + FrontierChart.name(d, f)).close("span");
                if (r.point() == null) {
                    h.br().open("span", "note").text(FrontierChart.status(d, f)).close("span");
                }
            }
            h.close("td");
            TimeBound rpo = r.point() != null ? r.point().rpo() : r.design().rpo();
            TimeBound rto = r.point() != null ? r.point().rto() : r.design().rto();
            h.open("td", "cost num").text(prices.formatWhole(r.cost())).br().open("span", "note")
                    .text(hasToday ? "today" : signed(prices, r.cost() - today)).close("span").close("td");
            h.element("td", "num", rpo.toString());
            h.element("td", "num", rto.toString());
            met(h, f, r.point() != null ? r.point().reached() : r.design().reached());
            h.open("td", null);
            if (r.point() == null) {
                h.text(r.design() == f.current() ? "the design as it is"
                        : "the variant\u2019s settings (see Variants side by side)");
            } else {
                changes(h, r.point().changes());
            }
            h.close("td").close("tr").nl();
        }
        h.close("tbody").close("table").nl();
    }

    /** About how many lines of text the table's rows take in the PDF: a row's changes, each wrapped at its width. */
    private static int lines(List<Row> rows) {
        int lines = 0;
        for (Row r : rows) {
            int here = 2;
            if (r.point() != null) {
                int changes = 0;
                for (Change c : r.point().changes()) {
                    changes += 1 + (c.component().name().length() + c.option().length()) / CHANGE_CHARS
                            + (c.otherJourneys().isEmpty() ? 0 : 1);
                }
                here = Math.max(here, changes);
            }
            lines += here;
        }
        return lines;
    }

    /** How many of the journey's objectives the numbers meet, under the failures the frontier weighs. */
    private static void met(Html h, Frontier f, List<Reached> reached) {
        int set = 0;
        int missed = 0;
        for (Reached r : reached) {
            if (f.scenario() != null && r.scenario() != f.scenario()) {
                continue;
            }
            set += (r.meetsRpo() == null ? 0 : 1) + (r.meetsRto() == null ? 0 : 1);
            missed += (Boolean.FALSE.equals(r.meetsRpo()) ? 1 : 0) + (Boolean.FALSE.equals(r.meetsRto()) ? 1 : 0);
        }
        if (set == 0) {
            h.element("td", "met", "\u2013");
            return;
        }
        Verdict v = missed > 0 ? Verdict.MISSES : Verdict.MEETS;
        h.element("td", "met " + Marks.css(v), Marks.symbol(v) + " " + (missed == 0
                ? (set == 1 ? "met" : "all " + set + " met") : missed + " of " + set + " missed"));
    }

    /** What a point changes: per component its menu option, and the other journeys that need it. */
    private static void changes(Html h, List<Change> changes) {
        if (changes.isEmpty()) {
            h.text("nothing: the design as it is");
            return;
        }
        h.open("ul", "changes");
        for (Change c : changes) {
            h.open("li", null).open("strong", null).text(c.component().name()).close("strong")
                    .text(" \u2014 " + c.option());
            if (!c.otherJourneys().isEmpty()) {
                h.open("span", "also").text("also affects " + c.otherJourneys().stream().map(Journey::name)
                        .collect(Collectors.joining(", "))).close("span");
            }
            h.close("li");
        }
        h.close("ul");
    }

    // ---------------------------------------------------------------- words

    /** Whether the frontier is complete, in words. */
    static String proof(Frontier f) {
        if (f.proven()) {
            return "Complete: every configuration of the menus is dominated by or equal to one of these points.";
        }
        return "Not complete: the search stopped at its time limit. Every point shown is on the frontier, but some may "
                + "be missing, and a design shown as not placed may be dominated by one of them.";
    }

    /** The point's number, as on the charts and in the table (1 for the cheapest). */
    static int number(Frontier f, Point p) {
        return f.points().indexOf(p) + 1;
    }

    /** "api-gateway to 1 instance; app-db to PITR, ...". */
    private static String changeWords(List<Change> changes) {
        if (changes.isEmpty()) {
            return "no change";
        }
        return changes.stream().map(c -> c.component().name() + " to " + c.option()).collect(Collectors.joining("; "));
    }

    /** "costs +$349/month", "saves $869/month", "costs nothing more" (or "cost", "save" for a plural subject). */
    private static String costWords(Prices prices, double difference, boolean plural) {
        long delta = Math.round(difference);
        String s = plural ? "" : "s";
        if (delta == 0) {
            return "cost" + s + " nothing more";
        }
        return delta > 0 ? "cost" + s + " +" + prices.formatWhole(delta) + "/month"
                : "save" + s + " " + prices.formatWhole(-delta) + "/month";
    }

    /** "+$349/month", "-$869/month". */
    private static String signed(Prices prices, double difference) {
        long delta = Math.round(difference);
        return (delta < 0 ? "-" : "+") + prices.formatWhole(Math.abs(delta)) + "/month";
    }

    private static String and(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String lower(Scenario s) {
        return s.label().toLowerCase(Locale.ROOT);
    }

    private static long capped(TimeBound t) {
        return Frontier.isUnbounded(t) ? Long.MAX_VALUE : t.seconds();
    }
}

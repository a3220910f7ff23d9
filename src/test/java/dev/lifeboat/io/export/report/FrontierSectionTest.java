package dev.lifeboat.io.export.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.recommend.Frontier;
import dev.lifeboat.engine.recommend.FrontierSearch;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Objectives;
import dev.lifeboat.model.Prices;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.Variant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The frontier section: its points are the frontier search's, in the table and on both charts; today's design and
 * the variants are marked where they stand; its sentence says whether today's design is on the frontier (and what
 * the next better RTO costs) or dominated (by what, for how much less, and what that hides); a cut-short search
 * says so. The charts' axes are checked on their own.
 */
class FrontierSectionTest {

    /** The shop of {@link RecommendationSectionTest#shop()}: Checkout (1h / 4h) and Back office, no objective. */
    static Topology shop() {
        return RecommendationSectionTest.shop();
    }

    static Journey checkout(Topology t) {
        return t.journey("checkout").orElseThrow();
    }

    static Frontier frontier(Topology t) {
        return FrontierSearch.standard().frontier(t, checkout(t), null);
    }

    static String section(Topology t) {
        return section(Reports.request(t, "shop.json"), new FrontierSection());
    }

    static String section(ExportRequest request, FrontierSection s) {
        Html h = new Html(32 * 1024);
        s.write(Reports.report(request, Report.Medium.SCREEN), h);
        return h.toString();
    }

    /** The lead sentence of the journey's block, as the page holds it (escaped). */
    static String lead(String html) {
        Matcher m = Pattern.compile("<p class=\"callout lead [a-z-]+\">(.*?)</p>").matcher(html);
        assertTrue(m.find(), html);
        return m.group(1);
    }

    /** The rows of the points' table, in order. */
    static List<String> rows(String html) {
        String table = html.substring(html.indexOf("<table class=\"frontier-points"));
        table = table.substring(0, table.indexOf("</table>"));
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<tr class=\"([^\"]*)\">(.*?)</tr>").matcher(table);
        while (m.find()) {
            out.add(m.group(1) + "|" + m.group(2));
        }
        return out;
    }

    @Test
    void thePointsAreTheFrontierSearchsInTheTableAndOnBothCharts() {
        Topology t = shop();
        Frontier f = frontier(t);
        assertTrue(f.points().size() >= 2, "a frontier of some points: " + f.points());
        Prices prices = t.prices();

        String html = section(t);

        assertTrue(html.contains("<div class=\"frontier\" id=\"frontier-checkout\">"), html);
        List<String> rows = rows(html).stream().filter(r -> r.startsWith("frontier-point")).toList();
        assertEquals(f.points().size(), rows.size(), "a row per point, as the search found them");
        for (int i = 0; i < f.points().size(); i++) {
            Frontier.Point p = f.points().get(i);
            String row = rows.get(i);
            assertTrue(row.contains("<td class=\"point\"><strong>" + (i + 1) + "</strong>"), row);
            assertTrue(row.contains("<td class=\"cost num\">" + prices.formatWhole(p.monthlyCost()) + "<br/>"), row);
            assertTrue(row.contains("<td class=\"num\">" + p.rpo() + "</td><td class=\"num\">" + p.rto() + "</td>"),
                    row);
            for (var c : p.changes()) {
                assertTrue(row.contains("<strong>" + Html.escape(c.component().name()) + "</strong> \u2014 "
                        + Html.escape(c.option())), row);
            }
        }
        // both charts, each with every point numbered as in the table, and the staircase
        assertEquals(1, Reports.count(html, "class=\"frontier-chart\" width=\"488\" height=\"276\" viewBox=\"0 0 488 "
                + "276\" role=\"img\" font-family=\"Helvetica, Arial, &#39;Liberation Sans&#39;, "
                + "&#39;DejaVu Sans&#39;, sans-serif\" data-measure=\"rpo\""));
        assertEquals(1, Reports.count(html, "data-measure=\"rto\""));
        for (int i = 0; i < f.points().size(); i++) {
            assertEquals(2, Reports.count(html, "<g class=\"point\" data-point=\"" + (i + 1) + "\">"), "point " + i);
        }
        assertEquals(2, Reports.count(html, "<path class=\"staircase\""));
        assertEquals(1, Reports.count(html, "class=\"frontier-legend\""));
        // the RPO and RTO objectives (1h and 4h, the same under every failure) as lines
        assertTrue(html.contains(">RPO objective 1h</text>") && html.contains(">RTO objective 4h</text>"), html);
        assertTrue(html.contains("Back office has no objectives and is left out here"), "the journey left out");
        assertTrue(html.contains("<p class=\"note proof\">Complete: "), html);
    }

    @Test
    void todaysDesignOnTheFrontierIsMarkedThereAndTheSentenceSaysWhatTheNextBetterCosts() {
        Topology t = shop();
        Frontier f = frontier(t);
        assertTrue(f.current().onFrontier());
        Frontier.Point here = f.points().get(0);
        Frontier.Point next = f.points().get(1);
        assertTrue(here.changes().isEmpty(), "today's design is the cheapest point");
        assertEquals(next, f.points().stream().filter(p -> p.rto().compareTo(here.rto()) < 0).findFirst()
                .orElseThrow(), "the next better RTO");

        String html = section(t);

        assertEquals("Today\u2019s design is on the frontier (point 1): nothing in the menus costs less without a "
                + "worse RPO or RTO. The next better RTO (" + next.rto() + " instead of " + here.rto() + ") and RPO ("
                + next.rpo() + " instead of " + here.rpo() + ") cost +"
                + t.prices().formatWhole(Math.round(next.costDifference())) + "/month (point 2: orders-db to "
                + Html.escape(next.changes().get(0).option()) + ").", lead(html));
        assertTrue(html.contains("<p class=\"callout lead on-frontier\">"));
        // its ring on point 1 in both charts, unlabelled but for its name, and its row that of point 1
        assertEquals(2, Reports.count(html, "<circle class=\"today\""));
        assertEquals(2, Reports.count(html, ">Today</text>"));
        assertEquals(0, Reports.count(html, "class=\"dominated-by\""));
        List<String> rows = rows(html);
        assertEquals(f.points().size(), rows.size(), "no row of its own");
        assertTrue(rows.get(0).startsWith("frontier-point today|"), rows.get(0));
        assertTrue(rows.get(0).contains("<span class=\"design-tag\">\u25CB Today</span>"), rows.get(0));
        assertTrue(rows.get(0).contains("nothing: the design as it is"));
    }

    @Test
    void aDominatedDesignIsSaidToBeWithWhatDominatesItAndWhatThatPointIsWorseAt() {
        // the shop with the frontier's best database, and three web instances over zones: they shorten the RTO under
        // node and zone loss, but not the worst one (region loss), so one instance is cheaper for the same worst
        Topology t = frontier(shop()).points().get(1).applyTo(shop());
        Component web = t.component("web").orElseThrow();
        t.set(web, "instances", 3);
        t.set(web, "spread", "multi_zone");
        Frontier f = frontier(t);
        Frontier.Point by = f.current().dominatedBy();
        assertTrue(by != null, "dominated");
        int n = f.points().indexOf(by) + 1;
        assertEquals(List.of("1 instance"), by.changes().stream().map(c -> c.option()).toList());
        assertEquals(by.rpo(), f.current().rpo());
        assertEquals(by.rto(), f.current().rto());

        String html = section(t);

        String lead = lead(html);
        String less = t.prices().formatWhole(f.current().monthlyCost() - by.monthlyCost());
        assertTrue(lead.startsWith("Today\u2019s design is dominated: point " + n + " gives the same worst RPO ("
                + by.rpo() + ") and RTO (" + by.rto() + ") for " + less + "/month less, with web to 1 instance. The "
                + "frontier weighs the worst failure only: under milder ones this point is worse (RTO under node "
                + "loss "), lead);
        assertTrue(html.contains("<p class=\"callout lead dominated\">"));
        // marked so on both charts, with an arrow to the point, and in a row of its own
        assertEquals(2, Reports.count(html, ">Today: dominated by " + n + "</text>"));
        assertEquals(2, Reports.count(html, "<g class=\"dominated-by\">"));
        assertEquals(2, Reports.count(html, "<g class=\"design dominated\">"));
        String row = rows(html).stream().filter(r -> r.startsWith("design-row today|")).findFirst().orElseThrow();
        assertTrue(row.contains("\u25CB Today</span><br/><span class=\"note\">dominated by " + n + "</span>"), row);
        assertTrue(row.contains("the design as it is"), row);
    }

    @Test
    void eachVariantIsPlacedOnTheChartsInTheTableAndInASentence() {
        Topology t = shop();
        Frontier before = frontier(t);
        // Proposal A: the database of point 2, so on the frontier; Proposal B: three web instances, dominated
        Variant a = t.addVariant("Proposal A");
        Component db = t.component("db").orElseThrow();
        before.points().get(1).changes().get(0).values().forEach((k, v) -> t.setVariantValue(
                t.variant(a.name()).orElseThrow(), db, k, v));
        t.addVariant("Proposal B");
        t.setVariantValue(t.variant("Proposal B").orElseThrow(), t.component("web").orElseThrow(), "instances", 3);
        Frontier f = frontier(t);
        assertTrue(f.variants().get(0).onFrontier());
        assertTrue(f.variants().get(1).dominated());

        String html = section(t);

        Prices prices = t.prices();
        String placed = html.substring(html.indexOf("<p class=\"variants-placed\">"));
        placed = placed.substring(0, placed.indexOf("</p>"));
        assertTrue(placed.contains("Proposal A (+" + prices.formatWhole(Math.round(f.variants().get(0).monthlyCost()
                - f.current().monthlyCost())) + "/month against today) is on the frontier (point 2)."), placed);
        assertTrue(placed.contains("Proposal B (+" + prices.formatWhole(Math.round(f.variants().get(1).monthlyCost()
                - f.current().monthlyCost())) + "/month against today) is dominated: point 1 gives the same worst RPO"),
                placed);
        // a diamond per variant on each chart
        assertEquals(4, Reports.count(html, "<path class=\"variant\""));
        assertTrue(html.contains(">Proposal B: dominated by 1</text>"), html);
        List<String> rows = rows(html);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("frontier-point variant|")
                && r.contains("<strong>2</strong><br/><span class=\"design-tag\">\u25C7 Proposal A</span>")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("design-row variant|")
                && r.contains("\u25C7 Proposal B</span><br/><span class=\"note\">dominated by 1</span>")
                && r.contains("the variant\u2019s settings")), rows.toString());
    }

    @Test
    void aJourneyThroughADependencyCycleGetsASentenceAndNoChart() {
        Topology t = new Topology();
        Component api = t.addComponent("api", ComponentKind.SERVICE, "api");
        Component db = t.addComponent("db", ComponentKind.POSTGRESQL, "db");
        t.addDependency(api, db, Strength.HARD);
        t.addDependency(db, api, Strength.HARD);
        t.addJourney("j", "Loop", List.of(api), TimeBound.ofHours(1), TimeBound.ofHours(1));

        String html = section(t);

        assertEquals("Loop needs a component in a dependency cycle: it has no recovery order, so no setting changes "
                + "its numbers and there is no frontier.", lead(html));
        assertFalse(html.contains("<svg"));
        assertFalse(html.contains("frontier-points"));
    }

    @Test
    void aSearchCutShortByItsTimeLimitSaysItIsNotComplete() {
        String html = section(Reports.request(shop(), "shop.json"),
                new FrontierSection(ms -> new FrontierSearch(RuleBook.standard(), 0)));

        assertTrue(html.contains("<p class=\"note proof\">Not complete: the search stopped at its time limit."), html);
        assertTrue(lead(html).startsWith("Today\u2019s design is not placed"), html);
        assertFalse(html.contains("Complete: "));
    }

    @Test
    void eachJourneyGetsItsShareOfTheBudgetWithinTheSearchsLimit() {
        assertEquals(FrontierSearch.DEFAULT_TIME_LIMIT_MS, FrontierSection.share(FrontierSection.BUDGET_MS, 1));
        assertEquals(10_000, FrontierSection.share(30_000, 3));
        assertEquals(FrontierSection.MIN_QUERY_MS, FrontierSection.share(0, 4), "at least a second");
        Topology t = shop();
        t.addJourney("browse", "Browse", List.of(t.component("admin").orElseThrow()), null, TimeBound.ofHours(1));
        List<Long> given = new ArrayList<>();
        section(Reports.request(t, "shop.json"), new FrontierSection(ms -> {
            given.add(ms);
            return new FrontierSearch(RuleBook.standard(), ms);
        }));
        assertEquals(2, given.size(), "Checkout and Browse, which have objectives; not Back office");
        assertTrue(given.get(0) <= FrontierSection.BUDGET_MS / 2 && given.get(0) >= FrontierSection.BUDGET_MS / 2 - 50,
                "half the budget for the first of two: " + given);
    }

    @Test
    void aReportOfOneScenarioTradesItsNumbers() {
        Topology t = shop();
        Frontier f = FrontierSearch.standard().frontier(t, checkout(t), Scenario.NODE_LOSS);
        ExportRequest one = new ExportRequest(t, RuleBook.standard().analyse(t), List.of(Scenario.NODE_LOSS), null,
                "shop.json");

        String html = section(one, new FrontierSection());

        assertTrue(html.contains(">RPO under node loss against monthly cost</text>"), html);
        assertTrue(html.contains("<th>RTO</th>"), "no \u201Cworst\u201D in the table's head");
        assertEquals(f.points().size(), rows(html).stream().filter(r -> r.startsWith("frontier-point")).count());
        for (Frontier.Point p : f.points()) {
            assertTrue(html.contains("<td class=\"num\">" + p.rpo() + "</td><td class=\"num\">" + p.rto() + "</td>"));
        }
        assertFalse(html.contains("The worst is taken over every failure"), "the one failure is the one shown");
    }

    @Test
    void theSectionComesAfterTheRecommendationsForJourneysWithObjectivesOrTheOneAskedFor() {
        List<String> ids = HtmlReport.SECTIONS.stream().map(ReportSection::id).toList();
        assertEquals(ids.indexOf("recommendations") + 1, ids.indexOf("frontier"));
        Topology t = shop();
        Journey backOffice = t.journey("backoffice").orElseThrow();
        assertEquals(List.of(checkout(t)), FrontierSection.charted(Reports.report(Reports.request(t, "shop.json"),
                Report.Medium.SCREEN)));
        assertEquals(List.of(backOffice), FrontierSection.charted(Reports.report(Reports.request(t, "shop.json",
                backOffice), Report.Medium.SCREEN)), "the journey asked for, objectives or not");
        Topology none = shop();
        none.removeJourney(checkout(none));
        assertFalse(new FrontierSection().applies(Reports.report(Reports.request(none, "shop.json"),
                Report.Medium.SCREEN)), "no journey with objectives: no section");
    }

    @Test
    void differingObjectivesAreDrawnAtTheTightestAndSaidSo() {
        Topology t = shop();
        t.setScenarioObjectives(checkout(t), Map.of("region-loss", new Objectives(null, TimeBound.ofHours(8)),
                "node-loss", new Objectives(TimeBound.ofMinutes(5), null)));

        String html = section(t);

        assertTrue(html.contains(">tightest RPO objective 5m</text>"), html);
        assertTrue(html.contains(">tightest RTO objective 4h</text>"), html);
        assertTrue(html.contains("The RTO objectives differ by failure (process crash 4h, node loss 4h, zone loss 4h, "
                + "region loss 8h, logical corruption 4h); the dashed line is the tightest: a point below it meets the "
                + "RTO objective under every failure"), html);
        Frontier f = frontier(t);
        assertEquals(TimeBound.ofMinutes(5), FrontierSection.objective(f, true).value());
        // an objective set under one failure only is named with it
        Topology u = shop();
        u.updateJourney(checkout(u), "Checkout", checkout(u).entries(), null, null);
        u.setScenarioObjectives(checkout(u), Map.of("zone-loss", new Objectives(null, TimeBound.ofHours(2))));
        Frontier g = frontier(u);
        assertEquals("RTO objective 2h (zone loss only)", FrontierSection.objective(g, false).label());
        assertEquals(null, FrontierSection.objective(g, true));
    }

    @Test
    void aMeasureNoPointBoundsIsSaidToBeTradedAgainstTheOtherOnly() throws Exception {
        // the order-processor sample: whatever the menus, some failure leaves Place order without a recovery point
        Topology t = TopologyFiles.load(Path.of("samples/order-processor.json"));
        Journey placeOrder = t.journey("place-order").orElseThrow();
        Frontier f = FrontierSearch.standard().frontier(t, placeOrder, null);
        assertTrue(f.points().stream().allMatch(p -> Frontier.isUnbounded(p.rpo())), "no point bounds the RPO");
        assertFalse(f.points().stream().allMatch(p -> Frontier.isUnbounded(p.rto())), "some point bounds the RTO");

        String html = section(Reports.request(t, "order-processor.json", placeOrder), new FrontierSection());

        assertTrue(html.contains("<p class=\"note\">No configuration of the menus bounds the worst RPO: the points "
                + "trade the cost against the RTO only, and the RPO under milder failures is not weighed"), html);
        assertFalse(html.contains("bounds the worst RTO"));
        // every point and today's design on the unbounded band of the RPO chart
        String rpoChart = html.substring(html.indexOf("data-measure=\"rpo\""), html.indexOf("data-measure=\"rto\""));
        assertEquals(1, Reports.count(rpoChart, "class=\"band-unbounded\""));
        assertTrue(rpoChart.contains(">unbounded</text>"));
    }

    @Test
    void theDurationAxisHasBandsForZeroAndUnboundedAndRoundTicksWithRoom() {
        FrontierChart.Durations d = FrontierChart.Durations.of(List.of(TimeBound.ZERO, TimeBound.ofMinutes(15),
                TimeBound.ofHours(3), TimeBound.UNBOUNDED), TimeBound.ofHours(1));
        assertTrue(d.zero && d.unbounded);
        assertTrue(d.from <= 900 && d.to >= 3 * 3600, d.from + " to " + d.to);
        assertTrue(d.ticks.contains(3600L), "an hour is a major tick: " + d.ticks);
        for (int i = 1; i < d.ticks.size(); i++) {
            assertTrue(d.at(TimeBound.ofSeconds(d.ticks.get(i - 1))) - d.at(TimeBound.ofSeconds(d.ticks.get(i))) >= 22,
                    "room between ticks: " + d.ticks);
        }
        // higher on the page is longer; the bands beyond the scale
        assertTrue(d.at(TimeBound.UNBOUNDED) < d.at(TimeBound.ofHours(3)));
        assertTrue(d.at(TimeBound.ofHours(3)) < d.at(TimeBound.ofMinutes(15)));
        assertTrue(d.at(TimeBound.ofMinutes(15)) < d.at(TimeBound.ZERO));
        // anything from the frontier's cap on is unbounded
        assertEquals(d.at(TimeBound.UNBOUNDED), d.at(TimeBound.ofSeconds(Frontier.UNBOUNDED_SECONDS)));

        FrontierChart.Durations one = FrontierChart.Durations.of(List.of(TimeBound.ofMinutes(15)), null);
        assertFalse(one.zero || one.unbounded);
        assertTrue(one.to / (double) one.from >= 30, "a single value still has a scale around it");
    }

    @Test
    void theCostAxisCoversEveryPointAndDesignWithRoundTicks() {
        Topology t = shop();
        t.addVariant("Proposal B");
        t.setVariantValue(t.variant("Proposal B").orElseThrow(), t.component("web").orElseThrow(), "instances", 3);
        Frontier f = frontier(t);
        FrontierChart.Costs c = FrontierChart.Costs.of(f);
        for (Frontier.Point p : f.points()) {
            assertTrue(c.from() < p.monthlyCost() && p.monthlyCost() < c.to());
        }
        for (Frontier.Design d : FrontierChart.designs(f)) {
            assertTrue(c.from() < d.monthlyCost() && d.monthlyCost() < c.to());
        }
        double step = c.ticks().get(1) - c.ticks().get(0);
        assertEquals(FrontierChart.Costs.niceStep(step), step, 1e-9, "a round step");
        assertTrue(c.ticks().size() >= 3 && c.ticks().size() <= 7, c.ticks().toString());
        assertEquals(250, FrontierChart.Costs.niceStep(210));
        assertEquals(1000, FrontierChart.Costs.niceStep(900));
    }
}

package dev.lifeboat.io.export.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.JourneyAssessment;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.recommend.Recommendation;
import dev.lifeboat.engine.recommend.Recommender;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Prices;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.Variant;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The recommendations section: for a journey that misses, the options with what they change, their cost and the
 * numbers they reach; for one out of reach, the objectives and the closest option; when nothing is missed, one
 * sentence. Its numbers are the recommender's and the engine's, asked again here.
 */
class RecommendationSectionTest {

    /**
     * A shop whose orders database has neither backups nor a replica: Checkout (1h / 4h) misses under every failure
     * but a process crash, and the menus can fix it; Back office shares the database and has no objective.
     */
    static Topology shop() {
        Topology t = new Topology();
        t.setName("Shop");
        Place region = t.addPlace("r1", PlaceKind.REGION, "r1", null, new Bounds(0, 0, 900, 500));
        Place zone = t.addPlace("r1a", PlaceKind.ZONE, "r1a", region, new Bounds(20, 40, 400, 400));
        t.addPlace("r1b", PlaceKind.ZONE, "r1b", region, new Bounds(440, 40, 400, 400));
        Component web = t.addComponent("web", ComponentKind.SERVICE, "web");
        Component admin = t.addComponent("admin", ComponentKind.SERVICE, "admin");
        Component db = t.addComponent("db", ComponentKind.POSTGRESQL, "orders-db");
        for (Component c : List.of(web, admin, db)) {
            t.place(c, zone);
        }
        t.move(admin, 240, 60);
        t.move(db, 40, 240);
        t.addDependency(web, db, Strength.HARD);
        t.addDependency(admin, db, Strength.HARD);
        t.addJourney("checkout", "Checkout", List.of(web), TimeBound.ofHours(1), TimeBound.ofHours(4));
        t.addJourney("backoffice", "Back office", List.of(admin), null, null);
        return t;
    }

    /** The section's body for the report of {@code t}. */
    static String section(Topology t, ReportSection s) {
        Html h = new Html(16 * 1024);
        s.write(Reports.report(Reports.request(t, "shop.json"), Report.Medium.SCREEN), h);
        return h.toString();
    }

    @Test
    void aJourneyThatMissesGetsItsOptionsWithWhatTheyChangeTheirCostAndTheNumbersTheyReach() {
        Topology t = shop();
        Journey checkout = t.journey("checkout").orElseThrow();
        Recommendation r = Recommender.standard().recommend(t, checkout);
        assertEquals(Recommendation.Status.FOUND, r.status());
        Recommendation.Option cheapest = r.options().get(0);
        Prices prices = t.prices();

        String html = section(t, new RecommendationSection());

        String cost = prices.formatWhole(Math.round(cheapest.costDifference()));
        assertTrue(cheapest.costDifference() > 0, "a backup and a replica cost money");
        Matcher lead = Pattern.compile("<p class=\"callout lead found\">(.*?)</p>").matcher(html);
        assertTrue(lead.find(), html);
        assertTrue(lead.group(1).startsWith("The cheapest way to make Checkout meet its objectives costs +" + cost
                + "/month: orders-db to " + Html.escape(cheapest.changes().get(0).option())), lead.group(1));
        // the options table: each option, its changes with each setting from today's value, and its cost
        assertEquals(r.options().size(), Reports.count(html, "<td class=\"option\"><strong>Option "));
        assertTrue(html.contains("<strong>orders-db</strong> \u2014 " + Html.escape(cheapest.changes().get(0)
                .option())));
        assertTrue(html.contains("<li>replication: none \u2192 sync</li>"), html);
        assertTrue(html.contains("also affects: Back office (none of its numbers worse)"), "the shared database");
        assertTrue(html.contains("<strong>+" + cost + "/month</strong>"));
        assertTrue(html.contains("total " + prices.formatWhole(cheapest.monthlyCost()) + "/month, today "
                + prices.formatWhole(r.baselineMonthlyCost())));
        // the numbers: today's as in the summary (missed), each option's all met
        String reached = html.substring(html.indexOf("<table class=\"summary reached\">"));
        String today = reached.substring(0, reached.indexOf("Option 1"));
        String option = reached.substring(reached.indexOf("Option 1"), reached.indexOf("</table>"));
        assertTrue(today.contains("<td class=\"estimate v-misses\">\u2716 unbounded</td>"), today);
        assertEquals(0, Reports.count(option, "v-misses"), option);
        assertEquals(2 * Scenario.values().length, Reports.count(option, "<td class=\"estimate "));
        assertTrue(option.contains("<td class=\"estimate v-meets\">\u2714 0s</td>"), "RPO 0s with a sync replica");
        assertTrue(html.contains("Proven optimal"));
        assertTrue(html.contains("Back office misses no objective: nothing to change there."));
    }

    @Test
    void anOptionThatMakesAnotherJourneyWorseSaysSoInItsSentenceAndItsChanges() {
        // Checkout (RTO 4h) needs orders-db fixed; the cheapest fix also drops the cache's replicas, which Checkout
        // does not need but Browse, sharing the cache, does
        Topology t = new Topology();
        t.setName("Shop");
        Place region = t.addPlace("r1", PlaceKind.REGION, "r1", null, new Bounds(0, 0, 900, 500));
        Place a = t.addPlace("r1a", PlaceKind.ZONE, "r1a", region, new Bounds(20, 40, 400, 400));
        Place b = t.addPlace("r1b", PlaceKind.ZONE, "r1b", region, new Bounds(440, 40, 400, 400));
        Component web = t.addComponent("web", ComponentKind.SERVICE, "web");
        Component browse = t.addComponent("browse", ComponentKind.SERVICE, "browse");
        Component cache = t.addComponent("cache", ComponentKind.REDIS, "cache");
        Component db = t.addComponent("db", ComponentKind.POSTGRESQL, "orders-db");
        t.place(web, a);
        t.place(db, a);
        t.place(cache, b);
        t.place(browse, region);
        t.set(browse, "instances", 4);
        t.set(browse, "spread", "multi_region");
        t.set(browse, "active_active", true);
        t.set(cache, "persistence", "aof");
        t.set(cache, "replicas", 2);
        t.set(cache, "replica_placement", "other_region");
        t.set(cache, "redis_failover", "sentinel");
        t.addDependency(web, db, Strength.HARD);
        t.addDependency(web, cache, Strength.HARD);
        t.addDependency(browse, cache, Strength.HARD);
        t.addJourney("checkout", "Checkout", List.of(web), null, TimeBound.ofHours(4));
        t.addJourney("browse", "Browse", List.of(browse), null, null);
        Recommendation r = Recommender.standard().recommend(t, t.journey("checkout").orElseThrow());
        assertTrue(r.options().get(0).changes().stream().anyMatch(c -> c.component().id().equals("cache")),
                "the cheapest drops the cache's replicas: " + r.options().get(0).changes());

        String html = section(t, new RecommendationSection());

        assertTrue(html.contains("Beware: it makes Browse, which shares a changed component, worse (see "
                + "\u201Calso affects\u201D).</p>"), html);
        assertTrue(html.contains("also affects: <span class=\"worse\">\u2716 Browse worse: RPO under process crash "),
                html);
        Topology applied = r.options().get(0).applyTo(t);
        JourneyAssessment before = RuleBook.standard().analyse(t).journey(t.journey("browse").orElseThrow(),
                Scenario.REGION_LOSS);
        JourneyAssessment after = RuleBook.standard().analyse(applied).journey(applied.journey("browse")
                .orElseThrow(), Scenario.REGION_LOSS);
        assertTrue(after.rto().compareTo(before.rto()) > 0);
        assertTrue(html.contains("RTO under region loss " + Report.duration(before.rto(), before.rtoAssumed())
                + " \u2192 " + Report.duration(after.rto(), after.rtoAssumed())), "each number it makes worse");
    }

    @Test
    void whenEveryJourneyMeetsItsObjectivesOneSentenceSaysNothingNeedsToChange() {
        Topology t = shop();
        Recommendation r = Recommender.standard().recommend(t, t.journey("checkout").orElseThrow());
        Topology fixed = r.options().get(0).applyTo(t);

        String html = section(fixed, new RecommendationSection());

        assertEquals("<p class=\"callout v-meets\" id=\"nothing-to-change\">\u2714 No journey misses an objective "
                + "under any failure: nothing needs to change.</p>\n", html);
    }

    @Test
    void aReportOfAVariantsDesignRecommendsForThatDesign() {
        // the designer exports the variant it shows as the baseline with the variant applied
        Topology t = shop();
        Recommendation r = Recommender.standard().recommend(t, t.journey("checkout").orElseThrow());
        Variant v = t.addVariant("recommended");
        Component db = t.component("db").orElseThrow();
        r.options().get(0).changes().get(0).values().forEach((k, value) -> t.setVariantValue(
                t.variant("recommended").orElseThrow(), db, k, value));

        assertTrue(section(t, new RecommendationSection()).contains("The cheapest way to make Checkout"),
                "the baseline still misses");
        assertTrue(section(t.variant(v.name()).orElseThrow().apply(t), new RecommendationSection())
                .contains("nothing needs to change"), "the variant's design meets every objective");
    }

    @Test
    void aJourneyOutOfReachNamesTheObjectiveTheBestReachableTheLimitAndTheClosestOption() throws Exception {
        Topology t = TopologyFiles.load(Path.of("samples/multi-region-saas.json"));
        Recommendation edit = Recommender.standard().recommend(t, t.journeys().stream()
                .filter(j -> j.name().equals("Edit document")).findFirst().orElseThrow());
        assertEquals(Recommendation.Status.OUT_OF_REACH, edit.status());

        Html h = new Html(64 * 1024);
        new RecommendationSection().write(Reports.report(Reports.request(t, "multi-region-saas.json"),
                Report.Medium.SCREEN), h);
        String html = h.toString();

        String block = html.substring(html.indexOf("id=\"recommend-" + edit.journey().id() + "\""));
        block = block.substring(0, block.indexOf("</p>", block.indexOf("<p class=\"note proof\">")));
        assertTrue(block.contains("<p class=\"callout lead out-of-reach\">Edit document cannot meet all its "
                + "objectives with the options in the technologies&#39; menus: its RPO objective of 1m under region "
                + "loss is out of reach (documents-bucket reaches no better than 15m with any of its options), and "
                + "3 more objectives. The closest option, below, saves "), block);
        assertEquals(edit.outOfReach().size(), Reports.count(block.substring(block.indexOf("<table class=\"out-of-"
                + "reach\">"), block.indexOf("<table class=\"options\">")), "<tr><td class=\"journey\">"));
        assertTrue(block.contains("<tr><td class=\"journey\">RPO under region loss</td><td class=\"num\">1m</td>"
                + "<td class=\"num v-misses\">\u2716 15m</td><td><strong>documents-bucket</strong>, with any of its "
                + "options</td></tr>"), block);
        String closest = t.prices().formatWhole(Math.abs(Math.round(edit.closest().costDifference())));
        assertTrue(block.contains("<td class=\"option\"><strong>Closest option</strong></td>"));
        assertTrue(block.contains((edit.closest().costDifference() < 0 ? "-" : "+") + closest + "/month"));
        assertTrue(block.contains("Proven: no combination of the menus&#39; options meets every objective; the "
                + "closest is proven closest."), block);
        // a journey out of reach with no closest option, limited by a kind without a menu
        assertTrue(html.contains("Sign in cannot meet all its objectives") && html.contains("No change in the "
                + "menus brings it closer without making another of its numbers worse."));
        assertTrue(html.contains("<strong>identity-provider (OIDC)</strong>, which keeps its settings: Lifeboat has "
                + "no menu of options for its kind (External provider)"), html);
    }

    @Test
    void anAnswerFoundPastTheTimeLimitSaysItIsNotProven() {
        Topology t = shop();
        String html = section(t, new RecommendationSection(ms -> new Recommender(RuleBook.standard(), 0)));

        assertTrue(html.contains("<p class=\"note proof\">Not proven"), html);
        assertFalse(html.contains("Proven optimal"));
    }

    @Test
    void eachJourneyGetsItsShareOfTheBudgetWithinTheRecommendersLimit() {
        assertEquals(Recommender.DEFAULT_TIME_LIMIT_MS, RecommendationSection.share(RecommendationSection.BUDGET_MS, 2));
        assertEquals(RecommendationSection.BUDGET_MS / 6, RecommendationSection.share(RecommendationSection.BUDGET_MS,
                6));
        assertEquals(RecommendationSection.MIN_QUERY_MS, RecommendationSection.share(0, 3), "the budget spent");
        long[] asked = new long[1];
        section(shop(), new RecommendationSection(ms -> {
            asked[0] = ms;
            return Recommender.standard();
        }));
        assertEquals(Recommender.DEFAULT_TIME_LIMIT_MS, asked[0], "two journeys: the recommender's own limit");
    }

    @Test
    void theSectionFollowsTheVariantsAndAppliesWhenTheReportHasJourneys() {
        List<Class<?>> order = HtmlReport.SECTIONS.stream().<Class<?>>map(Object::getClass).toList();
        assertEquals(order.indexOf(VariantSection.class) + 1, order.indexOf(RecommendationSection.class));
        Topology none = new Topology();
        none.addComponent("a", ComponentKind.SERVICE, "a");
        ExportRequest empty = Reports.request(none, "empty.json");
        assertFalse(new RecommendationSection().applies(Reports.report(empty, Report.Medium.SCREEN)));
        assertTrue(new RecommendationSection().applies(Reports.report(Reports.request(shop(), "shop.json"),
                Report.Medium.SCREEN)));
    }

    @Test
    void aReportOfOneScenarioShowsItsNumbersAndSaysTheRecommendationsLookAtEveryFailure() {
        Topology t = shop();
        ExportRequest one = new ExportRequest(t, RuleBook.standard().analyse(t), List.of(Scenario.NODE_LOSS), null,
                "shop.json");
        Html h = new Html(16 * 1024);
        new RecommendationSection().write(Reports.report(one, Report.Medium.SCREEN), h);
        String html = h.toString();

        assertTrue(html.contains("not only the one this report shows"), html);
        assertEquals(2 * 2, Reports.count(html, "<td class=\"estimate "), "today and one option, RPO and RTO");
    }
}

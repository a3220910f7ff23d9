package dev.lifeboat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.recommend.Frontier;
import dev.lifeboat.engine.recommend.FrontierSearch;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.Variant;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code frontier}: the CSV (RFC 4180, one record per point, then the design and its variants), the JSON and the
 * text give the engine's frontier; bad input exits 2 with one line; a journey through a cycle exits 1.
 */
class FrontierCommandTest {

    private static final Path LEDGER = Path.of("samples/payments-ledger.json");
    private static final Path ORDERS = Path.of("samples/order-processor.json");

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LifeboatCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void csvHasOneRecordPerPointThenTheDesignAndItsVariants() throws Exception {
        Run r = run("frontier", ORDERS.toString(), "--journey", "Place order", "--scenario", "zone-loss",
                "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().endsWith("\r\n"), "CRLF line ends");
        List<List<String>> records = parse(r.out());
        assertEquals(List.of("kind", "point", "name", "monthly_cost", "cost_difference", "rpo_seconds",
                "rto_seconds", "on_frontier", "dominated_by", "changes"), records.get(0));
        Topology t = TopologyFiles.load(ORDERS);
        Journey j = t.journey("place-order").orElseThrow();
        Frontier f = FrontierSearch.standard().frontier(t, j, Scenario.ZONE_LOSS);
        assertTrue(f.points().size() > 2, "a frontier of some points");
        assertEquals(1 + f.points().size() + 1 + t.variants().size(), records.size());
        for (int k = 0; k < f.points().size(); k++) {
            List<String> row = records.get(1 + k);
            Frontier.Point p = f.points().get(k);
            assertEquals("frontier", row.get(0));
            assertEquals(String.valueOf(k + 1), row.get(1));
            assertTrue(row.get(3).matches("[0-9]+\\.[0-9]{2}"), row.get(3));
            assertEquals(p.monthlyCost(), Double.parseDouble(row.get(3)), 0.005);
            assertEquals(Frontier.isUnbounded(p.rpo()) ? "unbounded" : String.valueOf(p.rpo().seconds()), row.get(5));
            assertEquals(Frontier.isUnbounded(p.rto()) ? "unbounded" : String.valueOf(p.rto().seconds()), row.get(6));
            assertEquals(p.changes().size(), row.get(9).isEmpty() ? 0 : row.get(9).split("; ").length, row.get(9));
            for (var c : p.changes()) {
                assertTrue(row.get(9).contains(c.component().id() + ": " + c.option()), row.get(9));
            }
        }
        List<String> today = records.get(1 + f.points().size());
        assertEquals(List.of("current", Variant.BASELINE), List.of(today.get(0), today.get(2)));
        assertEquals(String.valueOf(f.current().onFrontier()), today.get(7));
        List<String> variant = records.get(records.size() - 1);
        assertEquals("variant", variant.get(0));
        assertEquals(t.variants().get(t.variants().size() - 1).name(), variant.get(2));
        // the CSV and the JSON tell the same frontier
        JsonNode json = new ObjectMapper().readTree(run("frontier", ORDERS.toString(), "--journey", "place-order",
                "--scenario", "zone-loss", "--format", "json").out());
        assertEquals(f.points().size(), json.get("points").size());
    }

    @Test
    void jsonGivesThePointsTheDesignAndItsVariants() throws Exception {
        Run r = run("frontier", LEDGER.toString(), "--journey", "authorize-payment", "--scenario", "zone-loss",
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode m = new ObjectMapper().readTree(r.out());
        assertEquals("authorize-payment", m.get("journey").asText());
        assertEquals("zone-loss", m.get("scenario").asText());
        assertTrue(m.get("proven").asBoolean());
        assertFalse(m.get("cyclic").asBoolean());
        JsonNode points = m.get("points");
        assertTrue(points.size() > 2, r.out());
        double last = -1;
        for (JsonNode p : points) {
            assertTrue(p.get("monthly_cost").asDouble() >= last, "cheapest first");
            last = p.get("monthly_cost").asDouble();
            assertTrue(p.get("rpo_seconds").isNumber() || p.get("rpo_seconds").asText().equals("unbounded"));
            assertTrue(p.get("rto").isTextual());
            for (JsonNode c : p.get("changes")) {
                assertTrue(c.get("component").isTextual() && c.get("option").isTextual());
                assertTrue(c.get("settings").size() > 0);
            }
        }
        JsonNode current = m.get("current");
        assertEquals("Baseline", current.get("name").asText());
        // today's design on the ledger is far from cheap: a frontier point dominates it
        assertFalse(current.get("on_frontier").asBoolean());
        assertTrue(current.get("dominated_by").asInt() >= 1);
        assertTrue(m.get("variants").isArray());
        Run worst = run("frontier", LEDGER.toString(), "--journey", "authorize-payment", "--format", "json");
        assertEquals(0, worst.code(), worst.err());
        assertTrue(new ObjectMapper().readTree(worst.out()).get("scenario").isNull());
    }

    @Test
    void textListsThePointsAndPlacesTheDesign() {
        Run r = run("frontier", LEDGER.toString(), "--journey", "authorize-payment", "--scenario", "zone-loss");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Journey Authorize payment: cost against RPO and RTO, under zone-loss.\n"),
                r.out());
        assertTrue(r.out().contains("Pareto-optimal configurations of the menus, cheapest first:"), r.out());
        assertTrue(r.out().contains("\n  1. ") && r.out().contains("/month ("), r.out());
        assertTrue(r.out().contains("\nToday: ") && r.out().contains("dominated by point "), r.out());
        assertFalse(r.out().contains("time limit"), r.out());
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        for (String[] args : List.of(
                new String[] {"frontier", LEDGER.toString(), "--journey", "no-such-journey"},
                new String[] {"frontier", LEDGER.toString(), "--journey", "authorize-payment", "--scenario", "moon"},
                new String[] {"frontier", LEDGER.toString(), "--journey", "authorize-payment", "--format", "yaml"},
                new String[] {"frontier", dir.resolve("missing.json").toString(), "--journey", "x"})) {
            Run r = run(args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("lifeboat: "), r.err());
            assertTrue(r.out().isEmpty(), r.out());
        }
        assertEquals(2, run("frontier", LEDGER.toString()).code(), "--journey is required");
    }

    @Test
    void aJourneyThroughACycleHasNoFrontierAndExitsOne() throws Exception {
        Topology t = new Topology();
        Component api = t.addComponent("api", ComponentKind.SERVICE, "api");
        Component db = t.addComponent("db", ComponentKind.POSTGRESQL, "db");
        t.addDependency(api, db, Strength.HARD);
        t.addDependency(db, api, Strength.HARD);
        t.addJourney("j", "J", List.of(api), null, null);
        Path file = dir.resolve("cycle.json");
        TopologyFiles.save(t, file);
        Run r = run("frontier", file.toString(), "--journey", "j");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("dependency cycle"), r.out());
        Run csv = run("frontier", file.toString(), "--journey", "j", "--format", "csv");
        assertEquals(2, parse(csv.out()).size(), "the header and the design: " + csv.out());
    }

    @Test
    void aHostileVariantNameStaysOneCsvFieldAndNoFormula() throws Exception {
        Topology t = TopologyFiles.load(ORDERS);
        t.addVariant("=HYPERLINK(\"http://x\",\"y\"), \u001b[31m");
        Path file = dir.resolve("hostile.json");
        TopologyFiles.save(t, file);
        Run r = run("frontier", file.toString(), "--journey", "place-order", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<List<String>> records = parse(r.out());
        List<String> last = records.get(records.size() - 1);
        assertEquals(10, last.size(), r.out());
        assertTrue(last.get(2).startsWith("'="), last.get(2));
        assertTrue(r.out().chars().noneMatch(c -> c < 0x20 && c != '\r' && c != '\n'), "no control characters");
    }

    /** RFC 4180 records (quoted fields may hold commas and doubled quotes; this output has no quoted breaks). */
    private static List<List<String>> parse(String text) {
        List<List<String>> out = new ArrayList<>();
        for (String line : text.split("\r\n")) {
            List<String> fields = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        f.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(f.toString());
                    f.setLength(0);
                } else {
                    f.append(c);
                }
            }
            fields.add(f.toString());
            out.add(fields);
        }
        return out;
    }
}

package dev.lifeboat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare}, and {@code --variant} on {@code analyze} and {@code check}, on the sample's Proposal A. */
class CompareCommandTest {

    private static final Path SAMPLE = Path.of("samples/order-processor.json");

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
    void compareTextShowsEachDesignAndEachDifferenceInWords() {
        Run r = run("compare", SAMPLE.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Proposal A changes:\n  orders-db replication async -> sync; +1.5 ms per write "
                + "(assumed): a sync replica in another zone (group 1)\n"), r.out());
        assertTrue(r.out().contains("  monthly cost: +$115/month\n"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("journey") && l.contains("Baseline")
                && l.contains("Proposal A")), r.out());
        assertTrue(r.out().contains("  Place order, node loss: RPO unbounded -> 5s, RTO 30m30s -> 1m30s because "
                + "orders-db replication async -> sync, orders-db failover manual -> automatic"), r.out());
        assertTrue(r.out().contains("Place order       node-loss           15m / 5m    unbounded X / 30m30s~ X"
                + "     5s~ / 1m30s~\n"), r.out());
    }

    @Test
    void compareJsonGivesEveryDesignPerJourneyAndScenario() throws Exception {
        Run r = run("compare", SAMPLE.toString(), "--variant", "PROPOSAL A", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("Proposal A", root.at("/designs/1/name").asText());
        assertEquals("replication_mode", root.at("/designs/1/changes/0/setting").asText());
        assertEquals("sync", root.at("/designs/1/changes/0/after").asText());
        assertTrue(root.at("/designs/1/monthly_cost").asDouble() > root.at("/designs/0/monthly_cost").asDouble(),
                "a sync replica and a cache replica cost more");
        JsonNode row = null;
        for (JsonNode n : root.get("rows")) {
            if (n.get("journey").asText().equals("place-order") && n.get("scenario").asText().equals("node-loss")) {
                row = n;
            }
        }
        assertEquals("unbounded", row.at("/designs/0/rpo_seconds").asText());
        assertEquals(5, row.at("/designs/1/rpo_seconds").asLong());
        assertEquals(90, row.at("/designs/1/rto_seconds").asLong());
        assertTrue(row.at("/designs/1/meets_rpo").asBoolean());
        assertEquals("orders-db", row.at("/designs/1/because/0/component").asText());
        assertTrue(row.at("/designs/1/difference").asText().startsWith("Place order, node loss: RPO unbounded"));
        assertEquals(5 * 2, root.get("rows").size());
    }

    @Test
    void analyzeAndCheckTakeAVariant() {
        Run baseline = run("analyze", SAMPLE.toString(), "--scenario", "node-loss", "--format", "json");
        Run variant = run("analyze", SAMPLE.toString(), "--scenario", "node-loss", "--variant", "proposal a",
                "--format", "json");
        assertEquals(0, variant.code(), variant.err());
        assertTrue(baseline.out().contains("\"rpo_seconds\": \"unbounded\""), baseline.out());
        assertTrue(variant.out().contains("\"name\": \"Order processing (variant Proposal A)\""), variant.out());
        Run check = run("check", SAMPLE.toString(), "--variant", "Proposal A");
        assertEquals(1, check.code(), "region loss still misses");
        assertTrue(check.out().lines().noneMatch(l -> l.startsWith("MISSED  Place order, node-loss")), check.out());
        assertTrue(run("check", SAMPLE.toString()).out().contains("MISSED  Place order, node-loss"));
    }

    @Test
    void anUnknownVariantIsBadInputListingTheVariants() throws Exception {
        for (String command : new String[] {"analyze", "check", "compare"}) {
            Run r = run(command, SAMPLE.toString(), "--variant", "Proposal Z");
            assertEquals(2, r.code(), command);
            assertEquals("lifeboat: unknown variant 'Proposal Z'; its variants are 'Proposal A'\n", r.err(), command);
        }
        Path plain = dir.resolve("plain.json");
        Files.writeString(plain, "{\"format\": \"lifeboat\", \"version\": 3}");
        Run none = run("compare", plain.toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("has no variants"), none.err());
    }
}

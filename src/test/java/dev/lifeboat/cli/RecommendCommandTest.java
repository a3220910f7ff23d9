package dev.lifeboat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recommend}: text and JSON where an answer exists (a copy of the order-processor sample whose objectives the
 * menus can meet), exit codes 0 / 1 / 2, and {@code --apply 1 -o OUT.json} followed by {@code check}.
 */
class RecommendCommandTest {

    private static final Path REACHABLE = Path.of("src/test/resources/recommend-order-processor.json");
    private static final Path SAMPLE = Path.of("samples/order-processor.json");
    private static final Path SAAS = Path.of("samples/multi-region-saas.json");

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
    void textListsTheCheapestOptionWithItsChangesAndNumbers() {
        Run r = run("recommend", REACHABLE.toString(), "--journey", "place-order");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Journey Place order:\n  1. cheapest"), r.out());
        assertTrue(r.out().contains("     orders-db: "), r.out());
        assertTrue(r.out().contains("node-loss: RPO ") && r.out().contains("(objective 5m, met)"), r.out());
        assertFalse(r.out().contains("missed"), r.out());
        assertFalse(r.out().contains("not proven"), r.out());
        assertTrue(r.out().chars().noneMatch(c -> c < 0x20 && c != '\n'), "no control characters");
    }

    @Test
    void jsonGivesTheOptionsAndWhatTheyReach() throws Exception {
        Run r = run("recommend", REACHABLE.toString(), "--journey", "place-order", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode rec = new ObjectMapper().readTree(r.out()).at("/recommendations/0");
        assertEquals("place-order", rec.get("journey").asText());
        assertEquals("found", rec.get("status").asText());
        assertTrue(rec.get("proven_optimal").asBoolean());
        assertEquals("cheapest", rec.at("/options/0/kinds/0").asText());
        assertTrue(rec.at("/options/0/changes").size() > 0);
        for (JsonNode reached : rec.at("/options/0/reached")) {
            assertFalse(reached.get("meets_rpo").isBoolean() && !reached.get("meets_rpo").asBoolean(), r.out());
            assertFalse(reached.get("meets_rto").isBoolean() && !reached.get("meets_rto").asBoolean(), r.out());
        }
        assertTrue(rec.get("closest").isNull());
    }

    @Test
    void outOfReachExitsOneAndSaysWhyAndWhatIsClosest() throws Exception {
        Run r = run("recommend", SAMPLE.toString(), "--journey", "place-order");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("out of reach: "), r.out());
        assertTrue(r.out().contains("the closest option (it makes no measure worse than today)")
                || r.out().contains("no change in the menus brings this journey closer"), r.out());
        Run j = run("recommend", SAMPLE.toString(), "--journey", "place-order", "--format", "json");
        assertEquals(1, j.code(), j.err());
        JsonNode rec = new ObjectMapper().readTree(j.out()).at("/recommendations/0");
        assertEquals("out_of_reach", rec.get("status").asText());
        assertTrue(rec.get("out_of_reach").size() > 0);
    }

    @Test
    void badInputExitsTwo() {
        assertEquals(2, run("recommend", REACHABLE.toString(), "--format", "yaml").code());
        assertEquals(2, run("recommend", dir.resolve("missing.json").toString()).code());
        assertEquals(2, run("recommend", REACHABLE.toString(), "--journey", "no-such-journey").code());
        assertEquals(2, run("recommend", REACHABLE.toString(), "--apply", "1").code());
    }

    @Test
    void applyWritesADesignThatPassesCheck() throws Exception {
        Path out = dir.resolve("OUT.json");
        Run before = run("check", REACHABLE.toString());
        assertEquals(1, before.code(), "the copy misses an objective before: " + before.out() + before.err());
        Run r = run("recommend", REACHABLE.toString(), "--journey", "place-order", "--apply", "1", "-o",
                out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(out));
        Run check = run("check", out.toString());
        assertEquals(0, check.code(), check.out() + check.err());
    }

    @Test
    void applyOneWritesTheClosestOptionWhenOutOfReach() throws Exception {
        Path out = dir.resolve("CLOSEST.json");
        Run r = run("recommend", SAAS.toString(), "--journey", "edit-document", "--format", "json");
        JsonNode closest = new ObjectMapper().readTree(r.out()).at("/recommendations/0/closest");
        assertFalse(closest.isNull() || closest.isMissingNode(), "the sample has a closest option: " + r.out());
        Run applied = run("recommend", SAAS.toString(), "--journey", "edit-document", "--apply", "1", "-o",
                out.toString());
        assertEquals(1, applied.code(), applied.err());
        assertTrue(applied.out().contains("with the closest option applied") && applied.out().contains("still misses"),
                applied.out());
        JsonNode after = new ObjectMapper().readTree(run("analyze", out.toString(), "--format", "json").out());
        JsonNode journey = null;
        for (JsonNode x : after.get("journeys")) {
            if (x.get("id").asText().equals("edit-document")) {
                journey = x;
            }
        }
        assertTrue(journey != null, after.toString());
        // re-analysed, the written design reaches exactly the closest option's numbers
        for (JsonNode x : closest.get("reached")) {
            JsonNode s = journey.at("/scenarios/" + x.get("scenario").asText());
            assertEquals(x.get("rpo_seconds").asText(), s.get("rpo_seconds").asText(), x.toString());
            assertEquals(x.get("rto_seconds").asText(), s.get("rto_seconds").asText(), x.toString());
        }
        Run two = run("recommend", SAAS.toString(), "--journey", "edit-document", "--apply", "2", "-o",
                dir.resolve("TWO.json").toString());
        assertTrue(two.err().contains("is 1 option") && two.err().contains("--apply 2 is not one of them"), two.err());
        assertFalse(Files.exists(dir.resolve("TWO.json")));
    }

}

package dev.lifeboat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LifeboatCommandTest {

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
    void analyzeJsonFollowsTheContract() throws Exception {
        Run r = run("analyze", SAMPLE.toString(), "--format", "json");

        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(5, root.get("scenarios").size());
        JsonNode db = null;
        for (JsonNode c : root.get("components")) {
            if (c.get("kind").asText().equals("postgresql")) {
                db = c;
            }
        }
        JsonNode corruption = db.get("scenarios").get("logical-corruption");
        assertEquals(3600, corruption.get("rpo_seconds").asLong(), "hourly backups: up to an hour lost");
        assertFalse(corruption.get("explanation").asText().isBlank());
        assertTrue(corruption.get("references").size() > 0);
        JsonNode placeOrder = root.get("journeys").get(0);
        assertEquals(900, placeOrder.get("rpo_target_seconds").asLong());
        JsonNode j = placeOrder.get("scenarios").get("logical-corruption");
        assertFalse(j.get("meets_rpo").asBoolean());
        assertTrue(j.get("critical_path").size() > 0);
        assertTrue(root.get("recovery").get("node-loss").get("waves").isArray());
    }

    @Test
    void analyzeTextIsATableWithExplanationsForOneScenario() {
        Run r = run("analyze", SAMPLE.toString(), "--scenario", "node-loss");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("== node-loss"));
        assertTrue(r.out().contains("Recovery order"));
        assertTrue(r.out().contains("Why:"));
        assertFalse(r.out().contains("== zone-loss"));
    }

    @Test
    void checkExitsOneWhenAnObjectiveIsMissedAndSaysWhy() {
        Run r = run("check", SAMPLE.toString());

        assertEquals(1, r.code());
        assertTrue(r.out().contains("MISSED"));
        assertTrue(r.out().contains("Place order"));
    }

    @Test
    void checkExitsZeroWhenEveryObjectiveIsMet() throws Exception {
        Path f = dir.resolve("ok.json");
        Files.writeString(f, "{\"service_name\": \"static-site\", \"dependencies\": []}");

        Run r = run("check", f.toString());

        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("OK"));
    }

    @Test
    void checkMissesAJourneyThatNeedsACycleAndSaysWhy() throws Exception {
        Path f = dir.resolve("cycle.json");
        Files.writeString(f, "{\"services\": [{\"service_name\": \"a\", \"dependencies\": [\"b\"]},"
                + " {\"service_name\": \"b\", \"dependencies\": [\"a\"]}],"
                + " \"journeys\": [{\"name\": \"loop\", \"entry\": [\"a\"], \"rpo_target\": \"1d\","
                + " \"rto_target\": \"1d\"}]}");

        Run r = run("check", f.toString());

        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("MISSED  loop, node-loss: it needs components in a dependency cycle"), r.out());
        assertFalse(r.out().contains("exceeds"), "the numbers are not what misses: " + r.out());
    }

    @Test
    void badInputExitsTwoWithAMessageNamingTheFileAndNoStackTrace() throws Exception {
        Path f = dir.resolve("broken.json");
        Files.writeString(f, "{\"format\": \"lifeboat\", \"version\": 1, \"components\": [");

        Run check = run("check", f.toString());
        Run analyze = run("analyze", f.toString());
        Run missing = run("analyze", dir.resolve("nope.json").toString());

        assertEquals(2, check.code());
        assertTrue(check.err().contains("broken.json"), check.err());
        assertFalse(check.err().contains("Exception"), check.err());
        assertEquals(2, analyze.code());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope.json"), missing.err());
    }

    @Test
    void anUnknownScenarioIsBadInput() {
        Run r = run("analyze", SAMPLE.toString(), "--scenario", "meteor");

        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown scenario 'meteor'"), r.err());
        assertTrue(r.err().contains("zone-loss"));
    }

    @Test
    void benchPrintsItsFiguresAsJson() throws Exception {
        Run r = run("bench", "--sizes", "100", "--journeys", "10", "--runs", "3", "--edits", "5", "--no-shapes");

        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode result = root.get("results").get(0);
        assertEquals(100, result.get("components").asInt());
        assertTrue(result.get("full_analysis_median_ms").asDouble() > 0);
        assertTrue(result.get("single_pass_median_ms").asDouble() > 0);
        assertTrue(result.get("load_and_analyse_ms").asDouble() > 0);
        assertTrue(result.get("load_and_analyse_peak_heap_mb").asDouble() > 0);
        assertNull(root.get("shapes"), "--no-shapes leaves them out");
    }

    @Test
    void everyPathologicalShapeRunsAndSaysWhatHappened() {
        List<StressShapes.Figure> figures = StressShapes.measureAll(0.01);

        assertEquals(8, figures.size());
        for (StressShapes.Figure f : figures) {
            assertFalse(f.outcome().startsWith("FAILED"), f.shape() + ": " + f.outcome());
            assertTrue(f.ms() > 0 && f.peakHeapMb() > 0, f.json());
        }
    }

    @Test
    void everySampleAnalyses() throws Exception {
        try (var files = Files.list(Path.of("samples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                Run r = run("analyze", f.toString(), "--format", "json");
                assertEquals(0, r.code(), f + ": " + r.err());
            }
        }
    }

    @Test
    void benchRefusesImpossibleOptionsWithAClearMessage() {
        String[][] bad = {
            {"bench", "--sizes", "0"},
            {"bench", "--sizes", "1"},
            {"bench", "--sizes", "-5"},
            {"bench", "--sizes", "10", "--runs", "0"},
            {"bench", "--sizes", "10", "--edits", "0"},
            {"bench", "--sizes", "10", "--journeys", "-1"},
        };
        for (String[] args : bad) {
            Run r = run(args);

            String what = String.join(" ", args);
            assertEquals(2, r.code(), what + ": " + r.out());
            assertTrue(r.err().startsWith("lifeboat: bench: --"), what + ": " + r.err());
            assertFalse(r.err().contains("Index") || r.err().contains("Capacity") || r.err().contains("bound"),
                    what + ": " + r.err());
            assertTrue(r.out().isEmpty(), what + ": " + r.out());
        }
    }

    @Test
    void theFormatIsCaseInsensitive() {
        Run r = run("analyze", SAMPLE.toString(), "--format", "JSON", "--scenario", "node-loss");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("{"), r.out());
    }

    @Test
    void theCommandListDescribesBenchInAWholeSentence() {
        Run r = run("--help");

        String benchLine = r.out().lines().filter(l -> l.trim().startsWith("bench")).findFirst().orElseThrow();
        assertTrue(benchLine.stripTrailing().endsWith("."), benchLine);
    }
}

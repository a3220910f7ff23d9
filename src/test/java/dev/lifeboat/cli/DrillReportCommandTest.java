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

/** {@code lifeboat drill-report}: the template round trip, exit codes like check's, JSON, and refused files. */
class DrillReportCommandTest {

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

    /** The template of the sample, with its first row filled in. */
    private Path results(String started, String recovered, String lost) throws Exception {
        Path template = dir.resolve("template.csv");
        assertEquals(0, run("export", SAMPLE.toString(), "--format", "drill-results-template", "-o",
                template.toString()).code());
        String[] lines = Files.readString(template).split("\r\n");
        // place-order,process-crash,inventory-service,stop-process: a service that fails over in ~30s
        lines[1] = lines[1].replaceFirst(",,,,$", "," + started + "," + recovered + "," + lost + ",drill 1");
        return Files.writeString(dir.resolve("results.csv"), String.join("\r\n", lines) + "\r\n");
    }

    @Test
    void anEmptyTemplateReadsBackAsNothingRunAndExitsZero() throws Exception {
        Path template = dir.resolve("template.csv");
        run("export", SAMPLE.toString(), "--format", "drill-results-template", "-o", template.toString());

        Run r = run("drill-report", SAMPLE.toString(), template.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("not run"), r.out());
        assertTrue(r.out().contains(", 0 run: the model held"), r.out());
    }

    @Test
    void aDrillSlowerThanTheEstimateExitsOneAndSaysTheModelWasOptimistic() throws Exception {
        Path results = results("2026-12-01T10:00:00Z", "2026-12-01T10:10:00Z", "");

        Run text = run("drill-report", SAMPLE.toString(), results.toString());
        Run json = run("drill-report", SAMPLE.toString(), results.toString(), "--format", "json");

        assertEquals(1, text.code());
        assertTrue(text.out().contains("OPTIMISTIC: RTO"), text.out());
        assertTrue(text.out().contains("MISSED"), "10m misses the 5m objective: " + text.out());
        assertEquals(1, json.code());
        JsonNode row = new ObjectMapper().readTree(json.out()).get("rows").get(0);
        assertEquals(600, row.get("measured_rto_seconds").asInt());
        assertTrue(row.get("rto_optimistic").asBoolean());
        assertFalse(row.get("meets_rto").asBoolean());
        assertEquals(300, row.get("rto_objective_seconds").asInt());
        assertTrue(row.get("measured_rpo_seconds").isNull());
    }

    @Test
    void aDrillWithinItsEstimateExitsZero() throws Exception {
        Run r = run("drill-report", SAMPLE.toString(), results("2026-12-01T10:00:00Z", "2026-12-01T10:00:20Z", "0")
                .toString());

        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("held"), r.out());
    }

    @Test
    void aMalformedFileExitsTwoWithOneLocatedLine() throws Exception {
        Path results = results("2026-12-01T10:00:00Z", "yesterday", "");

        Run r = run("drill-report", SAMPLE.toString(), results.toString());

        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("lifeboat: " + results + ": row 2, column recovered_at: \"yesterday\" is not an ISO 8601 time "
                + "(e.g. 2026-12-01T10:15:00Z)", r.err().strip());
        assertEquals(2, run("drill-report", SAMPLE.toString(), dir.resolve("missing.csv").toString()).code());
        assertEquals(2, run("drill-report", SAMPLE.toString()).code(), "RESULTS.csv is required");
    }
}

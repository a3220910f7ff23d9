package dev.lifeboat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lifeboat export}: the formats it lists, where it writes, and what it refuses. */
class ExportCommandTest {

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
    void listShowsEachFormatOnOneLine() {
        Run r = run("export", "--list");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("json ") && l.contains(".json file")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("text ") && l.contains(".txt file")), r.out());
    }

    @Test
    void jsonGoesToStandardOutputOrToAFileAndEqualsAnalyze() throws Exception {
        String analyzed = run("analyze", SAMPLE.toString(), "--format", "json").out();

        Run toStdout = run("export", SAMPLE.toString(), "--format", "json");
        Path file = dir.resolve("analysis.json");
        Run toFile = run("export", SAMPLE.toString(), "--format", "JSON", "-o", file.toString());

        assertEquals(0, toStdout.code(), toStdout.err());
        assertEquals(analyzed, toStdout.out());
        assertEquals(0, toFile.code(), toFile.err());
        assertEquals("", toFile.out());
        assertEquals(analyzed, Files.readString(file));
    }

    @Test
    void textHasTheExplanationsOfOneScenario() {
        Run r = run("export", SAMPLE.toString(), "--format", "text", "--scenario", "zone-loss");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("zone-loss") || r.out().contains("Zone loss"), r.out());
        assertFalse(r.out().contains("Node loss"), "only the scenario asked for");
    }

    @Test
    void anUnknownFormatOrJourneyIsBadInputNamingWhatExists() {
        Run format = run("export", SAMPLE.toString(), "--format", "yaml");
        Run journey = run("export", SAMPLE.toString(), "--format", "json", "--journey", "fly to the moon");
        Run none = run("export", SAMPLE.toString());

        assertEquals(2, format.code());
        assertTrue(format.err().contains("unknown export format 'yaml'") && format.err().contains("json, text"),
                format.err());
        assertEquals(2, journey.code());
        assertTrue(journey.err().contains("no journey named 'fly to the moon'"), journey.err());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("--list"), none.err());
    }

    @Test
    void anOutputThatIsAFolderIsRefusedAndNothingIsWritten() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out"));

        Run r = run("export", SAMPLE.toString(), "--format", "json", "-o", folder.toString());

        assertEquals(2, r.code());
        assertTrue(r.err().contains("folder"), r.err());
        assertEquals("", r.err().lines().skip(1).reduce("", String::concat), "one line");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void aJourneyIsFoundByNameOrId() {
        Run r = run("export", SAMPLE.toString(), "--format", "json", "--journey", "place-order");
        Run byName = run("export", SAMPLE.toString(), "--format", "json", "--journey", "Place order");

        assertEquals(0, r.code(), r.err());
        assertEquals(0, byName.code(), byName.err());
    }
}

package dev.lifeboat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lifeboat export} of the diagrams and the services format: where they go, and the notes on stderr. */
class DiagramExportCommandTest {

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
    void pngIsWrittenHeadlessToAFileAndNeverToTheTerminal() throws Exception {
        Path png = dir.resolve("d.png");

        Run toStdout = run("export", "samples/multi-region-saas.json", "--format", "png");
        Run toFile = run("export", "samples/multi-region-saas.json", "--format", "png", "-o", png.toString());

        assertEquals(LifeboatCommand.BAD_INPUT, toStdout.code());
        assertEquals("", toStdout.out());
        assertTrue(toStdout.err().contains("-o FILE"), toStdout.err());
        assertEquals(0, toFile.code(), toFile.err());
        assertNotNull(ImageIO.read(png.toFile()));
    }

    @Test
    void svgShowsTheScenarioAskedFor() {
        Run r = run("export", "samples/order-processor.json", "--format", "svg", "--scenario", "region-loss");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("<?xml"));
        assertTrue(r.out().contains("Scenario: Region loss"));
        assertEquals("", r.err());
    }

    @Test
    void servicesNotesGoToStandardErrorAndTheFileReadsBack() throws Exception {
        Path file = dir.resolve("s.json");

        Run r = run("export", "samples/multi-region-saas.json", "--format", "services", "-o", file.toString());

        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().lines().allMatch(l -> l.startsWith("lifeboat: services: ")), r.err());
        assertTrue(r.err().contains("\"documents-bucket\" (Object storage) is left out"), r.err());
        assertTrue(r.err().contains("Regions and zones (6)"), r.err());
        Run back = run("analyze", file.toString());
        assertEquals(0, back.code(), back.err());
        assertFalse(Files.readString(file).isBlank());
    }

    @Test
    void theListShowsTheNewFormats() {
        String list = run("export", "--list").out();

        for (String id : new String[] {"dot ", "mermaid ", "svg ", "png ", "services "}) {
            assertTrue(list.lines().anyMatch(l -> l.startsWith(id)), id + " in " + list);
        }
    }
}

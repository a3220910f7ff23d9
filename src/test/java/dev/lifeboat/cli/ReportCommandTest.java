package dev.lifeboat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lifeboat report FILE -o OUT}: the extension chooses HTML or PDF; anything else is one line of error. */
class ReportCommandTest {

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
    void htmlAndPdfAreChosenByTheExtension() throws Exception {
        Path html = dir.resolve("report.HTML");
        Path pdf = dir.resolve("report.pdf");

        Run h = run("report", "samples/order-processor.json", "-o", html.toString());
        Run p = run("report", "samples/order-processor.json", "-o", pdf.toString(), "--scenario", "zone-loss");

        assertEquals(0, h.code(), h.err());
        assertEquals("", h.out() + h.err(), "nothing said on success");
        assertTrue(Files.readString(html, StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>"));
        assertEquals(0, p.code(), p.err());
        assertEquals("", p.out() + p.err());
        assertEquals("%PDF-", new String(Arrays.copyOf(Files.readAllBytes(pdf), 5), StandardCharsets.US_ASCII));
    }

    @Test
    void theVariantsStandBesideTheBaselineWithTheirCostAndWhatTheyChange() throws Exception {
        Path all = dir.resolve("all.html");
        Path chosen = dir.resolve("chosen.html");

        Run a = run("report", "samples/order-processor.json", "-o", all.toString());
        Run c = run("report", "samples/order-processor.json", "-o", chosen.toString(), "--variant", "proposal a");

        assertEquals(0, a.code(), a.err());
        String html = Files.readString(all, StandardCharsets.UTF_8);
        assertTrue(html.contains("id=\"variants\""), "a variants section");
        assertTrue(html.contains("Proposal A against the baseline"), "the differences in words");
        assertTrue(html.contains("/month"), "each design's monthly cost");
        assertEquals(0, c.code(), c.err());
        assertTrue(Files.readString(chosen, StandardCharsets.UTF_8).contains("Proposal A against the baseline"));
        Run unknown = run("report", "samples/order-processor.json", "-o", dir.resolve("x.html").toString(),
                "--variant", "Proposal Z");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown variant 'Proposal Z'; its variants are 'Proposal A'"),
                unknown.err());
        assertFalse(Files.exists(dir.resolve("x.html")));
        // a design without variants has no such section
        Run none = run("report", "samples/payments-ledger.json", "-o", dir.resolve("none.html").toString());
        assertEquals(0, none.code(), none.err());
        assertFalse(Files.readString(dir.resolve("none.html"), StandardCharsets.UTF_8).contains("id=\"variants\""));
    }

    @Test
    void anotherExtensionIsRefusedInOneLineAndWritesNothing() {
        Path txt = dir.resolve("report.txt");

        Run r = run("report", "samples/order-processor.json", "-o", txt.toString());

        assertEquals(LifeboatCommand.BAD_INPUT, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("lifeboat: report: -o ") && r.err().contains("must end in .html or .pdf"),
                r.err());
        assertFalse(Files.exists(txt));
    }

    @Test
    void theOutputIsRequiredAndAJourneyMustExist() {
        Run noOutput = run("report", "samples/order-processor.json");
        Run badJourney = run("report", "samples/order-processor.json", "-o", dir.resolve("r.html").toString(),
                "--journey", "nope");
        Run oneJourney = run("report", "samples/order-processor.json", "-o", dir.resolve("r.html").toString(),
                "--journey", "place order");

        assertEquals(LifeboatCommand.BAD_INPUT, noOutput.code());
        assertTrue(noOutput.err().contains("--output"), noOutput.err());
        assertEquals(LifeboatCommand.BAD_INPUT, badJourney.code());
        assertTrue(badJourney.err().contains("no journey named 'nope'"), badJourney.err());
        assertEquals(0, oneJourney.code(), oneJourney.err());
    }

    @Test
    void theCommandIsListedInTheHelp() {
        Run r = run("--help");

        assertTrue(r.out().lines().anyMatch(l -> l.trim().startsWith("report ")), r.out());
    }
}

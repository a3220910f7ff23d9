package dev.lifeboat.io.export.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.model.Journey;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample's report opened in a real browser (headless Chromium): the DOM it builds has the diagram with a
 * card per component, the summary table with two rows per journey, the recommendations for each journey that misses
 * an objective, the frontier's two charts and table for each journey with objectives, a timeline per scenario with
 * something to recover; the browser logs no console message at all (the page has no script and loads nothing); and a
 * screenshot is taken, to {@code target/report-screenshots/}, to look at.
 */
class ReportBrowserTest {

    static final Path SCREENSHOTS = Path.of("target/report-screenshots");

    @TempDir
    Path dir;

    static Stream<Path> samples() throws Exception {
        return Reports.samples();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theReportOpensInChromiumWithTheDiagramAndTablesAndNoConsoleError(Path sample) throws Exception {
        ExportRequest r = Reports.request(sample);
        Path html = Reports.htmlFile(r, dir.resolve("report.html"));

        Chromium.Page page = Chromium.load(html, dir);

        String dom = page.dom();
        assertTrue(page.consoleMessages().isEmpty(), "no console message: " + page.consoleMessages());
        assertTrue(dom.contains("<svg") && dom.contains("class=\"containers\""), "the diagram is in the DOM");
        assertEquals(r.topology().size(), Reports.count(dom, "<g class=\"component "), "a card per component");
        assertEquals(r.topology().dependencies().size(), Reports.count(dom, "<g class=\"dependency "));
        assertEquals(1, Reports.count(dom, "<table class=\"summary\">"));
        assertEquals(r.topology().journeys().size(), Reports.count(dom, "<tr class=\"journey-first\">"));
        for (Journey j : r.topology().journeys()) {
            assertTrue(dom.contains(Html.escape(j.name())), j.name());
        }
        long recovering = Stream.of(Scenario.values()).filter(s -> !r.analysis().plan(s).waves().isEmpty()).count();
        assertEquals(recovering, Reports.count(dom, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gantt\""),
                "a timeline per scenario with something to recover");
        assertEquals(r.topology().size(), Reports.count(dom, "<div class=\"component\""),
                "the explanations of each component");
        assertTrue(dom.contains("id=\"assumptions\""));
        // the recommendations, after the summary and the variants: a block per journey that misses an objective
        assertTrue(dom.contains("<div class=\"section new-page\" id=\"recommendations\">"), "the recommendations");
        assertTrue(dom.indexOf("id=\"recommendations\"") < dom.indexOf("id=\"topology\""));
        int missing = 0;
        for (Journey j : r.topology().journeys()) {
            boolean misses = Stream.of(Scenario.values()).map(s -> r.analysis().journey(j, s))
                    .anyMatch(a -> Boolean.FALSE.equals(a.meetsRpo()) || Boolean.FALSE.equals(a.meetsRto()));
            assertEquals(misses, dom.contains("id=\"recommend-" + Html.escape(j.id()) + "\""), j.name());
            missing += misses ? 1 : 0;
        }
        assertEquals(missing, Reports.count(dom, "<div class=\"recommendation\""));
        assertTrue(missing > 0, "every sample misses somewhere, so its report recommends");
        // the frontier, after the recommendations: per journey with objectives, two charts and a table of points
        assertTrue(dom.contains("<div class=\"section new-page\" id=\"frontier\">"), "the frontier");
        assertTrue(dom.indexOf("id=\"recommendations\"") < dom.indexOf("id=\"frontier\"")
                && dom.indexOf("id=\"frontier\"") < dom.indexOf("id=\"topology\""));
        List<Journey> traded = r.topology().journeys().stream().filter(j -> j.rpoObjective() != null
                || j.rtoObjective() != null || !j.scenarioObjectives().isEmpty()).toList();
        assertFalse(traded.isEmpty(), "every sample sets objectives");
        for (Journey j : traded) {
            assertTrue(dom.contains("<div class=\"frontier\" id=\"frontier-" + Html.escape(j.id()) + "\">"), j.name());
        }
        assertEquals(2 * traded.size(), Reports.count(dom, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "class=\"frontier-chart\""), "two charts per journey");
        assertEquals(2 * traded.size(), Reports.count(dom, "<path class=\"staircase\""));
        assertEquals(2 * traded.size(), Reports.count(dom, "<circle class=\"today\""), "today's design on each");
        assertEquals(traded.size(), Reports.count(dom, "<table class=\"frontier-points"));

        Path png = SCREENSHOTS.resolve(sample.getFileName().toString().replace(".json", ".png"));
        Chromium.screenshot(html, png, 2400, dir);
        BufferedImage shot = ImageIO.read(png.toFile());
        assertEquals(1280, shot.getWidth());
    }
}

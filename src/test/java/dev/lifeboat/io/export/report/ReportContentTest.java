package dev.lifeboat.io.export.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.JourneyAssessment;
import dev.lifeboat.engine.ObjectiveBreaches;
import dev.lifeboat.engine.RecoveryPlan;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.Verdict;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.io.Version;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** What the report says and how it is built, without a browser. */
class ReportContentTest {

    static final Path SAMPLE = Path.of("samples/multi-region-saas.json");

    @Test
    void theWorstGapIsSaidInOneSentenceAtTheTop() throws Exception {
        String html = Reports.html(Reports.request(SAMPLE));

        Matcher m = Pattern.compile("<p class=\"callout v-misses\" id=\"worst-gap\">(.*?)</p>").matcher(html);
        assertTrue(m.find(), "the worst gap's callout");
        assertEquals("<strong>Worst gap: </strong>Edit document misses its RPO objective under region loss "
                + "(us-east-1 (primary) lost): unbounded (no recovery point survives) against 1m; session-cache "
                + "(Sentinel) loses the most data.", m.group(1));
        assertTrue(html.indexOf("worst-gap") < html.indexOf("<table class=\"summary\">"), "at the top");
    }

    @Test
    void aJourneyThatMeetsEverythingGetsItsClosestCall() throws Exception {
        ExportRequest r = Reports.request(SAMPLE);
        Journey pay = r.topology().journeys().stream().filter(j -> j.name().equals("Pay invoice")).findFirst()
                .orElseThrow();
        List<SummarySection.Gap> gaps = SummarySection.gaps(Reports.report(r, Report.Medium.SCREEN), pay);

        SummarySection.Gap worst = SummarySection.worst(gaps);
        assertTrue(worst.missed());
        assertFalse(gaps.isEmpty());
        // a met gap reads as a margin
        SummarySection.Gap met = gaps.stream().filter(g -> !g.missed()).findFirst().orElseThrow();
        assertTrue(SummarySection.sentence(met, false).contains("to spare"), SummarySection.sentence(met, false));
        assertNull(SummarySection.worst(List.of()));
    }

    @Test
    void eachCellShowsTheVerdictByColourAndSymbol() throws Exception {
        ExportRequest r = Reports.request(SAMPLE);
        String html = Reports.html(r);

        int cells = 0;
        for (Journey j : r.topology().journeys()) {
            for (Scenario s : Scenario.values()) {
                JourneyAssessment a = r.analysis().journey(j, s);
                Verdict rto = Marks.of(a.meetsRto(), a.rtoAssumed());
                String cell = "<td class=\"estimate " + Marks.css(rto) + "\">" + Marks.symbol(rto) + " "
                        + Report.duration(a.rto(), a.rtoAssumed());
                assertTrue(html.contains(cell), cell);
                cells++;
            }
        }
        String summary = html.substring(html.indexOf("<table class=\"summary\">"));
        summary = summary.substring(0, summary.indexOf("</table>"));
        assertEquals(cells * 2, Reports.count(summary, "<td class=\"estimate "), "an RPO and an RTO cell each");
        assertTrue(html.contains(".v-misses { color: #cf222e;"), "the designer's red");
    }

    @Test
    void thePageIsSelfContainedWithNoScriptAndLoadsNothing() throws Exception {
        String html = Reports.html(Reports.request(SAMPLE));

        assertEquals(0, Reports.count(html, "<script"));
        for (String loads : List.of("<link", " src=", "url(", "@import", "<iframe", "<object", "<embed", "<img",
                "javascript:", "@font-face")) {
            assertEquals(0, Reports.count(html, loads), loads);
        }
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        int links = 0;
        while (href.find()) {
            assertTrue(href.group(1).startsWith("#") || href.group(1).startsWith("https://")
                    || href.group(1).startsWith("http://"), href.group(1));
            links++;
        }
        assertTrue(links > 10, "contents and documentation links");
        assertTrue(html.contains("<a href=\"https://www.postgresql.org/docs/current/warm-standby.html"),
                "the explanations link their documentation");
        assertTrue(html.contains("default-src 'none'"), "the browser is told the page loads nothing");
        assertFalse(html.contains("display: flex") || html.contains("display: grid") || html.contains("flex:"),
                "blocks and tables only, as the PDF renderer lays out");
        Document d = HostileReportTest.xml(html);
        assertEquals("html", d.getDocumentElement().getLocalName(), "well-formed XHTML for the PDF renderer");
    }

    @Test
    void theHeaderAndFooterGiveTheFileTheDateAndTheVersion() throws Exception {
        ExportRequest r = Reports.request(SAMPLE);
        String html = Reports.html(r);

        assertTrue(html.contains("<th>File</th><td>multi-region-saas.json</td>"));
        assertTrue(html.contains("<th>Date</th><td>2026-12-01 10:00 UTC</td>"));
        assertTrue(html.contains("<th>Lifeboat</th><td>" + Version.current() + "</td>"));
        assertTrue(html.contains("Made by Lifeboat " + Version.current() + " on 2026-12-01 10:00 UTC from "
                + "multi-region-saas.json."));
        assertTrue(Version.current().matches("\\d+\\.\\d+\\.\\d+.*"), Version.current());
        assertEquals("2026-12-01 11:00 CET", HtmlReport.date(ZonedDateTime.now(Reports.CLOCK)
                .withZoneSameInstant(ZoneId.of("Europe/Paris"))));
    }

    @Test
    void aSectionPlugsInThroughTheSeamAndOneThatDoesNotApplyIsLeftOut() throws Exception {
        Report report = Reports.report(Reports.request(SAMPLE), Report.Medium.SCREEN);
        ReportSection extra = new ReportSection() {
            @Override
            public String id() {
                return "variants";
            }

            @Override
            public String title() {
                return "Variants <side by side>";
            }

            @Override
            public void write(Report r, Html h) {
                h.element("p", "probe", "written by the section for " + r.topology().name());
            }
        };
        ReportSection absent = new ReportSection() {
            @Override
            public String id() {
                return "not-applying";
            }

            @Override
            public String title() {
                return "Not applying";
            }

            @Override
            public boolean applies(Report r) {
                return false;
            }

            @Override
            public void write(Report r, Html h) {
                throw new AssertionError("not written");
            }
        };
        List<ReportSection> sections = new ArrayList<>(HtmlReport.SECTIONS);
        sections.add(1, extra);
        sections.add(absent);

        String html = HtmlReport.write(report, sections);

        assertTrue(html.contains("<div class=\"section new-page\" id=\"variants\">\n<h2>Variants &lt;side by side&gt;"
                + "</h2>\n<p class=\"probe\">written by the section for Multi-region SaaS</p>"));
        assertTrue(html.contains("<li><a href=\"#variants\">Variants &lt;side by side&gt;</a></li>"), "in contents");
        assertTrue(html.indexOf("id=\"summary\"") < html.indexOf("id=\"variants\"")
                && html.indexOf("id=\"variants\"") < html.indexOf("id=\"topology\""), "in its place");
        assertFalse(html.contains("not-applying") || html.contains("Not applying"), "left out, also from the contents");
        assertEquals(HtmlReport.SECTIONS.size(), HtmlReport.SECTIONS.stream().map(ReportSection::id).distinct()
                .count(), "unique anchors");
    }

    @Test
    void eachTimelineHasARowPerStepAndALinePerJourneyObjective() throws Exception {
        ExportRequest r = Reports.request(SAMPLE);
        Report report = Reports.report(r, Report.Medium.SCREEN);
        for (Scenario s : Scenario.values()) {
            String svg = GanttChart.svg(report, s, null, Verdict.of(r.topology(), r.analysis(), s, null),
                    report.journeys());
            RecoveryPlan plan = r.analysis().plan(s);
            if (plan.waves().isEmpty()) {
                assertNull(svg, s.id());
                continue;
            }
            int steps = plan.waves().stream().mapToInt(List::size).sum();
            assertEquals(steps, Reports.count(svg, "<g class=\"step\""), s.id());
            assertEquals(plan.waves().size(), Reports.count(svg, "class=\"wave\""), s.id());
            long objectives = r.topology().journeys().stream().filter(j -> j.rtoObjective(s.id()) != null).count();
            assertEquals(objectives, Reports.count(svg, "<g class=\"objective\""), s.id());
            assertTrue(svg.contains("stroke-dasharray=\"6 4\""), "the objective line is dashed");
            HostileReportTest.xml(svg);
        }
    }

    @Test
    void theAxisStepsAreRound() {
        assertEquals(1, GanttChart.step(5));
        assertEquals(60, GanttChart.step(400));
        assertEquals(300, GanttChart.step(1830));
        assertEquals(3600, GanttChart.step(6 * 3600));
        assertEquals(86400, GanttChart.step(5 * 86400));
        assertTrue(GanttChart.step(Long.MAX_VALUE / 8) > 0);
    }

    @Test
    void aReportOnOneJourneyShowsOnlyWhatItNeeds() throws Exception {
        Topology t = TopologyFiles.load(SAMPLE);
        Journey signIn = t.journeys().stream().filter(j -> j.name().equals("Sign in")).findFirst().orElseThrow();
        ExportRequest r = Reports.request(t, "x.json", signIn);
        Set<Component> scope = ObjectiveBreaches.scope(t, signIn);

        String html = Reports.html(r);

        assertEquals(1, Reports.count(html, "<tr class=\"journey-first\">"), "its row only");
        assertEquals(scope.size(), Reports.count(html, "<div class=\"component\""), "the components it needs");
        assertTrue(html.contains("this report is about the journey Sign in"));
        for (Journey other : t.journeys()) {
            assertEquals(other == signIn ? 5 : 0, Reports.count(html, "data-journey=\"" + other.id() + "\""),
                    "its objective line in each scenario, no other journey's: " + other.name());
        }
    }

    @Test
    void anEmptyDesignAndADesignWithACycleStillGiveAReport() throws Exception {
        String empty = Reports.html(Reports.request(new Topology(), "empty.json"));
        assertTrue(empty.contains("This design has no journeys yet"));
        assertEquals(0, Reports.count(empty, "class=\"gantt\""));
        HostileReportTest.xml(empty);

        Topology t = new Topology();
        t.setName("cycle");
        Component a = t.addComponent(null, ComponentKind.SERVICE, "a");
        Component b = t.addComponent(null, ComponentKind.POSTGRESQL, "b");
        t.addDependency(a, b, Strength.HARD);
        t.addDependency(b, a, Strength.HARD);
        t.addJourney(null, "j", List.of(a), null, null);
        String html = Reports.html(Reports.request(t, "cycle.json"));
        assertTrue(html.contains("\u2716 Dependency cycle: no recovery order exists among a, b."), html);
        assertTrue(html.contains("no journey has an objective"), "nothing to miss without objectives");
        assertTrue(html.contains("(in a dependency cycle)"));

        t.addJourney(null, "k", List.of(b), TimeBound.ZERO, TimeBound.ofSeconds(1));
        HostileReportTest.xml(Reports.html(Reports.request(t, "cycle.json")));
    }
}

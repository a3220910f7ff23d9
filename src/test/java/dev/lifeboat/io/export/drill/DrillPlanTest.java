package dev.lifeboat.io.export.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.Analysis;
import dev.lifeboat.engine.ObjectiveBreaches;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.io.export.Exporters;
import dev.lifeboat.io.export.Progress;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The drill plan and its results template: the Markdown's structure (read as headings, not compared as bytes)
 * for every sample, the template read back by the results reader, names shown as text, and the examples under
 * docs/examples pinned to what the exports write.
 */
class DrillPlanTest {

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    static String export(String format, Topology t, String source) throws IOException {
        ExportRequest r = new ExportRequest(t, RuleBook.standard().analyse(t), List.of(Scenario.values()), null,
                source);
        StringWriter out = new StringWriter();
        Exporters.toWriter(Exporters.byId(format).orElseThrow(), r, out, Progress.NONE);
        return out.toString();
    }

    /** A Markdown heading: its level (the number of #) and its text. */
    record Heading(int level, String text) {
    }

    /** The ATX headings of a Markdown text, outside fenced code blocks. */
    static List<Heading> headings(String md) {
        List<Heading> out = new ArrayList<>();
        boolean fenced = false;
        for (String line : md.split("\n", -1)) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced && line.matches("#{1,6} .*")) {
                int level = line.indexOf(' ');
                out.add(new Heading(level, line.substring(level + 1)));
            }
        }
        assertFalse(fenced, "every code block is closed");
        return out;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void thePlanHasAJourneyHeadingWithEveryScenarioAndADrillPerComponentHit(Path sample) throws Exception {
        Topology t = TopologyFiles.load(sample);
        Analysis analysis = RuleBook.standard().analyse(t);
        List<Heading> hs = headings(export("drill-md", t, sample.getFileName().toString()));

        assertEquals(new Heading(1, "# Drill plan: ".substring(2) + t.name()).text(), hs.get(0).text());
        assertEquals(1, hs.stream().filter(h -> h.level() == 1).count());
        List<Heading> journeys = hs.stream().filter(h -> h.level() == 2 && h.text().startsWith("Journey: ")).toList();
        assertEquals(t.journeys().stream().map(j -> "Journey: " + j.name()).toList(),
                journeys.stream().map(Heading::text).toList(), sample + ": one section per journey, in order");
        int i = hs.indexOf(journeys.get(0));
        for (Journey j : t.journeys()) {
            assertEquals("Journey: " + j.name(), hs.get(i++).text());
            Set<Component> scope = ObjectiveBreaches.scope(t, j);
            for (Scenario s : Scenario.values()) {
                assertEquals(new Heading(3, s.label() + " (`" + s.id() + "`)"), hs.get(i++), sample + ", " + j.name());
                Set<String> drilled = new HashSet<>();
                while (i < hs.size() && hs.get(i).level() == 4) {
                    String text = hs.get(i++).text();
                    assertTrue(text.matches("\\d+\\. .+ \\(.+\\): " + Fault.of(s).label()), text);
                    drilled.add(text.substring(text.indexOf(". ") + 2, text.lastIndexOf(" (")));
                }
                Set<String> hit = new HashSet<>();
                for (Component c : scope) {
                    if (analysis.assessment(c, s).action() != RecoveryAction.NONE) {
                        hit.add(c.name());
                    }
                }
                assertEquals(hit, drilled, sample + ", " + j.name() + ", " + s.id() + ": a drill per component hit");
            }
        }
        assertEquals(hs.size(), i, "nothing after the last journey");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theTemplateHasARowPerDrillAndReadsBackAsNotRun(Path sample) throws Exception {
        Topology t = TopologyFiles.load(sample);
        String csv = export("drill-results-template", t, "sample");
        String md = export("drill-md", t, "sample");

        List<DrillResults.Row> rows = DrillResults.read(csv, Path.of("template.csv"), t);

        assertTrue(csv.startsWith(String.join(",", DrillResults.COLUMNS) + "\r\n"), csv);
        assertEquals(headings(md).stream().filter(h -> h.level() == 4).count(), rows.size());
        assertFalse(rows.isEmpty(), sample + " has drills");
        for (DrillResults.Row r : rows) {
            assertFalse(r.run());
            assertEquals(Fault.of(r.scenario()), r.fault());
            assertTrue(md.contains("- Results row: `" + r.journey().id() + "," + r.scenario().id() + ","
                    + r.component().id() + "," + r.fault().id() + "`"), "the plan names each template row");
        }
        DrillReport report = DrillReport.compare(t, RuleBook.standard().analyse(t), rows);
        assertEquals(0, report.run());
        assertEquals(0, report.optimistic());
    }

    static Topology hostile() {
        Topology t = new Topology();
        t.setName("<script>alert('plan')</script>");
        Component api = t.addComponent("api", ComponentKind.SERVICE, "<script>alert(1)</script>");
        Component db = t.addComponent("db", ComponentKind.POSTGRESQL, "db\n# Forged heading\u001B[31m");
        Component cache = t.addComponent("cache", ComponentKind.REDIS, "`$(touch pwned)` | **bold**");
        t.addDependency(api, db, Strength.HARD);
        t.addDependency(api, cache, Strength.HARD);
        t.addJourney("checkout", "<img src=x onerror=alert(2)>", List.of(api), TimeBound.ofMinutes(5),
                TimeBound.ofMinutes(15));
        return t;
    }

    @Test
    void hostileNamesAreShownAsTextNeverAsHtmlMarkdownOrControls() throws Exception {
        String md = export("drill-md", hostile(), "hostile\n.json");

        assertFalse(md.contains("<script>"), "HTML in a name is shown as text");
        assertFalse(md.contains("<img"));
        assertTrue(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), md);
        assertFalse(md.contains("\n# Forged"), "a newline in a name cannot start a heading");
        assertFalse(md.contains("\u001B"), "no raw control character");
        // rendered, it reads db\n# Forged heading\u001B[31m: the escapes, not the characters
        assertTrue(md.contains("db\\\\n\\# Forged heading\\\\u001B\\[31m"), md);
        assertFalse(md.contains("`$(touch pwned)`"), "a name cannot open a code span");
        assertEquals(List.of(new Heading(2, "Journey: &lt;img src=x onerror=alert(2)&gt;")),
                headings(md).stream().filter(h -> h.level() == 2 && h.text().startsWith("Journey")).toList());
        for (char c : md.toCharArray()) {
            assertFalse(c != '\n' && Printable.isUnsafe(c), "a raw control character: " + (int) c);
        }
    }

    @Test
    void aCorruptionDrillRecoversToThePointBeforeTheBadWriteWithThePlaybooksSteps() throws Exception {
        Topology t = new Topology();
        Component db = t.addComponent("db", ComponentKind.POSTGRESQL, "db");
        t.set(db, "backup_interval", "1h");
        t.set(db, "continuous_archiving", true);
        t.addJourney("j", "Pay", List.of(db), TimeBound.ofMinutes(5), TimeBound.ofHours(1));

        String md = export("drill-md", t, "t");

        String part = md.substring(md.indexOf("### Logical corruption"));
        assertTrue(part.contains("C1_TARGET_TIME=\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\""), part);
        assertTrue(part.contains("DELETE FROM lifeboat_drill_marker"), part);
        assertTrue(part.contains("pgbackrest --stanza=\"${C1_STANZA:?set C1_STANZA}\" --delta --type=time "
                + "--target=\"${C1_TARGET_TIME:?set C1_TARGET_TIME}\" restore"), "the playbook's own restore");
        assertTrue(part.contains("Pass: the journey works again within 1h, at most 5m of data lost."), part);
    }

    @Test
    void perScenarioObjectivesAreThePassCriteriaUnderThatScenario() throws Exception {
        Topology t = TopologyFiles.load(Path.of("samples/multi-region-saas.json"));
        for (Journey j : t.journeys()) {
            for (Scenario s : Scenario.values()) {
                for (Component c : ObjectiveBreaches.scope(t, j)) {
                    Expectation e = Expectation.of(RuleBook.standard().analyse(t), j, s, c);
                    assertEquals(j.rtoObjective(s.id()), e.rtoObjective());
                    assertEquals(e.rebuildable() ? null : j.rpoObjective(s.id()), e.rpoObjective());
                }
            }
        }
    }

    /** The examples the docs link to are what the exports write for the multi-region sample. */
    @Test
    void theDocumentedExamplesAreGeneratedFiles() throws Exception {
        Topology t = TopologyFiles.load(Path.of("samples/multi-region-saas.json"));
        String md = export("drill-md", t, "multi-region-saas.json");
        String csv = export("drill-results-template", t, "multi-region-saas.json");
        Path plan = Path.of("docs/examples/drill-plan.md");
        Path template = Path.of("docs/examples/drill-results-template.csv");
        if (Boolean.getBoolean("lifeboat.golden.write")) {
            Files.writeString(plan, md, StandardCharsets.UTF_8);
            Files.writeString(template, csv, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(plan, StandardCharsets.UTF_8), md);
        assertEquals(Files.readString(template, StandardCharsets.UTF_8), csv);
    }
}

package dev.lifeboat.io.export.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.Analysis;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.LoadException;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Reading a drill's results: RFC 4180, the checks with their one-line located messages, and the comparison. */
class DrillResultsTest {

    static final String HEADER = String.join(",", DrillResults.COLUMNS) + "\r\n";
    static final Path FILE = Path.of("results.csv");

    @TempDir
    Path dir;

    /** A journey "Checkout" through api (a service) to db (PostgreSQL, restarts in 1m) and cache (a Redis cache). */
    static Topology design() {
        Topology t = new Topology();
        Component api = t.addComponent("api", ComponentKind.SERVICE, "API");
        Component db = t.addComponent("db", ComponentKind.POSTGRESQL, "Orders DB");
        Component cache = t.addComponent("cache", ComponentKind.REDIS, "Cache");
        t.set(cache, "role", "cache");
        t.addComponent("other", ComponentKind.MYSQL, "Elsewhere");
        t.addDependency(api, db, Strength.HARD);
        t.addDependency(api, cache, Strength.HARD);
        t.addJourney("checkout", "Checkout", List.of(api), TimeBound.ofMinutes(5), TimeBound.ofMinutes(15));
        return t;
    }

    private static List<DrillResults.Row> read(String body) throws LoadException {
        return DrillResults.read(HEADER + body, FILE, design());
    }

    private static String error(String text) {
        LoadException e = assertThrows(LoadException.class, () -> DrillResults.read(text, FILE, design()));
        String m = e.getMessage();
        assertFalse(m.contains("\n") || m.contains("\r"), "one line: " + m);
        for (char c : m.toCharArray()) {
            assertFalse(Printable.isUnsafe(c), "no control character: " + m);
        }
        assertFalse(m.contains("Exception"), "no stack trace or class name: " + m);
        return m;
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaksAndTimesTakeOffsets() throws Exception {
        List<DrillResults.Row> rows = read("Checkout,node-loss,Orders DB,kill-node,2026-12-01T10:00:00Z,"
                + "2026-12-01T11:02:30+01:00,1.5,\"failover, then \"\"manual\"\" fix\r\nsecond line\"\r\n"
                + "CHECKOUT,Process crash,DB,,,,,\n");

        assertEquals(2, rows.size());
        DrillResults.Row r = rows.get(0);
        assertEquals(2, r.row());
        assertEquals("checkout", r.journey().id());
        assertEquals(Scenario.NODE_LOSS, r.scenario());
        assertEquals("db", r.component().id());
        assertEquals(Instant.parse("2026-12-01T10:02:30Z"), r.recoveredAt());
        assertEquals(new BigDecimal("1.5"), r.dataLostSeconds());
        assertEquals("failover, then \"manual\" fix\r\nsecond line", r.notes());
        DrillResults.Row second = rows.get(1);
        assertEquals(3, second.row(), "a quoted line break does not start a row");
        assertEquals(Fault.STOP_PROCESS, second.fault(), "an empty fault is the scenario's");
        assertFalse(second.run());
    }

    @Test
    void eachMalformedFileIsRefusedWithTheFileRowAndColumn() {
        String ok = "checkout,node-loss,db,kill-node,";
        assertEquals("results.csv: row 1, column 3: \"comp\" where the header has component; it must be "
                + String.join(",", DrillResults.COLUMNS), error("journey,scenario,comp,fault,started_at,recovered_at,"
                + "data_lost_seconds,notes\n"));
        assertTrue(error("journey,scenario\n").startsWith("results.csv: row 1: the header has no column component"));
        assertEquals("results.csv: row 4, column recovered_at: \"yesterday\" is not an ISO 8601 time (e.g. "
                + "2026-12-01T10:15:00Z)", error(HEADER + ok + "2026-12-01T10:00:00Z,2026-12-01T10:01:00Z,,\r\n"
                + ok + ",,,\r\n" + ok + "2026-12-01T10:00:00Z,yesterday,,\r\n"));
        assertTrue(error(HEADER + ok + "2026-12-01T10:00:00,2026-12-01T10:01:00Z,,\n")
                .startsWith("results.csv: row 2, column started_at: \"2026-12-01T10:00:00\" has no time zone"));
        assertEquals("results.csv: row 2, column recovered_at: \"2026-12-01T09:00:00Z\" is before started_at "
                + "(2026-12-01T10:00:00Z)", error(HEADER + ok + "2026-12-01T10:00:00Z,2026-12-01T09:00:00Z,,\n"));
        assertTrue(error(HEADER + ok + "2026-12-01T10:00:00Z,,,\n")
                .startsWith("results.csv: row 2, column recovered_at: empty while started_at is given"));
        assertEquals("results.csv: row 2, column journey: no journey \"Pay\" in the design",
                error(HEADER + "Pay,node-loss,db,,,,,\n"));
        assertTrue(error(HEADER + "checkout,meteor-strike,db,,,,,\n")
                .startsWith("results.csv: row 2, column scenario: \"meteor-strike\" is not a scenario; the scenarios "
                        + "are process-crash, node-loss"));
        assertEquals("results.csv: row 2, column component: no component \"kafka\" in the design",
                error(HEADER + "checkout,node-loss,kafka,,,,,\n"));
        assertTrue(error(HEADER + "checkout,node-loss,other,,,,,\n")
                .startsWith("results.csv: row 2, column component: \"other\" is not a component the journey"));
        assertEquals("results.csv: row 2, column fault: \"stop-process\" does not play node-loss: its drills "
                + "kill-node", error(HEADER + "checkout,node-loss,db,stop-process,,,,\n"));
        assertTrue(error(HEADER + ok + ",,-3,\n").startsWith("results.csv: row 2, column data_lost_seconds: \"-3\" "
                + "is negative"));
        assertTrue(error(HEADER + ok + ",,NaN,\n").startsWith("results.csv: row 2, column data_lost_seconds: \"NaN\" "
                + "is not a number of seconds"));
        assertEquals("results.csv: row 3, column notes: a quoted field is not closed (a \" is missing)",
                error(HEADER + ok + ",,,\r\n" + ok + ",,,\"never closed\r\n,,\r\n"));
        assertTrue(error(HEADER + "checkout,node-\"loss\",db,,,,,\n")
                .startsWith("results.csv: row 2, column scenario: a quote inside a field"));
        assertEquals("results.csv: row 2: 3 fields where the header has 8 (" + String.join(",", DrillResults.COLUMNS)
                + ")", error(HEADER + "checkout,node-loss,db\n"));
        assertTrue(error("").startsWith("results.csv: the file is empty"));
    }

    @Test
    void hostileTextIsEchoedEscapedOnOneLine() {
        String script = error(HEADER + "<script>alert(1)</script>,node-loss,db,,,,,\n");
        String controls = error(HEADER + "\"evil\r\nOK  \u001B[2Jall met\u202E\",node-loss,db,,,,,\n");
        String time = error(HEADER + "checkout,node-loss,db,,\"2026\u202E\u0007-12\",2026-12-01T10:00:00Z,,\n");

        assertEquals("results.csv: row 2, column journey: no journey \"<script>alert(1)</script>\" in the design",
                script, "a message is text, not HTML: shown as it is");
        assertEquals("results.csv: row 2, column journey: no journey \"evil\\r\\nOK  \\u001B[2Jall met\\u202E\" in "
                + "the design", controls);
        assertTrue(time.contains("\"2026\\u202E\\u0007-12\" is not an ISO 8601 time"), time);
    }

    @Test
    void aFileOverTheLimitIsRefusedUnreadAndAFolderIsNotAFile() throws Exception {
        LoadException folder = assertThrows(LoadException.class, () -> DrillResults.read(dir, design()));
        assertTrue(folder.getMessage().endsWith("is a directory, not a file"), folder.getMessage());
        Path binary = Files.write(dir.resolve("results.csv"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0});
        LoadException notText = assertThrows(LoadException.class, () -> DrillResults.read(binary, design()));
        assertTrue(notText.getMessage().endsWith("not a text file (not UTF-8)"), notText.getMessage());
    }

    /** Random garbage never escapes as anything but a located one-line message (fixed seeds, no jqwik). */
    @TestFactory
    Stream<DynamicTest> anyTextIsReadOrRefusedWithOneLine() {
        String alphabet = ",\"\r\n x-:0123456789TZ+checkoutnodelssb\u001B\u202E";
        List<DynamicTest> tests = new ArrayList<>();
        for (long seed = 1; seed <= 40; seed++) {
            long s = seed;
            tests.add(DynamicTest.dynamicTest("seed " + s, () -> {
                Random random = new Random(s);
                StringBuilder sb = new StringBuilder(HEADER);
                int n = random.nextInt(200);
                for (int i = 0; i < n; i++) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                try {
                    DrillResults.read(sb.toString(), FILE, design());
                } catch (LoadException e) {
                    assertTrue(e.getMessage().matches("results\\.csv: row \\d+(, column [a-z_0-9]+)?: [^\\n\\r]+"),
                            e.getMessage());
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void theComparisonFlagsAnOptimisticModelAndMissedObjectives() throws Exception {
        Topology t = design();
        Analysis analysis = RuleBook.standard().analyse(t);
        Component db = t.component("db").orElseThrow();
        TimeBound estimate = analysis.assessment(db, Scenario.PROCESS_CRASH).rto();
        long within = estimate.seconds();
        String body = "checkout,process-crash,db,,2026-12-01T10:00:00Z," + Instant.parse("2026-12-01T10:00:00Z")
                .plusSeconds(within) + ",0,\n"
                + "checkout,process-crash,db,,2026-12-01T10:00:00Z,2026-12-01T10:20:00Z,2,slow\n"
                + "checkout,process-crash,cache,,2026-12-01T10:00:00Z,2026-12-01T10:00:01Z,3600,\n"
                + "checkout,node-loss,db,,,,,\n";

        DrillReport report = DrillReport.compare(t, analysis, DrillResults.read(HEADER + body, FILE, t));

        List<DrillReport.Line> lines = report.lines();
        assertEquals(false, lines.get(0).rtoOptimistic(), "as estimated: the model held");
        assertEquals(true, lines.get(0).meetsRto());
        assertEquals(true, lines.get(1).rtoOptimistic(), "20m against " + estimate);
        assertEquals(false, lines.get(1).meetsRto(), "20m misses the 15m objective");
        TimeBound cacheRpo = analysis.assessment(t.component("cache").orElseThrow(), Scenario.PROCESS_CRASH).rpo();
        boolean cacheOptimistic = !cacheRpo.isUnbounded() && cacheRpo.seconds() < 3600;
        assertEquals(true, lines.get(1).rpoOptimistic(), "2 s lost where a synchronous commit loses none");
        assertEquals(cacheOptimistic, lines.get(2).rpoOptimistic(), "an hour of cache lost against " + cacheRpo);
        assertNull(lines.get(2).meetsRpo(), "a cache's data lost has no criterion: a source of truth rebuilds it");
        assertNull(lines.get(3).rtoOptimistic(), "not run");
        assertEquals("not run", DrillReport.model(lines.get(3)));
        assertEquals(3, report.run());
        assertEquals(cacheOptimistic ? 2 : 1, report.optimistic());
        assertEquals(1, report.missed());

        StringWriter text = new StringWriter();
        report.writeText(new PrintWriter(text), "results.csv", "design.json");
        assertTrue(text.toString().contains("OPTIMISTIC: RTO, RPO"), text.toString());
        assertTrue(text.toString().contains("row 3 notes: slow"));
        StringWriter json = new StringWriter();
        report.writeJson(json, "results.csv", "design.json");
        assertTrue(json.toString().contains("\"measured_rto_seconds\" : 1200"), json.toString());
        assertTrue(json.toString().contains("\"missed\" : 1"), json.toString());
    }

    @Test
    void aZoneBlockIsComparedWithTheJourneysRto() throws Exception {
        Topology t = TopologyFiles.load(Path.of("samples/multi-region-saas.json"));
        Analysis analysis = RuleBook.standard().analyse(t);
        var j = t.journeys().iterator().next();
        Component c = dev.lifeboat.engine.ObjectiveBreaches.scope(t, j).iterator().next();

        Expectation e = Expectation.of(analysis, j, Scenario.ZONE_LOSS, c);

        assertTrue(e.journeyWide());
        assertTrue(e.rto().compareTo(analysis.journey(j, Scenario.ZONE_LOSS).rto()) >= 0);
        assertFalse(Expectation.of(analysis, j, Scenario.NODE_LOSS, c).journeyWide());
        assertEquals(analysis.assessment(c, Scenario.NODE_LOSS).rto(),
                Expectation.of(analysis, j, Scenario.NODE_LOSS, c).rto());
    }
}

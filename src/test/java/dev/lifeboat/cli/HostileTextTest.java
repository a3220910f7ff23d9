package dev.lifeboat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lifeboat.model.Printable;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names, ids, kinds, keys and values come from files anyone may write: whatever they hold, the text a person
 * reads (report, check, error messages) shows control and bidi characters escaped, and cannot forge a line.
 */
class HostileTextTest {

    /** Clears the screen, rings, NUL, CR, BS, DEL, a C1 CSI, a bidi override, a line separator, a forged line. */
    static final String HOSTILE = "\u001B[2J\u0007\u0000\r\b\u007F\u009B\u202E\u2028\nOK      0 objectives missed";

    private static final ObjectMapper JSON = new ObjectMapper();

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

    /** No character a terminal would act on, except the line breaks the program itself writes. */
    private static void assertPrintable(String what, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && Printable.isUnsafe(c)) {
                String around = text.substring(Math.max(0, i - 80), Math.min(text.length(), i + 80));
                fail(what + ": unsafe character U+" + String.format("%04X", (int) c) + " at " + i + " in: "
                        + Printable.of(around));
            }
        }
    }

    private static long linesStartingWithOk(String text) {
        return text.lines().filter(l -> l.startsWith("OK")).count();
    }

    /**
     * A region, a zone, two services in a cycle, a database and a journey, all named with {@code HOSTILE}; the
     * journey has objectives it misses when {@code objectives}.
     */
    private Path hostileTopology(boolean objectives) throws Exception {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "lifeboat");
        root.put("version", 1);
        root.put("name", "topology " + HOSTILE);
        ArrayNode places = root.putArray("places");
        places.addObject().put("id", "r").put("kind", "region").put("name", "region " + HOSTILE);
        places.addObject().put("id", "z").put("kind", "zone").put("name", "zone " + HOSTILE).put("region", "r");
        ArrayNode components = root.putArray("components");
        components.addObject().put("id", "svc").put("kind", "service").put("name", "svc " + HOSTILE)
                .put("place", "z");
        components.addObject().put("id", "a").put("kind", "service").put("name", "a " + HOSTILE);
        components.addObject().put("id", "b").put("kind", "service").put("name", "b " + HOSTILE);
        ObjectNode db = components.addObject().put("id", "db").put("kind", "postgresql").put("name", "db " + HOSTILE)
                .put("place", "z");
        db.putObject("settings").put("backup_interval", "1h");
        ArrayNode deps = root.putArray("dependencies");
        deps.addObject().put("from", "svc").put("to", "db");
        deps.addObject().put("from", "svc").put("to", "a");
        deps.addObject().put("from", "a").put("to", "b");
        deps.addObject().put("from", "b").put("to", "a");
        ObjectNode journey = root.putArray("journeys").addObject().put("id", "j").put("name", "journey " + HOSTILE);
        journey.putArray("entry").add("svc");
        if (objectives) {
            journey.put("rpo_objective", "1m").put("rto_objective", "1m");
        }
        Path f = dir.resolve(objectives ? "hostile.json" : "hostile-no-objectives.json");
        Files.writeString(f, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        return f;
    }

    @Test
    void theTextReportShowsHostileNamesEscapedAndCannotBeForged() throws Exception {
        Path f = hostileTopology(true);

        Run text = run("analyze", f.toString());
        Run explain = run("analyze", f.toString(), "--explain");

        for (Run r : List.of(text, explain)) {
            assertEquals(0, r.code(), r.err());
            assertPrintable("analyze", r.out());
            assertPrintable("analyze stderr", r.err());
            assertEquals(0, linesStartingWithOk(r.out()), r.out());
            assertTrue(r.out().contains("journey \\u001B[2J\\u0007\\u0000\\r\\u0008\\u007F\\u009B\\u202E\\u2028\\nOK"),
                    r.out());
            assertTrue(r.out().contains("svc \\u001B[2J"), "the component is named, escaped");
            assertTrue(r.out().contains("zone \\u001B[2J"), "the worst zone is named, escaped");
            assertTrue(r.out().contains("dependency cycle"), "the cycle warning names its members");
        }
        assertTrue(explain.out().contains("Why:"));
    }

    @Test
    void checkShowsHostileNamesEscapedAndOnlyTheRealVerdictStartsALine() throws Exception {
        Run missed = run("check", hostileTopology(true).toString());
        Run met = run("check", hostileTopology(false).toString());

        assertEquals(1, missed.code(), missed.out() + missed.err());
        assertPrintable("check", missed.out());
        assertEquals(0, linesStartingWithOk(missed.out()), missed.out());
        assertTrue(missed.out().contains("MISSED  journey \\u001B[2J"), missed.out());
        assertEquals(0, met.code(), met.out() + met.err());
        assertPrintable("check", met.out());
        assertEquals(1, linesStartingWithOk(met.out()), met.out());
        String last = met.out().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.startsWith("OK      1 journeys meet their objectives"), last);
    }

    @Test
    void theJsonOutputKeepsTheRawNames() throws Exception {
        Run r = run("analyze", hostileTopology(true).toString(), "--format", "json");

        assertEquals(0, r.code(), r.err());
        JsonNode root = JSON.readTree(r.out());
        List<String> names = new ArrayList<>();
        root.get("components").forEach(c -> names.add(c.get("name").asText()));
        assertTrue(names.contains("svc " + HOSTILE), names.toString());
        assertEquals("journey " + HOSTILE, root.get("journeys").get(0).get("name").asText());
    }

    /** A Lifeboat file with one service whose object {@code edit} may spoil. */
    private Path badFile(String name, Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "lifeboat");
        root.put("version", 1);
        ObjectNode c = root.putArray("components").addObject().put("id", "db").put("kind", "postgresql");
        edit.accept(c);
        Path f = dir.resolve(name + ".json");
        Files.writeString(f, JSON.writeValueAsString(root));
        return f;
    }

    private static void assertOneSafeLine(String what, Run r) {
        assertEquals(LifeboatCommand.BAD_INPUT, r.code(), what + ": " + r.out() + r.err());
        assertTrue(r.out().isEmpty(), what + ": " + r.out());
        assertPrintable(what, r.err());
        assertTrue(r.err().startsWith("lifeboat: "), what + ": " + r.err());
        assertEquals(r.err().length() - 1, r.err().indexOf('\n'), what + ": one line: " + r.err());
        assertTrue(r.err().length() < 1000, what + ": a cut message, not " + r.err().length() + " characters");
    }

    @Test
    void anErrorEchoingAHostileIdKindKeyOrValueIsOneSafeLine() throws Exception {
        String huge = "x".repeat(20_000) + HOSTILE;
        List<Path> files = List.of(
                badFile("id", c -> c.put("id", HOSTILE)),
                badFile("kind", c -> c.put("kind", HOSTILE)),
                badFile("key", c -> c.putObject("settings").put(HOSTILE, "1h")),
                badFile("value", c -> c.putObject("settings").put("replication_mode", HOSTILE)),
                badFile("duration", c -> c.putObject("settings").put("backup_interval", HOSTILE)),
                badFile("huge-kind", c -> c.put("kind", huge)),
                badFile("huge-key", c -> c.putObject("settings").put(huge, "1h")),
                badFile("huge-value", c -> c.putObject("settings").put("replication_mode", huge)),
                badFile("unknown-key", c -> c.put(HOSTILE, 1)));
        for (Path f : files) {
            for (String command : List.of("check", "analyze")) {
                assertOneSafeLine(command + " " + f.getFileName(), run(command, f.toString()));
            }
        }
    }

    @Test
    void aHostileFileNameOrScenarioIsEchoedEscaped() throws Exception {
        Path f = hostileTopology(true);

        assertOneSafeLine("scenario", run("analyze", f.toString(), "--scenario", HOSTILE));
        assertOneSafeLine("missing file", run("check", dir.resolve("nope" + HOSTILE.replace("\u0000", "")).toString()));
        Run option = run("analyze", "--" + HOSTILE, f.toString());
        assertEquals(LifeboatCommand.BAD_INPUT, option.code());
        assertPrintable("unknown option", option.err());
        Run path = run("check", "a\u0000" + HOSTILE);
        assertEquals(LifeboatCommand.BAD_INPUT, path.code());
        assertPrintable("unconvertible path", path.err());
        assertFalse(path.err().lines().anyMatch(l -> l.startsWith("OK")), path.err());
    }
}

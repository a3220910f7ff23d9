package dev.lifeboat.io.export.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.io.export.Exporters;
import dev.lifeboat.io.export.Progress;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recovery playbooks: the shell script passes bash -n and shellcheck (the real tools), runs in dry-run
 * mode for every scenario of every sample, and a design whose names try to inject commands injects none.
 */
class PlaybookTest {

    /** Names that would run a command if a script ever put them outside single quotes. */
    static final String[] HOSTILE = {"$(touch pwned-1)", "`touch pwned-2`", "a; touch pwned-3", "--rm -rf",
        "it's \"quoted\"", "line\nbreak; touch pwned-4", "<script>alert(1)</script>", "back\\slash $HOME"};

    @TempDir
    Path dir;

    private static String export(String format, Topology t) throws IOException {
        ExportRequest r = new ExportRequest(t, RuleBook.standard().analyse(t), List.of(Scenario.values()), null,
                "test");
        StringWriter out = new StringWriter();
        Exporters.toWriter(Exporters.byId(format).orElseThrow(), r, out, Progress.NONE);
        return out.toString();
    }

    private static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    static Topology hostile() {
        Topology t = new Topology();
        t.setName("hostile $(touch pwned-0)");
        List<Component> cs = new ArrayList<>();
        ComponentKind[] kinds = {ComponentKind.SERVICE, ComponentKind.POSTGRESQL, ComponentKind.REDIS,
            ComponentKind.KAFKA, ComponentKind.MYSQL, ComponentKind.MONGODB, ComponentKind.RAFT_STORE,
            ComponentKind.OBJECT_STORAGE};
        for (int i = 0; i < HOSTILE.length; i++) {
            cs.add(t.addComponent(null, kinds[i % kinds.length], HOSTILE[i]));
        }
        for (int i = 1; i < cs.size(); i++) {
            t.addDependency(cs.get(0), cs.get(i), Strength.HARD);
        }
        t.addJourney(null, "$(touch pwned-5)", List.of(cs.get(0)), TimeBound.ofMinutes(5), TimeBound.ofMinutes(5));
        return t;
    }

    /** Runs a command in the test folder; fails the test (never skips) when the tool is missing. */
    private Result exec(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("LIFEBOAT_PLAYBOOK_LOG", dir.resolve("playbook.log").toString());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            fail(command.get(0) + " is missing: install it (apt-get install " + command.get(0)
                    + "), or run scripts/test.sh, which does");
            throw e;
        }
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(command + " did not finish within 60 s");
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private record Result(int code, String output) {
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void everySamplesScriptPassesBashAndShellcheckAndDryRunsEveryScenario() throws Exception {
        for (Path sample : samples()) {
            Path script = write("playbook.sh", export("playbook-sh", TopologyFiles.load(sample)));

            Result syntax = exec(List.of("bash", "-n", script.toString()));
            assertEquals(0, syntax.code(), sample + ": " + syntax.output());
            Result lint = exec(List.of("shellcheck", "-s", "bash", script.toString()));
            assertEquals(0, lint.code(), sample + ": " + lint.output());
            for (Scenario s : Scenario.values()) {
                Result run = exec(List.of("bash", script.toString(), s.id()));
                assertEquals(0, run.code(), sample + ", " + s.id() + ": " + run.output());
                assertTrue(run.output().contains("Scenario: " + s.label()), run.output());
                assertTrue(run.output().lines().noneMatch(l -> l.matches("\\S+ run: .*")),
                        "a dry run runs nothing: " + run.output());
                assertTrue(run.output().contains("dry run: ") || run.output().contains("Nothing to recover"));
            }
        }
    }

    @Test
    void hostileNamesInjectNothing() throws Exception {
        Path script = write("playbook.sh", export("playbook-sh", hostile()));

        assertEquals(0, exec(List.of("bash", "-n", script.toString())).code());
        Result lint = exec(List.of("shellcheck", "-s", "bash", script.toString()));
        assertEquals(0, lint.code(), lint.output());
        for (Scenario s : Scenario.values()) {
            Result run = exec(List.of("bash", script.toString(), s.id()));
            assertEquals(0, run.code(), s.id() + ": " + run.output());
        }

        String[] files = dir.toFile().list();
        for (String f : files) {
            assertFalse(f.startsWith("pwned"), "a name ran a command: " + f);
        }
        assertTrue(Files.readString(dir.resolve("playbook.log")).contains("$(touch pwned-1)"),
                "the name is shown as text");
    }

    @Test
    void anUnknownScenarioOrOptionStopsWithUsage() throws Exception {
        Path script = write("playbook.sh", export("playbook-sh", hostile()));

        Result none = exec(List.of("bash", script.toString()));
        Result unknown = exec(List.of("bash", script.toString(), "meteor-strike"));
        Result option = exec(List.of("bash", script.toString(), "node-loss", "--force"));

        assertEquals(2, none.code());
        assertEquals(2, unknown.code());
        assertEquals(2, option.code());
        assertTrue(unknown.output().contains("usage:"), unknown.output());
    }

    @Test
    void withExecuteADestructiveStepIsAskedAndANoStopsTheScript() throws Exception {
        Topology t = new Topology();
        Component db = t.addComponent("db", ComponentKind.POSTGRESQL, "db");
        t.set(db, "backup_interval", "1h");
        Path script = write("playbook.sh", export("playbook-sh", t));

        // with no answer on standard input, the first destructive step is refused and the script stops
        Result run = exec(List.of("bash", script.toString(), "logical-corruption", "--execute"));

        assertEquals(1, run.code(), run.output());
        assertTrue(run.output().contains("stopped before: db: restore the last base backup"), run.output());
    }

    @Test
    void theMarkdownPlaybookHasEveryScenarioItsWavesOwnersAndNamesAsText() throws Exception {
        String md = export("playbook-md", TopologyFiles.load(Path.of("samples/order-processor.json")));
        String hostile = export("playbook-md", hostile());

        for (Scenario s : Scenario.values()) {
            assertTrue(md.contains("## " + s.label() + " (`" + s.id() + "`)"), s.id());
        }
        assertTrue(md.contains("### Wave 1"));
        assertTrue(md.contains("- Owner: ________"));
        assertTrue(md.contains("pg_ctl promote"), "PostgreSQL's own promotion");
        assertTrue(md.contains("Journey **Place order**: back after"), md);
        assertFalse(hostile.contains("<script>"), "HTML in a name is shown as text");
        assertTrue(hostile.contains("&lt;script&gt;"));
        assertFalse(hostile.contains("line\nbreak"), "a newline in a name cannot start a line");
        assertFalse(new File(dir.toFile(), "pwned-0").exists());
    }
}

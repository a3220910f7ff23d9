package dev.lifeboat.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.ui.base.UiExecutor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that saves and autosaves (see {@link CrashChild}) at points chosen from a fixed seed,
 * then checks what it left: the saved file and the recovery file each hold exactly one of the two
 * documents, never a mixture, and no temporary file takes the place of either.
 */
class CrashSafetyTest {

    private static final int KILLS = 20;
    private static final int LANES = 2;
    private static final long SEED = 0x11FEB0A7L;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aKilledSaveOrAutosaveLeavesTheOldOrTheNewContentNeverAMixture() throws Throwable {
        Set<String> contents = Set.of(TopologyFiles.toJson(CrashChild.topology(0)),
                TopologyFiles.toJson(CrashChild.topology(1)));
        Random random = new Random(SEED);
        long[] killAfterMillis = new long[KILLS];
        for (int kill = 0; kill < KILLS; kill++) {
            killAfterMillis[kill] = random.nextInt(120);
        }
        // two children at a time, each in a folder of its own: most of a child's life is starting the JVM
        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int lane = 0; lane < LANES; lane++) {
                Path folder = Files.createDirectory(dir.resolve("lane-" + lane));
                int first = lane;
                done.add(lanes.submit(() -> {
                    for (int kill = first; kill < KILLS; kill += LANES) {
                        killAndCheck(folder, kill, killAfterMillis[kill], contents);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw e.getCause();
                }
            }
        } finally {
            lanes.shutdownNow();
        }
    }

    private void killAndCheck(Path folder, int kill, long afterMillis, Set<String> contents) throws Exception {
        Path target = folder.resolve("system.json");
        Path home = folder.resolve("home");
        Process child = start(folder, target, home);
        try {
            awaitReady(child);
            Thread.sleep(afterMillis);
        } finally {
            child.destroyForcibly();
            child.waitFor(20, TimeUnit.SECONDS);
        }
        String at = "after kill " + kill + " (" + afterMillis + " ms): ";
        assertTrue(contents.contains(Files.readString(target)), at + "the saved file is neither document");
        DocumentService reader = new DocumentService(UiExecutor.sameThread(), home);
        if (reader.hasRecovery()) {
            AtomicReference<Document> restored = new AtomicReference<>();
            AtomicReference<String> failed = new AtomicReference<>();
            reader.restore(restored::set, failed::set);
            assertNull(failed.get(), at + "the recovery file does not load");
            assertTrue(contents.contains(TopologyFiles.toJson(restored.get().topology())),
                    at + "the recovery file is neither document");
            assertEquals(target, restored.get().file(), at + "the recovery belongs to another file");
        }
        for (Path f : files(folder)) {
            String name = f.getFileName().toString();
            boolean known = f.equals(target) || f.equals(home) || f.equals(reader.recoveryFile());
            assertTrue(known || name.startsWith(".") && name.endsWith(".tmp"),
                    at + "a file Lifeboat could take for a document: " + f);
        }
    }

    private static Process start(Path folder, Path target, Path home) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // options that start a short-lived JVM faster: most of a child's life is its start
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:CICompilerCount=1", "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(),
                target.toString(), home.toString());
        pb.redirectError(ProcessBuilder.Redirect.appendTo(folder.resolve("child-errors.log").toFile()));
        return pb.start();
    }

    private static void awaitReady(Process child) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8));
        String line = out.readLine();
        assertNotNull(line, "the child stopped before writing both documents (see child-errors.log)");
        assertEquals("ready", line);
    }

    private static List<Path> files(Path folder) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(folder)) {
            s.filter(p -> !p.equals(folder) && !p.getFileName().toString().equals("child-errors.log"))
                    .forEach(out::add);
        }
        return out;
    }
}

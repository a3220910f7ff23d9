package dev.lifeboat.io.export.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real browser for the report's tests: Debian's {@code chromium}, headless, with a fresh profile each run
 * and nothing that reaches the network. A missing chromium fails the test with how to install it; it is never
 * skipped.
 */
final class Chromium {

    private static final long TIMEOUT_SECONDS = 180;

    /**
     * What a page gave: its DOM as Chromium serialised it after loading, and the browser's log, whose console
     * lines ({@code CONSOLE}) are the page's messages.
     */
    record Page(String dom, String log) {

        /** The page's console messages (errors, warnings, CSP violations): the report has none. */
        List<String> consoleMessages() {
            return log.lines().filter(l -> l.contains("CONSOLE") || l.contains("Uncaught")
                    || l.contains("Content Security Policy") || l.contains("net::ERR")).toList();
        }
    }

    private Chromium() {
    }

    /** Loads a file and returns its DOM and the browser's log. */
    static Page load(Path html, Path work) throws Exception {
        Path out = work.resolve("dom.html");
        Path err = work.resolve("chromium.log");
        run(work, out, err, "--enable-logging=stderr", "--v=0", "--dump-dom", html.toUri().toString());
        return new Page(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Takes a screenshot of a file, 1280 pixels wide and {@code height} high. */
    static void screenshot(Path html, Path png, int height, Path work) throws Exception {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.deleteIfExists(png);
        run(work, work.resolve("screenshot.out"), work.resolve("screenshot.log"), "--hide-scrollbars",
                "--screenshot=" + png.toAbsolutePath(), "--window-size=1280," + height, html.toUri().toString());
        assertTrue(Files.size(png) > 10_000, "chromium wrote the screenshot " + png);
    }

    private static void run(Path work, Path out, Path err, String... args) throws Exception {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        List<String> command = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        } catch (IOException e) {
            fail("the report's tests open it in Debian's chromium, which is not installed: apt-get install chromium "
                    + "(scripts/test.sh installs it)");
            throw e;
        }
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + String.join(" ", command));
        }
        assertEquals(0, p.exitValue(), "chromium failed: " + Files.readString(err));
    }
}

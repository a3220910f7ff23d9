package dev.lifeboat.io.export.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example the README and docs/exports.md link to, {@code docs/examples/report.html} (from
 * {@code samples/multi-region-saas.json}, dated 2026-12-01 10:00 UTC), is what the report-html export writes
 * today. After an intended change, run this test with {@code -Dlifeboat.golden.write=true}: it writes the
 * example anew and, with Chromium, the README's screenshot {@code docs/report.png}; look at both and commit.
 */
class ReportExampleTest {

    static final Path SAMPLE = Path.of("samples/multi-region-saas.json");
    static final Path EXAMPLE = Path.of("docs/examples/report.html");
    static final Path SCREENSHOT = Path.of("docs/report.png");

    @TempDir
    Path dir;

    @Test
    void theExampleIsWhatTheExportWrites() throws Exception {
        Path html = Reports.htmlFile(Reports.request(SAMPLE), dir.resolve("report.html"));
        String now = Files.readString(html, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("lifeboat.golden.write")) {
            Files.writeString(EXAMPLE, now, StandardCharsets.UTF_8);
            Chromium.screenshot(EXAMPLE.toAbsolutePath(), SCREENSHOT, 1500, dir);
        }
        assertEquals(Files.readString(EXAMPLE, StandardCharsets.UTF_8), now);
    }
}

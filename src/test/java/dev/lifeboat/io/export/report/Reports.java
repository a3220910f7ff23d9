package dev.lifeboat.io.export.report;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.io.Version;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.io.export.Exporters;
import dev.lifeboat.io.export.Progress;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;

/** Shared by the report's tests: the samples, a fixed date, and the report of a design as HTML or PDF. */
final class Reports {

    /** The date every test report carries, so that a report is the same every run. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private Reports() {
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    static ExportRequest request(Topology t, String source) {
        return request(t, source, null);
    }

    static ExportRequest request(Topology t, String source, Journey journey) {
        return new ExportRequest(t, RuleBook.standard().analyse(t), List.of(Scenario.values()), journey, source);
    }

    static ExportRequest request(Path sample) throws Exception {
        return request(TopologyFiles.load(sample), sample.getFileName().toString());
    }

    static Report report(ExportRequest request, Report.Medium medium) {
        return new Report(request, ZonedDateTime.now(CLOCK), Version.current(), medium);
    }

    /** The HTML report, as the report-html export writes it. */
    static String html(ExportRequest request) {
        return HtmlReport.write(report(request, Report.Medium.SCREEN));
    }

    /** Writes the HTML report to a file through the registry, as the command line does. */
    static Path htmlFile(ExportRequest request, Path file) throws Exception {
        Exporters.toFile(new ReportHtmlExporter(CLOCK), request, file, Progress.NONE);
        return file;
    }

    /** Writes the PDF report to a file through the registry, as the command line does. */
    static Path pdfFile(ExportRequest request, Path file) throws Exception {
        Exporters.toFile(new ReportPdfExporter(CLOCK), request, file, Progress.NONE);
        return file;
    }

    /** How often {@code part} occurs in {@code text}, ignoring case. */
    static int count(String text, String part) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        String p = part.toLowerCase(java.util.Locale.ROOT);
        int n = 0;
        for (int i = t.indexOf(p); i >= 0; i = t.indexOf(p, i + p.length())) {
            n++;
        }
        return n;
    }
}

package dev.lifeboat.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.AnalysisJson;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.io.export.Exporter;
import dev.lifeboat.io.export.Exporters;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.base.UiExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File ▸ Export without a window: preview, scenario choice, export with progress, and failures. */
class ExportViewModelTest {

    @TempDir
    Path dir;

    private final Document document = new Document(load(), Path.of("samples/order-processor.json"));
    private final ExportViewModel vm = new ExportViewModel(UiExecutor.sameThread(), () -> document);

    private static Topology load() {
        try {
            return TopologyFiles.load(Path.of("samples/order-processor.json"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void thePreviewShowsWhatTheChosenFormatWritesForTheChosenScenario() {
        vm.formatProperty().set(Exporters.byId("json").orElseThrow());
        vm.refreshPreview();
        assertTrue(vm.previewProperty().get().contains("\"node-loss\""), vm.previewProperty().get());

        vm.scenarioProperty().set(Scenario.ZONE_LOSS);

        assertTrue(vm.previewProperty().get().contains("\"zone-loss\""));
        assertFalse(vm.previewProperty().get().contains("\"node-loss\""), "only the chosen scenario");
        vm.formatProperty().set(Exporters.byId("text").orElseThrow());
        assertTrue(vm.previewProperty().get().contains("Zone loss") || vm.previewProperty().get()
                .contains("zone-loss"), vm.previewProperty().get());
    }

    @Test
    void exportingWritesTheFileAndReportsProgressAndWhereItWent() throws Exception {
        vm.formatProperty().set(Exporters.byId("json").orElseThrow());
        Path out = dir.resolve("analysis.json");

        vm.exportTo(out);

        Topology t = load();
        assertEquals(AnalysisJson.write(t, RuleBook.standard().analyse(t), List.of(Scenario.values())),
                Files.readString(out));
        assertEquals(1.0, vm.progressProperty().get());
        assertFalse(vm.runningProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Exported json to "), vm.messageProperty().get());
    }

    @Test
    void aFailedExportSaysWhyAndWritesNothing() throws Exception {
        vm.formatProperty().set(Exporters.byId("text").orElseThrow());
        Path folder = Files.createDirectory(dir.resolve("a-folder"));

        vm.exportTo(folder);

        assertTrue(vm.messageProperty().get().startsWith("Not exported: "), vm.messageProperty().get());
        assertTrue(vm.messageProperty().get().contains("folder"), vm.messageProperty().get());
        assertFalse(vm.runningProperty().get());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void theExportIsOfTheDocumentAsItWasWhenItStarted() throws Exception {
        List<Runnable> later = new ArrayList<>();
        UiExecutor deferred = new UiExecutor() {
            @Override
            public <T> void background(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                later.add(() -> UiExecutor.sameThread().background(work, done, failed));
            }

            @Override
            public void ui(Runnable action) {
                action.run();
            }
        };
        ExportViewModel deferredVm = new ExportViewModel(deferred, () -> document);
        deferredVm.formatProperty().set(Exporters.byId("json").orElseThrow());
        later.clear();

        deferredVm.exportTo(dir.resolve("a.json"));
        assertTrue(deferredVm.runningProperty().get());
        document.topology().setName("renamed while exporting");
        later.forEach(Runnable::run);

        String written = Files.readString(dir.resolve("a.json"));
        assertTrue(written.contains("\"Order processing\""), "the name when the export started");
        assertFalse(written.contains("renamed while exporting"));
    }

    @Test
    void theReportIsOfferedAsHtmlAndPdfAndThePdfIsWrittenWithoutAPreview() throws Exception {
        assertEquals("json", vm.formatProperty().get().id(), "the window still opens on json");
        List<String> ids = vm.formats().stream().map(Exporter::id).toList();
        assertTrue(ids.contains("report-html") && ids.contains("report-pdf"), ids.toString());

        vm.formatProperty().set(Exporters.byId("report-pdf").orElseThrow());
        assertEquals("(report-pdf writes a binary .pdf file: no preview)", vm.previewProperty().get());
        Path pdf = dir.resolve("report.pdf");
        vm.exportTo(pdf);

        assertTrue(vm.messageProperty().get().startsWith("Exported report-pdf to "), vm.messageProperty().get());
        byte[] head = Arrays.copyOf(Files.readAllBytes(pdf), 5);
        assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII));

        vm.formatProperty().set(Exporters.byId("report-html").orElseThrow());
        assertTrue(vm.previewProperty().get().startsWith("<!DOCTYPE html>"), "HTML is text: previewed");
        vm.exportTo(dir.resolve("report.html"));
        assertTrue(Files.readString(dir.resolve("report.html")).contains("Order processing"));
    }
}

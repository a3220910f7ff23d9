package dev.lifeboat.ui.document;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.io.export.Exporter;
import dev.lifeboat.io.export.Exporters;
import dev.lifeboat.io.export.Progress;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.base.UiExecutor;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * File ▸ Export: which format, for which scenario and journey, a preview of text formats, and the export
 * itself with its progress. The work runs in the background on a copy of the document taken when it
 * starts (the copy is made through the native format on the UI thread, so that edits made meanwhile
 * neither race with the export nor change what it writes); the UI thread only hands over the results.
 */
public final class ExportViewModel {

    /** A preview longer than this is cut: it is there to read, the file gets everything. */
    static final int PREVIEW_LIMIT = 200_000;

    private final UiExecutor executor;
    private final Supplier<Document> document;
    private final ObjectProperty<Exporter> format = new SimpleObjectProperty<>(this, "format");
    /** The one scenario to export, or null for all. */
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(this, "scenario");
    /** The one journey to export (by id in the document), or null for all. */
    private final ObjectProperty<Journey> journey = new SimpleObjectProperty<>(this, "journey");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private long generation;

    public ExportViewModel(UiExecutor executor, Supplier<Document> document) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.document = Objects.requireNonNull(document, "document");
        // the analysis as JSON, else the first format that can be previewed: the window opens on something to read
        format.set(Exporters.byId("json").or(() -> Exporters.all().stream().filter(Exporter::previewable).findFirst())
                .orElse(Exporters.all().isEmpty() ? null : Exporters.all().get(0)));
        format.addListener((o, a, b) -> refreshPreview());
        scenario.addListener((o, a, b) -> refreshPreview());
        journey.addListener((o, a, b) -> refreshPreview());
    }

    /** The formats on offer. */
    public List<Exporter> formats() {
        return Exporters.all();
    }

    public ObjectProperty<Exporter> formatProperty() {
        return format;
    }

    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    public ObjectProperty<Journey> journeyProperty() {
        return journey;
    }

    /** The text the chosen format would write (cut when long), or "" for a format without preview. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** What happened last, for a person: "Exported to ...", or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Makes the preview of the chosen format again, in the background; a newer request wins. */
    public void refreshPreview() {
        Exporter e = format.get();
        if (e == null || !e.previewable()) {
            preview.set(e == null ? "" : "(" + e.id() + (e.binary() ? " writes a binary ." + e.extension() + " file"
                    : " writes a folder of files") + ": no preview)");
            message.set("");
            return;
        }
        long mine = ++generation;
        Snapshot s = snapshot();
        executor.background(() -> {
            StringWriter out = new StringWriter();
            List<String> notes = Exporters.toWriter(e, s.request(), out, Progress.NONE);
            String text = out.toString();
            return new Preview(text.length() > PREVIEW_LIMIT ? text.substring(0, PREVIEW_LIMIT)
                    + "\n… (the preview stops here; the file gets all " + text.length() + " characters)" : text,
                    notes);
        }, p -> {
            if (mine == generation) {
                preview.set(p.text());
                message.set(notes(p.notes()));
            }
        }, failure -> {
            if (mine == generation) {
                preview.set("");
                message.set("No preview: " + Printable.of(reason(failure)));
            }
        });
    }

    /** Writes the chosen format to {@code target} (a file, or a folder for folder formats), in the background. */
    public void exportTo(Path target) {
        Exporter e = Objects.requireNonNull(format.get(), "no format chosen");
        Snapshot s = snapshot();
        running.set(true);
        progress.set(0);
        message.set("Exporting " + e.id() + "…");
        Progress report = (done, what) -> executor.ui(() -> progress.set(Math.max(0, Math.min(1, done))));
        executor.background(() -> e.shape() == Exporter.Shape.FILE ? Exporters.toFile(e, s.request(), target, report)
                : Exporters.toFolder(e, s.request(), target, report), notes -> {
            running.set(false);
            progress.set(1);
            String said = notes(notes);
            message.set("Exported " + e.id() + " to " + Printable.echo(String.valueOf(target), 200)
                    + (said.isEmpty() ? "" : ". " + said));
        }, failure -> {
            running.set(false);
            progress.set(0);
            message.set("Not exported: " + Printable.of(reason(failure)));
        });
    }

    /** What a preview shows: the text, and what the format could not hold. */
    private record Preview(String text, List<String> notes) {
    }

    /** The export's notes as one line for a person ("" when none), each escaped. */
    static String notes(List<String> notes) {
        if (notes.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("Not in this format: ");
        for (int i = 0; i < notes.size(); i++) {
            sb.append(i == 0 ? "" : " ").append(Printable.of(notes.get(i)));
        }
        return sb.toString();
    }

    /** The document as it is now, as text; read and analysed again off the UI thread. */
    private Snapshot snapshot() {
        Document d = document.get();
        String json = TopologyFiles.toJson(d.topology());
        String journeyId = journey.get() == null ? null : journey.get().id();
        List<Scenario> scenarios = scenario.get() == null ? List.of(Scenario.values()) : List.of(scenario.get());
        Path file = d.file();
        return new Snapshot(json, journeyId, scenarios, file == null ? d.topology().name()
                : String.valueOf(file.getFileName()));
    }

    private record Snapshot(String json, String journeyId, List<Scenario> scenarios, String source) {
        ExportRequest request() throws Exception {
            Topology copy = TopologyFiles.read(json, null);
            Journey j = journeyId == null ? null : copy.journey(journeyId).orElse(null);
            return new ExportRequest(copy, RuleBook.standard().analyse(copy), scenarios, j, source);
        }
    }

    private static String reason(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}

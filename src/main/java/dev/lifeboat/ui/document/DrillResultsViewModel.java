package dev.lifeboat.ui.document;

import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.io.export.drill.DrillReport;
import dev.lifeboat.io.export.drill.DrillResults;
import dev.lifeboat.io.export.drill.Expectation;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.base.UiExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;

/**
 * File ▸ Import drill results: reads a results file in the background against a copy of the document taken
 * when the import starts (as File ▸ Export does), compares it with the model ({@link DrillReport}), and gives
 * one row per drill for a table, or the one-line reason the file was refused.
 */
public final class DrillResultsViewModel {

    /**
     * One drill as the table shows it: every text made printable.
     *
     * @param optimistic whether a measured number exceeds the estimate
     * @param missed     whether a measured number misses the journey's objective
     */
    public record Row(String row, String journey, String scenario, String component, String rtoMeasured,
                      String rtoEstimated, String rtoObjective, String rtoVerdict, String rpoMeasured,
                      String rpoEstimated, String rpoObjective, String rpoVerdict, String model, String notes,
                      boolean optimistic, boolean missed) {
    }

    private final UiExecutor executor;
    private final Supplier<Document> document;
    private final ReadOnlyListWrapper<Row> rows = new ReadOnlyListWrapper<>(this, "rows",
            FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed", false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);

    public DrillResultsViewModel(UiExecutor executor, Supplier<Document> document) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.document = Objects.requireNonNull(document, "document");
    }

    /** The drills compared, in the file's order; empty until a file is read, or when it was refused. */
    public ReadOnlyListProperty<Row> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** The summary of the comparison, or the one-line reason the file was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the last file was refused. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Reads {@code results} and compares it with the document as it is now, in the background. */
    public void load(Path results) {
        Objects.requireNonNull(results, "results");
        String json = TopologyFiles.toJson(document.get().topology());
        running.set(true);
        message.set("Reading " + Printable.echo(String.valueOf(results.getFileName())) + "…");
        executor.background(() -> {
            Topology copy = TopologyFiles.read(json, null);
            List<DrillResults.Row> read = DrillResults.read(results, copy);
            DrillReport report = DrillReport.compare(copy, RuleBook.standard().analyse(copy), read);
            return new Result(report.lines().stream().map(DrillResultsViewModel::row).toList(), report.summary());
        }, r -> {
            running.set(false);
            failed.set(false);
            rows.setAll(r.rows());
            message.set(r.summary());
        }, failure -> {
            running.set(false);
            failed.set(true);
            rows.clear();
            message.set(Printable.of(failure.getMessage() == null ? failure.getClass().getSimpleName()
                    : failure.getMessage()));
        });
    }

    private record Result(List<Row> rows, String summary) {
    }

    private static Row row(DrillReport.Line l) {
        DrillResults.Row r = l.result();
        Expectation e = l.expected();
        return new Row(String.valueOf(r.row()), Printable.echo(r.journey().name()), r.scenario().id(),
                Printable.echo(r.component().name()), DrillReport.format(l.measuredRto()),
                DrillReport.format(e.rto(), e.rtoAssumed()), orDash(e.rtoObjective()),
                DrillReport.verdict(l.meetsRto()),
                DrillReport.format(l.measuredRpo()), DrillReport.format(e.rpo(), e.rpoAssumed()),
                e.rebuildable() ? "(rebuilt)" : orDash(e.rpoObjective()), DrillReport.verdict(l.meetsRpo()),
                DrillReport.model(l), Printable.echo(r.notes(), 200), l.optimistic(), l.missed());
    }

    private static String orDash(TimeBound t) {
        return t == null ? "-" : t.toString();
    }
}

package dev.lifeboat.io.export.drill;

import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.io.export.ExportSink;
import dev.lifeboat.io.export.Exporter;
import dev.lifeboat.io.export.Progress;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The results template of a drill plan (CSV, RFC 4180): the header {@link DrillResults#COLUMNS} and one row per
 * drill of the plan ({@code drill-md}), with the journey, scenario and component by id and the fault filled
 * in, and the times, the data lost and the notes empty for the person running the game day.
 * {@code lifeboat drill-report} and File ▸ Import drill results read it back.
 */
public final class DrillTemplateExporter implements Exporter {

    @Override
    public String id() {
        return "drill-results-template";
    }

    @Override
    public String description() {
        return "the results template of the drill plan, one row per drill to fill in (CSV)";
    }

    @Override
    public Shape shape() {
        return Shape.FILE;
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void export(ExportRequest request, ExportSink sink, Progress progress) throws IOException {
        progress.update(0, "writing the results template");
        Writer out = sink.open(null);
        out.write(Csv.record(DrillResults.COLUMNS));
        for (DrillPlan.Drill d : new DrillPlan(request).drills()) {
            // ids only: they are ASCII letters, digits and . _ : - (never a spreadsheet formula)
            out.write(Csv.record(List.of(d.journey().id(), d.scenario().id(), d.component().id(), d.fault().id(),
                    "", "", "", "")));
        }
        out.flush();
        progress.update(1, "done");
    }
}

package dev.lifeboat.cli;

import dev.lifeboat.engine.Analysis;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.LoadException;
import dev.lifeboat.io.export.drill.DrillReport;
import dev.lifeboat.io.export.drill.DrillResults;
import dev.lifeboat.model.Topology;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lifeboat drill-report FILE RESULTS.csv}: a game day's measured numbers against the model's, row by row,
 * flagging where the model was optimistic and which objectives were missed.
 */
@Command(name = "drill-report", mixinStandardHelpOptions = true,
        description = {"Compares a drill's results (the drill-results-template export, filled in) with the "
                + "model's estimates and the journeys' objectives.",
            "Exit 0: every measured number is within its estimate and objective; 1: the model was optimistic or "
                + "an objective was missed; 2: bad input."})
final class DrillReportCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format { TEXT, JSON }

    @Parameters(index = "0", paramLabel = "FILE", description = "A Lifeboat file or a service-config file.")
    Path file;

    @Parameters(index = "1", paramLabel = "RESULTS.csv", description = "The drill's results (CSV).")
    Path results;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (tables, the default) or json.")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        DrillReport report;
        Topology topology;
        try {
            topology = Inputs.load(file);
            Analysis analysis = RuleBook.standard().analyse(topology);
            List<DrillResults.Row> rows;
            try {
                rows = DrillResults.read(results, topology);
            } catch (LoadException e) {
                throw new Inputs.BadInput(e.getMessage());
            }
            report = DrillReport.compare(topology, analysis, rows);
        } catch (Inputs.BadInput e) {
            spec.commandLine().getErr().println("lifeboat: " + e.getMessage());
            return LifeboatCommand.BAD_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        String resultsName = String.valueOf(results.getFileName());
        String design = file.getFileName() + " (" + topology.name() + ")";
        if (format == Format.JSON) {
            report.writeJson(out, resultsName, design);
        } else {
            report.writeText(out, resultsName, design);
        }
        return report.optimistic() == 0 && report.missed() == 0 ? 0 : 1;
    }
}

package dev.lifeboat.cli;

import dev.lifeboat.engine.Analysis;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.SaveException;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.io.export.Exporter;
import dev.lifeboat.io.export.Exporters;
import dev.lifeboat.io.export.Progress;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lifeboat export FILE --format ID [-o OUT]}: writes one of the registered exports. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes an export of a design: the analysis as JSON or text, and every other registered "
                + "format (export --list shows them)."})
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "A Lifeboat file or a service-config file.")
    Path file;

    @Option(names = "--format", paramLabel = "ID", description = "The export format (see --list).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "The file to write (a folder for folder formats). Without it, a one-file format "
                    + "goes to standard output.")
    Path output;

    @Option(names = "--scenario", paramLabel = "ID", description = "Only this scenario (for a diagram: the "
            + "scenario whose numbers the cards show; node-loss unless given).")
    String scenario;

    @Option(names = "--journey", paramLabel = "NAME-OR-ID", description = "Only this journey, where the format "
            + "is about journeys.")
    String journey;

    @Option(names = "--list", description = "Lists the formats, one line each.")
    boolean list;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            for (Exporter e : Exporters.all()) {
                out.println(String.format("%-24s %s (%s)", e.id(), e.description(),
                        e.shape() == Exporter.Shape.FILE ? "one ." + e.extension() + " file" : "a folder"));
            }
            out.flush();
            return 0;
        }
        try {
            Exporter exporter = exporter();
            if (file == null) {
                throw new Inputs.BadInput("export needs a FILE to export");
            }
            if (output == null && exporter.shape() == Exporter.Shape.FOLDER) {
                throw new Inputs.BadInput(exporter.id() + " writes a folder of files: give it with -o FOLDER");
            }
            if (output == null && exporter.binary()) {
                throw new Inputs.BadInput(exporter.id() + " writes a binary file, not text for a terminal: give it "
                        + "with -o FILE");
            }
            List<Scenario> scenarios = Inputs.scenarios(scenario);
            Topology topology = Inputs.load(file);
            Analysis analysis = RuleBook.standard().analyse(topology);
            ExportRequest request = new ExportRequest(topology, analysis, scenarios,
                    Inputs.journey(topology, journey, file), file.getFileName().toString());
            List<String> notes;
            if (output == null) {
                notes = Exporters.toWriter(exporter, request, out, Progress.NONE);
            } else if (exporter.shape() == Exporter.Shape.FILE) {
                notes = Exporters.toFile(exporter, request, output, Progress.NONE);
            } else {
                notes = Exporters.toFolder(exporter, request, output, Progress.NONE);
            }
            // what the format could not hold: on standard error, so that standard output stays the export
            PrintWriter err = spec.commandLine().getErr();
            for (String note : notes) {
                err.println("lifeboat: " + exporter.id() + ": " + Printable.of(note));
            }
            err.flush();
            return 0;
        } catch (Inputs.BadInput e) {
            spec.commandLine().getErr().println("lifeboat: " + e.getMessage());
            return LifeboatCommand.BAD_INPUT;
        } catch (SaveException e) {
            spec.commandLine().getErr().println("lifeboat: export: " + Printable.of(e.getMessage()));
            return LifeboatCommand.BAD_INPUT;
        }
    }

    private Exporter exporter() throws Inputs.BadInput {
        if (format == null) {
            throw new Inputs.BadInput("export needs --format ID; export --list shows the formats");
        }
        return Exporters.byId(format).orElseThrow(() -> new Inputs.BadInput("unknown export format '"
                + Printable.echo(format) + "'; the formats are "
                + Exporters.all().stream().map(Exporter::id).collect(Collectors.joining(", "))));
    }
}

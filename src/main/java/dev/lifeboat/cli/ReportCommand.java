package dev.lifeboat.cli;

import dev.lifeboat.engine.Analysis;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.SaveException;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.io.export.Exporter;
import dev.lifeboat.io.export.Exporters;
import dev.lifeboat.io.export.Progress;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import java.util.ArrayList;
import dev.lifeboat.model.Variant;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lifeboat report FILE -o report.html|report.pdf}: the report, as HTML or PDF as the file's extension
 * says; the {@code report-html} and {@code report-pdf} exports under one name.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the report of a design, as one HTML page or a PDF (the extension of -o chooses).",
            "The journeys against their objectives, the diagram, the recovery timelines, the explanations with "
                + "their documentation, and every assumption."})
final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A Lifeboat file or a service-config file.")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true,
            description = "The file to write: .html for one self-contained page, .pdf for a PDF.")
    Path output;

    @Option(names = "--variant", paramLabel = "NAME", description = "A variant to show beside the baseline "
            + "(repeat for more; all of the design's unless given).")
    private List<String> variants = new ArrayList<>();

    @Option(names = "--scenario", paramLabel = "ID", description = "Only this scenario (all unless given).")
    String scenario;

    @Option(names = "--journey", paramLabel = "NAME-OR-ID", description = "Only this journey and the components "
            + "it needs.")
    String journey;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Exporter exporter = exporter(output);
            Topology topology = onlyVariants(Inputs.load(file), variants);
            Analysis analysis = RuleBook.standard().analyse(topology);
            ExportRequest request = new ExportRequest(topology, analysis, Inputs.scenarios(scenario),
                    Inputs.journey(topology, journey, file), file.getFileName().toString());
            List<String> notes = Exporters.toFile(exporter, request, output, Progress.NONE);
            for (String note : notes) {
                err.println("lifeboat: report: " + Printable.of(note));
            }
            err.flush();
            return 0;
        } catch (Inputs.BadInput e) {
            err.println("lifeboat: " + e.getMessage());
            return LifeboatCommand.BAD_INPUT;
        } catch (SaveException e) {
            err.println("lifeboat: report: " + Printable.of(e.getMessage()));
            return LifeboatCommand.BAD_INPUT;
        }
    }

    /** The export the output's extension asks for. */
    /** The design with only the named variants (each checked by name), or as it is when none is named. */
    static Topology onlyVariants(Topology design, List<String> names) throws Inputs.BadInput {
        if (names.isEmpty()) {
            return design;
        }
        List<Variant> keep = new ArrayList<>();
        for (String name : names) {
            Variant v = Inputs.variant(design, name);
            if (!keep.contains(v)) {
                keep.add(v);
            }
        }
        Topology t = design.copy(true);
        for (Variant v : List.copyOf(t.variants())) {
            if (keep.stream().noneMatch(k -> k.name().equals(v.name()))) {
                t.removeVariant(v);
            }
        }
        return t;
    }

    static Exporter exporter(Path output) throws Inputs.BadInput {
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        String id = name.endsWith(".html") || name.endsWith(".htm") ? "report-html"
                : name.endsWith(".pdf") ? "report-pdf" : null;
        if (id == null) {
            throw new Inputs.BadInput("report: -o " + Printable.echo(String.valueOf(output)) + " must end in .html "
                    + "or .pdf (the extension chooses the format)");
        }
        return Exporters.byId(id).orElseThrow(() -> new Inputs.BadInput("report: the " + id + " export is missing "
                + "from this build"));
    }
}

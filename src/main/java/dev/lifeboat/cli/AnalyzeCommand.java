package dev.lifeboat.cli;

import dev.lifeboat.engine.Analysis;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.AnalysisJson;
import dev.lifeboat.io.TextReport;
import dev.lifeboat.model.Topology;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lifeboat analyze FILE}: RPO/RTO of every component and journey, and the recovery order. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Computes RPO and RTO of every component and journey under each failure scenario.")
final class AnalyzeCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "FILE", description = "A Lifeboat file or a service-config file.")
    Path file;

    @Option(names = "--scenario", paramLabel = "ID",
            description = "Only this scenario: process-crash, node-loss, zone-loss, region-loss, logical-corruption.")
    String scenario;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a readable table) or json (the stable contract). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--variant", paramLabel = "NAME",
            description = "Analyse this variant of the design (default: the baseline).")
    String variant;

    @Option(names = "--explain", description = "With text: also print why each component has its numbers.")
    boolean explain;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try {
            List<Scenario> scenarios = Inputs.scenarios(scenario);
            Topology topology = Inputs.design(Inputs.load(file), variant);
            Analysis analysis = RuleBook.standard().analyse(topology);
            if (format == Format.json) {
                AnalysisJson.write(topology, analysis, scenarios, spec.commandLine().getOut());
            } else {
                new TextReport(spec.commandLine().getOut(), topology, analysis)
                        .print(file.toString(), scenarios, explain || scenario != null);
            }
            return 0;
        } catch (Inputs.BadInput e) {
            spec.commandLine().getErr().println("lifeboat: " + e.getMessage());
            return LifeboatCommand.BAD_INPUT;
        }
    }
}

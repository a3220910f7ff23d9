package dev.lifeboat.cli;

import dev.lifeboat.engine.cost.CostFacts;
import dev.lifeboat.engine.Comparison;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.ComparisonJson;
import dev.lifeboat.io.ComparisonText;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.Variant;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lifeboat compare FILE}: the baseline and its variants side by side, journey by journey. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compares the design's variants with its baseline: RPO and RTO of each journey under each "
                + "scenario, and the changed settings that explain each difference.")
final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A Lifeboat file with variants.")
    Path file;

    @Option(names = "--variant", paramLabel = "NAME",
            description = "A variant to compare (repeatable; default: all of them).")
    List<String> variants;

    @Option(names = "--scenario", paramLabel = "ID",
            description = "Only this scenario: process-crash, node-loss, zone-loss, region-loss, logical-corruption.")
    String scenario;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a readable table) or json. Default: ${DEFAULT-VALUE}.")
    AnalyzeCommand.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try {
            List<Scenario> scenarios = Inputs.scenarios(scenario);
            Topology baseline = Inputs.load(file);
            List<Variant> chosen = new ArrayList<>();
            if (variants == null || variants.isEmpty()) {
                chosen.addAll(baseline.variants());
                if (chosen.isEmpty()) {
                    throw new Inputs.BadInput(file + ": the design has no variants to compare; add one in the "
                            + "designer or under \"variants\" in the file");
                }
            } else {
                for (String name : variants) {
                    Variant v = Inputs.variant(baseline, name);
                    if (!chosen.contains(v)) {
                        chosen.add(v);
                    }
                }
            }
            Comparison comparison = Comparison.of(baseline, chosen, scenarios, RuleBook.standard()::analyse,
                    CostFacts.INSTANCE);
            if (format == AnalyzeCommand.Format.json) {
                ComparisonJson.write(comparison, scenarios, spec.commandLine().getOut());
            } else {
                ComparisonText.print(comparison, file.toString(), spec.commandLine().getOut());
            }
            return 0;
        } catch (Inputs.BadInput e) {
            spec.commandLine().getErr().println("lifeboat: " + e.getMessage());
            return LifeboatCommand.BAD_INPUT;
        }
    }
}

package dev.lifeboat.cli;

import dev.lifeboat.engine.Analysis;
import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.JourneyAssessment;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lifeboat check FILE}: exit 0 when every journey meets its objectives under every scenario. Each line
 * is written through {@link Printable}, so a name read from the file cannot forge a verdict line such as
 * {@code OK ...} or act on the terminal.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks every journey against its objectives under every scenario.",
            "Exit 0: all met; 1: at least one missed (printed with the reason); 2: bad input."})
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A Lifeboat file or a service-config file.")
    Path file;

    @Option(names = "--variant", paramLabel = "NAME",
            description = "Check this variant of the design (default: the baseline).")
    String variant;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Topology topology;
        try {
            topology = Inputs.design(Inputs.load(file), variant);
        } catch (Inputs.BadInput e) {
            spec.commandLine().getErr().println("lifeboat: " + e.getMessage());
            return LifeboatCommand.BAD_INPUT;
        }
        Analysis analysis = RuleBook.standard().analyse(topology);
        PrintWriter out = spec.commandLine().getOut();
        int missed = 0;
        int checked = 0;
        for (Journey j : topology.journeys()) {
            for (Scenario s : Scenario.values()) {
                JourneyAssessment r = analysis.journey(j, s);
                if (r.meetsRpo() != null || r.meetsRto() != null) {
                    checked++;
                }
                if (r.cyclic() && !r.meetsObjectives()) {
                    missed++;
                    line(out, "MISSED  %s, %s: it needs components in a dependency cycle, which has no recovery "
                            + "order, so its objectives cannot be met", j.name(), s.id());
                    continue;
                }
                if (Boolean.FALSE.equals(r.meetsRpo())) {
                    missed++;
                    line(out, "MISSED  %s, %s: RPO %s exceeds the objective %s; bottleneck %s", j.name(),
                            s.id(), r.rpo(), r.rpoObjective(), why(analysis, r.rpoBottleneck(), s));
                }
                if (Boolean.FALSE.equals(r.meetsRto())) {
                    missed++;
                    line(out, "MISSED  %s, %s: RTO %s exceeds the objective %s; critical path %s", j.name(),
                            s.id(), r.rto(), r.rtoObjective(), r.criticalPath().stream().map(Component::name)
                                    .collect(Collectors.joining(" -> ")));
                }
            }
        }
        for (var cycle : analysis.cycles()) {
            line(out, "WARNING dependency cycle, no recovery order exists among: "
                    + cycle.stream().map(Component::name).collect(Collectors.joining(", ")));
        }
        if (missed == 0) {
            line(out, "OK      %d journeys meet their objectives under all %d scenarios (%d checks)",
                    topology.journeys().size(), Scenario.values().length, checked);
            return 0;
        }
        line(out, "%d objective(s) missed", missed);
        return 1;
    }

    /** Writes one line, its content shown through {@link Printable}. */
    private static void line(PrintWriter out, String text) {
        out.println(Printable.of(text));
    }

    private static void line(PrintWriter out, String format, Object... args) {
        line(out, String.format(format, args));
    }

    private static String why(Analysis analysis, Component c, Scenario s) {
        if (c == null) {
            return "none";
        }
        ComponentAssessment a = analysis.assessment(c, s);
        return c.name() + " (" + a.explanation() + ")";
    }
}

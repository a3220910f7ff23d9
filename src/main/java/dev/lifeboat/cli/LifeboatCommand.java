package dev.lifeboat.cli;

import dev.lifeboat.io.Version;
import dev.lifeboat.model.Printable;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lifeboat} command line. */
// 90 columns: the command list's descriptions stay one line each beside the longest name, drill-report
@Command(name = "lifeboat", mixinStandardHelpOptions = true, versionProvider = LifeboatCommand.Versions.class,
        usageHelpWidth = 90,
        description = {"Design-time RPO/RTO analysis of system topologies.",
            "Without a command, java -jar lifeboat.jar opens the designer."},
        subcommands = {AnalyzeCommand.class, CheckCommand.class, CompareCommand.class, ExportCommand.class, RecommendCommand.class,
            FrontierCommand.class,
            ReportCommand.class, DrillReportCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class LifeboatCommand implements Runnable {

    /** {@code lifeboat --version}: the version the build wrote, the same as a report's footer says. */
    static final class Versions implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Lifeboat " + Version.current()};
        }
    }

    /** Exit code: bad input (unreadable file, unknown scenario...). */
    public static final int BAD_INPUT = 2;

    /** How long a message echoing the command line may grow before it is cut: a few echoed values. */
    private static final int MESSAGE_LIMIT = 4 * Printable.ECHO_LIMIT;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line with the process's streams and returns the exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new LifeboatCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(e -> BAD_INPUT);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("lifeboat: "
                    + Printable.echo(e.getMessage() == null ? e.toString() : e.getMessage(), MESSAGE_LIMIT));
            return BAD_INPUT;
        });
        cl.setParameterExceptionHandler(LifeboatCommand::badArguments);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Picocli's own handling of a bad command line (the message, "did you mean", the usage), with the message
     * made printable: it echoes the arguments, which may hold anything. The message is not styled, since
     * picocli's styles would read markup such as {@code @|red ...|@} in an echoed argument as its own.
     */
    private static int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(Printable.echo(e.getMessage(), MESSAGE_LIMIT));
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            cl.usage(err, cl.getColorScheme());
        }
        return BAD_INPUT;
    }
}

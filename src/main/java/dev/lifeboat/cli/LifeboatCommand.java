package dev.lifeboat.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lifeboat} command line. */
@Command(name = "lifeboat", mixinStandardHelpOptions = true, version = "Lifeboat 0.1.0",
        description = {"Design-time RPO/RTO analysis of system topologies.",
            "Without a command, java -jar lifeboat.jar opens the designer."},
        subcommands = {AnalyzeCommand.class, CheckCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class LifeboatCommand implements Runnable {

    /** Exit code: bad input (unreadable file, unknown scenario...). */
    public static final int BAD_INPUT = 2;

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
            commandLine.getErr().println("lifeboat: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return BAD_INPUT;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}

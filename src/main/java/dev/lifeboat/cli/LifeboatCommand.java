package dev.lifeboat.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lifeboat} command line. */
@Command(name = "lifeboat", mixinStandardHelpOptions = true, version = "Lifeboat 0.1.0",
        description = "Design-time RPO/RTO analysis of system topologies.")
public final class LifeboatCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        return new CommandLine(new LifeboatCommand()).execute(args);
    }
}

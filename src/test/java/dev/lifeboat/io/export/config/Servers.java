package dev.lifeboat.io.export.config;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Running the real servers' programs from tests: found or failed with how to install them, bounded in time. */
final class Servers {

    /** What a program printed and how it ended. */
    record Result(int exit, String out) {
    }

    private Servers() {
    }

    /** The program, or a failed test that says how to install it: a missing server never skips a check. */
    static Path require(String program, String install) {
        Path p = Path.of(program);
        if (p.isAbsolute()) {
            if (Files.isExecutable(p)) {
                return p;
            }
        } else {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                    return Path.of(dir, program);
                }
            }
        }
        return fail(program + " is missing, so the generated configuration cannot be checked against the real "
                + "server. Install it (on Debian or Ubuntu: apt-get install " + install + ", or run "
                + "scripts/test.sh, which does) and run the tests again.");
    }

    /** Runs a program to its end (at most a minute), its output and errors together. */
    static Result run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("lifeboat-run", ".log");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail(String.join(" ", command) + " did not end within a minute");
            }
            return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Whether the tests run as root, whom PostgreSQL refuses to run as. */
    static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Deletes a folder and everything in it. */
    static void delete(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * The setting lines of a file, without comments and empty lines, each split at the first separator.
     */
    static List<String[]> settings(String text, String separator) {
        List<String[]> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || l.startsWith("[")) {
                continue;
            }
            int at = l.indexOf(separator);
            assertTrue(at > 0, "not a setting line: " + l);
            out.add(new String[] {l.substring(0, at), l.substring(at + separator.length())});
        }
        return out;
    }
}

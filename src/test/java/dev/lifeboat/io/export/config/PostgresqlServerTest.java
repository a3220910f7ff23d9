package dev.lifeboat.io.export.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every generated postgresql.conf fragment, read by PostgreSQL 15 itself: {@code postgres -C NAME} loads the
 * configuration (an unknown parameter or a bad value makes it exit with an error naming it) and prints the value
 * it took, which must be the one written. No server is started. PostgreSQL refuses to run as root, so as root
 * it runs as the {@code postgres} user in a folder given to it.
 */
class PostgresqlServerTest {

    private static final String BIN = "/usr/lib/postgresql/15/bin/";
    private static final String INSTALL = "postgresql";
    private static Path dir;
    private static Path data;

    @BeforeAll
    static void initdb() throws Exception {
        Servers.require(BIN + "initdb", INSTALL);
        Servers.require(BIN + "postgres", INSTALL);
        dir = Files.createTempDirectory("lifeboat-pg");
        if (Servers.root()) {
            UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName("postgres");
            Files.setOwner(dir, postgres);
        }
        data = dir.resolve("data");
        Servers.Result r = Servers.run(as(List.of(BIN + "initdb", "-D", data.toString(), "--auth=trust",
                "--no-sync")));
        assertEquals(0, r.exit(), r.out());
        Files.writeString(data.resolve("postgresql.conf"), "\ninclude 'lifeboat.conf'\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        Servers.delete(dir);
    }

    private static List<String> as(List<String> command) {
        if (!Servers.root()) {
            return command;
        }
        List<String> c = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        c.addAll(command);
        return c;
    }

    /** What postgres -C prints for the parameter, with the generated file included. */
    private static Servers.Result show(String parameter) throws Exception {
        return Servers.run(as(List.of(BIN + "postgres", "-D", data.toString(), "-C", parameter)));
    }

    private static void use(ConfigFile f) throws IOException {
        Path conf = data.resolve("lifeboat.conf");
        Files.writeString(conf, f.text(), StandardCharsets.UTF_8);
        if (Servers.root()) {
            Files.setOwner(conf, dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres"));
        }
    }

    /** A postgresql.conf value as PostgreSQL reads it: quotes removed, doubled quotes made one. */
    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1).replace("''", "'");
        }
        return value;
    }

    /**
     * A time written with a unit ({@code 4h}, as recovery_min_apply_delay is) in the milliseconds postgres -C
     * prints for a parameter whose base unit is the millisecond; any other value as it is.
     */
    static String milliseconds(String value) {
        Matcher m = Pattern.compile("([0-9]+)(ms|s|min|h|d)").matcher(value);
        if (!m.matches()) {
            return value;
        }
        long factor = switch (m.group(2)) {
            case "ms" -> 1;
            case "s" -> 1000;
            case "min" -> 60_000;
            case "h" -> 3_600_000;
            default -> 86_400_000;
        };
        return String.valueOf(Long.parseLong(m.group(1)) * factor);
    }

    @Test
    void postgresTakesEveryGeneratedParameterWithTheValueWritten() throws Exception {
        List<ConfigFile> files = ConfigCases.endingWith("postgresql.conf");
        assertTrue(files.size() >= 8, "the samples and the variants make primaries and standbys: " + files.size());
        Set<String> checked = new HashSet<>();
        for (ConfigFile f : files) {
            use(f);
            List<String[]> settings = Servers.settings(f.text(), " = ");
            assertFalse(settings.isEmpty(), f.name());
            Servers.Result whole = show(settings.get(0)[0]);
            assertEquals(0, whole.exit(), f.name() + ": postgres refused the configuration: " + whole.out());
            for (String[] s : settings) {
                if (!checked.add(s[0] + " = " + s[1])) {
                    continue; // the same line in another file: read back once
                }
                Servers.Result r = show(s[0]);
                assertEquals(0, r.exit(), f.name() + ": postgres refused the configuration: " + r.out());
                assertEquals(milliseconds(unquote(s[1])), r.out().strip(), f.name() + ": " + s[0]);
            }
        }
    }

    @Test
    void theCheckCatchesABadParameter() throws Exception {
        use(new ConfigFile("bad.conf", "synchronous_commit = sometimes\n"));
        Servers.Result r = show("synchronous_commit");
        assertTrue(r.exit() != 0 && r.out().contains("synchronous_commit"), r.out());
        use(new ConfigFile("bad.conf", "wal_levels = replica\n"));
        r = show("wal_level");
        assertTrue(r.exit() != 0 && r.out().contains("wal_levels"), r.out());
    }
}

package dev.lifeboat.io.export.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every generated redis.conf and sentinel.conf, loaded by a real Redis 7: the server starts with the file on a
 * free port of 127.0.0.1, in a temporary folder, and {@code CONFIG GET} (for Sentinel, {@code SENTINEL CONFIG GET}
 * and {@code SENTINEL MASTER}) must give back every value written; then it is shut down. A file Redis refuses
 * stops it at start, which fails the test with Redis' own message.
 */
class RedisServerTest {

    private static final String INSTALL = "redis-server";
    /** Where the test puts the primary, in place of the placeholder: a host name, which Sentinel must accept. */
    private static final String PRIMARY = "localhost";

    @Test
    void redisTakesEveryGeneratedDirectiveWithTheValueWritten() throws Exception {
        List<ConfigFile> files = ConfigCases.endingWith("redis.conf");
        assertTrue(files.size() >= 8, "primaries, replicas and cluster nodes: " + files.size());
        for (ConfigFile f : files) {
            List<String[]> settings = Servers.settings(f.text(), " ");
            assertFalse(settings.isEmpty(), f.name());
            withServer(f, false, redis -> {
                for (String[] s : settings) {
                    Object reply = redis.call("CONFIG", "GET", s[0]);
                    assertEquals(List.of(s[0], s[1].equals("\"\"") ? "" : s[1]), reply, f.name() + ": " + s[0]);
                }
            });
        }
    }

    @Test
    void sentinelTakesEveryGeneratedDirectiveAndAcceptsAHostName() throws Exception {
        List<ConfigFile> files = ConfigCases.endingWith("sentinel.conf");
        assertTrue(files.size() >= 3, "the Sentinel sample and variants: " + files.size());
        for (ConfigFile f : files) {
            String master = null;
            String downAfter = null;
            String quorum = null;
            for (String[] s : Servers.settings(f.text(), " ")) {
                String[] words = s[1].split(" ");
                if (s[0].equals("sentinel") && words[0].equals("monitor")) {
                    master = words[1];
                    quorum = words[4];
                    assertEquals(ConfigContext.CHANGE_ME + "-primary-host", words[2], f.name());
                } else if (s[0].equals("sentinel") && words[0].equals("down-after-milliseconds")) {
                    downAfter = words[2];
                }
            }
            assertTrue(master != null && downAfter != null, f.name() + " monitors nothing");
            String name = master;
            String after = downAfter;
            String votes = quorum;
            ConfigFile filled = new ConfigFile(f.name(), f.text().replace(ConfigContext.CHANGE_ME + "-primary-host",
                    PRIMARY));
            withServer(filled, true, sentinel -> {
                assertEquals(List.of("resolve-hostnames", "yes"), sentinel.call("SENTINEL", "CONFIG", "GET",
                        "resolve-hostnames"), f.name());
                assertEquals(List.of("announce-hostnames", "yes"), sentinel.call("SENTINEL", "CONFIG", "GET",
                        "announce-hostnames"), f.name());
                Map<String, String> fields = fields(sentinel.call("SENTINEL", "MASTER", name));
                assertEquals(PRIMARY, fields.get("ip"), f.name() + ": " + fields);
                assertEquals("6379", fields.get("port"), f.name());
                assertEquals(votes, fields.get("quorum"), f.name());
                assertEquals(after, fields.get("down-after-milliseconds"), f.name());
            });
        }
    }

    @Test
    void aBadDirectiveStopsRedisAtStart() throws Exception {
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () ->
                withServer(new ConfigFile("bad.redis.conf", "appendfsync sometimes\n"), false, r -> { }));
        assertTrue(e.getMessage().contains("appendfsync"), e.getMessage());
    }

    private static Map<String, String> fields(Object reply) {
        assertTrue(reply instanceof List, String.valueOf(reply));
        List<?> list = (List<?>) reply;
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i + 1 < list.size(); i += 2) {
            map.put(String.valueOf(list.get(i)), String.valueOf(list.get(i + 1)));
        }
        return map;
    }

    /** What a test does with a running server. */
    interface Check {
        void with(Resp server) throws Exception;
    }

    /**
     * Starts redis-server (or Sentinel) with the file on a free loopback port in a temporary folder, runs the
     * check, and always shuts the server down and removes the folder.
     */
    private static void withServer(ConfigFile f, boolean sentinel, Check check) throws Exception {
        Path redis = Servers.require("redis-server", INSTALL);
        Path dir = Files.createTempDirectory("lifeboat-redis");
        Process p = null;
        try {
            Path conf = dir.resolve(f.name());
            Files.writeString(conf, f.text(), StandardCharsets.UTF_8);
            Path log = dir.resolve("server.log");
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(redis.toString(), conf.toString()));
            if (sentinel) {
                command.add("--sentinel");
            }
            command.addAll(List.of("--port", String.valueOf(port), "--bind", "127.0.0.1", "--dir", dir.toString(),
                    "--daemonize", "no", "--logfile", log.toString()));
            p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("stdout.log").toFile()).start();
            try (Resp server = connect(p, port, dir)) {
                check.with(server);
                server.call("SHUTDOWN", "NOSAVE");
            } catch (IOException e) {
                // SHUTDOWN closes the connection without a reply
            }
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                fail(f.name() + ": the server did not stop within 10 s");
            }
        } finally {
            if (p != null && p.isAlive()) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            Servers.delete(dir);
        }
    }

    /** Connects once the server answers PING, at most 10 s; fails with the server's output if it stopped. */
    private static Resp connect(Process p, int port, Path dir) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (!p.isAlive()) {
                fail("redis-server refused the configuration: " + output(dir));
            }
            try {
                Resp r = new Resp(port);
                if ("PONG".equals(r.call("PING"))) {
                    return r;
                }
                r.close();
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        return fail("redis-server did not answer within 10 s: " + output(dir));
    }

    private static String output(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String name : List.of("stdout.log", "server.log")) {
            Path p = dir.resolve(name);
            if (Files.exists(p)) {
                sb.append(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}

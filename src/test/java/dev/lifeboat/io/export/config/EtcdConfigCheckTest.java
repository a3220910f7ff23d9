package dev.lifeboat.io.export.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every generated etcd.conf.yml, read as YAML, with keys of etcd's configuration flags
 * (https://etcd.io/docs/v3.5/op-guide/configuration/ and etcd.conf.yml.sample: name, data-dir, initial-cluster,
 * initial-cluster-token, initial-cluster-state, initial-advertise-peer-urls, listen-peer-urls, listen-client-urls,
 * advertise-client-urls, heartbeat-interval, election-timeout, snapshot-count) and values etcd accepts; then
 * started by etcd itself (Debian's {@code etcd-server}) as a one-member cluster on 127.0.0.1, its placeholders
 * replaced, until it serves clients: etcd checks the timing values (election timeout at least five heartbeats,
 * at most 50 s) and logs the ones it took.
 */
class EtcdConfigCheckTest {

    private static final Set<String> KEYS = Set.of("name", "data-dir", "initial-cluster", "initial-cluster-token",
            "initial-cluster-state", "initial-advertise-peer-urls", "listen-peer-urls", "listen-client-urls",
            "advertise-client-urls", "heartbeat-interval", "election-timeout", "snapshot-count");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(ConfigFile f) throws IOException {
        return YAML.readValue(f.text(), LinkedHashMap.class);
    }

    @Test
    void everyKeyIsAnEtcdFlagWithAValueItAccepts() throws Exception {
        List<ConfigFile> files = ConfigCases.endingWith("etcd.conf.yml");
        assertTrue(files.size() >= 2, "the design's and the variants' Raft stores: " + files.size());
        for (ConfigFile f : files) {
            Map<String, Object> conf = read(f);
            assertEquals(KEYS, conf.keySet(), f.name());
            int heartbeat = (Integer) conf.get("heartbeat-interval");
            int election = (Integer) conf.get("election-timeout");
            assertTrue(heartbeat > 0 && election >= 5 * heartbeat && election <= EtcdConfig.MAX_ELECTION_MS,
                    f.name() + ": " + heartbeat + "/" + election);
            assertTrue((Integer) conf.get("snapshot-count") > 0, f.name());
            assertEquals("new", conf.get("initial-cluster-state"), f.name());
            String name = (String) conf.get("name");
            String cluster = (String) conf.get("initial-cluster");
            assertTrue(cluster.startsWith(name + "=" + conf.get("initial-advertise-peer-urls")), f.name());
            for (String member : cluster.split(",")) {
                assertTrue(member.matches("[A-Za-z0-9._-]+=http://[A-Za-z0-9.-]+:2380"), member);
            }
        }
    }

    @Test
    void theDesignsNumbersAreTheFilesNumbers() throws Exception {
        ConfigFile f = ConfigCases.all().stream().filter(c -> c.name().equals("config-store.etcd.conf.yml"))
                .findFirst().orElseThrow();
        Map<String, Object> conf = read(f);
        assertEquals(2000, conf.get("election-timeout"), "election_timeout 2s");
        assertEquals(200, conf.get("heartbeat-interval"));
        assertEquals(3, ((String) conf.get("initial-cluster")).split(",").length, "members 3");
        assertTrue(f.text().contains("0 * * * *  etcdctl --endpoints="), "hourly snapshot (backup_interval 1h)");
        assertEquals(100, EtcdConfig.electionMs(0));
        assertEquals(50_000, EtcdConfig.electionMs(3600));
    }

    @Test
    void etcdStartsWithEachFile() throws Exception {
        Path etcd = Servers.require("etcd", "etcd-server");
        for (ConfigFile f : ConfigCases.endingWith("etcd.conf.yml")) {
            Path dir = Files.createTempDirectory("lifeboat-etcd");
            Process p = null;
            try {
                int peer = freePort();
                int client = freePort();
                Map<String, Object> conf = read(f);
                String name = (String) conf.get("name");
                conf.put("data-dir", dir.resolve("data").toString());
                conf.put("initial-cluster", name + "=http://127.0.0.1:" + peer);
                conf.put("initial-advertise-peer-urls", "http://127.0.0.1:" + peer);
                conf.put("listen-peer-urls", "http://127.0.0.1:" + peer);
                conf.put("listen-client-urls", "http://127.0.0.1:" + client);
                conf.put("advertise-client-urls", "http://127.0.0.1:" + client);
                conf.put("logger", "zap");
                Path yml = dir.resolve("etcd.conf.yml");
                YAML.writeValue(yml.toFile(), conf);
                Path log = dir.resolve("etcd.log");
                p = new ProcessBuilder(etcd.toString(), "--config-file", yml.toString()).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                String out = "";
                // a single member elects itself within about one election timeout (the slow design's is 50 s):
                // wait that long twice, and 30 s more for a loaded machine
                long electionMs = ((Number) conf.get("election-timeout")).longValue();
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(30_000 + 2 * electionMs);
                while (System.nanoTime() < deadline && p.isAlive() && !out.contains("serving client traffic")) {
                    Thread.sleep(100);
                    out = Files.readString(log, StandardCharsets.UTF_8);
                }
                assertTrue(out.contains("serving client traffic"), f.name() + ": etcd did not start: " + out);
                assertTrue(out.contains("\"heartbeat-interval\":\"" + go(conf.get("heartbeat-interval")) + "\""),
                        f.name() + ": heartbeat-interval not taken: " + out);
                assertTrue(out.contains("\"election-timeout\":\"" + go(conf.get("election-timeout")) + "\""),
                        f.name() + ": election-timeout not taken: " + out);
                assertTrue(out.contains("\"snapshot-count\":" + conf.get("snapshot-count")), f.name() + ": " + out);
            } finally {
                if (p != null) {
                    p.destroy();
                    if (!p.waitFor(10, TimeUnit.SECONDS)) {
                        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    }
                }
                Servers.delete(dir);
            }
        }
    }

    /** Milliseconds as etcd logs them, in Go's duration format: "200ms", "2s", "1.5s". */
    private static String go(Object ms) {
        int v = (Integer) ms;
        if (v < 1000) {
            return v + "ms";
        }
        return v % 1000 == 0 ? v / 1000 + "s" : v / 1000.0 + "s";
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

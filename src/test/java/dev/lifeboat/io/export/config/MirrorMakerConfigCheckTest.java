package dev.lifeboat.io.export.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every generated connect-mirror-maker.properties, read as Java properties (as connect-mirror-maker.sh reads it)
 * and checked against MirrorMaker 2's configuration in the Kafka documentation (#georeplication: "Configuring
 * Geo-Replication", and KIP-382's MirrorMakerConfig): the clusters by alias, a bootstrap.servers per alias, flows
 * {@code A->B.enabled} and {@code A->B.topics} between known aliases, the replication factors and intervals as
 * positive whole numbers, booleans as true or false. Kafka's connect-mirror (which holds MirrorMakerConfig) is
 * not among the packages this build can fetch, so the keys are listed here.
 */
class MirrorMakerConfigCheckTest {

    private static final Set<String> GLOBAL = Set.of("clusters", "replication.factor",
            "checkpoints.topic.replication.factor", "heartbeats.topic.replication.factor",
            "offset-syncs.topic.replication.factor", "offset.storage.replication.factor",
            "config.storage.replication.factor", "status.storage.replication.factor",
            "emit.checkpoints.interval.seconds", "sync.group.offsets.enabled", "sync.group.offsets.interval.seconds");

    private static Properties load(ConfigFile f) throws Exception {
        Properties p = new Properties();
        p.load(new StringReader(f.text()));
        return p;
    }

    @Test
    void everyKeyIsAMirrorMakerSettingBetweenKnownClusters() throws Exception {
        List<ConfigFile> files = ConfigCases.endingWith("connect-mirror-maker.properties");
        assertTrue(!files.isEmpty(), "the geo-replicated Kafka sample writes one");
        for (ConfigFile f : files) {
            Properties p = load(f);
            List<String> aliases = Arrays.stream(p.getProperty("clusters").split(",")).map(String::strip).toList();
            assertEquals(2, aliases.size(), f.name());
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                int arrow = key.indexOf("->");
                if (GLOBAL.contains(key)) {
                    if (key.endsWith("enabled")) {
                        assertTrue(Set.of("true", "false").contains(value), f.name() + ": " + key);
                    } else if (!key.equals("clusters")) {
                        assertTrue(value.matches("[1-9][0-9]{0,4}"), f.name() + ": " + key + "=" + value);
                    }
                } else if (arrow > 0) {
                    String source = key.substring(0, arrow);
                    String rest = key.substring(arrow + 2);
                    int dot = rest.indexOf('.');
                    assertTrue(aliases.contains(source) && dot > 0 && aliases.contains(rest.substring(0, dot)),
                            f.name() + ": a flow between unknown clusters: " + key);
                    String setting = rest.substring(dot + 1);
                    assertTrue(Set.of("enabled", "topics").contains(setting), f.name() + ": " + key);
                    if (setting.equals("topics")) {
                        Pattern.compile(value);
                    } else {
                        assertTrue(Set.of("true", "false").contains(value), f.name() + ": " + key);
                    }
                } else {
                    int dot = key.indexOf('.');
                    assertTrue(dot > 0 && aliases.contains(key.substring(0, dot))
                            && key.substring(dot + 1).equals("bootstrap.servers"),
                            f.name() + ": not a setting: " + key);
                }
            }
            for (String alias : aliases) {
                assertTrue(p.containsKey(alias + ".bootstrap.servers"), f.name() + ": " + alias);
            }
        }
    }

    @Test
    void theSampleMirrorsOneWayWithTheClustersReplicationFactorAndTheLag() throws Exception {
        ConfigFile f = ConfigCases.all().stream()
                .filter(c -> c.name().equals("payment-events.connect-mirror-maker.properties")).findFirst()
                .orElseThrow();
        Properties p = load(f);
        assertEquals("true", p.getProperty("primary->dr.enabled"));
        assertEquals("false", p.getProperty("dr->primary.enabled"));
        assertEquals("3", p.getProperty("replication.factor"), "replication_factor 3");
        assertEquals("30", p.getProperty("emit.checkpoints.interval.seconds"), "replication_lag 30s (Kafka's default)");
        assertEquals("true", p.getProperty("sync.group.offsets.enabled"));
    }
}

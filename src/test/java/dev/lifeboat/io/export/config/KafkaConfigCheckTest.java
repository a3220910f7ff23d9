package dev.lifeboat.io.export.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Every generated Kafka file, checked by Kafka's own code where the client library has it: producer properties
 * by {@link ProducerConfig} (which refuses an unknown type, a bad value, and idempotence without acks=all),
 * topic keys against {@link TopicConfig}'s names. The client library knows no broker configs: those are checked
 * with Kafka's {@link ConfigDef} against the types and valid values of the broker configuration reference,
 * https://kafka.apache.org/39/documentation.html#brokerconfigs (Kafka 3.9).
 */
class KafkaConfigCheckTest {

    /** The broker configs the export writes, as the 3.9 reference lists them (type, valid values). */
    private static final ConfigDef BROKER = new ConfigDef()
            .define("default.replication.factor", ConfigDef.Type.INT, 1, ConfigDef.Importance.MEDIUM, "")
            .define("min.insync.replicas", ConfigDef.Type.INT, 1, ConfigDef.Range.atLeast(1),
                    ConfigDef.Importance.HIGH, "")
            .define("unclean.leader.election.enable", ConfigDef.Type.BOOLEAN, false, ConfigDef.Importance.HIGH, "")
            .define("offsets.topic.replication.factor", ConfigDef.Type.SHORT, (short) 3, ConfigDef.Range.atLeast(1),
                    ConfigDef.Importance.HIGH, "")
            .define("transaction.state.log.replication.factor", ConfigDef.Type.SHORT, (short) 3,
                    ConfigDef.Range.atLeast(1), ConfigDef.Importance.HIGH, "")
            .define("transaction.state.log.min.isr", ConfigDef.Type.INT, 2, ConfigDef.Range.atLeast(1),
                    ConfigDef.Importance.HIGH, "")
            .define("num.partitions", ConfigDef.Type.INT, 1, ConfigDef.Range.atLeast(1), ConfigDef.Importance.MEDIUM,
                    "")
            .define("log.retention.ms", ConfigDef.Type.LONG, null, ConfigDef.Importance.HIGH, "")
            .define("broker.rack", ConfigDef.Type.STRING, null, ConfigDef.Importance.MEDIUM, "");

    private static Properties load(ConfigFile f) throws Exception {
        Properties p = new Properties();
        p.load(new StringReader(f.text()));
        assertTrue(!p.isEmpty(), f.name());
        return p;
    }

    @Test
    void kafkaAcceptsEveryProducerFileAndReadsItsAcks() throws Exception {
        List<ConfigFile> files = ConfigCases.endingWith("producer.properties");
        assertTrue(files.size() >= 5, "acks all, 1 and 0: " + files.size());
        Set<String> acks = new HashSet<>();
        for (ConfigFile f : files) {
            Properties p = load(f);
            for (String key : p.stringPropertyNames()) {
                assertTrue(ProducerConfig.configNames().contains(key), f.name() + ": not a producer config: " + key);
            }
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            ProducerConfig config = new ProducerConfig(p);
            String written = p.getProperty("acks");
            assertEquals(written.equals("all") ? "-1" : written, config.getString(ProducerConfig.ACKS_CONFIG),
                    f.name() + " (Kafka reads all as -1)");
            assertEquals(Boolean.parseBoolean(p.getProperty("enable.idempotence")),
                    config.getBoolean(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG), f.name());
            acks.add(p.getProperty("acks"));
        }
        assertEquals(Set.of("all", "1", "0"), acks);
    }

    @Test
    void theProducerCheckRefusesIdempotenceWithoutAcksAll() {
        Properties p = new Properties();
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put("acks", "1");
        p.put("enable.idempotence", "true");
        assertThrows(ConfigException.class, () -> new ProducerConfig(p));
    }

    @Test
    void everyTopicKeyIsATopicConfigWithAValidValue() throws Exception {
        Set<String> names = new HashSet<>();
        for (Field field : TopicConfig.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getName().endsWith("_CONFIG")) {
                names.add((String) field.get(null));
            }
        }
        assertTrue(names.contains("min.insync.replicas"));
        List<ConfigFile> files = ConfigCases.endingWith("topic.properties");
        assertTrue(files.size() >= 5, String.valueOf(files.size()));
        ConfigDef topic = new ConfigDef()
                .define(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, ConfigDef.Type.INT, 1, ConfigDef.Range.atLeast(1),
                        ConfigDef.Importance.HIGH, "")
                .define(TopicConfig.UNCLEAN_LEADER_ELECTION_ENABLE_CONFIG, ConfigDef.Type.BOOLEAN, false,
                        ConfigDef.Importance.HIGH, "")
                .define(TopicConfig.RETENTION_MS_CONFIG, ConfigDef.Type.LONG, 604800000L,
                        ConfigDef.Range.atLeast(-1), ConfigDef.Importance.HIGH, "");
        for (ConfigFile f : files) {
            Properties p = load(f);
            for (String key : p.stringPropertyNames()) {
                assertTrue(names.contains(key), f.name() + ": not a topic config: " + key);
            }
            Map<String, Object> parsed = topic.parse(p);
            assertEquals(Integer.parseInt(p.getProperty("min.insync.replicas")), parsed.get("min.insync.replicas"));
        }
    }

    @Test
    void everyBrokerKeyIsInTheReferenceWithAValidValue() throws Exception {
        List<ConfigFile> files = ConfigCases.endingWith("server.properties");
        assertTrue(files.size() >= 5, String.valueOf(files.size()));
        for (ConfigFile f : files) {
            Properties p = load(f);
            for (String key : p.stringPropertyNames()) {
                assertTrue(BROKER.names().contains(key), f.name() + ": not a broker config we checked: " + key);
            }
            Map<String, Object> parsed = BROKER.parse(p);
            assertTrue((int) parsed.get("transaction.state.log.min.isr")
                    <= (short) parsed.get("transaction.state.log.replication.factor"), f.name());
        }
        Properties bad = new Properties();
        bad.put("min.insync.replicas", "0");
        assertThrows(ConfigException.class, () -> BROKER.parse(bad));
    }
}

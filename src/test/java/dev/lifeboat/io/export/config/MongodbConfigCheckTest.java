package dev.lifeboat.io.export.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Every generated mongod.conf, read by a YAML parser and checked against the MongoDB 7.0 reference, since no
 * MongoDB server is in Debian's main packages: each option is one of
 * https://www.mongodb.com/docs/v7.0/reference/configuration-options/ with a value it accepts
 * ({@code storage.journal.commitIntervalMs} 1 to 500, {@code replication.replSetName} a string), and the removed
 * {@code storage.journal.enabled} (gone since 6.1, which MongoDB 7 refuses to start with) never appears.
 */
class MongodbConfigCheckTest {

    private static final Map<String, Predicate<JsonNode>> OPTIONS = Map.of(
            "storage.journal.commitIntervalMs", v -> v.isInt() && v.asInt() >= 1 && v.asInt() <= 500,
            "replication.replSetName", v -> v.isTextual() && v.asText().matches("[A-Za-z0-9._-]+"));

    @Test
    void everyOptionIsInTheReferenceWithAValueItAccepts() throws Exception {
        List<ConfigFile> files = ConfigCases.endingWith("mongod.conf");
        assertTrue(files.size() >= 4, String.valueOf(files.size()));
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        int replicaSets = 0;
        for (ConfigFile f : files) {
            Map<String, JsonNode> options = new TreeMap<>();
            flatten("", yaml.readTree(f.text()), options);
            assertFalse(options.isEmpty(), f.name());
            for (Map.Entry<String, JsonNode> e : options.entrySet()) {
                assertTrue(OPTIONS.containsKey(e.getKey()), f.name() + ": not an option of the reference: "
                        + e.getKey());
                assertTrue(OPTIONS.get(e.getKey()).test(e.getValue()), f.name() + ": " + e);
            }
            assertFalse(f.text().contains("enabled:"), f.name());
            replicaSets += options.containsKey("replication.replSetName") ? 1 : 0;
        }
        assertTrue(replicaSets >= 2, "replica sets are written");
    }

    @Test
    void theWriteConcernIsTheDesignsInTheDriverLine() throws Exception {
        ConfigFile audit = ConfigCases.all().stream().filter(f -> f.name().equals("audit-store.mongod.conf"))
                .findFirst().orElseThrow();
        assertTrue(audit.text().contains("?replicaSet=audit-store&w=majority&journal=true\n"), audit.text());
        assertEquals(1, audit.text().split("setDefaultRWConcern", -1).length - 1);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else {
            out.put(prefix, node);
        }
    }
}

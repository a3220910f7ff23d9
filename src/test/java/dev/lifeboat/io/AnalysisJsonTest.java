package dev.lifeboat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.model.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fields of the JSON contract that the samples do not exercise. */
class AnalysisJsonTest {

    @Test
    void aRebuildableCacheSaysSoAndAStoreDoesNot() throws Exception {
        Topology t = TopologyFiles.read("{\"service_name\": \"api\", \"cache\": {\"type\": \"Redis\", "
                + "\"role\": \"cache\"}, \"database\": {\"type\": \"PostgreSQL\"}}", null);

        JsonNode components = new ObjectMapper().readTree(AnalysisJson.write(t, RuleBook.standard().analyse(t),
                List.of(Scenario.NODE_LOSS))).get("components");

        for (JsonNode c : components) {
            boolean rebuildable = c.get("scenarios").get("node-loss").get("rebuildable").asBoolean();
            if (c.get("kind").asText().equals("redis")) {
                assertTrue(rebuildable, c.toString());
            } else {
                assertFalse(rebuildable, c.toString());
            }
        }
    }

    @Test
    void eachComponentAndTheDesignCarryTheirMonthlyCost() throws Exception {
        Topology t = TopologyFiles.read("{\"format\": \"lifeboat\", \"version\": 3, \"components\": ["
                + "{\"id\": \"api\", \"kind\": \"service\", \"settings\": {\"instances\": 2}},"
                + "{\"id\": \"db\", \"kind\": \"postgresql\", \"settings\": {\"replication_mode\": \"sync\","
                + " \"replicas\": 1}}]}", null);

        JsonNode root = new ObjectMapper().readTree(AnalysisJson.write(t, RuleBook.standard().analyse(t),
                List.of(Scenario.NODE_LOSS)));

        // api: 2 x 70.08; db: 2 x 110.96 + 2 x 100 GB x 0.08 + 300 GB across zones x 0.02
        assertEquals(140.16, root.get("components").get(0).get("monthly_cost").asDouble(), 0.001);
        JsonNode db = root.get("components").get(1);
        assertEquals(243.92, db.get("monthly_cost").asDouble(), 0.001);
        assertEquals("Primary and replicas", db.get("cost_lines").get(0).get("what").asText());
        assertTrue(db.get("cost_lines").get(0).get("basis").asText().contains("db.m6g.large"));
        JsonNode sync = db.get("performance").get(0);
        assertEquals("replication_mode", sync.get("setting").asText());
        assertEquals(1.5, sync.get("latency_ms").asDouble());
        assertTrue(sync.get("assumed").asBoolean());
        assertEquals("USD", root.get("currency").asText());
        assertEquals(384.08, root.get("monthly_cost").asDouble(), 0.001);
        assertTrue(db.get("scenarios").get("node-loss").has("rpo_seconds"), "existing fields stay");
    }
}

package dev.lifeboat.io;

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
}

package dev.lifeboat.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.model.Topology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A topology's native JSON with its lists sorted: equal exactly when two topologies hold the same things,
 * whatever order they were added in (an undo re-adds a deleted component at the end).
 */
public final class Canonical {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Canonical() {
    }

    public static String of(Topology t) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(TopologyFiles.toJson(t));
            for (String list : List.of("places", "components", "dependencies", "journeys")) {
                if (root.get(list) instanceof ArrayNode a) {
                    List<JsonNode> items = new ArrayList<>();
                    a.forEach(items::add);
                    items.sort(Comparator.comparing(JsonNode::toString));
                    a.removeAll();
                    a.addAll(items);
                }
            }
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.lifeboat.io;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Topology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every component a canvas position in columns: components nothing depends on (the entry
 * services) on the left, each dependency one column to the right of its furthest dependent. Within a
 * column, components are ordered by the rows of their dependents, so arrows cross little.
 */
final class LayeredLayout {

    static final double LEFT = 40;
    static final double TOP = 40;
    static final double COLUMN = 220;
    static final double ROW = 110;

    private LayeredLayout() {
    }

    static void apply(Topology topology) {
        List<Component> components = new ArrayList<>(topology.components());
        int n = components.size();
        Map<Component, Integer> order = new HashMap<>();
        Map<Component, Integer> column = new HashMap<>();
        for (int i = 0; i < n; i++) {
            order.put(components.get(i), i);
            column.put(components.get(i), 0);
        }
        // longest path from the components nothing depends on; capped so that a cycle cannot loop forever
        for (int round = 0; round < n; round++) {
            boolean changed = false;
            for (Dependency d : topology.dependencies()) {
                int wanted = column.get(d.source()) + 1;
                if (wanted < n && column.get(d.target()) < wanted) {
                    column.put(d.target(), wanted);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        int columns = column.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        Map<Component, Integer> row = new HashMap<>();
        for (int col = 0; col < columns; col++) {
            final int c = col;
            List<Component> inColumn = new ArrayList<>();
            for (Component comp : components) {
                if (column.get(comp) == c) {
                    inColumn.add(comp);
                }
            }
            inColumn.sort(Comparator.comparingDouble((Component comp) -> parentRow(topology, comp, row))
                    .thenComparing(order::get));
            for (int r = 0; r < inColumn.size(); r++) {
                Component comp = inColumn.get(r);
                row.put(comp, r);
                topology.move(comp, LEFT + c * COLUMN, TOP + r * ROW);
            }
        }
    }

    /** The average row of the already placed dependents, or -1 when there is none (keeps file order). */
    private static double parentRow(Topology topology, Component c, Map<Component, Integer> row) {
        double sum = 0;
        int count = 0;
        for (Dependency d : topology.dependentsOf(c)) {
            Integer r = row.get(d.source());
            if (r != null) {
                sum += r;
                count++;
            }
        }
        return count == 0 ? -1 : sum / count;
    }
}

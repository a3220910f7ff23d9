package dev.lifeboat.io;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Topology;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every component a canvas position in columns: components nothing depends on (the entry
 * services) on the left, each dependency one column to the right of its furthest dependent. Within a
 * column, components are ordered by the rows of their dependents, so arrows cross little.
 *
 * <p>Linear in the size of the topology (plus a sort per column): components are placed in topological
 * order, each dependency looked at once. In a cycle, the component first in file order is placed first, as
 * if the dependencies still pointing at it from the cycle were not there.
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
        Map<Component, Integer> index = new HashMap<>(2 * n);
        for (int i = 0; i < n; i++) {
            index.put(components.get(i), i);
        }
        int[] column = columns(topology, components, index);

        List<List<Integer>> byColumn = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            while (byColumn.size() <= column[i]) {
                byColumn.add(new ArrayList<>());
            }
            byColumn.get(column[i]).add(i);
        }
        int[] row = new int[n];
        Arrays.fill(row, -1);
        double[] key = new double[n];
        for (int c = 0; c < byColumn.size(); c++) {
            List<Integer> inColumn = byColumn.get(c);
            for (int i : inColumn) {
                key[i] = parentRow(topology, components.get(i), index, row);
            }
            inColumn.sort(Comparator.comparingDouble((Integer i) -> key[i]).thenComparingInt(i -> i));
            for (int r = 0; r < inColumn.size(); r++) {
                int i = inColumn.get(r);
                row[i] = r;
                topology.move(components.get(i), LEFT + c * COLUMN, TOP + r * ROW);
            }
        }
    }

    /** The column of each component (by file index): its longest chain of dependents. */
    private static int[] columns(Topology topology, List<Component> components, Map<Component, Integer> index) {
        int n = components.size();
        int[] column = new int[n];
        int[] waiting = new int[n];
        for (Dependency d : topology.dependencies()) {
            waiting[index.get(d.target())]++;
        }
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        boolean[] placed = new boolean[n];
        int firstUnplaced = 0;
        for (int count = 0; count < n; count++) {
            if (ready.isEmpty()) {
                // only cycles are left: break one at its first component in file order
                while (placed[firstUnplaced]) {
                    firstUnplaced++;
                }
                ready.add(firstUnplaced);
            }
            int i = ready.poll();
            placed[i] = true;
            for (Dependency d : topology.dependenciesOf(components.get(i))) {
                int t = index.get(d.target());
                if (!placed[t]) {
                    column[t] = Math.max(column[t], column[i] + 1);
                    if (--waiting[t] == 0) {
                        ready.add(t);
                    }
                }
            }
        }
        return column;
    }

    /** The average row of the already placed dependents, or -1 when there is none (keeps file order). */
    private static double parentRow(Topology topology, Component c, Map<Component, Integer> index, int[] row) {
        double sum = 0;
        int count = 0;
        for (Dependency d : topology.dependentsOf(c)) {
            int r = row[index.get(d.source())];
            if (r >= 0) {
                sum += r;
                count++;
            }
        }
        return count == 0 ? -1 : sum / count;
    }
}

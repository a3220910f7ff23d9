package dev.lifeboat.ui.canvas;

import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.command.MoveCommand;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Arranges components in recovery waves, left to right: first the components that depend on nothing,
 * then each component one column right of its furthest dependency, entry services last. Places become
 * horizontal bands (unplaced components on top, then each region with its zones below one another), so
 * containers never overlap and are fitted around their members. The result is one undoable
 * {@link MoveCommand}.
 */
public final class AutoLayout {

    static final double LEFT = 60;
    static final double TOP = 60;
    static final double COLUMN = 260;
    static final double ROW = 110;
    static final double PAD = 20;
    static final double HEADER = 30;

    private AutoLayout() {
    }

    public static MoveCommand plan(Topology t) {
        List<Component> all = new ArrayList<>(t.components());
        Map<Component, Integer> wave = waves(t, all);
        int columns = wave.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        double right = LEFT + (columns - 1) * COLUMN + ComponentCard.WIDTH;

        // bands: unplaced, then per region its own members and each of its zones, then zones without region
        Map<Place, List<Component>> members = new LinkedHashMap<>();
        List<Component> unplaced = new ArrayList<>();
        for (Component c : all) {
            if (c.place() == null) {
                unplaced.add(c);
            } else {
                members.computeIfAbsent(c.place(), k -> new ArrayList<>()).add(c);
            }
        }
        MoveCommand cmd = new MoveCommand("Auto-layout");
        Map<Component, double[]> at = new IdentityHashMap<>();
        double y = TOP;
        y = band(unplaced, wave, y, at);
        for (Place region : t.places()) {
            if (region.kind() != PlaceKind.REGION) {
                continue;
            }
            double top = y;
            y += HEADER;
            y = band(members.getOrDefault(region, List.of()), wave, y, at);
            for (Place zone : t.places()) {
                if (zone.region() == region) {
                    y = zone(cmd, zone, members.getOrDefault(zone, List.of()), wave, y, right, at);
                }
            }
            y += PAD;
            cmd.move(region, new Bounds(LEFT - 2 * PAD, top, right - LEFT + 4 * PAD, y - top));
            y += 2 * PAD;
        }
        for (Place zone : t.places()) {
            if (zone.kind() == PlaceKind.ZONE && zone.region() == null) {
                y = zone(cmd, zone, members.getOrDefault(zone, List.of()), wave, y, right, at) + PAD;
            }
        }
        for (Component c : all) {
            double[] p = at.get(c);
            cmd.move(c, p[0], p[1], c.place());
        }
        return cmd;
    }

    private static double zone(MoveCommand cmd, Place zone, List<Component> in, Map<Component, Integer> wave,
                               double y, double right, Map<Component, double[]> at) {
        double top = y;
        double bottom = band(in, wave, y + HEADER, at);
        if (in.isEmpty()) {
            bottom += ROW / 2;
        }
        cmd.move(zone, new Bounds(LEFT - PAD, top, right - LEFT + 2 * PAD, bottom + PAD - top));
        return bottom + 2 * PAD;
    }

    /** Places components in their wave's column, stacked; returns the y below the band. */
    private static double band(List<Component> in, Map<Component, Integer> wave, double y,
                               Map<Component, double[]> at) {
        if (in.isEmpty()) {
            return y;
        }
        List<Component> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparingDouble(Component::y).thenComparingDouble(Component::x));
        Map<Integer, Integer> used = new LinkedHashMap<>();
        int rows = 0;
        for (Component c : sorted) {
            int w = wave.get(c);
            int row = used.merge(w, 1, Integer::sum) - 1;
            at.put(c, new double[] {LEFT + w * COLUMN, y + row * ROW});
            rows = Math.max(rows, row + 1);
        }
        return y + rows * ROW - (ROW - ComponentCard.HEIGHT);
    }

    /** The wave (column) of each component: one more than its furthest dependency; cycles are capped. */
    private static Map<Component, Integer> waves(Topology t, List<Component> all) {
        Map<Component, Integer> wave = new IdentityHashMap<>();
        all.forEach(c -> wave.put(c, 0));
        int n = all.size();
        for (int round = 0; round < n; round++) {
            boolean changed = false;
            for (Dependency d : t.dependencies()) {
                int wanted = wave.get(d.target()) + 1;
                if (wanted < n && wave.get(d.source()) < wanted) {
                    wave.put(d.source(), wanted);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return wave;
    }
}

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
import java.util.List;
import java.util.Map;

/**
 * Arranges components in recovery waves, left to right: first the components that depend on nothing,
 * then each component one column right of its furthest dependency, entry services last. Containers are
 * then fitted around what is placed in them. The result is one undoable {@link MoveCommand}.
 */
public final class AutoLayout {

    static final double LEFT = 60;
    static final double TOP = 80;
    static final double COLUMN = 260;
    static final double ROW = 120;
    static final double PAD = 24;

    private AutoLayout() {
    }

    public static MoveCommand plan(Topology t) {
        List<Component> all = new ArrayList<>(t.components());
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
        int columns = wave.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        Map<Component, double[]> at = new IdentityHashMap<>();
        for (int col = 0; col < columns; col++) {
            final int c = col;
            List<Component> inColumn = new ArrayList<>(all.stream().filter(x -> wave.get(x) == c).toList());
            // group by place so that containers can enclose their members, then keep the drawing's order
            inColumn.sort(Comparator.comparing((Component x) -> placeKey(x)).thenComparingDouble(Component::y));
            double y = TOP;
            Place last = null;
            for (Component x : inColumn) {
                if (last != null && x.place() != last) {
                    y += PAD * 2;
                }
                at.put(x, new double[] {LEFT + col * COLUMN, y});
                y += ROW;
                last = x.place();
            }
        }
        MoveCommand cmd = new MoveCommand("Auto-layout");
        for (Component x : all) {
            double[] p = at.get(x);
            cmd.move(x, p[0], p[1], x.place());
        }
        for (PlaceKind kind : new PlaceKind[] {PlaceKind.ZONE, PlaceKind.REGION}) {
            for (Place p : t.places()) {
                if (p.kind() != kind) {
                    continue;
                }
                double minX = Double.MAX_VALUE;
                double minY = Double.MAX_VALUE;
                double maxX = -Double.MAX_VALUE;
                double maxY = -Double.MAX_VALUE;
                for (Component x : all) {
                    if (x.place() == p || (x.place() != null && x.place().region() == p)) {
                        double[] q = at.get(x);
                        minX = Math.min(minX, q[0]);
                        minY = Math.min(minY, q[1]);
                        maxX = Math.max(maxX, q[0] + ComponentCard.WIDTH);
                        maxY = Math.max(maxY, q[1] + ComponentCard.HEIGHT);
                    }
                }
                if (minX <= maxX) {
                    double pad = kind == PlaceKind.ZONE ? PAD : PAD * 1.6;
                    cmd.move(p, new Bounds(minX - pad, minY - pad - 22, maxX - minX + 2 * pad,
                            maxY - minY + 2 * pad + 22));
                }
            }
        }
        return cmd;
    }

    private static String placeKey(Component c) {
        Place p = c.place();
        if (p == null) {
            return "~";
        }
        return (p.kind() == PlaceKind.ZONE && p.region() != null ? p.region().id() + "/" : "") + p.id();
    }
}

package dev.lifeboat.ui.canvas;

import dev.lifeboat.model.Bounds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The bridge to the Eclipse Layout Kernel (plain Java, no OSGi): turns a {@link AutoLayout.Snapshot} into an
 * ELK graph (containers as compound nodes, one level of regions over zones), runs the layered algorithm with
 * orthogonal edge routing, and reads positions, container bounds and edge routes back in world coordinates.
 * Runs on whatever thread calls it and touches no JavaFX and no live model.
 */
final class ElkLayered {

    private static final double EMPTY_WIDTH = 220;
    private static final double EMPTY_HEIGHT = 120;
    /** Above this many components, the layout trades a few crossings for speed. */
    static final int LARGE = 150;
    private static volatile boolean registered;

    private ElkLayered() {
    }

    private static synchronized void register() {
        if (!registered) {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            registered = true;
        }
    }

    /**
     * Loads ELK and lays out a tiny graph, so that the user's first layout does not pay for loading its
     * classes and metadata (about a second on a busy two-core machine).
     */
    static void warmUp() {
        AutoLayout.Snapshot s = AutoLayout.Snapshot.empty();
        s.components.add(new AutoLayout.Snapshot.Card("a", null, 100, 50, 0, 0));
        s.components.add(new AutoLayout.Snapshot.Card("b", null, 100, 50, 0, 0));
        s.edges.add(new AutoLayout.Snapshot.Edge("a", "b"));
        layout(s, () -> false, p -> { });
    }

    /** Lays out a snapshot; checks {@code cancelled} between ELK's steps and reports progress from 0 to 1. */
    static AutoLayout.Result layout(AutoLayout.Snapshot snap, BooleanSupplier cancelled, DoubleConsumer progress) {
        register();
        AutoLayout.Result result = new AutoLayout.Result(snap.partial);
        if (snap.partial) {
            // each container's selected members among themselves, anchored where they were
            Map<String, List<AutoLayout.Snapshot.Card>> groups = new LinkedHashMap<>();
            snap.components.forEach(c -> groups.computeIfAbsent(c.place() == null ? "" : c.place(),
                    k -> new ArrayList<>()).add(c));
            int done = 0;
            for (List<AutoLayout.Snapshot.Card> group : groups.values()) {
                double x0 = group.stream().mapToDouble(AutoLayout.Snapshot.Card::x).min().orElse(0);
                double y0 = group.stream().mapToDouble(AutoLayout.Snapshot.Card::y).min().orElse(0);
                int total = groups.size();
                int before = done;
                layoutGraph(snap, group, List.of(), x0, y0, cancelled,
                        p -> progress.accept((before + p) / total), result);
                done++;
            }
            result.growContainers(snap);
        } else {
            layoutGraph(snap, snap.components, snap.places, AutoLayout.ORIGIN_X, AutoLayout.ORIGIN_Y, cancelled,
                    progress, result);
        }
        return result;
    }

    private static void layoutGraph(AutoLayout.Snapshot snap, List<AutoLayout.Snapshot.Card> cards,
                                    List<AutoLayout.Snapshot.Box> places, double originX, double originY,
                                    BooleanSupplier cancelled, DoubleConsumer progress, AutoLayout.Result out) {
        ElkNode root = ElkGraphUtil.createGraph();
        boolean large = cards.size() > LARGE;
        configure(root, large);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(0));
        Map<String, ElkNode> containers = new HashMap<>();
        for (AutoLayout.Snapshot.Box b : places) {
            if (b.isRegion()) {
                containers.put(b.id(), container(root, b.id(), large));
            }
        }
        for (AutoLayout.Snapshot.Box b : places) {
            if (!b.isRegion()) {
                ElkNode parent = b.region() == null ? root : containers.get(b.region());
                containers.put(b.id(), container(parent, b.id(), large));
            }
        }
        Map<String, ElkNode> nodes = new HashMap<>();
        for (AutoLayout.Snapshot.Card c : cards) {
            ElkNode parent = c.place() == null ? root : containers.getOrDefault(c.place(), root);
            ElkNode n = ElkGraphUtil.createNode(parent);
            n.setIdentifier(c.id());
            n.setDimensions(c.width(), c.height());
            nodes.put(c.id(), n);
        }
        for (ElkNode container : containers.values()) {
            if (container.getChildren().isEmpty()) {
                container.setDimensions(EMPTY_WIDTH, EMPTY_HEIGHT);
            }
        }
        Map<ElkEdge, AutoLayout.Snapshot.Edge> elkEdges = new LinkedHashMap<>();
        java.util.Set<List<ElkNode>> proxies = new java.util.HashSet<>();
        for (AutoLayout.Snapshot.Edge e : snap.edges) {
            ElkNode s = nodes.get(e.source());
            ElkNode t = nodes.get(e.target());
            if (s == null || t == null || s == t) {
                continue;
            }
            if (!large || s.getParent() == t.getParent()) {
                elkEdges.put(ElkGraphUtil.createSimpleEdge(s, t), e);
            } else {
                // a big graph lays each container out on its own; an edge between containers orders the two
                // containers (or cards) under their lowest common ancestor, and is drawn straight
                ElkNode lca = ElkGraphUtil.findLowestCommonAncestor(s, t);
                ElkNode a = childOn(lca, s);
                ElkNode b = childOn(lca, t);
                if (a != null && b != null && a != b && proxies.add(List.of(a, b))) {
                    ElkGraphUtil.createSimpleEdge(a, b);
                }
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new Monitor(cancelled, progress));
        if (cancelled.getAsBoolean()) {
            return;
        }
        // ELK puts the drawing's top-left at (0, 0): move it to the origin
        for (AutoLayout.Snapshot.Card c : cards) {
            ElkNode n = nodes.get(c.id());
            double[] abs = absolute(n);
            out.positions.put(c.id(), new double[] {originX + abs[0], originY + abs[1]});
        }
        containers.forEach((id, n) -> {
            double[] abs = absolute(n);
            out.places.put(id, new Bounds(originX + abs[0], originY + abs[1], n.getWidth(), n.getHeight()));
        });
        elkEdges.forEach((edge, e) -> {
            if (edge.getSections().isEmpty()) {
                return;
            }
            double[] base = absolute(edge.getContainingNode());
            double ox = originX + base[0];
            double oy = originY + base[1];
            List<Double> pts = new ArrayList<>();
            for (ElkEdgeSection s : edge.getSections()) {
                pts.add(ox + s.getStartX());
                pts.add(oy + s.getStartY());
                for (ElkBendPoint b : s.getBendPoints()) {
                    pts.add(ox + b.getX());
                    pts.add(oy + b.getY());
                }
                pts.add(ox + s.getEndX());
                pts.add(oy + s.getEndY());
            }
            double[] points = pts.stream().mapToDouble(Double::doubleValue).toArray();
            double[] s = out.positions.get(e.source());
            double[] t = out.positions.get(e.target());
            out.routes.add(new AutoLayout.Result.Route(e.source(), e.target(), s[0], s[1], t[0], t[1], points));
        });
    }

    /** The child of {@code ancestor} on the way down to {@code n}, or null when n is not below it. */
    private static ElkNode childOn(ElkNode ancestor, ElkNode n) {
        for (ElkNode x = n; x != null; x = x.getParent()) {
            if (x.getParent() == ancestor) {
                return x;
            }
        }
        return null;
    }

    private static ElkNode container(ElkNode parent, String id, boolean large) {
        ElkNode n = ElkGraphUtil.createNode(parent);
        n.setIdentifier(id);
        configure(n, large);
        // room for the title on top
        n.setProperty(CoreOptions.PADDING, new ElkPadding(44, 24, 24, 24));
        return n;
    }

    private static void configure(ElkNode n, boolean large) {
        n.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        // edges run from the dependent to its dependency: dependencies (the first waves) end up on the left
        n.setProperty(CoreOptions.DIRECTION, Direction.LEFT);
        n.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        n.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        n.setProperty(CoreOptions.SPACING_NODE_NODE, 30.0);
        n.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 70.0);
        n.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 20.0);
        n.setProperty(CoreOptions.SPACING_EDGE_NODE, 16.0);
        if (large) {
            // a big graph: each container on its own, inside out (laying the whole hierarchy out at once took
            // 1,000 components 5 to 30 s on a busy two-core machine, this about 2 s); fewer crossing passes
            n.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
            n.setProperty(LayeredOptions.THOROUGHNESS, 3);
        }
    }

    /** A node's top-left corner relative to the root. */
    private static double[] absolute(ElkNode n) {
        double x = 0;
        double y = 0;
        for (ElkNode p = n; p != null && p.getParent() != null; p = p.getParent()) {
            x += p.getX();
            y += p.getY();
        }
        return new double[] {x, y};
    }

    /** ELK's progress monitor, cancellable, reporting the share of the work done. */
    private static final class Monitor extends BasicProgressMonitor {

        private final BooleanSupplier cancelled;
        private final DoubleConsumer report;
        private final Monitor parent;
        private final float share;
        private float total = 1;
        private float completed;
        private Monitor child;
        private long lastReport;

        Monitor(BooleanSupplier cancelled, DoubleConsumer report) {
            this(cancelled, report, null, 1);
        }

        private Monitor(BooleanSupplier cancelled, DoubleConsumer report, Monitor parent, float share) {
            this.cancelled = cancelled;
            this.report = report;
            this.parent = parent;
            this.share = share;
        }

        @Override
        public boolean isCanceled() {
            return cancelled.getAsBoolean();
        }

        @Override
        protected void doBegin(String name, float totalWork, boolean topInstance, int maxLevels) {
            total = totalWork > 0 ? totalWork : 1;
        }

        @Override
        protected void doWorked(float work, float completedWork, boolean topInstance) {
            completed = completedWork;
            root().tick();
        }

        @Override
        protected BasicProgressMonitor doSubTask(float work, int maxHierarchyLevels) {
            child = new Monitor(cancelled, report, this, work);
            return child;
        }

        @Override
        protected void doDone(boolean topInstance, int maxLevels) {
            if (parent != null && parent.child == this) {
                parent.child = null;
            }
        }

        private Monitor root() {
            Monitor m = this;
            while (m.parent != null) {
                m = m.parent;
            }
            return m;
        }

        private double fraction() {
            double f = completed + (child == null ? 0 : child.share * child.fraction());
            return Math.min(1, f / total);
        }

        private void tick() {
            long now = System.nanoTime();
            if (now - lastReport > 50_000_000L) {
                lastReport = now;
                report.accept(fraction());
            }
        }
    }
}

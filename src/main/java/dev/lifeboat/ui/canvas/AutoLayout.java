package dev.lifeboat.ui.canvas;

import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.state.DesignerModel;
import dev.lifeboat.ui.command.Containment;
import dev.lifeboat.ui.command.MoveCommand;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Dimension2D;

/**
 * Auto layout (Ctrl+L) with the Eclipse Layout Kernel's layered algorithm: recovery waves read left to
 * right (what a component depends on lies left of it), arrows are routed orthogonally around the cards, and
 * regions and zones stay containers fitted around their members.
 *
 * <p>What it moves: with two or more components selected, only those (each container's selected members
 * among themselves, where they were; their containers grow to hold them), so that what the user arranged by
 * hand stays; with fewer, everything. The result is one undoable {@link MoveCommand}; the arrow routes go to
 * the view's {@link Routes}, not to the file.
 *
 * <p>The topology is read on the UI thread into a snapshot; the layout runs in the background through the
 * model's executor, on a thread of its own with a large stack (parts of ELK recurse as deep as the longest
 * dependency chain), reports its progress and can be cancelled. A layout that finds the document changed
 * meanwhile is dropped.
 */
public final class AutoLayout {

    private static final Logger LOG = Logger.getLogger(AutoLayout.class.getName());
    private static final long STACK_BYTES = 256L << 20;
    static final double ORIGIN_X = 40;
    static final double ORIGIN_Y = 40;

    private final DesignerModel model;
    private final Routes routes;
    private final Function<Component, Dimension2D> sizes;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private AtomicBoolean cancelled = new AtomicBoolean();
    private double lastMillis = Double.NaN;

    /**
     * @param routes where the arrow routes of a layout go (the canvas's)
     * @param sizes  the size of each component's card, as drawn
     */
    public AutoLayout(DesignerModel model, Routes routes, Function<Component, Dimension2D> sizes) {
        this.model = model;
        this.routes = routes;
        this.sizes = sizes;
        warmUp();
    }

    private static final AtomicBoolean WARM = new AtomicBoolean();

    /**
     * Loads ELK once per run, on a low-priority daemon thread of its own: a cache fill with no result for the
     * UI (so not through the executor, whose one worker opens documents), that spares the first Ctrl+L a second.
     */
    private static void warmUp() {
        if (WARM.compareAndSet(false, true)) {
            Thread t = new Thread(null, () -> {
                try {
                    ElkLayered.warmUp();
                } catch (RuntimeException | Error e) {
                    LOG.fine("auto layout warm-up failed: " + e);
                }
            }, "lifeboat-layout-warm-up", STACK_BYTES);
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        }
    }

    /** A layout for a model without a canvas: every card of the nominal size (tools and tests). */
    public AutoLayout(DesignerModel model) {
        this(model, new Routes(), c -> new Dimension2D(Containment.CARD_WIDTH, Containment.CARD_HEIGHT));
    }

    /** Lays out the selection (two or more components) or everything; does nothing while a layout runs. */
    public void run() {
        if (running.get()) {
            return;
        }
        List<Component> chosen = model.selection().of(Component.class);
        Snapshot snap = Snapshot.of(model.topology(), chosen.size() >= 2 ? chosen : null, sizes);
        long revision = model.document().commands().revisionProperty().get();
        var document = model.document();
        AtomicBoolean cancel = new AtomicBoolean();
        cancelled = cancel;
        running.set(true);
        progress.set(0);
        long start = System.nanoTime();
        model.setStatus("Laying out " + snap.components.size() + " components\u2026");
        model.executor().background(() -> computeOnLargeStack(snap, cancel, p -> model.executor().ui(() -> {
            if (!cancel.get()) {
                progress.set(p);
            }
        })), result -> {
            running.set(false);
            lastMillis = (System.nanoTime() - start) / 1e6;
            if (cancel.get()) {
                model.setStatus("Auto layout cancelled");
            } else if (model.document() != document
                    || model.document().commands().revisionProperty().get() != revision) {
                model.setStatus("Auto layout dropped: the document changed while it ran");
            } else {
                apply(result);
            }
        }, error -> {
            running.set(false);
            if (error instanceof CancellationException || cancel.get()) {
                model.setStatus("Auto layout cancelled");
            } else {
                LOG.warning("auto layout failed: " + error);
                model.setStatus("Auto layout failed: " + error.getMessage());
            }
        });
    }

    /** Stops a running layout; the drawing stays as it was. */
    public void cancel() {
        cancelled.set(true);
        running.set(false);
    }

    /** Whether a layout is running. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** How far the running layout is, from 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** How long the last layout took, snapshot to result, in milliseconds (NaN before the first). */
    public double lastMillis() {
        return lastMillis;
    }

    private void apply(Result r) {
        Topology t = model.topology();
        MoveCommand cmd = new MoveCommand("Auto layout");
        r.places.forEach((id, b) -> t.place(id).ifPresent(p -> cmd.move(p, b)));
        r.positions.forEach((id, xy) -> t.component(id).ifPresent(c -> cmd.move(c, xy[0], xy[1], c.place())));
        if (!r.routes.isEmpty() || r.places.size() + r.positions.size() > 0) {
            if (!r.partial) {
                routes.clear();
            }
            for (Result.Route route : r.routes) {
                routes.put(route.source, route.target, route.sx, route.sy, route.tx, route.ty, route.points);
            }
        }
        if (cmd.isEmpty()) {
            routes.changed();
            model.setStatus("Auto layout: everything is already in place");
            return;
        }
        model.execute(cmd);
        routes.changed();
    }

    /** Runs the layout on a thread with a large stack, so that a deep topology cannot overflow it. */
    static Result computeOnLargeStack(Snapshot snap, AtomicBoolean cancel, DoubleConsumer progress)
            throws InterruptedException {
        Object[] out = new Object[1];
        Thread t = new Thread(null, () -> {
            try {
                out[0] = ElkLayered.layout(snap, cancel::get, progress);
            } catch (RuntimeException | Error e) {
                out[0] = e;
            }
        }, "lifeboat-layout", STACK_BYTES);
        t.setDaemon(true);
        t.start();
        t.join();
        if (out[0] instanceof RuntimeException e) {
            throw e;
        }
        if (out[0] instanceof Error e) {
            throw e;
        }
        if (cancel.get()) {
            throw new CancellationException("auto layout cancelled");
        }
        return (Result) out[0];
    }

    // ---------------------------------------------------------------- the snapshot: read on the UI thread

    /** What the layout needs of the topology, copied so that the background never reads the live model. */
    static final class Snapshot {

        /** A card: component id, its container's id (null: none), size and position. */
        record Card(String id, String place, double width, double height, double x, double y) {
        }

        /** A container: place id, its region's id for a zone in a region, whether a region, and its bounds. */
        record Box(String id, String region, boolean isRegion, Bounds bounds) {
        }

        /** A dependency: from the dependent to what it depends on. */
        record Edge(String source, String target) {
        }

        final List<Card> components = new ArrayList<>();
        final List<Box> places = new ArrayList<>();
        final List<Edge> edges = new ArrayList<>();
        /** Lay out only these components, each container's among themselves, where they were. */
        final boolean partial;

        private Snapshot(boolean partial) {
            this.partial = partial;
        }

        /** An empty snapshot of a whole drawing, to fill by hand. */
        static Snapshot empty() {
            return new Snapshot(false);
        }

        static Snapshot of(Topology t, Collection<Component> only, Function<Component, Dimension2D> size) {
            Snapshot s = new Snapshot(only != null);
            Set<Component> chosen = only == null ? null
                    : java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            if (only != null) {
                chosen.addAll(only);
            }
            for (Place p : t.places()) {
                s.places.add(new Box(p.id(), p.region() == null ? null : p.region().id(),
                        p.kind() == PlaceKind.REGION, p.bounds()));
            }
            for (Component c : t.components()) {
                if (chosen == null || chosen.contains(c)) {
                    Dimension2D d = size.apply(c);
                    s.components.add(new Card(c.id(), c.place() == null ? null : c.place().id(), d.getWidth(),
                            d.getHeight(), c.x(), c.y()));
                }
            }
            for (Dependency d : t.dependencies()) {
                if (chosen == null || (chosen.contains(d.source()) && chosen.contains(d.target()))) {
                    s.edges.add(new Edge(d.source().id(), d.target().id()));
                }
            }
            return s;
        }
    }

    // ---------------------------------------------------------------- the result: applied on the UI thread

    /** Where everything goes: card positions, container bounds and arrow routes, by id. */
    static final class Result {

        /** An arrow's route and the positions of its two cards it was made for. */
        record Route(String source, String target, double sx, double sy, double tx, double ty, double[] points) {
        }

        final Map<String, double[]> positions = new LinkedHashMap<>();
        final Map<String, Bounds> places = new LinkedHashMap<>();
        final List<Route> routes = new ArrayList<>();
        final boolean partial;

        Result(boolean partial) {
            this.partial = partial;
        }

        /** Grows the containers of a partial layout around their moved members (zones first, then regions). */
        void growContainers(Snapshot snap) {
            Map<String, Snapshot.Box> boxes = new HashMap<>();
            snap.places.forEach(b -> boxes.put(b.id(), b));
            Map<String, Bounds> grown = new HashMap<>();
            snap.places.forEach(b -> grown.put(b.id(), b.bounds()));
            for (Snapshot.Card c : snap.components) {
                if (c.place() != null) {
                    double[] xy = positions.get(c.id());
                    grown.merge(c.place(), new Bounds(xy[0], xy[1], c.width(), c.height()),
                            Containment::grownAround);
                }
            }
            for (Snapshot.Box b : snap.places) {
                if (!b.isRegion() && b.region() != null) {
                    grown.merge(b.region(), grown.get(b.id()), Containment::grownAround);
                }
            }
            grown.forEach((id, b) -> {
                if (!b.equals(boxes.get(id).bounds())) {
                    places.put(id, b);
                }
            });
        }
    }
}

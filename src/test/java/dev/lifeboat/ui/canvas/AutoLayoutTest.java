package dev.lifeboat.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.SyntheticTopology;
import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.state.DesignerModel;
import dev.lifeboat.ui.Samples;
import dev.lifeboat.ui.base.UiExecutor;
import dev.lifeboat.ui.command.Containment;
import dev.lifeboat.ui.document.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.geometry.Dimension2D;
import org.junit.jupiter.api.Test;

/** The ELK auto layout as a view model: no window, a same-thread executor unless said otherwise. */
class AutoLayoutTest {

    private static final java.util.function.Function<Component, Dimension2D> NOMINAL =
            c -> new Dimension2D(Containment.CARD_WIDTH, Containment.CARD_HEIGHT);

    private static Component c(Topology t, String id) {
        return t.component(id).orElseThrow();
    }

    @Test
    void theSampleReadsInWavesLeftToRightInsideItsContainersAsOneUndoableStepUnderASecond() {
        DesignerModel model = Samples.model();
        Topology t = model.topology();
        String before = dev.lifeboat.ui.Canonical.of(t);
        Routes routes = new Routes();
        AutoLayout layout = new AutoLayout(model, routes, NOMINAL);
        // the window loads ELK in the background when it opens (AutoLayout#warmUp); so does this test
        ElkLayered.warmUp();

        layout.run();

        assertTrue(layout.lastMillis() < 1000, "took " + layout.lastMillis() + " ms");
        for (Dependency d : t.dependencies()) {
            assertTrue(d.target().x() + Containment.CARD_WIDTH <= d.source().x(),
                    d.target().id() + " lies left of " + d.source().id() + ", which depends on it");
        }
        for (Component a : t.components()) {
            if (a.place() != null) {
                assertTrue(Containment.inside(Containment.nominalCard(a), a.place().bounds()),
                        a.id() + " is drawn inside " + a.place().id());
            }
            for (Component b : t.components()) {
                assertTrue(a == b || !overlap(Containment.nominalCard(a), Containment.nominalCard(b)),
                        a.id() + " and " + b.id() + " overlap");
            }
        }
        for (Place z : t.places()) {
            if (z.region() != null) {
                assertTrue(Containment.inside(z.bounds(), z.region().bounds()), z.id() + " inside its region");
            }
        }
        assertEquals("Auto layout", model.document().commands().undoDescriptionProperty().get()
                .replaceAll(" \\d+ items$", ""));
        model.undo();
        assertEquals(before, dev.lifeboat.ui.Canonical.of(t));
        assertFalse(model.document().commands().canUndoProperty().get());
    }

    @Test
    void applyingALayoutChangesTheDrawingOnlyNotTheAnalysisNorTheInspector() {
        // given the sample, whose components sit in zones and regions, and an inspector showing its journey
        DesignerModel model = Samples.model();
        model.journeyProperty().set(model.topology().journeys().iterator().next());
        dev.lifeboat.ui.inspector.InspectorViewModel inspector = new dev.lifeboat.ui.inspector.InspectorViewModel(
                model);
        List<Object> analysisChanges = new ArrayList<>();
        model.document().analysis().addListener(analysisChanges::add);
        List<Object> inspectorChanges = new ArrayList<>();
        inspector.items().addListener((javafx.collections.ListChangeListener<Object>) inspectorChanges::add);
        List<dev.lifeboat.model.TopologyEvent.Type> events = new ArrayList<>();
        model.topology().addListener(e -> events.add(e.type()));
        ElkLayered.warmUp();

        // when the layout is applied (every card and container moves, in one command)
        new AutoLayout(model, new Routes(), NOMINAL).run();

        // then the containers only moved (no change of name or region), nothing was analysed again, and the
        // inspector kept its fields
        assertTrue(events.contains(dev.lifeboat.model.TopologyEvent.Type.PLACE_MOVED), events.toString());
        assertTrue(events.stream().allMatch(e -> e == dev.lifeboat.model.TopologyEvent.Type.PLACE_MOVED
                || e == dev.lifeboat.model.TopologyEvent.Type.COMPONENT_MOVED), events.toString());
        assertEquals(List.of(), analysisChanges);
        assertEquals(List.of(), inspectorChanges);
        assertEquals(1, model.document().commands().revisionProperty().get(), "one undoable command");
    }

    @Test
    void arrowsAreRoutedOrthogonallyAroundTheCards() {
        DesignerModel model = Samples.model();
        Topology t = model.topology();
        Routes routes = new Routes();
        new AutoLayout(model, routes, NOMINAL).run();

        assertEquals(t.dependencies().size(), routes.size());
        for (Dependency d : t.dependencies()) {
            Component s = d.source();
            Component g = d.target();
            double[] p = routes.route(s.id(), g.id(), s.x(), s.y(), g.x(), g.y());
            assertTrue(p != null && p.length >= 4, "a route for " + s.id() + " -> " + g.id());
            assertTrue(onBorder(p[0], p[1], Containment.nominalCard(s)), "starts on the dependent's border");
            assertTrue(onBorder(p[p.length - 2], p[p.length - 1], Containment.nominalCard(g)),
                    "ends on the dependency's border");
            for (int i = 0; i + 3 < p.length; i += 2) {
                assertTrue(Math.abs(p[i] - p[i + 2]) < 0.01 || Math.abs(p[i + 1] - p[i + 3]) < 0.01,
                        "segment " + i / 2 + " is horizontal or vertical");
                for (Component other : t.components()) {
                    Bounds b = Containment.nominalCard(other);
                    Bounds inner = new Bounds(b.x() + 2, b.y() + 2, b.width() - 4, b.height() - 4);
                    assertFalse(crosses(p[i], p[i + 1], p[i + 2], p[i + 3], inner),
                            s.id() + " -> " + g.id() + " runs through " + other.id());
                }
            }
        }
        // once a card moves, its arrows are straight again
        Component moved = t.dependencies().get(0).source();
        assertTrue(routes.route(moved.id(), t.dependencies().get(0).target().id(), moved.x() + 20, moved.y(),
                t.dependencies().get(0).target().x(), t.dependencies().get(0).target().y()) == null);
    }

    @Test
    void withTwoComponentsSelectedOnlyTheyMove() {
        DesignerModel model = Samples.model();
        Topology t = model.topology();
        Component a = c(t, "orders-db");
        Component b = c(t, "order-processor");
        Map<String, double[]> before = new java.util.HashMap<>();
        t.components().forEach(x -> before.put(x.id(), new double[] {x.x(), x.y()}));
        model.selection().select(a);
        model.selection().add(b);

        new AutoLayout(model, new Routes(), NOMINAL).run();

        for (Component x : t.components()) {
            if (x != a && x != b) {
                assertEquals(before.get(x.id())[0], x.x(), x.id() + " was not selected and stays");
                assertEquals(before.get(x.id())[1], x.y(), x.id());
            }
            if (x.place() != null) {
                assertTrue(Containment.inside(Containment.nominalCard(x), x.place().bounds()), x.id());
            }
        }
    }

    @Test
    void aChainFiveThousandLongDoesNotOverflowTheStack() throws Exception {
        Topology t = new Topology();
        Component prev = null;
        for (int i = 0; i < 5000; i++) {
            Component c = t.addComponent("c" + i, ComponentKind.SERVICE, "c" + i);
            if (prev != null) {
                t.addDependency(prev, c, Strength.HARD);
            }
            prev = c;
        }
        AutoLayout.Snapshot snap = AutoLayout.Snapshot.of(t, null, NOMINAL);

        AutoLayout.Result r = AutoLayout.computeOnLargeStack(snap, new AtomicBoolean(), p -> { });

        assertEquals(5000, r.positions.size());
        assertTrue(r.positions.get("c1")[0] < r.positions.get("c0")[0], "each depends on the one left of it");
    }

    @Test
    void aThousandComponentsLayOutInTheBackgroundWithProgressWithinTenSecondsAndCanBeCancelled()
            throws Exception {
        Topology t = SyntheticTopology.generate(1000, 20, 42);
        AutoLayout.Snapshot snap = AutoLayout.Snapshot.of(t, null, NOMINAL);
        List<Double> progress = new ArrayList<>();
        ElkLayered.warmUp();
        long start = System.nanoTime();

        AutoLayout.Result r = AutoLayout.computeOnLargeStack(snap, new AtomicBoolean(), progress::add);

        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(1000, r.positions.size());
        assertTrue(seconds < 10, "took " + seconds + " s");
        assertTrue(progress.size() >= 3 && progress.stream().allMatch(p -> p >= 0 && p <= 1), progress.toString());
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) >= progress.get(i - 1) - 1e-9, "progress never goes back: " + progress);
        }

        // cancelled as soon as it first reports progress: deterministic, whatever the machine's speed
        AtomicBoolean cancel = new AtomicBoolean();
        long cancelAt = System.nanoTime();
        assertThrows(CancellationException.class, () -> AutoLayout.computeOnLargeStack(snap, cancel,
                p -> cancel.set(true)));
        assertTrue((System.nanoTime() - cancelAt) / 1e9 < seconds, "a cancelled layout stops early");
    }

    @Test
    void theLayoutRunsOffTheCallingThreadAndADocumentChangedMeanwhileDropsIt() throws Exception {
        DesignerModel model = Samples.model();
        List<Runnable> uiQueue = new ArrayList<>();
        Thread[] worker = new Thread[1];
        UiExecutor background = new UiExecutor() {
            @Override
            public <T> void background(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done,
                                       java.util.function.Consumer<Throwable> failed) {
                worker[0] = new Thread(() -> {
                    try {
                        T r = work.call();
                        ui(() -> done.accept(r));
                    } catch (Exception e) {
                        ui(() -> failed.accept(e));
                    }
                });
                worker[0].start();
            }

            @Override
            public synchronized void ui(Runnable action) {
                uiQueue.add(action);
            }
        };
        DesignerModel m = new DesignerModel(background, new Document(model.topology(), null));
        AutoLayout layout = new AutoLayout(m);
        double x = m.topology().component("orders-db").orElseThrow().x();

        layout.run();
        assertTrue(layout.runningProperty().get());
        m.execute(new dev.lifeboat.ui.command.RenameCommand(c(m.topology(), "orders-db"), "orders"));
        worker[0].join();
        synchronized (background) {
            new ArrayList<>(uiQueue).forEach(Runnable::run);
        }

        assertFalse(layout.runningProperty().get());
        assertEquals(x, m.topology().component("orders-db").orElseThrow().x(), "the stale layout is dropped");
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }

    private static boolean onBorder(double x, double y, Bounds b) {
        boolean inX = x >= b.x() - 1 && x <= b.x() + b.width() + 1;
        boolean inY = y >= b.y() - 1 && y <= b.y() + b.height() + 1;
        return inX && inY && (Math.abs(x - b.x()) < 1 || Math.abs(x - b.x() - b.width()) < 1
                || Math.abs(y - b.y()) < 1 || Math.abs(y - b.y() - b.height()) < 1);
    }

    /** Whether an axis-parallel segment passes through a rectangle's inside. */
    private static boolean crosses(double x1, double y1, double x2, double y2, Bounds r) {
        double minX = Math.min(x1, x2);
        double maxX = Math.max(x1, x2);
        double minY = Math.min(y1, y2);
        double maxY = Math.max(y1, y2);
        return maxX > r.x() && minX < r.x() + r.width() && maxY > r.y() && minY < r.y() + r.height();
    }
}

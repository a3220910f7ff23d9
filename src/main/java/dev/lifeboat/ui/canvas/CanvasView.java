package dev.lifeboat.ui.canvas;

import dev.lifeboat.engine.AnalysisChange;
import dev.lifeboat.engine.AnalysisListener;
import dev.lifeboat.engine.RecoveryPlan;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.Variant;
import dev.lifeboat.model.TopologyEvent;
import dev.lifeboat.model.TopologyListener;
import dev.lifeboat.ui.canvas.gesture.GestureContext;
import dev.lifeboat.ui.canvas.gesture.GestureDispatcher;
import dev.lifeboat.ui.canvas.gesture.Hit;
import dev.lifeboat.ui.command.Command;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.selection.Selection;
import dev.lifeboat.ui.state.DesignerModel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * The drawing: zone and region containers, dependency arrows and component cards, in a zoomable, pannable
 * world, under a strip of banners (a dependency cycle, a running layout) that takes its own room so that it
 * never covers the drawing. It mirrors the topology (listening to its events) and shows the analysis under
 * the selected scenario and journey (listening to the analysis). Mouse input goes to a
 * {@link GestureDispatcher}, which sees the canvas only through a {@link GestureContext}.
 *
 * <p>What it costs to show is what can be seen. Once per frame, before styling and layout, the canvas puts a new
 * document's nodes in the scene (made and decorated beforehand, so that nothing is styled twice), redraws each arrow
 * whose cards moved once, and decides which cards draw their inside: below {@link #INSIDE_ZOOM} a card is its
 * outline and colours and arrows have no heads, and above it only the cards in view or near it are drawn whole.
 */
public final class CanvasView extends Region {

    private final DesignerModel model;
    private final Pane surface = new Pane();
    private final Group world = new Group();
    private final Group placeLayer = layer();
    private final Group edgeLayer = layer();
    /** The arrows' heads, in the world only from {@link #INSIDE_ZOOM} up: below it a head is a pixel or two. */
    private final Group headLayer = layer();
    private final Group cardLayer = layer();
    private final Group overlay = layer();
    private final Viewport viewport = new Viewport(world);
    private final VBox banners = new VBox();
    private final Label cycleWarning = new Label();
    private final Rectangle clip = new Rectangle();
    private final Map<Component, ComponentCard> cards = new IdentityHashMap<>();
    private final Map<Place, PlaceContainer> containers = new IdentityHashMap<>();
    private final Map<Dependency, DependencyArrow> arrows = new IdentityHashMap<>();
    private final TopologyListener topologyListener = this::topologyChanged;
    private final AnalysisListener analysisListener = this::analysisChanged;
    private final Context context = new Context();
    private final Routes routes = new Routes();
    private final AutoLayout autoLayout;
    private final HBox layoutBanner = new HBox(10);
    private Document document;
    private CanvasDecorations decorations;
    /** A journey was added, removed or edited since the last analysis change: every card's verdict may follow. */
    private boolean journeysEdited;
    /** The recovery plan whose waves the cards show (a new plan object: the waves may have shifted). */
    private RecoveryPlan planShown;
    /** A new document's cards and arrows are not decorated yet (they will be before the next frame). */
    private boolean undecorated;
    private final ObservableValue<Scenario> scenario;
    private final ObservableValue<Journey> journey;
    /** Whether this is a presentation's canvas: no gestures, no selection, cards in their presentation form. */
    private final boolean readOnly;
    /** In a presentation, the recovery shown: each failed component's step, and how many waves are back. */
    private Map<Component, RecoveryPlan.Step> failed = Map.of();
    private int wavesBack = Integer.MAX_VALUE;
    private final ChangeListener<Document> reattach = (o, a, b) -> attach(b);
    private final InvalidationListener redecorate = o -> redecorate();
    /**
     * Below this zoom a card's type is under 4 pixels high and cannot be read: cards are drawn as their outline and
     * colours, without the nodes of their inside (a thousand cards fitted to the window are a thousand nodes, not
     * eight thousand, to style and to walk every frame).
     */
    public static final double INSIDE_ZOOM = 0.3;
    /** The nodes of a newly shown document, to put in the scene before the next frame, or null. */
    private Pending pending;

    /** A document's nodes, layer by layer, made and decorated but not in the scene yet. */
    private record Pending(List<Node> places, List<Node> cards, List<Node> arrows, List<Node> heads) {
    }
    /** Whether which cards draw their inside must be decided again (zoom, pan, size, cards moved or added). */
    private boolean insidesStale = true;
    /** The arrows whose geometry went stale since the last frame (a card moved, the routes changed). */
    private final java.util.Set<DependencyArrow> staleArrows = java.util.Collections.newSetFromMap(
            new IdentityHashMap<>());
    /** Runs before each frame's styling and layout: what gathers the canvas's work into one pass per frame. */
    private final Runnable beforeFrame = this::beforeFrame;

    /** The designer's canvas: it shows the model's scenario and journey, and every gesture edits the document. */
    public CanvasView(DesignerModel model) {
        this(model, model.scenarioProperty(), model.journeyProperty(), false);
    }

    /**
     * A canvas that only shows: the model's document under the given scenario and journey (not the designer's),
     * with no gestures and no selection, its cards in their presentation form. Call {@link #dispose()} when done.
     */
    public static CanvasView readOnly(DesignerModel model, ObservableValue<Scenario> scenario,
                                      ObservableValue<Journey> journey) {
        return new CanvasView(model, scenario, journey, true);
    }

    private CanvasView(DesignerModel model, ObservableValue<Scenario> scenario, ObservableValue<Journey> journey,
                       boolean readOnly) {
        this.model = model;
        this.scenario = scenario;
        this.journey = journey;
        this.readOnly = readOnly;
        setId(readOnly ? "presentationCanvas" : "canvas");
        getStyleClass().add("canvas");
        world.getChildren().addAll(placeLayer, edgeLayer, headLayer, cardLayer, overlay);
        surface.setId("canvasSurface");
        surface.getChildren().add(world);
        surface.setClip(clip);
        cycleWarning.setId("cycleWarning");
        cycleWarning.getStyleClass().add("cycle-warning");
        cycleWarning.setWrapText(true);
        cycleWarning.setMaxWidth(Double.MAX_VALUE);
        cycleWarning.setVisible(false);
        cycleWarning.managedProperty().bind(cycleWarning.visibleProperty());
        banners.setId("canvasBanners");
        banners.getStyleClass().add("canvas-banners");
        autoLayout = new AutoLayout(model, routes, c -> {
            ComponentCard card = cards.get(c);
            return card == null ? ComponentCard.sizeFor(c.name()) : new Dimension2D(card.width(), card.height());
        });
        routes.setOnChange(() -> arrows.values().forEach(DependencyArrow::invalidate));
        sceneProperty().addListener((o, a, b) -> {
            if (a != null) {
                a.removePreLayoutPulseListener(beforeFrame);
            }
            if (b != null) {
                b.addPreLayoutPulseListener(beforeFrame);
                Platform.requestNextPulse();
            }
        });
        InvalidationListener moved = o -> insidesStale();
        viewport.addListener(moved);
        banners.getChildren().addAll(layoutBanner(), cycleWarning);
        getChildren().addAll(surface, banners);
        model.documentProperty().addListener(reattach);
        scenario.addListener(redecorate);
        journey.addListener(redecorate);
        if (readOnly) {
            getStyleClass().add("read-only");
            attach(model.document());
            return;
        }
        setFocusTraversable(true);
        new GestureDispatcher(context).install(surface);
        model.selection().items().addListener((SetChangeListener<Object>) c -> {
            if (c.wasAdded()) {
                markSelected(c.getElementAdded(), true);
            }
            if (c.wasRemoved()) {
                markSelected(c.getElementRemoved(), false);
            }
        });
        attach(model.document());
    }

    private static Group layer() {
        Group g = new Group();
        g.setAutoSizeChildren(false);
        return g;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        boolean any = banners.getChildren().stream().anyMatch(Node::isVisible);
        double top = any ? Math.ceil(banners.prefHeight(w)) : 0;
        banners.setVisible(any);
        banners.resizeRelocate(0, 0, w, top);
        surface.resizeRelocate(0, top, w, Math.max(0, getHeight() - top));
        if (clip.getWidth() != w || clip.getHeight() != Math.max(0, getHeight() - top)) {
            insidesStale();
        }
        clip.setWidth(w);
        clip.setHeight(Math.max(0, getHeight() - top));
        // a presentation's drawing always fits its canvas
        if (readOnly && (w != fittedWidth || getHeight() - top != fittedHeight)) {
            fittedWidth = w;
            fittedHeight = getHeight() - top;
            fit();
        }
    }

    private double fittedWidth = -1;
    private double fittedHeight = -1;

    /** The banner of a running layout: what runs, how far it is, and a button that stops it. */
    private HBox layoutBanner() {
        Label what = new Label("Laying out\u2026");
        ProgressBar bar = new ProgressBar();
        bar.setId("layoutProgress");
        bar.progressProperty().bind(autoLayout.progressProperty());
        bar.setPrefWidth(220);
        Button cancel = new Button("Cancel");
        cancel.setId("layoutCancel");
        cancel.setOnAction(e -> autoLayout.cancel());
        layoutBanner.setId("layoutBanner");
        layoutBanner.getStyleClass().add("layout-banner");
        layoutBanner.setAlignment(Pos.CENTER_LEFT);
        layoutBanner.getChildren().addAll(what, bar, cancel);
        layoutBanner.visibleProperty().bind(autoLayout.runningProperty());
        layoutBanner.managedProperty().bind(layoutBanner.visibleProperty());
        layoutBanner.visibleProperty().addListener(o -> requestLayout());
        return layoutBanner;
    }

    /** The strip above the drawing where banners go; they take room from the drawing, never cover it. */
    VBox banners() {
        return banners;
    }

    /** The drawing's area below the banners, in canvas coordinates (for tests and screenshots). */
    public javafx.geometry.Bounds drawingArea() {
        return surface.getBoundsInParent();
    }

    // ---------------------------------------------------------------- mirroring the model

    private void attach(Document next) {
        if (document != null) {
            document.topology().removeListener(topologyListener);
            document.analysis().removeListener(analysisListener);
        }
        document = next;
        routes.clear();
        cards.clear();
        containers.clear();
        arrows.clear();
        placeLayer.getChildren().clear();
        edgeLayer.getChildren().clear();
        headLayer.getChildren().clear();
        cardLayer.getChildren().clear();
        staleArrows.clear();
        pending = null;
        Topology t = next.topology();
        decorations = new CanvasDecorations(t, next.analysis());
        List<Node> placeNodes = new ArrayList<>();
        t.places().stream().filter(p -> p.kind() == PlaceKind.REGION).forEach(p -> placeNodes.add(container(p)));
        t.places().stream().filter(p -> p.kind() == PlaceKind.ZONE).forEach(p -> placeNodes.add(container(p)));
        List<Node> cardNodes = new ArrayList<>(t.size());
        for (Component c : t.components()) {
            cardNodes.add(card(c));
        }
        List<Node> edgeNodes = new ArrayList<>();
        List<Node> headNodes = new ArrayList<>();
        for (Dependency d : t.dependencies()) {
            DependencyArrow a = arrow(d);
            edgeNodes.add(a);
            headNodes.add(a.head());
        }
        t.addListener(topologyListener);
        next.analysis().addListener(analysisListener);
        markVariantChanges();
        showCycles();
        // decorated and put in the scene just before the next frame (or when asked for first): whatever else the
        // opening changes first (the journey it selects) is then decorated once and restyles nothing, where a
        // style class changed on a node already in the scene has JavaFX match its styles, and its children's, again
        undecorated = true;
        pending = new Pending(placeNodes, cardNodes, edgeNodes, headNodes);
        insidesStale = true;
        if (getScene() == null) {
            insertPending();
        } else {
            Platform.requestNextPulse();
        }
    }

    /** Puts the nodes of a newly shown document in the scene, if they are not there yet. */
    private void insertPending() {
        if (undecorated) {
            redecorate();
        }
        if (pending != null) {
            Pending nodes = pending;
            pending = null;
            placeLayer.getChildren().setAll(nodes.places());
            cardLayer.getChildren().setAll(nodes.cards());
            edgeLayer.getChildren().setAll(nodes.arrows());
            headLayer.getChildren().setAll(nodes.heads());
        }
    }

    /** Which cards draw their inside must be decided again before the next frame. */
    private void insidesStale() {
        if (!insidesStale) {
            insidesStale = true;
            Platform.requestNextPulse();
        }
    }

    /**
     * Before each frame: puts a new document's nodes in the scene, draws the inside of the cards that can be read
     * and the arrows' heads (the zoom is at least {@link #INSIDE_ZOOM}, and for a card, it is in view or near it; a
     * card keeps its inside once made, hidden when zoomed out), and redraws each arrow that went stale once.
     */
    private void beforeFrame() {
        // decided first: a new document's nodes then enter the scene as they will be drawn (no heads when zoomed out)
        if (insidesStale) {
            insidesStale = false;
            decideInsides();
        }
        insertPending();
        if (!staleArrows.isEmpty()) {
            List<DependencyArrow> stale = new ArrayList<>(staleArrows);
            staleArrows.clear();
            stale.forEach(DependencyArrow::refresh);
        }
    }

    private void decideInsides() {
        boolean heads = viewport.zoom() >= INSIDE_ZOOM;
        if (heads != (headLayer.getParent() != null)) {
            if (heads) {
                world.getChildren().add(world.getChildren().indexOf(edgeLayer) + 1, headLayer);
            } else {
                world.getChildren().remove(headLayer);
            }
        }
        if (viewport.zoom() < INSIDE_ZOOM) {
            for (ComponentCard c : cards.values()) {
                if (c.insideDrawn()) {
                    c.drawInside(false);
                }
            }
            return;
        }
        // what is in view, and half a view around it (a short pan finds the cards drawn)
        Bounds view = viewport.visible(surface.getWidth(), surface.getHeight());
        double mx = view.getWidth() / 2;
        double my = view.getHeight() / 2;
        double x0 = view.getMinX() - mx;
        double y0 = view.getMinY() - my;
        double x1 = view.getMaxX() + mx;
        double y1 = view.getMaxY() + my;
        for (ComponentCard c : cards.values()) {
            if (!c.insideDrawn() && c.getLayoutX() + c.width() >= x0 && c.getLayoutX() <= x1
                    && c.getLayoutY() + c.height() >= y0 && c.getLayoutY() <= y1) {
                c.drawInside(true);
            }
        }
    }

    /** Whether a card draws its inside now (for tests: the zoom and the view decide it before each frame). */
    public boolean drawsInside(Component c) {
        ComponentCard card = cards.get(c);
        return card != null && card.insideDrawn();
    }

    /** Marks the cards of the components the shown variant changes; clears every mark on the baseline. */
    private void markVariantChanges() {
        Variant v = document.shownVariant().orElse(null);
        for (Map.Entry<Component, ComponentCard> e : cards.entrySet()) {
            Component c = e.getKey();
            List<String> labels = v == null ? List.of() : v.applicable(c).keySet().stream()
                    .map(k -> c.kind().setting(k).map(s -> s.label()).orElse(k)).toList();
            e.getValue().showVariantChanges(v == null ? null : v.name(), labels);
        }
    }

    /**
     * Stops following the document, the scenario and the journey (a presentation's canvas, when it closes); the
     * canvas shows nothing more after this.
     */
    public void dispose() {
        if (getScene() != null) {
            getScene().removePreLayoutPulseListener(beforeFrame);
        }
        model.documentProperty().removeListener(reattach);
        scenario.removeListener(redecorate);
        journey.removeListener(redecorate);
        if (document != null) {
            document.topology().removeListener(topologyListener);
            document.analysis().removeListener(analysisListener);
        }
    }

    /**
     * In a presentation, shows a failure's recovery: every component of the plan is down (greyed, "down") until
     * its wave is back, then shows its wave and when it is back; a component the plan leaves out shows as usual.
     *
     * @param plan     the recovery plan of the scenario shown
     * @param wavesBack how many waves have come back so far (0: all the failure takes down is down)
     */
    public void showRecovery(RecoveryPlan plan, int wavesBack) {
        insertPending();
        Map<Component, RecoveryPlan.Step> steps = new IdentityHashMap<>();
        plan.waves().forEach(w -> w.forEach(s -> steps.put(s.component(), s)));
        this.failed = steps;
        this.wavesBack = wavesBack;
        for (Map.Entry<Component, ComponentCard> e : cards.entrySet()) {
            showState(e.getKey(), e.getValue());
        }
    }

    /** Draws the arrows along the routes of another canvas's last layout (a presentation follows the designer). */
    public void followRoutesOf(CanvasView designer) {
        routes.copyFrom(designer.routes);
    }

    /** The components the recovery shown takes down (all of the plan's), in no order. */
    public java.util.Set<Component> failedComponents() {
        java.util.Set<Component> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        out.addAll(failed.keySet());
        return out;
    }

    /** The components drawn down (greyed) now: failed, and their wave not back yet. */
    public java.util.Set<Component> downComponents() {
        java.util.Set<Component> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        cards.forEach((c, card) -> {
            if (card.isDown()) {
                out.add(c);
            }
        });
        return out;
    }

    /** Shows a component's state; in a presentation, masks the waves not yet back and greys what is down. */
    private void showState(Component c, ComponentCard card) {
        CardState s = decorations.state(c);
        if (!readOnly) {
            card.show(s);
            return;
        }
        RecoveryPlan.Step step = failed.get(c);
        boolean back = step != null && step.wave() <= wavesBack && !step.finish().isUnbounded();
        if (step != null && step.wave() > wavesBack) {
            s = new CardState(s.rpo(), s.rto(), 0, s.verdict(), s.dimmed(), s.bottleneck(), s.inCycle(),
                    s.problems(), s.explanation());
        }
        card.show(s);
        String line = step == null ? "" : back ? "back at " + step.finish()
                : step.wave() <= wavesBack ? "never back" : "down";
        card.showRecovery(step != null && !back, line);
    }

    private ComponentCard card(Component c) {
        ComponentCard card = new ComponentCard(c, false);
        insidesStale();
        if (readOnly) {
            card.enterPresentation();
        }
        cards.put(c, card);
        return card;
    }

    private PlaceContainer container(Place p) {
        PlaceContainer pc = new PlaceContainer(p);
        if (readOnly) {
            pc.showTitleWhole();
        }
        containers.put(p, pc);
        return pc;
    }

    private DependencyArrow arrow(Dependency d) {
        DependencyArrow[] made = new DependencyArrow[1];
        DependencyArrow a = new DependencyArrow(d, cards.get(d.source()), cards.get(d.target()), routes, () -> {
            if (staleArrows.isEmpty()) {
                Platform.requestNextPulse();
            }
            staleArrows.add(made[0]);
        });
        made[0] = a;
        arrows.put(d, a);
        return a;
    }

    private void topologyChanged(TopologyEvent e) {
        insertPending();
        switch (e.type()) {
            case COMPONENT_ADDED -> cardLayer.getChildren().add(card((Component) e.subject()));
            case COMPONENT_REMOVED -> cardLayer.getChildren().remove(cards.remove((Component) e.subject()));
            case COMPONENT_RENAMED -> cards.get((Component) e.subject()).refreshName();
            case COMPONENT_MOVED -> {
                Component c = (Component) e.subject();
                cards.get(c).relocate(c.x(), c.y());
                insidesStale();
            }
            case COMPONENT_PLACED -> cards.get((Component) e.subject()).refreshPlacement();
            case DEPENDENCY_ADDED -> {
                DependencyArrow a = arrow((Dependency) e.subject());
                edgeLayer.getChildren().add(a);
                headLayer.getChildren().add(a.head());
            }
            case DEPENDENCY_REMOVED -> {
                DependencyArrow a = arrows.remove((Dependency) e.subject());
                staleArrows.remove(a);
                edgeLayer.getChildren().remove(a);
                headLayer.getChildren().remove(a.head());
            }
            case DEPENDENCY_CHANGED -> arrows.get((Dependency) e.subject()).refreshStrength();
            case PLACE_ADDED -> {
                Place p = (Place) e.subject();
                PlaceContainer pc = container(p);
                if (p.kind() == PlaceKind.REGION) {
                    placeLayer.getChildren().add(0, pc);
                } else {
                    placeLayer.getChildren().add(pc);
                }
            }
            case JOURNEY_ADDED, JOURNEY_REMOVED, JOURNEY_CHANGED -> journeysEdited = true;
            case SETTING_CHANGED -> {
                if (document.variant() != null) {
                    markVariantChanges();
                }
            }
            case PLACE_REMOVED -> placeLayer.getChildren().remove(containers.remove((Place) e.subject()));
            case PLACE_MOVED -> containers.get((Place) e.subject()).refresh();
            case PLACE_CHANGED -> {
                Place p = (Place) e.subject();
                containers.get(p).refresh();
                // its name shows on the cards placed in it (and in its zones)
                for (Map.Entry<Component, ComponentCard> c : cards.entrySet()) {
                    Place cp = c.getKey().place();
                    if (cp == p || (cp != null && cp.region() == p)) {
                        c.getValue().refreshPlacement();
                    }
                }
            }
            default -> {
            }
        }
    }

    /**
     * Refreshes what the analysis recomputed: every card after a structural change or a journey's edit;
     * otherwise the changed components, those depending on them (their recovery waves can shift) and the
     * components whose broken objectives changed; arrows only along the selected journey's critical path,
     * before and after. A card whose state is unchanged is not touched.
     */
    private void analysisChanged(AnalysisChange change) {
        if (change.everything() || journeysEdited || undecorated) {
            journeysEdited = false;
            redecorate();
            return;
        }
        List<Component> pathBefore = decorations.criticalPath();
        java.util.Set<Component> which = decorations.update(change);
        which.addAll(change.components());
        // the dependents' own numbers are unchanged: only their recovery waves can shift, and only when the plan of
        // the scenario shown was made again
        RecoveryPlan plan = document.analysis().plan(scenario.getValue());
        if (plan != planShown) {
            planShown = plan;
            java.util.Set<Component> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            java.util.Deque<Component> todo = new java.util.ArrayDeque<>(change.components());
            while (!todo.isEmpty()) {
                Component c = todo.pop();
                if (seen.add(c) && cards.containsKey(c)) {
                    if (cards.get(c).shownWave() != decorations.wave(c)) {
                        which.add(c);
                    }
                    for (Dependency d : document.topology().dependentsOf(c)) {
                        if (!seen.contains(d.source())) {
                            todo.push(d.source());
                        }
                    }
                }
            }
        }
        for (Component c : which) {
            ComponentCard card = cards.get(c);
            if (card != null) {
                showState(c, card);
            }
        }
        List<Component> pathAfter = decorations.criticalPath();
        if (!pathAfter.equals(pathBefore)) {
            decorateArrowsAlong(pathBefore);
            decorateArrowsAlong(pathAfter);
        }
    }

    /** Re-decorates the arrows between consecutive components of a path. */
    private void decorateArrowsAlong(List<Component> path) {
        for (int i = 0; i + 1 < path.size(); i++) {
            for (Dependency d : document.topology().dependenciesOf(path.get(i))) {
                if (d.target() == path.get(i + 1) && arrows.containsKey(d)) {
                    decorateArrow(d, arrows.get(d));
                }
            }
        }
    }

    /** Re-draws every decoration: after a scenario or journey change. */
    public void redecorate() {
        if (decorations == null) {
            return;
        }
        undecorated = false;
        decorations.refresh(scenario.getValue(), journey.getValue());
        planShown = document.analysis().plan(scenario.getValue());
        for (Map.Entry<Component, ComponentCard> e : cards.entrySet()) {
            showState(e.getKey(), e.getValue());
        }
        decorateArrows();
    }

    private void decorateArrows() {
        for (Map.Entry<Dependency, DependencyArrow> e : arrows.entrySet()) {
            decorateArrow(e.getKey(), e.getValue());
        }
        showCycles();
    }

    /** The banner naming the dependency cycles, or none. */
    private void showCycles() {
        String cycles = decorations.cycleMessage();
        cycleWarning.setText(cycles == null ? "" : "\u26A0  " + cycles);
        cycleWarning.setVisible(cycles != null);
        requestLayout();
    }

    private void decorateArrow(Dependency d, DependencyArrow arrow) {
        arrow.decorate(decorations.critical(d.source(), d.target()), decorations.cyclic(d.source(), d.target()),
                decorations.dimmed(d.source()) || decorations.dimmed(d.target()));
    }

    private void markSelected(Object item, boolean selected) {
        if (item instanceof Component c && cards.containsKey(c)) {
            cards.get(c).setSelected(selected);
        } else if (item instanceof Place p && containers.containsKey(p)) {
            containers.get(p).setSelected(selected);
        } else if (item instanceof Dependency d && arrows.containsKey(d)) {
            arrows.get(d).setSelected(selected);
        }
    }

    // ---------------------------------------------------------------- for the window and its actions

    public DesignerModel model() {
        return model;
    }

    public Viewport viewport() {
        return viewport;
    }

    /** The card of a component, or null. */
    public ComponentCard cardOf(Component c) {
        insertPending();
        return cards.get(c);
    }

    /** The container of a zone or region, or null. */
    public PlaceContainer containerOf(Place p) {
        insertPending();
        return containers.get(p);
    }

    /** The card of the component with this id, or null. */
    public ComponentCard cardOf(String componentId) {
        insertPending();
        return document.topology().component(componentId).map(cards::get).orElse(null);
    }

    /** The arrow of a dependency, or null. */
    public DependencyArrow arrowOf(Dependency d) {
        insertPending();
        return arrows.get(d);
    }

    /** The auto layout that keeps its routes in this canvas and shows its progress here. */
    public AutoLayout autoLayout() {
        return autoLayout;
    }

    /** What gestures and the palette see of the canvas. */
    public GestureContext gestures() {
        return context;
    }

    /** The routes of the last auto layout, which arrows follow while their two cards stay where it put them. */
    public Routes routes() {
        return routes;
    }

    /** The card, container or arrow a node belongs to, or null for the background. */
    private Node owner(Node n) {
        while (n != null && n != this) {
            if (n instanceof ComponentCard || n instanceof PlaceContainer || n instanceof DependencyArrow) {
                return n;
            }
            if (n instanceof DependencyArrow.Head h) {
                return h.arrow();
            }
            n = n.getParent();
        }
        return null;
    }

    /** The arrow passing within a few pixels of the world point, or null. */
    private DependencyArrow arrowAt(double wx, double wy) {
        double tolerance = 6 / viewport.zoom();
        DependencyArrow best = null;
        for (DependencyArrow a : arrows.values()) {
            double d = a.distanceTo(wx, wy);
            if (d <= tolerance) {
                best = a;
                tolerance = d;
            }
        }
        return best;
    }

    /**
     * The bounds of everything drawn, in world coordinates, or null when empty. Containers count only
     * near the cards (a generated topology may have huge ones), so that "fit" shows the components.
     */
    public Bounds contentBounds() {
        double[] cardsBox = box();
        for (ComponentCard c : cards.values()) {
            // the wave badge sits on the top edge, the bottleneck marker under the card
            grow(cardsBox, c.getLayoutX(), c.getLayoutY() - 10, c.getLayoutX() + c.width() + 8,
                    c.getLayoutY() + c.height() + 20);
        }
        double[] all = cardsBox.clone();
        double margin = 300;
        for (Place p : containers.keySet()) {
            double x0 = p.bounds().x();
            double y0 = p.bounds().y();
            double x1 = x0 + p.bounds().width();
            double y1 = y0 + p.bounds().height();
            if (cardsBox[0] <= cardsBox[2]) {
                x0 = Math.max(x0, cardsBox[0] - margin);
                y0 = Math.max(y0, cardsBox[1] - margin);
                x1 = Math.min(x1, cardsBox[2] + margin);
                y1 = Math.min(y1, cardsBox[3] + margin);
            }
            if (x0 <= x1 && y0 <= y1) {
                grow(all, x0, y0, x1, y1);
            }
        }
        return all[0] > all[2] ? null : new BoundingBox(all[0], all[1], all[2] - all[0], all[3] - all[1]);
    }

    private static double[] box() {
        return new double[] {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    }

    private static void grow(double[] b, double x0, double y0, double x1, double y1) {
        b[0] = Math.min(b[0], x0);
        b[1] = Math.min(b[1], y0);
        b[2] = Math.max(b[2], x1);
        b[3] = Math.max(b[3], y1);
    }

    /**
     * Zooms and pans so that everything is visible; the designer zooms in to 125% at most, a presentation as far
     * as the room allows (to 300%), so that the cards read from the back of the room.
     */
    public void fit() {
        viewport.fit(contentBounds(), surface.getWidth(), surface.getHeight(), readOnly ? Viewport.MAX_SCALE : 1.25);
    }

    /** Zooms by a factor around the centre of the drawing (the zoom keys and menu items). */
    public void zoomCentred(double factor) {
        viewport.zoomAt(factor, surface.getWidth() / 2, surface.getHeight() / 2);
    }

    private javafx.scene.control.ContextMenu menu;
    private Function<Object, javafx.scene.control.ContextMenu> contextMenus;

    /** Supplies the context menu for a right-clicked model object (null: the background). */
    public void setContextMenus(Function<Object, javafx.scene.control.ContextMenu> factory) {
        this.contextMenus = factory;
    }

    /** What the canvas shows on top of the drawing (verdicts, journey highlight, cycles). */
    public CanvasDecorations decorations() {
        insertPending();
        return decorations;
    }

    /** The canvas as gestures see it: nothing of its nodes, only what a gesture needs. */
    private final class Context implements GestureContext {

        @Override
        public Point2D toWorld(double x, double y) {
            return viewport.toWorld(x, y);
        }

        @Override
        public Point2D sceneToWorld(double sceneX, double sceneY) {
            Point2D local = surface.sceneToLocal(sceneX, sceneY);
            return viewport.toWorld(local.getX(), local.getY());
        }

        @Override
        public boolean showsScenePoint(double sceneX, double sceneY) {
            Point2D p = surface.sceneToLocal(sceneX, sceneY);
            return p != null && surface.getLayoutBounds().contains(p);
        }

        @Override
        public Point2D viewCentre() {
            return viewport.toWorld(surface.getWidth() / 2, surface.getHeight() / 2);
        }

        @Override
        public Hit hit(Node target, Point2D w) {
            Node owner = owner(target);
            if (owner instanceof ComponentCard card) {
                return new Hit(target == card.connector() ? Hit.Part.CONNECTOR : Hit.Part.CARD, card.component());
            }
            if (owner instanceof DependencyArrow a) {
                return new Hit(Hit.Part.ARROW, a.dependency());
            }
            if (owner instanceof PlaceContainer pc) {
                if (target == pc.resizeHandle()) {
                    return new Hit(Hit.Part.PLACE_HANDLE, pc.place());
                }
                for (Node n = target; n != null && n != pc; n = n.getParent()) {
                    if (n == pc.title()) {
                        return new Hit(Hit.Part.PLACE_TITLE, pc.place());
                    }
                }
            }
            DependencyArrow near = arrowAt(w.getX(), w.getY());
            if (near != null) {
                return new Hit(Hit.Part.ARROW, near.dependency());
            }
            return owner instanceof PlaceContainer pc ? new Hit(Hit.Part.PLACE_BODY, pc.place()) : Hit.BACKGROUND;
        }

        @Override
        public Component componentAt(Point2D w) {
            List<Node> list = cardLayer.getChildren();
            for (int i = list.size() - 1; i >= 0; i--) {
                ComponentCard c = (ComponentCard) list.get(i);
                if (w.getX() >= c.getLayoutX() && w.getX() <= c.getLayoutX() + c.width()
                        && w.getY() >= c.getLayoutY() && w.getY() <= c.getLayoutY() + c.height()) {
                    return c.component();
                }
            }
            return null;
        }

        @Override
        public List<Component> componentsInside(dev.lifeboat.model.Bounds b) {
            List<Component> inside = new ArrayList<>();
            for (ComponentCard c : cards.values()) {
                if (c.getLayoutX() >= b.x() && c.getLayoutY() >= b.y() && c.getLayoutX() + c.width() <= b.x()
                        + b.width() && c.getLayoutY() + c.height() <= b.y() + b.height()) {
                    inside.add(c.component());
                }
            }
            return inside;
        }

        @Override
        public dev.lifeboat.model.Bounds cardBounds(Component c) {
            ComponentCard card = cards.get(c);
            return card == null ? null : new dev.lifeboat.model.Bounds(card.getLayoutX(), card.getLayoutY(),
                    card.width(), card.height());
        }

        @Override
        public dev.lifeboat.model.Bounds placeBounds(Place p) {
            PlaceContainer pc = containers.get(p);
            return pc == null ? p.bounds() : pc.shown();
        }

        @Override
        public Dimension2D cardSize(String name) {
            return ComponentCard.sizeFor(name);
        }

        @Override
        public void showCard(Component c, double x, double y) {
            cards.get(c).relocate(x, y);
            insidesStale();
        }

        @Override
        public void showPlace(Place p, dev.lifeboat.model.Bounds b) {
            containers.get(p).show(b);
        }

        @Override
        public void showModel() {
            cards.forEach((c, card) -> card.relocate(c.x(), c.y()));
            containers.values().forEach(PlaceContainer::refresh);
            insidesStale();
        }

        @Override
        public ObservableList<Node> overlay() {
            return overlay.getChildren();
        }

        @Override
        public Topology topology() {
            return document.topology();
        }

        @Override
        public Selection selection() {
            return model.selection();
        }

        @Override
        public boolean execute(Command command) {
            return model.execute(command);
        }

        @Override
        public void panBy(double dx, double dy) {
            viewport.panBy(dx, dy);
        }

        @Override
        public void zoomAt(double factor, double x, double y) {
            viewport.zoomAt(factor, x, y);
        }

        @Override
        public void showContextMenu(Object item, double screenX, double screenY) {
            if (contextMenus != null) {
                if (menu != null) {
                    menu.hide();
                }
                menu = contextMenus.apply(item);
                menu.show(CanvasView.this, screenX, screenY);
            }
        }

        @Override
        public void setCursor(Cursor cursor) {
            surface.setCursor(cursor);
        }

        @Override
        public void focus() {
            requestFocus();
        }
    }
}

package dev.lifeboat.ui.canvas;

import dev.lifeboat.engine.AnalysisChange;
import dev.lifeboat.engine.AnalysisListener;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyEvent;
import dev.lifeboat.model.TopologyListener;
import dev.lifeboat.ui.state.DesignerModel;
import dev.lifeboat.ui.canvas.gesture.ConnectGesture;
import dev.lifeboat.ui.canvas.gesture.MarqueeGesture;
import dev.lifeboat.ui.canvas.gesture.MoveGesture;
import dev.lifeboat.ui.canvas.gesture.PanZoomGesture;
import dev.lifeboat.ui.canvas.gesture.PlaceGesture;
import dev.lifeboat.ui.document.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.SetChangeListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The drawing: zone and region containers, dependency arrows and component cards, in a zoomable,
 * pannable world. It mirrors the topology (listening to its events), shows the analysis under the
 * selected scenario and journey (listening to the analysis), and hands mouse input to gesture classes.
 */
public final class CanvasView extends Region {

    private final DesignerModel model;
    private final Group world = new Group();
    private final Group placeLayer = layer();
    private final Group edgeLayer = layer();
    private final Group cardLayer = layer();
    private final Group overlay = layer();
    private final Viewport viewport = new Viewport(world);
    private final Label cycleWarning = new Label();
    private final Rectangle clip = new Rectangle();
    private final Map<Component, ComponentCard> cards = new IdentityHashMap<>();
    private final Map<Place, PlaceContainer> containers = new IdentityHashMap<>();
    private final Map<Dependency, DependencyArrow> arrows = new IdentityHashMap<>();
    private final TopologyListener topologyListener = this::topologyChanged;
    private final AnalysisListener analysisListener = this::analysisChanged;
    private Document document;
    private CanvasDecorations decorations;

    public CanvasView(DesignerModel model) {
        this.model = model;
        setId("canvas");
        getStyleClass().add("canvas");
        world.getChildren().addAll(placeLayer, edgeLayer, cardLayer, overlay);
        cycleWarning.setId("cycleWarning");
        cycleWarning.getStyleClass().add("cycle-warning");
        cycleWarning.setWrapText(true);
        cycleWarning.setVisible(false);
        cycleWarning.setManaged(false);
        getChildren().addAll(world, cycleWarning);
        setClip(clip);
        setFocusTraversable(true);
        // in priority order: the first gesture that accepts a press gets the drag
        new ConnectGesture(this).install();
        new PlaceGesture(this).install();
        new MoveGesture(this).install();
        new PanZoomGesture(this).install();
        new MarqueeGesture(this).install();
        model.documentProperty().addListener((o, a, b) -> attach(b));
        model.scenarioProperty().addListener(o -> redecorate());
        model.journeyProperty().addListener(o -> redecorate());
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
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
        double w = Math.min(getWidth() - 24, 900);
        cycleWarning.resizeRelocate(12, 12, w, cycleWarning.prefHeight(w));
    }

    // ---------------------------------------------------------------- mirroring the model

    private void attach(Document next) {
        if (document != null) {
            document.topology().removeListener(topologyListener);
            document.analysis().removeListener(analysisListener);
        }
        document = next;
        cards.clear();
        containers.clear();
        arrows.clear();
        placeLayer.getChildren().clear();
        edgeLayer.getChildren().clear();
        cardLayer.getChildren().clear();
        Topology t = next.topology();
        decorations = new CanvasDecorations(t, next.analysis());
        List<Node> placeNodes = new ArrayList<>();
        t.places().stream().filter(p -> p.kind() == PlaceKind.REGION).forEach(p -> placeNodes.add(container(p)));
        t.places().stream().filter(p -> p.kind() == PlaceKind.ZONE).forEach(p -> placeNodes.add(container(p)));
        placeLayer.getChildren().setAll(placeNodes);
        List<Node> cardNodes = new ArrayList<>(t.size());
        for (Component c : t.components()) {
            cardNodes.add(card(c));
        }
        cardLayer.getChildren().setAll(cardNodes);
        List<Node> edgeNodes = new ArrayList<>();
        for (Dependency d : t.dependencies()) {
            edgeNodes.add(arrow(d));
        }
        edgeLayer.getChildren().setAll(edgeNodes);
        t.addListener(topologyListener);
        next.analysis().addListener(analysisListener);
        redecorate();
    }

    private ComponentCard card(Component c) {
        ComponentCard card = new ComponentCard(c);
        cards.put(c, card);
        return card;
    }

    private PlaceContainer container(Place p) {
        PlaceContainer pc = new PlaceContainer(p);
        containers.put(p, pc);
        return pc;
    }

    private DependencyArrow arrow(Dependency d) {
        DependencyArrow a = new DependencyArrow(d, cards.get(d.source()), cards.get(d.target()));
        arrows.put(d, a);
        return a;
    }

    private void topologyChanged(TopologyEvent e) {
        switch (e.type()) {
            case COMPONENT_ADDED -> cardLayer.getChildren().add(card((Component) e.subject()));
            case COMPONENT_REMOVED -> cardLayer.getChildren().remove(cards.remove((Component) e.subject()));
            case COMPONENT_RENAMED -> cards.get((Component) e.subject()).refreshName();
            case COMPONENT_MOVED -> {
                Component c = (Component) e.subject();
                cards.get(c).relocate(c.x(), c.y());
            }
            case DEPENDENCY_ADDED -> edgeLayer.getChildren().add(arrow((Dependency) e.subject()));
            case DEPENDENCY_REMOVED -> edgeLayer.getChildren().remove(arrows.remove((Dependency) e.subject()));
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
            case PLACE_REMOVED -> placeLayer.getChildren().remove(containers.remove((Place) e.subject()));
            case PLACE_CHANGED -> containers.get((Place) e.subject()).refresh();
            default -> {
            }
        }
    }

    /**
     * Refreshes what the analysis recomputed: every card after a structural change; otherwise the changed
     * components, those depending on them (their recovery waves can shift) and the components of the
     * changed journeys (whose verdicts can follow). A card whose state is unchanged is not touched.
     */
    private void analysisChanged(AnalysisChange change) {
        decorations.refresh(model.scenario(), model.journey());
        if (change.everything()) {
            redecorate();
            return;
        }
        java.util.Set<Component> which = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.Deque<Component> todo = new java.util.ArrayDeque<>(change.components());
        while (!todo.isEmpty()) {
            Component c = todo.pop();
            if (which.add(c) && cards.containsKey(c)) {
                for (Dependency d : document.topology().dependentsOf(c)) {
                    todo.push(d.source());
                }
            }
        }
        for (dev.lifeboat.model.Journey j : change.journeys()) {
            if (document.topology().journey(j.id()).orElse(null) == j) {
                which.addAll(dev.lifeboat.ui.state.JourneyScope.of(document.topology(), j));
            }
        }
        for (Component c : which) {
            ComponentCard card = cards.get(c);
            if (card != null) {
                card.show(decorations.state(c));
            }
        }
        if (!change.journeys().isEmpty()) {
            decorateArrows();
        }
    }

    /** Re-draws every decoration: after a scenario or journey change. */
    public void redecorate() {
        if (decorations == null) {
            return;
        }
        decorations.refresh(model.scenario(), model.journey());
        for (Map.Entry<Component, ComponentCard> e : cards.entrySet()) {
            e.getValue().show(decorations.state(e.getKey()));
        }
        decorateArrows();
    }

    private void decorateArrows() {
        for (Map.Entry<Dependency, DependencyArrow> e : arrows.entrySet()) {
            Dependency d = e.getKey();
            e.getValue().decorate(decorations.critical(d.source(), d.target()),
                    decorations.cyclic(d.source(), d.target()),
                    decorations.dimmed(d.source()) || decorations.dimmed(d.target()));
        }
        String cycles = decorations.cycleMessage();
        cycleWarning.setText(cycles == null ? "" : "\u26A0  " + cycles);
        cycleWarning.setVisible(cycles != null);
        requestLayout();
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

    // ---------------------------------------------------------------- for gestures and actions

    public DesignerModel model() {
        return model;
    }

    public Viewport viewport() {
        return viewport;
    }

    public Group overlay() {
        return overlay;
    }

    public ComponentCard cardOf(Component c) {
        return cards.get(c);
    }

    public PlaceContainer containerOf(Place p) {
        return containers.get(p);
    }

    /** The card of the component with this id, or null. */
    public ComponentCard cardOf(String componentId) {
        return document.topology().component(componentId).map(cards::get).orElse(null);
    }

    /** The arrow of a dependency, or null. */
    public DependencyArrow arrowOf(Dependency d) {
        return arrows.get(d);
    }

    public Collection<ComponentCard> cards() {
        return cards.values();
    }

    public Collection<PlaceContainer> containers() {
        return containers.values();
    }

    /** The card, container or arrow a node belongs to, or null for the background. */
    public Node owner(Node n) {
        while (n != null && n != this) {
            if (n instanceof ComponentCard || n instanceof PlaceContainer || n instanceof DependencyArrow) {
                return n;
            }
            n = n.getParent();
        }
        return null;
    }

    /** A view (canvas-local) point in world coordinates. */
    public Point2D toWorld(double x, double y) {
        return viewport.toWorld(x, y);
    }

    /** A scene point in world coordinates. */
    public Point2D sceneToWorld(double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        return viewport.toWorld(local.getX(), local.getY());
    }

    /** The card whose rectangle holds the world point, or null. */
    public ComponentCard cardAt(double wx, double wy) {
        List<Node> list = cardLayer.getChildren();
        for (int i = list.size() - 1; i >= 0; i--) {
            ComponentCard c = (ComponentCard) list.get(i);
            if (wx >= c.getLayoutX() && wx <= c.getLayoutX() + ComponentCard.WIDTH && wy >= c.getLayoutY()
                    && wy <= c.getLayoutY() + ComponentCard.HEIGHT) {
                return c;
            }
        }
        return null;
    }

    /** The arrow passing within a few pixels of the world point, or null. */
    public DependencyArrow arrowAt(double wx, double wy) {
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

    /** The innermost zone or region whose container holds the world point, or null. */
    public Place placeAt(double wx, double wy, Collection<Place> ignore) {
        Place best = null;
        double bestArea = Double.MAX_VALUE;
        for (Place p : containers.keySet()) {
            if (ignore.contains(p) || !p.bounds().contains(wx, wy)) {
                continue;
            }
            double area = p.bounds().width() * p.bounds().height();
            if (area < bestArea) {
                best = p;
                bestArea = area;
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
            grow(cardsBox, c.getLayoutX(), c.getLayoutY() - 10, c.getLayoutX() + ComponentCard.WIDTH + 8,
                    c.getLayoutY() + ComponentCard.HEIGHT + 20);
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

    /** Zooms and pans so that everything is visible. */
    public void fit() {
        viewport.fit(contentBounds(), getWidth(), getHeight());
    }

    /** The world point at the centre of the view. */
    public Point2D viewCentre() {
        return viewport.toWorld(getWidth() / 2, getHeight() / 2);
    }

    /**
     * Shows the context menu for what was right-clicked (a card, arrow or container; null for the
     * background), selecting it first as a left click would.
     */
    public void showContextMenu(Node on, double screenX, double screenY) {
        Object item = on instanceof ComponentCard c ? c.component() : on instanceof DependencyArrow a ? a.dependency()
                : on instanceof PlaceContainer p ? p.place() : null;
        if (item == null) {
            DependencyArrow near = null;
            Point2D local = screenToLocal(screenX, screenY);
            if (local != null) {
                Point2D world = toWorld(local.getX(), local.getY());
                near = arrowAt(world.getX(), world.getY());
            }
            item = near == null ? null : near.dependency();
        }
        if (item != null && !model.selection().contains(item)) {
            model.selection().select(item);
        }
        if (contextMenus != null) {
            if (menu != null) {
                menu.hide();
            }
            menu = contextMenus.apply(item);
            menu.show(this, screenX, screenY);
        }
    }

    private java.util.function.Function<Object, javafx.scene.control.ContextMenu> contextMenus;
    private javafx.scene.control.ContextMenu menu;

    /** Supplies the context menu for a right-clicked model object (null: the background). */
    public void setContextMenus(java.util.function.Function<Object, javafx.scene.control.ContextMenu> factory) {
        this.contextMenus = factory;
    }

    /** What the canvas shows on top of the drawing (verdicts, journey highlight, cycles). */
    public CanvasDecorations decorations() {
        return decorations;
    }
}

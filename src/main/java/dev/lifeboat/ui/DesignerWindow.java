package dev.lifeboat.ui;

import dev.lifeboat.model.Journey;
import dev.lifeboat.ui.canvas.CanvasView;
import dev.lifeboat.ui.canvas.gesture.PaletteDrop;
import dev.lifeboat.ui.document.Autosave;
import dev.lifeboat.ui.document.DocumentService;
import dev.lifeboat.ui.FileActions;
import dev.lifeboat.ui.document.RecentFiles;
import dev.lifeboat.ui.inspector.InspectorView;
import dev.lifeboat.ui.inspector.InspectorViewModel;
import dev.lifeboat.ui.panels.LegendPanel;
import dev.lifeboat.ui.panels.PalettePanel;
import dev.lifeboat.ui.panels.RecoveryOrderPanel;
import dev.lifeboat.ui.panels.RecoveryOrderViewModel;
import dev.lifeboat.ui.panels.ResultsPanel;
import dev.lifeboat.ui.panels.ResultsViewModel;
import dev.lifeboat.ui.present.PresentationView;
import dev.lifeboat.ui.state.DesignerModel;
import java.util.prefs.Preferences;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Dimension2D;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import dev.lifeboat.engine.cost.CostFacts;
import dev.lifeboat.engine.Comparison;
import dev.lifeboat.ui.panels.CompareViewModel;
import dev.lifeboat.ui.panels.FrontierViewModel;
import dev.lifeboat.ui.panels.RecommendViewModel;
import javafx.util.Duration;

/**
 * The designer window: menu bar and toolbar on top, palette left, canvas centre, inspector right,
 * journeys/results and recovery order below, in split panes so that panels resize and collapse.
 * It only assembles views over the view models and wires window-wide keys, title and autosave.
 */
public final class DesignerWindow {

    /** The preference that remembers the theme between runs. */
    static final String DARK_THEME = "darkTheme";
    /** The preference that remembers whether the legend shows under the canvas. */
    static final String SHOW_LEGEND = "showLegend";

    private final DesignerModel model;
    private final Theme theme;
    private final DocumentService service;
    private final Preferences prefs;
    /** The canvas row's share of the height, the palette's share of the width, where the inspector starts. */
    static final double CENTRE_SHARE = 0.66;
    static final double PALETTE_SHARE = 0.12;
    static final double INSPECTOR_FROM = 0.74;
    static final double RESULTS_SHARE = 0.56;
    /** The least each panel needs to stay usable (the palette's longest name, the inspector's fields). */
    private static final double PALETTE_MIN_WIDTH = 150;
    private static final double INSPECTOR_MIN_WIDTH = 260;
    private static final double BOTTOM_MIN_HEIGHT = 190;
    private static final double CANVAS_MIN_WIDTH = 360;
    private static final double BOTTOM_PANEL_MIN_WIDTH = 240;
    private static final double CANVAS_MIN_HEIGHT = 220;
    private boolean panelsHidden;
    private final BooleanProperty showLegend = new SimpleBooleanProperty(this, "showLegend", true);
    private CanvasView canvas;
    private InspectorViewModel inspector;
    private ResultsViewModel results;
    private RecoveryOrderViewModel recovery;
    private FileActions files;
    private EditActions edit;
    private java.util.function.Consumer<String> linkOpener = url -> { };

    /** How documentation links are opened (the application passes its HostServices). */
    public void setLinkOpener(java.util.function.Consumer<String> opener) {
        this.linkOpener = opener;
    }

    public DesignerWindow(DesignerModel model, Theme theme, DocumentService service, Preferences prefs) {
        this.model = model;
        this.theme = theme;
        this.service = service;
        this.prefs = prefs;
    }

    private CompareWindow compare;

    /** Opens (or brings forward) the window comparing the baseline with its variants, and refreshes it. */
    private void compareWindow(Stage owner) {
        if (compare == null) {
            compare = new CompareWindow(new CompareViewModel(model, CostFacts.INSTANCE), owner);
        }
        compare.show();
    }

    private RecommendWindow recommend;
    private RecommendViewModel.Search search = RecommendViewModel.STANDARD;

    /** Opens (or brings forward) Analyse ▸ Recommend, asking about the selected journey. */
    private void recommendWindow(Stage owner) {
        if (recommend == null) {
            recommend = new RecommendWindow(new RecommendViewModel(model, search), owner);
        }
        recommend.show();
    }

    /** How Analyse ▸ Recommend searches (tests slow it down to cancel it); before the window first opens. */
    void setRecommendSearch(RecommendViewModel.Search search) {
        this.search = search;
    }

    /** The recommendation window opened last (showing or closed), or null. */
    RecommendWindow recommendWindow() {
        return recommend;
    }

    private FrontierWindow frontier;
    private FrontierViewModel.Search frontierSearch = FrontierViewModel.STANDARD;

    /** Opens (or brings forward) Analyse ▸ Frontier, for the selected journey. */
    private void frontierWindow(Stage owner) {
        if (frontier == null) {
            frontier = new FrontierWindow(new FrontierViewModel(model, frontierSearch), owner);
        }
        frontier.show();
    }

    /** How Analyse ▸ Frontier searches (tests hold it up); before the window first opens. */
    void setFrontierSearch(FrontierViewModel.Search search) {
        this.frontierSearch = search;
    }

    /** The frontier window opened last (showing or closed), or null. */
    FrontierWindow frontierWindow() {
        return frontier;
    }

    /** Builds the scene into the stage and shows it. */
    public void show(Stage stage) {
        canvas = new CanvasView(model);
        inspector = new InspectorViewModel(model);
        results = new ResultsViewModel(model);
        recovery = new RecoveryOrderViewModel(model);
        edit = new EditActions(model, canvas.autoLayout());
        files = new FileActions(model, service, new RecentFiles(prefs), stage);

        canvas.setContextMenus(item -> ContextMenus.of(item, edit, canvas));
        PaletteDrop drop = new PaletteDrop(canvas.gestures());
        ScrollPane palette = new ScrollPane(new PalettePanel(drop));
        palette.setFitToWidth(true);
        palette.setId("paletteScroll");
        InspectorView inspectorView = new InspectorView(inspector);
        // a fresh drop: the keyboard goes to the new component's name, not to the canvas's keys
        model.selection().nameRequestProperty().addListener((o, a, b) -> {
            if (b != null) {
                inspectorView.editName();
            }
        });

        LegendPanel legend = new LegendPanel();
        legend.visibleProperty().bind(showLegend);
        legend.managedProperty().bind(showLegend);
        showLegend.set(prefs.getBoolean(SHOW_LEGEND, true));
        showLegend.addListener((o, a, b) -> prefs.putBoolean(SHOW_LEGEND, b));
        VBox canvasArea = new VBox(canvas, legend);
        canvasArea.setId("canvasArea");
        VBox.setVgrow(canvas, Priority.ALWAYS);
        SplitPane centre = new SplitPane(palette, canvasArea, inspectorView);
        centre.setId("centreSplit");

        ResultsPanel resultsPanel = new ResultsPanel(results, this::pickJourney, url -> {
            model.setStatus("Documentation: " + url);
            linkOpener.accept(url);
        }, edit::newJourney, edit::deleteJourney);
        RecoveryOrderPanel recoveryPanel = new RecoveryOrderPanel(recovery);
        // the tables scroll and give tooltips when narrow: their columns' widths are not their minimum
        resultsPanel.setMinWidth(BOTTOM_PANEL_MIN_WIDTH);
        recoveryPanel.setMinWidth(BOTTOM_PANEL_MIN_WIDTH);
        SplitPane bottom = new SplitPane(resultsPanel, recoveryPanel);
        bottom.setId("bottomSplit");

        SplitPane main = new SplitPane(centre, bottom);
        main.setId("mainSplit");
        main.setOrientation(Orientation.VERTICAL);
        // every panel keeps its share of the window at any size, and never less than it needs to be usable
        Proportions centreShares = Proportions.keep(centre, PALETTE_SHARE, INSPECTOR_FROM);
        Proportions mainShares = Proportions.keep(main, CENTRE_SHARE);
        Proportions.keep(bottom, RESULTS_SHARE);
        Runnable minimums = () -> {
            boolean shown = !panelsHidden;
            palette.setMinWidth(shown ? PALETTE_MIN_WIDTH : 0);
            inspectorView.setMinWidth(shown ? INSPECTOR_MIN_WIDTH : 0);
            bottom.setMinHeight(shown ? BOTTOM_MIN_HEIGHT : 0);
        };
        minimums.run();
        canvasArea.setMinSize(CANVAS_MIN_WIDTH, CANVAS_MIN_HEIGHT);

        Runnable togglePanels = () -> {
            panelsHidden = !panelsHidden;
            minimums.run();
            mainShares.set(panelsHidden ? 1.0 : CENTRE_SHARE);
            centreShares.set(panelsHidden ? 0.0 : PALETTE_SHARE, panelsHidden ? 1.0 : INSPECTOR_FROM);
        };
        BorderPane root = new BorderPane(main);
        root.setId("root");
        root.setTop(new VBox(WindowMenus.build(model, files, edit, canvas, theme, togglePanels,
                showLegend, () -> present(stage), () -> recommendWindow(stage), () -> frontierWindow(stage)),
                WindowToolbar.build(model, files, canvas, () -> compareWindow(stage))));
        root.getStyleClass().add("designer");
        root.setBottom(new StatusBar(model, canvas));

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Dimension2D size = initialSize(screen.getWidth(), screen.getHeight());
        Scene scene = new Scene(root, size.getWidth(), size.getHeight());
        scene.getStylesheets().add(DesignerWindow.class.getResource("designer.css").toExternalForm());
        scene.addEventHandler(KeyEvent.KEY_PRESSED, this::zoomKeys);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> undoKeys(e, scene));
        theme.darkProperty().addListener((o, a, b) -> {
            root.getStyleClass().remove("dark");
            if (b) {
                root.getStyleClass().add("dark");
            }
            prefs.putBoolean(DARK_THEME, b);
        });
        // the theme chosen last time (View ▸ Dark theme)
        theme.darkProperty().set(prefs.getBoolean(DARK_THEME, false));
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard()) {
                e.consume();
            } else {
                service.discardRecovery();
            }
        });
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        startAutosave();
        stage.show();
        canvas.fit();
        model.documentProperty().addListener((o, a, b) -> {
            canvas.applyCss();
            canvas.layout();
            canvas.fit();
        });
    }

    /**
     * The first window size on a screen of the given usable size: 1280×800 (a projector) or the whole
     * screen when smaller, and 90% of a larger screen, so that a large monitor gives the canvas its room.
     */
    static Dimension2D initialSize(double screenWidth, double screenHeight) {
        return new Dimension2D(Math.min(screenWidth, Math.max(1280, Math.round(screenWidth * 0.9))),
                Math.min(screenHeight, Math.max(800, Math.round(screenHeight * 0.9))));
    }

    private PresentationView presentation;

    /**
     * Opens the presentation mode (View ▸ Presentation mode, F5) full screen over this window, for the selected
     * journey; Escape brings the designer back as it was, with the keyboard on its canvas.
     */
    public void present(Stage stage) {
        if (presentation != null && presentation.isShowingNow()) {
            return;
        }
        // some platforms (Monocle) take the owner into full screen with its child: give it back as it was
        boolean fullScreen = stage.isFullScreen();
        boolean maximized = stage.isMaximized();
        Rectangle2D bounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        presentation = PresentationView.open(stage, model, canvas, stage.getScene().getStylesheets(), () -> {
            if (stage.isFullScreen() != fullScreen) {
                stage.setFullScreen(fullScreen);
            }
            if (stage.isMaximized() != maximized) {
                stage.setMaximized(maximized);
            }
            if (!fullScreen && !maximized) {
                stage.setX(bounds.getMinX());
                stage.setY(bounds.getMinY());
                stage.setWidth(bounds.getWidth());
                stage.setHeight(bounds.getHeight());
            }
            canvas.requestFocus();
        });
    }

    /** The presentation opened last (showing or closed), or null. */
    public PresentationView presentation() {
        return presentation;
    }

    private void pickJourney(Journey j) {
        if (model.journey() != j) {
            model.journeyProperty().set(j);
        }
        model.selection().clear();
        // a row replaced by an edit of the journey selects it again: the inspector keeps its editors (and focus)
        if (inspector.targetProperty().get() != j) {
            inspector.inspect(j);
        }
    }

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    /**
     * Undo and redo wherever the focus is: before a text field's own key handling sees them, so that a field
     * whose value was committed (Enter) undoes the document edit; one with unsaved typing undoes the typing.
     */
    private void undoKeys(KeyEvent e, Scene scene) {
        if (UNDO.match(e)) {
            edit.undo(scene.getFocusOwner());
        } else if (REDO.match(e) || REDO_Y.match(e)) {
            edit.redo(scene.getFocusOwner());
        } else {
            return;
        }
        e.consume();
    }

    private void zoomKeys(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        KeyCode k = e.getCode();
        if (k == KeyCode.PLUS || k == KeyCode.EQUALS || k == KeyCode.ADD) {
            canvas.zoomCentred(1.2);
        } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT) {
            canvas.zoomCentred(1 / 1.2);
        } else if (k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0) {
            canvas.viewport().reset();
        } else {
            return;
        }
        e.consume();
    }

    /** Autosaves unsaved work every 5 s; the recovery file goes as soon as nothing is unsaved. */
    private void startAutosave() {
        Autosave autosave = new Autosave(service, model.documentProperty());
        Timeline timer = new Timeline(new KeyFrame(Duration.seconds(5), e -> autosave.tick()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
    }

    /** Offers to restore an autosave left by an earlier session (call once the window is shown). */
    public void offerRestore() {
        files.offerRestore();
    }

    public CanvasView canvas() {
        return canvas;
    }

    public InspectorViewModel inspector() {
        return inspector;
    }

    public ResultsViewModel results() {
        return results;
    }

    public FileActions files() {
        return files;
    }

    public EditActions edit() {
        return edit;
    }
}

package dev.lifeboat.ui.present;

import dev.lifeboat.ui.canvas.CanvasView;
import dev.lifeboat.ui.panels.ResultsViewModel.Figure;
import dev.lifeboat.ui.present.PresentationViewModel.Kind;
import dev.lifeboat.ui.present.PresentationViewModel.TableRow;
import dev.lifeboat.ui.present.PresentationViewModel.WaveLine;
import dev.lifeboat.ui.state.DesignerModel;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * Presentation mode (View ▸ Presentation mode, F5): a full-screen window for a design review, in large type. A
 * title bar (the design and journey, "Zone loss — 3/5"), the design's read-only canvas greying what the failure
 * takes down and bringing the recovery waves back one at a time, and a panel with the journey's RPO and RTO
 * against its objectives and the components of the wave just back; at the end the variants side by side. The
 * arrow keys, Space, Page Up/Down, Home and End step; Escape leaves. It is a window of its own over the
 * designer, which it leaves as it was (selection, scenario, journey, panels).
 *
 * <p>The type scales with the window: the root font size is {@link #fontSize(double)} of the height, and no
 * text of the stylesheet is smaller than 0.75 of it (18 px at 800 px high, 20 px at 1080).
 */
public final class PresentationView extends BorderPane {

    /** The most components a wave lists before "+ N more". */
    static final int MAX_LINES = 6;
    /** The most differences the variants step lists. */
    static final int MAX_DIFFERENCES = 3;

    private final PresentationViewModel vm;
    private final CanvasView canvas;
    private final Label title = label("presentation-title");
    private final Label position = label("presentation-position");
    private final Label description = label("presentation-description");
    private final Label rpoValue = label("presentation-figure");
    private final Label rpoObjective = label("presentation-objective");
    private final Label rtoValue = label("presentation-figure");
    private final Label rtoObjective = label("presentation-objective");
    private final Label phase = label("presentation-phase");
    private final VBox lines = new VBox();
    private final VBox figures;
    private final GridPane table = new GridPane();
    private final VBox closing = new VBox();
    private final Label hint = label("presentation-hint");
    private final Label progress = label("presentation-progress");
    private Stage stage;
    private Runnable onClose = () -> { };

    public PresentationView(PresentationViewModel vm, CanvasView canvas) {
        this.vm = vm;
        this.canvas = canvas;
        setId("presentation");
        getStyleClass().add("presentation");

        title.setId("presentationTitle");
        position.setId("presentationPosition");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        title.setMinWidth(0);
        position.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(title, spacer, position);
        top.getStyleClass().add("presentation-bar");
        setTop(top);

        canvas.setMinSize(0, 0);
        table.setId("presentationTable");
        table.getStyleClass().add("presentation-table");
        closing.setId("presentationClosing");
        closing.getStyleClass().add("presentation-closing");
        closing.getChildren().add(table);
        StackPane centre = new StackPane(canvas, closing);
        centre.getStyleClass().add("presentation-centre");
        centre.setMinSize(0, 0);
        setCenter(centre);

        description.setId("presentationDescription");
        description.setWrapText(true);
        rpoValue.setId("presentationRpo");
        rtoValue.setId("presentationRto");
        rpoObjective.setId("presentationRpoObjective");
        rtoObjective.setId("presentationRtoObjective");
        rpoObjective.setWrapText(true);
        rtoObjective.setWrapText(true);
        phase.setId("presentationPhase");
        phase.setWrapText(true);
        lines.setId("presentationWave");
        lines.getStyleClass().add("presentation-lines");
        figures = new VBox(figure("RPO", rpoValue, rpoObjective), figure("RTO", rtoValue, rtoObjective));
        figures.getStyleClass().add("presentation-figures");
        VBox side = new VBox(description, figures, phase, lines);
        side.setId("presentationPanel");
        side.getStyleClass().add("presentation-panel");
        side.setMinWidth(0);
        // the panel takes 30% of the width, the canvas the rest
        side.prefWidthProperty().bind(widthProperty().multiply(0.30));
        side.maxWidthProperty().bind(side.prefWidthProperty());
        setRight(side);

        hint.setText("\u2190 \u2192  step      Esc  leaves");
        hint.setId("presentationHint");
        progress.setId("presentationProgress");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(hint, gap, progress);
        bottom.getStyleClass().add("presentation-footer");
        setBottom(bottom);

        heightProperty().addListener((o, a, b) -> setStyle("-fx-font-size: " + fontSize(b.doubleValue()) + "px;"));
        setStyle("-fx-font-size: " + fontSize(0) + "px;");
        vm.stepProperty().addListener((o, a, b) -> refresh());
        vm.comparisonProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /**
     * The root font size in pixels for a window this many pixels high: a fortieth of the height, never below 24
     * (so that the smallest text, 0.75 of it, stays at 18 px) nor above 40.
     */
    public static double fontSize(double height) {
        return Math.round(Math.max(24, Math.min(40, height / 40)) * 10) / 10.0;
    }

    private static Label label(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        return l;
    }

    private static VBox figure(String name, Label value, Label objective) {
        Label head = label("presentation-figure-name");
        head.setText(name);
        HBox row = new HBox(head, value);
        row.getStyleClass().add("presentation-figure-row");
        VBox box = new VBox(row, objective);
        box.getStyleClass().add("presentation-figure-box");
        return box;
    }

    /** Right, Down, Space, Page Down, Enter: next; Left, Up, Page Up, Backspace: back; Home, End; Escape leaves. */
    private void keys(KeyEvent e) {
        KeyCode k = e.getCode();
        switch (k) {
            case RIGHT, DOWN, SPACE, PAGE_DOWN, ENTER -> vm.next();
            case LEFT, UP, PAGE_UP, BACK_SPACE -> vm.previous();
            case HOME -> vm.first();
            case END -> vm.last();
            case ESCAPE -> close();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Shows what the view model's step shows. */
    private void refresh() {
        PresentationViewModel.Step s = vm.step();
        title.setText(vm.title());
        position.setText(vm.position());
        progress.setText(vm.progress());
        description.setText(vm.description());
        boolean scenario = s.kind() == Kind.SCENARIO;
        canvas.setVisible(scenario);
        closing.setVisible(!scenario);
        showFigure(rpoValue, rpoObjective, vm.rpo(), "RPO");
        showFigure(rtoValue, rtoObjective, vm.rto(), "RTO");
        figures.setVisible(scenario);
        figures.setManaged(scenario);
        phase.setText(vm.phase());
        lines.getChildren().clear();
        showLines(vm.waveLines());
        if (scenario) {
            canvas.showRecovery(vm.plan(), s.wavesBack());
        } else {
            showTable();
        }
    }

    private static void showFigure(Label value, Label objective, Figure f, String measure) {
        for (String c : List.of("verdict-misses", "verdict-assumed", "verdict-meets")) {
            value.getStyleClass().remove(c);
        }
        if (f == null) {
            value.setText("\u2014");
            objective.setText("no journey");
            return;
        }
        value.setText(f.text());
        if (f.styleClass() != null) {
            value.getStyleClass().add(f.styleClass());
        }
        objective.setText(f.objective() == null ? "no objective"
                : "objective " + f.objective() + "  \u00B7  " + f.verdict().replaceFirst("^[\u2714\u2716] ", ""));
    }

    private void showLines(List<WaveLine> wave) {
        int shown = Math.min(MAX_LINES, wave.size());
        for (WaveLine l : wave.subList(0, shown)) {
            Label name = label("presentation-line-name");
            name.setText(l.name());
            Label what = label("presentation-line-detail");
            what.setText(l.action() + "  \u00B7  " + l.time());
            what.setWrapText(true);
            VBox box = new VBox(name, what);
            box.getStyleClass().add("presentation-line");
            lines.getChildren().add(box);
        }
        if (wave.size() > shown) {
            Label more = label("presentation-line-detail");
            more.setText("+ " + (wave.size() - shown) + " more");
            lines.getChildren().add(more);
        }
    }

    private void showTable() {
        table.getChildren().clear();
        table.getColumnConstraints().clear();
        List<String> heads = vm.tableHeads();
        List<TableRow> rows = vm.tableRows();
        closing.getChildren().setAll(table);
        if (rows.isEmpty()) {
            Label waiting = label("presentation-description");
            waiting.setText(vm.journey() == null ? "The design has no journey." : "Comparing\u2026");
            closing.getChildren().setAll(waiting);
            return;
        }
        table.add(cell("Scenario", "presentation-head"), 0, 0);
        table.add(cell("Objectives", "presentation-head"), 1, 0);
        for (int c = 0; c < heads.size(); c++) {
            table.add(cell(heads.get(c), "presentation-head"), 2 + c, 0);
        }
        for (int r = 0; r < rows.size(); r++) {
            TableRow row = rows.get(r);
            table.add(cell(row.scenario().label(), "presentation-cell"), 0, r + 1);
            table.add(cell(row.objectives(), "presentation-cell"), 1, r + 1);
            for (int c = 0; c < row.designs().size(); c++) {
                Figure[] f = row.designs().get(c);
                HBox both = new HBox(figureCell(f[0]), cell("/", "presentation-cell"), figureCell(f[1]));
                both.getStyleClass().add("presentation-pair");
                table.add(both, 2 + c, r + 1);
            }
        }
        for (int c = 0; c < 2 + heads.size(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(HPos.LEFT);
            table.getColumnConstraints().add(cc);
        }
        List<String> differences = vm.differences();
        for (String d : differences.subList(0, Math.min(MAX_DIFFERENCES, differences.size()))) {
            Label l = label("presentation-difference");
            l.setText(d);
            l.setWrapText(true);
            closing.getChildren().add(l);
        }
        if (differences.size() > MAX_DIFFERENCES) {
            Label l = label("presentation-difference");
            l.setText("+ " + (differences.size() - MAX_DIFFERENCES) + " more differences (Compare in the designer)");
            closing.getChildren().add(l);
        }
    }

    private static Label cell(String text, String styleClass) {
        Label l = label(styleClass);
        l.setText(text);
        return l;
    }

    private static Label figureCell(Figure f) {
        Label l = cell(f.text(), "presentation-cell");
        if (f.styleClass() != null) {
            l.getStyleClass().add(f.styleClass());
        }
        return l;
    }

    // ---------------------------------------------------------------- the window

    /**
     * Opens the presentation full screen over the designer's window, on the screen that shows most of it.
     *
     * @param owner       the designer's window
     * @param model       the designer's model: its document, shown variant and selected journey are presented
     * @param designer    the designer's canvas, whose arrow routes the presentation follows
     * @param stylesheets the designer's stylesheets (the cards look as in the designer)
     * @param onClose     what to run once the presentation has closed
     */
    public static PresentationView open(Window owner, DesignerModel model, CanvasView designer,
                                        List<String> stylesheets, Runnable onClose) {
        PresentationViewModel vm = new PresentationViewModel(model);
        CanvasView canvas = CanvasView.readOnly(model, vm.scenarioProperty(), vm.journeyProperty());
        canvas.followRoutesOf(designer);
        PresentationView view = new PresentationView(vm, canvas);
        view.onClose = onClose;
        Rectangle2D screen = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                owner.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getBounds();
        Stage stage = new Stage(StageStyle.UNDECORATED);
        stage.initOwner(owner);
        stage.setTitle("Presentation \u2014 " + vm.title());
        Scene scene = new Scene(view, screen.getWidth(), screen.getHeight());
        scene.getStylesheets().addAll(stylesheets);
        scene.getStylesheets().add(PresentationView.class.getResource("presentation.css").toExternalForm());
        // the keys work wherever the focus is (nothing in the presentation takes typing)
        scene.addEventFilter(KeyEvent.KEY_PRESSED, view::keys);
        stage.setScene(scene);
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        // the presentation says itself how to leave (the footer); Escape is its own key, not the stage's
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
        stage.setOnHidden(e -> view.closed());
        view.stage = stage;
        stage.show();
        view.requestFocus();
        return view;
    }

    /** Leaves the presentation. */
    public void close() {
        if (stage != null && stage.isShowing()) {
            stage.close();
        } else {
            closed();
        }
    }

    private boolean disposed;

    private void closed() {
        if (!disposed) {
            disposed = true;
            canvas.dispose();
            onClose.run();
        }
    }

    // ---------------------------------------------------------------- for tests

    public PresentationViewModel viewModel() {
        return vm;
    }

    public CanvasView canvas() {
        return canvas;
    }

    /** The presentation's window, or null when it was not opened in one. */
    public Stage stage() {
        return stage;
    }

    /** Whether the presentation is showing. */
    public boolean isShowingNow() {
        return stage != null && stage.isShowing();
    }

    /** The texts the closing table shows, row by row (the heads first). */
    public List<List<String>> tableTexts() {
        int rowsCount = 0;
        int cols = 0;
        for (Node n : table.getChildren()) {
            rowsCount = Math.max(rowsCount, GridPane.getRowIndex(n) + 1);
            cols = Math.max(cols, GridPane.getColumnIndex(n) + 1);
        }
        String[][] t = new String[rowsCount][cols];
        for (Node n : table.getChildren()) {
            t[GridPane.getRowIndex(n)][GridPane.getColumnIndex(n)] = n instanceof Label l ? l.getText()
                    : ((HBox) n).getChildren().stream().map(c -> ((Label) c).getText())
                    .reduce((a, b) -> a + " " + b).orElse("");
        }
        return java.util.Arrays.stream(t).map(List::of).toList();
    }

    /** The lines the panel lists for the wave shown (name, then action and time). */
    public List<String> waveTexts() {
        return lines.getChildren().stream().map(n -> n instanceof Label l ? l.getText()
                : ((VBox) n).getChildren().stream().map(c -> ((Label) c).getText())
                .reduce((a, b) -> a + " \u2014 " + b).orElse("")).toList();
    }
}

package dev.lifeboat.ui;

import dev.lifeboat.engine.recommend.Recommendation.Change;
import dev.lifeboat.engine.recommend.Recommendation.Reached;
import dev.lifeboat.ui.panels.RecommendationText;
import dev.lifeboat.ui.panels.ResultsViewModel.Figure;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The pieces the Recommend and Frontier windows show a set of setting changes with: each change with the settings it
 * sets and the other journeys it affects, and the journey's numbers per scenario against its objectives.
 */
final class OptionViews {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private OptionViews() {
    }

    /**
     * Each change: "orders-db: PITR, synchronous replica in another zone" in bold, each setting it sets by label
     * ("Replication: Synchronous"), and "Also affects Sign in" for a component other journeys need.
     */
    static VBox changes(List<Change> changes) {
        VBox box = new VBox(6);
        for (Change c : changes) {
            VBox one = new VBox(1);
            Label what = wrapped(RecommendationText.title(c));
            what.getStyleClass().add("recommend-change");
            one.getChildren().add(what);
            for (String s : RecommendationText.settings(c)) {
                Label l = wrapped(s);
                l.getStyleClass().add("recommend-setting");
                one.getChildren().add(l);
            }
            String others = RecommendationText.otherJourneys(c);
            if (others != null) {
                Label l = wrapped(others);
                l.getStyleClass().addAll("recommend-setting", "recommend-shared");
                one.getChildren().add(l);
            }
            box.getChildren().add(one);
        }
        return box;
    }

    /**
     * The journey's numbers per scenario against its objectives, as the results tables write them; with {@code
     * today}, a number that changes shows where it comes from: "unbounded → 5s  ✔". {@code compact} heads the
     * objectives' column "Objectives" alone (for a narrow pane).
     */
    static GridPane figures(List<Reached> reached, List<Reached> today, boolean compact) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("recommend-figures");
        grid.setHgap(18);
        grid.setVgap(2);
        String[] heads = {"Scenario", compact ? "Objectives" : "Objectives (RPO / RTO)", "RPO", "RTO"};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(heads[c]);
            h.getStyleClass().add("column-title");
            grid.add(h, c, 0);
        }
        int row = 1;
        for (Reached x : reached) {
            Reached before = today == null ? null : today.stream().filter(b -> b.scenario() == x.scenario())
                    .findFirst().orElse(null);
            grid.add(new Label(x.scenario().label()), 0, row);
            grid.add(new Label(RecommendationText.objectives(x)), 1, row);
            grid.add(figure(RecommendationText.rpo(x), before == null ? null : RecommendationText.rpo(before)), 2,
                    row);
            grid.add(figure(RecommendationText.rto(x), before == null ? null : RecommendationText.rto(before)), 3,
                    row);
            row++;
        }
        for (int c = 0; c < heads.length; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setMinWidth(Region.USE_PREF_SIZE);
            grid.getColumnConstraints().add(cc);
        }
        return grid;
    }

    private static Label figure(Figure now, Figure before) {
        String text = before == null || before.estimate().equals(now.estimate()) ? now.text()
                : before.estimate() + " \u2192 " + now.text();
        Label l = new Label(text);
        l.getStyleClass().add("recommend-figure");
        if (now.styleClass() != null) {
            l.getStyleClass().add(now.styleClass());
        }
        return l;
    }

    /**
     * Undo and redo of the design from a window of its own (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y), as in the designer: "Undo
     * (Ctrl+Z) takes it back" after Apply.
     */
    static void forwardUndo(Scene scene, Runnable undo, Runnable redo) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                undo.run();
            } else if (REDO.match(e) || REDO_Y.match(e)) {
                redo.run();
            } else {
                return;
            }
            e.consume();
        });
    }

    /** A label that wraps and keeps the height its text needs. */
    static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /**
     * The row a running search shows: its progress, its stage ("Searching: cheapest…") and Cancel, there only while
     * the search runs. Ids are {@code prefix + "Progress" / "Stage" / "Cancel"}.
     */
    static HBox working(dev.lifeboat.ui.panels.JourneySearchViewModel<?> vm, String prefix) {
        javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
        bar.setId(prefix + "Progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setPrefWidth(220);
        Label stageLabel = new Label();
        stageLabel.setId(prefix + "Stage");
        stageLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.stageProperty().get().isEmpty() ? "" : "Searching: " + vm.stageProperty().get() + "\u2026",
                vm.stageProperty()));
        javafx.scene.control.Button cancel = new javafx.scene.control.Button("Cancel");
        cancel.setId(prefix + "Cancel");
        cancel.setOnAction(e -> vm.cancel());
        HBox working = new HBox(10, bar, stageLabel, cancel);
        working.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        working.visibleProperty().bind(vm.runningProperty());
        working.managedProperty().bind(vm.runningProperty());
        return working;
    }
}

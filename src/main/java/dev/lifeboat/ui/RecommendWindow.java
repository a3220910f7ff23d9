package dev.lifeboat.ui;

import static dev.lifeboat.ui.OptionViews.figures;
import static dev.lifeboat.ui.OptionViews.wrapped;

import dev.lifeboat.engine.recommend.Recommendation;
import dev.lifeboat.engine.recommend.Recommendation.Option;
import dev.lifeboat.engine.recommend.Recommendation.Unreachable;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Printable;
import dev.lifeboat.ui.panels.RecommendViewModel;
import dev.lifeboat.ui.panels.RecommendationText;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Analyse ▸ Recommend: for a journey, the cheapest setting changes that make it meet every objective, with the
 * alternatives, each with Apply (one undoable edit) and Make variant; or which objectives are out of reach and the
 * closest option. A thin view over {@link RecommendViewModel}: the search runs in the background with its stage
 * shown and a Cancel button; a result the design has moved on from is marked stale and can be recomputed.
 */
final class RecommendWindow {

    private final Stage stage = new Stage();
    private final RecommendViewModel vm;
    private final VBox results = new VBox(12);

    RecommendWindow(RecommendViewModel vm, Window owner) {
        this.vm = vm;

        ChoiceBox<Journey> journey = new ChoiceBox<>(vm.journeys());
        journey.setId("recommendJourney");
        journey.setConverter(new StringConverter<>() {
            @Override
            public String toString(Journey j) {
                return j == null ? "" : Printable.echo(j.name(), 60);
            }

            @Override
            public Journey fromString(String s) {
                return null;
            }
        });
        journey.valueProperty().bindBidirectional(vm.journeyProperty());
        journey.setMinWidth(180);
        Label journeyLabel = new Label("Journey");
        journeyLabel.setLabelFor(journey);
        Button run = new Button("Recompute");
        run.setId("recommendRun");
        run.setOnAction(e -> vm.recommend());
        run.disableProperty().bind(vm.runningProperty().or(vm.journeyProperty().isNull()));
        HBox top = new HBox(8, journeyLabel, journey, run);
        top.setAlignment(Pos.CENTER_LEFT);

        HBox working = OptionViews.working(vm, "recommend");

        Label message = new Label();
        message.setId("recommendMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.getStyleClass().add("recommend-message");
        vm.staleProperty().addListener((o, a, b) -> {
            message.getStyleClass().remove("stale");
            if (b) {
                message.getStyleClass().add("stale");
            }
            fill(vm.resultProperty().get());
        });
        message.setMaxWidth(Double.MAX_VALUE);

        VBox head = new VBox(8, top, working, message);
        head.setPadding(new Insets(0, 0, 10, 0));

        results.setId("recommendResults");
        results.setPadding(new Insets(2, 14, 2, 2));
        ScrollPane scroll = new ScrollPane(results);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        vm.resultProperty().addListener((o, a, r) -> fill(r));

        Button close = new Button("Close");
        close.setId("recommendClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox bottom = new HBox(close);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        bottom.setPadding(new Insets(10, 0, 0, 0));

        BorderPane root = new BorderPane(scroll, head, null, bottom, null);
        root.setPadding(new Insets(14));
        root.getStyleClass().add("recommend");
        stage.setTitle("Recommend");
        stage.initOwner(owner);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(920, screen.getWidth() * 0.9), Math.min(760, screen.getHeight() * 0.88));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        // undo and redo reach the design from here too ("Undo (Ctrl+Z) takes it back" after Apply)
        OptionViews.forwardUndo(scene, vm::undo, vm::redo);
        stage.setScene(scene);
        stage.setOnHidden(e -> vm.close());
    }

    /** Shows the window (or brings it forward) and asks about the journey selected in the designer. */
    void show() {
        if (!stage.isShowing()) {
            stage.show();
            vm.open();
        }
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }

    RecommendViewModel viewModel() {
        return vm;
    }

    private void fill(Recommendation r) {
        results.getChildren().clear();
        if (r == null) {
            return;
        }
        boolean enabled = !vm.staleProperty().get();
        Label headline = new Label(RecommendationText.headline(r));
        headline.setId("recommendHeadline");
        headline.getStyleClass().add("recommend-headline");
        headline.setWrapText(true);
        results.getChildren().add(headline);
        switch (r.status()) {
            case ALREADY_MET -> results.getChildren().add(section("Today", figures(r.baseline(), null, false)));
            case FOUND -> {
                int n = 1;
                for (Option o : r.options()) {
                    results.getChildren().add(option(String.valueOf(n), n + ". ", o, r, enabled));
                    n++;
                }
            }
            case OUT_OF_REACH -> {
                VBox why = new VBox(4);
                why.setId("recommendOutOfReach");
                if (r.outOfReach().isEmpty()) {
                    why.getChildren().add(wrapped("Each objective can be met alone, but no combination in the menus "
                            + "meets them all together."));
                }
                for (Unreachable u : r.outOfReach()) {
                    Label l = wrapped("\u2716 " + RecommendationText.outOfReach(u));
                    l.getStyleClass().add("recommend-out-of-reach");
                    why.getChildren().add(l);
                }
                results.getChildren().add(why);
                if (r.closest() != null) {
                    Label intro = wrapped("The closest option (it makes none of the journey's numbers worse than "
                            + "today):");
                    results.getChildren().addAll(intro, option("closest", "", r.closest(), r, enabled));
                } else {
                    results.getChildren().addAll(wrapped("No change in the menus brings this journey closer to its "
                            + "objectives without making another of its numbers worse."),
                            section("Today", figures(r.baseline(), null, false)));
                }
            }
        }
    }

    /** One option: why it is listed, its cost, its changes, the numbers it reaches, Apply and Make variant. */
    private Node option(String key, String number, Option o, Recommendation r, boolean enabled) {
        Label title = new Label(number + RecommendationText.kinds(o));
        title.getStyleClass().add("recommend-option-title");
        title.setWrapText(true);
        Label cost = new Label(RecommendationText.costDifference(o, vm.prices()) + "   ("
                + RecommendationText.total(o, vm.prices()) + " in all) \u00B7 " + o.changes().size()
                + (o.changes().size() == 1 ? " change" : " changes"));
        cost.setId("recommendCost-" + key);
        cost.getStyleClass().add("recommend-cost");
        cost.setWrapText(true);

        Node changes = OptionViews.changes(o.changes());

        Button apply = new Button("Apply");
        apply.setId("recommendApply-" + key);
        apply.setDefaultButton(key.equals("1"));
        apply.setOnAction(e -> vm.apply(o));
        Button variant = new Button("Make variant");
        variant.setId("recommendVariant-" + key);
        variant.setOnAction(e -> vm.makeVariant(o));
        apply.setDisable(!enabled);
        variant.setDisable(!enabled);
        HBox buttons = new HBox(8, apply, variant);

        VBox box = new VBox(8, title, cost, changes, figures(o.reached(), r.baseline(), false), buttons);
        box.setId("recommendOption-" + key);
        box.getStyleClass().add("recommend-option");
        if (!enabled) {
            box.getStyleClass().add("stale");
        }
        return box;
    }

    private static Node section(String title, Node content) {
        Label t = new Label(title);
        t.getStyleClass().add("recommend-option-title");
        VBox box = new VBox(6, t, content);
        box.getStyleClass().add("recommend-option");
        return box;
    }
}

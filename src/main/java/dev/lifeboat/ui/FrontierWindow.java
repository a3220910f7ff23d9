package dev.lifeboat.ui;

import dev.lifeboat.engine.recommend.Frontier;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Prices;
import dev.lifeboat.model.Printable;
import dev.lifeboat.ui.chart.FrontierChart;
import dev.lifeboat.ui.chart.FrontierChart.Measure;
import dev.lifeboat.ui.panels.FrontierText;
import dev.lifeboat.ui.panels.FrontierViewModel;
import dev.lifeboat.ui.panels.FrontierViewModel.DesignEntry;
import dev.lifeboat.ui.panels.FrontierViewModel.Entry;
import dev.lifeboat.ui.panels.FrontierViewModel.PointEntry;
import dev.lifeboat.ui.panels.FrontierViewModel.Scope;
import dev.lifeboat.ui.panels.RecommendationText;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Analyse ▸ Frontier: a journey's cost/RPO/RTO frontier as two charts (monthly cost against RPO, and against RTO),
 * with the design shown and its variants placed on them, a table of the same entries for the keyboard, and the entry
 * picked (on either chart or in the table) in detail: its changes, its cost difference and the journey's numbers per
 * scenario, with Apply (one undoable edit) and Make variant for a point. A thin view over {@link FrontierViewModel}:
 * the search runs in the background with its progress shown and a Cancel button; a result the design has moved on
 * from is marked stale, its buttons off, until recomputed.
 */
final class FrontierWindow {

    private final Stage stage = new Stage();
    private final FrontierViewModel vm;
    private final FrontierChart rpo;
    private final FrontierChart rto;
    private final ChartPair charts;
    private final TableView<Entry> table = new TableView<>();
    private final VBox details = new VBox(10);
    private final Label headline = new Label();
    private final CheckBox fit = new CheckBox("Fit costs to the frontier");
    private boolean picking;

    FrontierWindow(FrontierViewModel vm, Window owner) {
        this.vm = vm;

        ChoiceBox<Journey> journey = new ChoiceBox<>(vm.journeys());
        journey.setId("frontierJourney");
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
        ChoiceBox<Scope> scope = new ChoiceBox<>();
        scope.getItems().setAll(FrontierViewModel.scopes());
        scope.setId("frontierScope");
        scope.setConverter(new StringConverter<>() {
            @Override
            public String toString(Scope s) {
                return s == null ? "" : s.label();
            }

            @Override
            public Scope fromString(String s) {
                return null;
            }
        });
        scope.valueProperty().bindBidirectional(vm.scopeProperty());
        Label scopeLabel = new Label("RPO and RTO");
        scopeLabel.setLabelFor(scope);
        Button run = new Button("Recompute");
        run.setId("frontierRun");
        run.setOnAction(e -> vm.recompute());
        run.disableProperty().bind(vm.runningProperty().or(vm.journeyProperty().isNull()));
        run.setMinWidth(Region.USE_PREF_SIZE);
        fit.setId("frontierFit");
        fit.setMinWidth(Region.USE_PREF_SIZE);
        fit.setTooltip(new Tooltip("Fit the cost axes to the frontier's points; a design far cheaper or dearer sits "
                + "at the edge, its label saying its cost."));
        fit.selectedProperty().addListener((o, a, b) -> redraw());
        // the controls wrap onto a second line in a narrow window, each keeping its label with it
        FlowPane top = new FlowPane(18, 6, group(journeyLabel, journey), group(scopeLabel, scope), run, fit);
        top.setAlignment(Pos.CENTER_LEFT);

        HBox working = OptionViews.working(vm, "frontier");

        Label message = new Label();
        message.setId("frontierMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.getStyleClass().add("recommend-message");
        message.setMaxWidth(Double.MAX_VALUE);

        headline.setId("frontierHeadline");
        headline.getStyleClass().add("frontier-headline");
        headline.setWrapText(true);
        headline.setMinHeight(Region.USE_PREF_SIZE);
        headline.managedProperty().bind(headline.visibleProperty());

        VBox head = new VBox(8, top, working, message, headline, legend());
        head.setPadding(new Insets(0, 0, 8, 0));

        rpo = new FrontierChart(Measure.RPO, vm.prices());
        rpo.setId("frontierRpoChart");
        rto = new FrontierChart(Measure.RTO, vm.prices());
        rto.setId("frontierRtoChart");
        for (FrontierChart c : List.of(rpo, rto)) {
            c.setOnPick(e -> vm.selectedProperty().set(e));
        }
        charts = new ChartPair(rpo, rto);
        ScrollPane chartScroll = new ScrollPane(charts);
        chartScroll.setFitToWidth(true);
        // the charts fill the pane's height, unless stacked in a pane too low for both: then it scrolls
        chartScroll.viewportBoundsProperty().addListener((o, a, b) -> chartScroll.setFitToHeight(
                b.getHeight() >= charts.minHeight(b.getWidth())));
        chartScroll.getStyleClass().add("edge-to-edge");

        table.setId("frontierTable");
        table.setItems(vm.entries());
        table.setPlaceholder(new Label("No frontier yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("Point", 110, e -> e instanceof PointEntry p ? String.valueOf(p.number()) : e.label()),
                column("Cost/month", 104, e -> vm.prices().formatWhole(e.monthlyCost())),
                column("vs shown", 84, e -> FrontierText.costDifferenceShort(difference(e), vm.prices())),
                column("RPO", 90, e -> e.rpo().toString()),
                column("RTO", 90, e -> e.rto().toString()),
                column("What", 160, e -> e instanceof PointEntry p ? FrontierText.changesShort(p)
                        : (((DesignEntry) e).current() ? "the design shown, " : "a variant, ")
                        + FrontierText.standingShort((DesignEntry) e))));
        // every column but the last keeps its width; the last takes what is left, and its full text is in the details
        table.getColumns().stream().limit(table.getColumns().size() - 1L)
                .forEach(c -> c.setMinWidth(c.getPrefWidth()));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Entry item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("frontier-design-row");
                if (!empty && item instanceof DesignEntry) {
                    getStyleClass().add("frontier-design-row");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!picking) {
                vm.selectedProperty().set(b);
            }
        });

        details.setId("frontierDetails");
        details.setPadding(new Insets(4, 14, 4, 4));
        ScrollPane detailScroll = new ScrollPane(details);
        detailScroll.setFitToWidth(true);
        detailScroll.getStyleClass().add("edge-to-edge");

        SplitPane lower = new SplitPane(table, detailScroll);
        lower.setDividerPositions(0.5);
        SplitPane split = new SplitPane(chartScroll, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        SplitPane.setResizableWithParent(lower, false);

        vm.resultProperty().addListener((o, a, f) -> showResult(f));
        vm.staleProperty().addListener((o, a, b) -> {
            message.getStyleClass().remove("stale");
            for (FrontierChart c : List.of(rpo, rto)) {
                c.getStyleClass().remove("stale");
                if (b) {
                    c.getStyleClass().add("stale");
                }
            }
            if (b) {
                message.getStyleClass().add("stale");
            }
            fillDetails(vm.selectedProperty().get());
        });
        vm.runningProperty().addListener((o, a, b) -> fillDetails(vm.selectedProperty().get()));
        vm.selectedProperty().addListener((o, a, e) -> pick(e));
        showResult(vm.resultProperty().get());

        Button close = new Button("Close");
        close.setId("frontierClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox bottom = new HBox(close);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        bottom.setPadding(new Insets(10, 0, 0, 0));

        BorderPane root = new BorderPane(split, head, null, bottom, null);
        root.setPadding(new Insets(14));
        root.getStyleClass().addAll("recommend", "frontier");
        stage.setTitle("Frontier");
        stage.initOwner(owner);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1280, screen.getWidth() * 0.92),
                Math.min(900, screen.getHeight() * 0.9));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
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

    FrontierViewModel viewModel() {
        return vm;
    }

    FrontierChart chart(Measure m) {
        return m == Measure.RPO ? rpo : rto;
    }

    /** A label and its control, kept together. */
    private static HBox group(Label label, Node control) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** What the marks mean, drawn with the charts' own marks. */
    private static Node legend() {
        HBox box = new HBox(16,
                key("frontier-point", "frontier point", "Pareto-optimal: no other configuration of the menus is at "
                        + "least as good on cost, RPO and RTO and better on one. Numbered as in the table."),
                staircaseKey(),
                key("frontier-current", "the design shown", null),
                key("frontier-variant", "a variant", null),
                key("frontier-current dominated", "dominated", "Hollow: a frontier point is at least as good on "
                        + "cost, RPO and RTO and better on one (the dashed line leads to it)."));
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("frontier-legend");
        return box;
    }

    private static Node key(String classes, String text, String tip) {
        Region shape = new Region();
        shape.getStyleClass().add("frontier-mark");
        shape.getStyleClass().addAll(classes.split(" "));
        shape.setMinSize(11, 11);
        shape.setPrefSize(11, 11);
        shape.setMaxSize(11, 11);
        Label l = new Label(text, new StackPane(shape));
        l.getStyleClass().add("frontier-legend-key");
        l.setMinWidth(Region.USE_PREF_SIZE);
        if (tip != null) {
            l.setTooltip(new Tooltip(tip));
        }
        return l;
    }

    private static Node staircaseKey() {
        Region line = new Region();
        line.getStyleClass().add("frontier-staircase-key");
        line.setMinSize(18, 3);
        line.setPrefSize(18, 3);
        line.setMaxSize(18, 3);
        Label l = new Label("best for the money", new StackPane(line));
        l.getStyleClass().add("frontier-legend-key");
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setTooltip(new Tooltip("The best RPO (or RTO) among the points that cost no more: a point off this line "
                + "buys a better value of the other measure."));
        return l;
    }

    private TableColumn<Entry, String> column(String title, double width, Function<Entry, String> text) {
        TableColumn<Entry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())).getReadOnlyProperty());
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** An entry's monthly cost against the design shown's. */
    private double difference(Entry e) {
        if (e instanceof PointEntry p) {
            return p.point().costDifference();
        }
        DesignEntry current = vm.current();
        return current == null ? 0 : e.monthlyCost() - current.monthlyCost();
    }

    private void showResult(Frontier f) {
        headline.setVisible(f != null);
        headline.setText(f == null ? "" : FrontierText.headline(f));
        headline.getStyleClass().remove("frontier-warning");
        if (f != null && (f.cyclic() || !f.proven())) {
            headline.getStyleClass().add("frontier-warning");
        }
        charts.setVisible(f != null && !f.cyclic());
        redraw();
        fillDetails(null);
    }

    /** Draws the result's entries on both charts, with the entry picked ringed. */
    private void redraw() {
        Frontier f = vm.resultProperty().get();
        List<Entry> entries = f == null || f.cyclic() ? List.of() : List.copyOf(vm.entries());
        for (FrontierChart c : List.of(rpo, rto)) {
            c.show(entries, vm.prices(), fit.isSelected());
            c.select(vm.selectedProperty().get());
        }
    }

    /** Rings the entry on both charts, selects its row and shows it in detail. */
    private void pick(Entry e) {
        picking = true;
        try {
            rpo.select(e);
            rto.select(e);
            if (e == null) {
                table.getSelectionModel().clearSelection();
            } else if (!e.equals(table.getSelectionModel().getSelectedItem())) {
                table.getSelectionModel().select(e);
                table.scrollTo(e);
            }
        } finally {
            picking = false;
        }
        fillDetails(e);
    }

    private void fillDetails(Entry e) {
        details.getChildren().clear();
        Frontier f = vm.resultProperty().get();
        if (f == null) {
            return;
        }
        if (e == null) {
            details.getChildren().add(OptionViews.wrapped(f.cyclic() ? "" : "Click a point on either chart, or pick "
                    + "a row of the table, to see what it changes and the journey's numbers with it."));
            return;
        }
        Prices prices = vm.prices();
        DesignEntry current = vm.current();
        Label title = new Label(FrontierText.title(e));
        title.setId("frontierDetailTitle");
        title.getStyleClass().add("recommend-option-title");
        details.getChildren().add(title);
        if (e instanceof PointEntry p) {
            int n = p.point().changes().size();
            Label cost = OptionViews.wrapped(RecommendationText.costDifference(p.point().option(), prices) + "   ("
                    + RecommendationText.total(p.point().option(), prices) + " in all) \u00B7 " + n
                    + (n == 1 ? " change" : " changes") + " \u00B7 RPO " + p.rpo() + ", RTO " + p.rto() + ", "
                    + FrontierText.scope(f));
            cost.setId("frontierDetailCost");
            cost.getStyleClass().add("recommend-cost");
            details.getChildren().add(cost);
            // the buttons before the changes, so that they show without scrolling
            Button apply = new Button("Apply");
            apply.setId("frontierApply");
            apply.setOnAction(ev -> vm.apply(p));
            Button variant = new Button("Make variant");
            variant.setId("frontierVariant");
            variant.setOnAction(ev -> vm.makeVariant(p));
            boolean enabled = vm.actionable(p);
            apply.setDisable(!enabled);
            variant.setDisable(!enabled);
            details.getChildren().add(new HBox(8, apply, variant));
            for (Entry other : vm.entries()) {
                if (other instanceof DesignEntry d && d.on() != null && d.on().equals(p)) {
                    details.getChildren().add(OptionViews.wrapped(d.label() + " sits on this point."));
                }
            }
            if (n == 0) {
                details.getChildren().add(OptionViews.wrapped("No change: this point is the design shown as it is."));
            }
            details.getChildren().add(OptionViews.changes(p.point().changes()));
            details.getChildren().add(OptionViews.figures(p.reached(), current == null ? null : current.reached(),
                    true));
        } else {
            DesignEntry d = (DesignEntry) e;
            String cost = "\u2248 " + prices.formatWhole(d.monthlyCost()) + "/month \u00B7 RPO " + d.rpo() + ", RTO "
                    + d.rto() + ", " + FrontierText.scope(f);
            if (!d.current() && current != null) {
                cost = FrontierText.costDifferenceShort(difference(d), prices) + "/month against the design shown "
                        + "(" + cost + ")";
            }
            Label costLabel = OptionViews.wrapped(cost);
            costLabel.getStyleClass().add("recommend-cost");
            Label standing = OptionViews.wrapped(FrontierText.standing(d, prices, f.proven()));
            standing.setId("frontierStanding");
            details.getChildren().addAll(costLabel, standing);
            details.getChildren().add(OptionViews.figures(d.reached(), d.current() || current == null ? null
                    : current.reached(), true));
            PointEntry target = d.on() != null ? d.on() : d.by();
            if (target != null) {
                Button show = new Button("Show point " + target.number());
                show.setId("frontierShowPoint");
                show.setOnAction(ev -> vm.selectedProperty().set(target));
                details.getChildren().add(show);
            }
        }
        if (vm.staleProperty().get()) {
            details.getStyleClass().add("stale");
        } else {
            details.getStyleClass().remove("stale");
        }
    }

    /**
     * The two charts: side by side when there is room for both at a readable width, else one above the other (then
     * the pane asks for the height of two, and its scroll pane scrolls).
     */
    static final class ChartPair extends Pane {
        /** The least width one chart is readable at. */
        static final double MIN_WIDTH = 430;
        /** The least height one chart is readable at. */
        static final double MIN_HEIGHT = 240;
        private static final double GAP = 8;

        ChartPair(Node a, Node b) {
            getChildren().addAll(a, b);
        }

        boolean sideBySide(double width) {
            double w = width >= 0 ? width : getWidth();
            return w <= 0 || w >= 2 * MIN_WIDTH + GAP;
        }

        /** Its height depends on its width (stacked or not). */
        @Override
        public Orientation getContentBias() {
            return Orientation.HORIZONTAL;
        }

        @Override
        protected double computeMinWidth(double height) {
            return MIN_WIDTH;
        }

        @Override
        protected double computeMinHeight(double width) {
            return sideBySide(width) ? MIN_HEIGHT : 2 * MIN_HEIGHT + GAP;
        }

        @Override
        protected double computePrefHeight(double width) {
            return computeMinHeight(width);
        }

        @Override
        protected double computePrefWidth(double height) {
            return 2 * MIN_WIDTH + GAP;
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth();
            double h = getHeight();
            Node a = getChildren().get(0);
            Node b = getChildren().get(1);
            if (sideBySide(w)) {
                double half = (w - GAP) / 2;
                a.resizeRelocate(0, 0, half, h);
                b.resizeRelocate(half + GAP, 0, half, h);
            } else {
                double half = (h - GAP) / 2;
                a.resizeRelocate(0, 0, w, half);
                b.resizeRelocate(0, half + GAP, w, half);
            }
        }
    }
}

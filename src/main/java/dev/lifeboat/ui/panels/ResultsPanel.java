package dev.lifeboat.ui.panels;

import atlantafx.base.theme.Styles;
import dev.lifeboat.engine.Reference;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Journey;
import dev.lifeboat.ui.panels.ResultsViewModel.Figure;
import dev.lifeboat.ui.panels.ResultsViewModel.Metric;
import dev.lifeboat.ui.panels.ResultsViewModel.Row;
import dev.lifeboat.ui.panels.Slots.Slot;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Journeys and results: a row per journey (objective, estimate and verdict for RPO and RTO under the
 * selected scenario), the matrix of all scenarios, and the explanation of the number clicked.
 */
public final class ResultsPanel extends VBox {

    /** A journey row and a matrix row (two lines) in pixels, and the tab header with the column header. */
    private static final double JOURNEY_ROW = 27;
    private static final double MATRIX_ROW = 40;
    private static final double TABS_CHROME = 72;
    private static final List<String> VERDICT_STYLES = List.of("verdict-meets", "verdict-misses", "verdict-assumed");

    private final ResultsViewModel vm;
    private final Consumer<Journey> onJourney;
    private final TableView<Slot<Row>> table = new TableView<>();
    private final TableView<Slot<Row>> matrix = new TableView<>();

    /** @param onJourney told when the user picks a journey (to highlight and inspect it) */
    public ResultsPanel(ResultsViewModel vm, Consumer<Journey> onJourney, Consumer<String> openLink,
                        Runnable newJourney, Runnable deleteJourney) {
        this.vm = vm;
        this.onJourney = onJourney;
        setId("resultsPanel");
        getStyleClass().add("panel");

        table.setId("resultsTable");
        table.getStyleClass().add(Styles.DENSE);
        // the tables' rows are slots following the journeys' rows: a journey an edit changes is drawn again alone
        ObservableList<Slot<Row>> slots = Slots.following(vm.rows());
        table.setItems(slots);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No journeys yet: right-click here, or Analyse \u25B8 New journey."));
        javafx.scene.control.MenuItem add = new javafx.scene.control.MenuItem("New journey from the selection");
        add.setOnAction(e -> newJourney.run());
        javafx.scene.control.MenuItem remove = new javafx.scene.control.MenuItem("Delete this journey");
        remove.setOnAction(e -> deleteJourney.run());
        remove.disableProperty().bind(vm.model().journeyProperty().isNull());
        table.setContextMenu(new javafx.scene.control.ContextMenu(add, remove));
        table.getColumns().add(column("Journey", 120, r -> r.name() + (r.cyclic() ? "  \u26A0 cycle" : ""), null));
        table.getColumns().add(column("RPO objective", 100, r -> objective(r.rpo()), null));
        table.getColumns().add(column("RPO estimate", 120, r -> r.rpo().text(), Row::rpo));
        table.getColumns().add(column("RTO objective", 100, r -> objective(r.rto()), null));
        table.getColumns().add(column("RTO estimate", 120, r -> r.rto().text(), Row::rto));
        table.getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>) c ->
                picked(table, vm.model().scenario()));

        matrix.setId("resultsMatrix");
        matrix.getStyleClass().add(Styles.DENSE);
        matrix.setItems(slots);
        matrix.getSelectionModel().setCellSelectionEnabled(true);
        matrix.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        matrix.getColumns().add(column("Journey", 140, Row::name, null));
        for (Scenario s : Scenario.values()) {
            // one column per scenario, RPO over RTO: the whole matrix fits without scrolling
            TableColumn<Slot<Row>, String> col = new TableColumn<>(s.label());
            col.setUserData(s);
            col.setPrefWidth(112);
            col.setSortable(false);
            col.setCellValueFactory(c -> c.getValue().map(r -> matrixText(r.all().get(s))));
            col.setCellFactory(c -> new MatrixCell(s));
            matrix.getColumns().add(col);
        }
        matrix.getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>) c ->
                picked(matrix, null));

        ColumnFit.fit(table, vm.rows(), Slot::new, 320);
        ColumnFit.fit(matrix, vm.rows(), Slot::new, 320);
        // the tables show every journey (up to five, then they scroll); the explanation takes what is left
        table.setFixedCellSize(JOURNEY_ROW);
        matrix.setFixedCellSize(MATRIX_ROW);
        Tab selected = new Tab("Journeys", table);
        selected.textProperty().bind(vm.model().scenarioProperty().asString("Journeys \u2014 %s"));
        TabPane tabs = new TabPane(selected, new Tab("All scenarios", matrix));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("resultsTabs");

        TextFlow why = new TextFlow();
        why.setId("explanation");
        why.getStyleClass().add("explanation");
        FlowPane links = new FlowPane(8, 2);
        links.setId("references");
        VBox whyBox = new VBox(4, why, links);
        whyBox.getStyleClass().add("explanation-box");
        javafx.scene.control.ScrollPane whyScroll = new javafx.scene.control.ScrollPane(whyBox);
        whyScroll.setFitToWidth(true);
        whyScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        why.maxWidthProperty().bind(whyScroll.widthProperty().subtract(30));
        links.prefWrapLengthProperty().bind(whyScroll.widthProperty().subtract(30));
        vm.explanationProperty().addListener((o, a, e) -> explain(e, why, links, openLink));
        explain(vm.explanationProperty().get(), why, links, openLink);
        Runnable tablesHeight = () -> tabs.setMinHeight(TABS_CHROME + JOURNEY_ROW * Math.max(1,
                Math.min(5, vm.rows().size())));
        vm.rows().addListener((ListChangeListener<Row>) c -> tablesHeight.run());
        tablesHeight.run();
        whyScroll.setMinHeight(48);
        SplitPane split = new SplitPane(tabs, whyScroll);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(split);
    }

    /** The explanation's texts, made once: a new explanation changes their words, not the nodes. */
    private final Text explanationTitle = styled(new Text(), "explanation-title");
    private final Text explanationBody = styled(new Text(), "explanation-text");
    private final Text explanationAssumed = styled(new Text(), "explanation-assumed");
    private List<Reference> linksShown;

    private static Text styled(Text t, String styleClass) {
        t.getStyleClass().add(styleClass);
        return t;
    }

    /**
     * Shows an explanation: its title, the rule text, assumptions in amber, and the documentation links. The text
     * nodes stay and the links are made again only when they differ, so that an edit that rewords the explanation
     * restyles nothing.
     */
    private void explain(ResultsViewModel.Explanation e, TextFlow why, FlowPane links, Consumer<String> openLink) {
        if (e == null) {
            why.getChildren().setAll(new Text("Pick a journey, then click an estimate to see where it comes from."));
            links.getChildren().clear();
            linksShown = null;
            return;
        }
        explanationTitle.setText(e.title() + "\n");
        explanationBody.setText(e.text());
        explanationAssumed.setText(e.assumptions().isEmpty() ? ""
                : "\n\u26A0 Assumed, not documented: " + String.join(", ", e.assumptions()));
        List<Text> parts = e.assumptions().isEmpty() ? List.of(explanationTitle, explanationBody)
                : List.of(explanationTitle, explanationBody, explanationAssumed);
        if (!why.getChildren().equals(parts)) {
            why.getChildren().setAll(parts);
        }
        if (e.references().equals(linksShown)) {
            return;
        }
        linksShown = e.references();
        links.getChildren().clear();
        for (Reference r : e.references()) {
            Hyperlink link = new Hyperlink(r.title());
            link.setWrapText(true);
            link.setTooltip(new javafx.scene.control.Tooltip(r.url()));
            link.setOnAction(x -> openLink.accept(r.url()));
            links.getChildren().add(link);
        }
    }

    private void picked(TableView<Slot<Row>> view, Scenario fixed) {
        if (view.getSelectionModel().getSelectedCells().isEmpty()) {
            return;
        }
        TablePosition<?, ?> pos = view.getSelectionModel().getSelectedCells().get(0);
        if (pos.getRow() < 0 || pos.getRow() >= vm.rows().size()) {
            return;
        }
        Row row = vm.rows().get(pos.getRow());
        onJourney.accept(row.journey());
        TableColumn<?, ?> col = pos.getTableColumn();
        if (col == null) {
            return;
        }
        String metric = col.getText();
        Scenario s = fixed != null ? fixed : col.getUserData() instanceof Scenario sc ? sc : vm.model().scenario();
        if (fixed == null && col.getUserData() instanceof Scenario) {
            // a matrix cell: explain the worse of its two numbers (the one that misses, else RTO)
            Figure[] f = row.all().get(s);
            vm.explain(row.journey(), s, Boolean.FALSE.equals(f[0].met()) && !Boolean.FALSE.equals(f[1].met())
                    ? Metric.RPO : Metric.RTO);
            return;
        }
        if (metric.startsWith("RPO")) {
            vm.explainSelected(row.journey(), Metric.RPO);
        } else if (metric.startsWith("RTO")) {
            vm.explainSelected(row.journey(), Metric.RTO);
        }
    }

    /**
     * A matrix cell: the RPO over the RTO, each line coloured by its own verdict (a cell whose RTO misses does
     * not paint its met RPO red), with both verdicts in a tooltip.
     */
    private static final class MatrixCell extends TableCell<Slot<Row>, String> {
        private final Scenario scenario;
        private final Label rpo = figureLabel();
        private final Label rto = figureLabel();
        private final VBox lines = new VBox(rpo, rto);

        MatrixCell(Scenario scenario) {
            this.scenario = scenario;
            getStyleClass().add("matrix-cell");
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        private static Label figureLabel() {
            Label l = new Label();
            l.getStyleClass().add("matrix-figure");
            l.setMinWidth(Region.USE_PREF_SIZE);
            return l;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setAccessibleText(empty ? null : item);
            if (empty || getTableRow() == null || getTableRow().getItem() == null
                    || getTableRow().getItem().get() == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Figure[] f = getTableRow().getItem().get().all().get(scenario);
            show(rpo, "RPO ", f[0]);
            show(rto, "RTO ", f[1]);
            setGraphic(lines);
            ColumnFit.tooltip(this, scenario.label() + ":\nRPO " + f[0].text() + " \u2014 "
                    + f[0].verdict() + "\nRTO " + f[1].text() + " \u2014 " + f[1].verdict());
        }

        private static void show(Label line, String metric, Figure f) {
            line.setText(metric + f.text());
            // the style classes change only when the verdict does: each change restyles the label
            for (String v : VERDICT_STYLES) {
                if (!v.equals(f.styleClass())) {
                    line.getStyleClass().remove(v);
                }
            }
            if (f.styleClass() != null && !line.getStyleClass().contains(f.styleClass())) {
                line.getStyleClass().add(f.styleClass());
            }
        }
    }

    /** A matrix cell's text (for accessibility and tests): its two lines. */
    private static String matrixText(Figure[] f) {
        return "RPO " + f[0].text() + "\nRTO " + f[1].text();
    }

    private static String objective(Figure f) {
        return f.objective() == null ? "\u2014" : f.objective().toString();
    }

    private static TableColumn<Slot<Row>, String> column(String name, double width, Function<Row, String> text,
                                                         Function<Row, Figure> verdict) {
        TableColumn<Slot<Row>, String> col = new TableColumn<>(name);
        col.setPrefWidth(width);
        col.setSortable(false);
        col.setCellValueFactory(c -> c.getValue().map(text));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                String style = null;
                String tip = empty ? null : item;
                if (!empty && verdict != null && getTableRow() != null && getTableRow().getItem() != null
                        && getTableRow().getItem().get() != null) {
                    Figure f = verdict.apply(getTableRow().getItem().get());
                    style = f.styleClass();
                    if (f.met() != null || f.assumed()) {
                        tip = f.verdict() + " \u2014 click for the explanation";
                    }
                }
                // the style classes change only when the verdict does: each change restyles the cell
                for (String v : VERDICT_STYLES) {
                    if (!v.equals(style)) {
                        getStyleClass().remove(v);
                    }
                }
                if (style != null && !getStyleClass().contains(style)) {
                    getStyleClass().add(style);
                }
                ColumnFit.tooltip(this, tip);
            }
        });
        return col;
    }
}

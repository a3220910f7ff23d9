package dev.lifeboat.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.ui.Samples;
import dev.lifeboat.ui.command.SetSettingCommand;
import dev.lifeboat.ui.panels.RecoveryOrderViewModel.Step;
import dev.lifeboat.ui.panels.ResultsViewModel.Row;
import dev.lifeboat.ui.state.DesignerModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/**
 * A setting edit replaces only the table rows whose numbers changed: the journeys' rows and the recovery
 * order's steps are updated in place, never rebuilt as a whole (a whole rebuild re-renders every row).
 */
class InPlaceRowsTest {

    private final DesignerModel model = Samples.model();
    private final ResultsViewModel results = new ResultsViewModel(model);
    private final RecoveryOrderViewModel recovery = new RecoveryOrderViewModel(model);

    /** Counts the rows a list replaces, adds or removes (what a table has to re-render). */
    private static <T> int[] counter(ObservableList<T> list) {
        int[] replaced = {0};
        list.addListener((ListChangeListener<T>) c -> {
            while (c.next()) {
                replaced[0] += Math.max(c.getAddedSize(), c.getRemovedSize());
            }
        });
        return replaced;
    }

    private static <T> int differing(List<T> before, List<T> after, BiPredicate<T, T> same) {
        int n = Math.abs(before.size() - after.size());
        for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
            if (!same.test(before.get(i), after.get(i))) {
                n++;
            }
        }
        return n;
    }

    /** Whether two rows show the same (figures per scenario are arrays: compared element by element). */
    private static boolean same(Row a, Row b) {
        return a.journey() == b.journey() && a.name().equals(b.name()) && a.rpo().equals(b.rpo())
                && a.rto().equals(b.rto()) && a.cyclic() == b.cyclic() && a.all().keySet().stream()
                .allMatch(s -> Arrays.equals(a.all().get(s), b.all().get(s)));
    }

    private List<Step> recoveryFromScratch() {
        return new ArrayList<>(new RecoveryOrderViewModel(model).steps());
    }

    @Test
    void aSettingEditReplacesOnlyTheRowsThatChanged() {
        model.scenarioProperty().set(Scenario.NODE_LOSS);
        int[] rowsReplaced = counter(results.rows());
        int[] stepsReplaced = counter(recovery.steps());
        Component cache = model.topology().component("order-cache").orElseThrow();
        Component db = model.topology().component("orders-db").orElseThrow();
        List<SetSettingCommand> edits = List.of(new SetSettingCommand(cache, "appendfsync", "no"),
                new SetSettingCommand(db, "failover", "automatic"), new SetSettingCommand(cache, "appendfsync",
                        "always"), new SetSettingCommand(db, "failover", "manual"));
        int editsThatChangedRows = 0;
        int editsThatChangedSteps = 0;
        for (SetSettingCommand edit : edits) {
            List<Row> rowsBefore = new ArrayList<>(results.rows());
            List<Step> stepsBefore = new ArrayList<>(recovery.steps());
            rowsReplaced[0] = 0;
            stepsReplaced[0] = 0;

            model.execute(edit);

            int rowsChanged = differing(rowsBefore, results.rows(), InPlaceRowsTest::same);
            int stepsChanged = differing(stepsBefore, recovery.steps(), Step::equals);
            assertEquals(rowsChanged, rowsReplaced[0], "journey rows replaced after " + edit
                    + " (" + results.rows().size() + " rows)");
            assertTrue(stepsReplaced[0] <= stepsChanged, "recovery steps replaced after " + edit + ": "
                    + stepsReplaced[0] + " of " + recovery.steps().size() + ", " + stepsChanged + " changed");
            assertEquals(new ArrayList<>(recovery.steps()), recoveryFromScratch(), "the steps after " + edit);
            if (rowsChanged > 0 && rowsChanged < results.rows().size()) {
                editsThatChangedRows++;
            }
            if (stepsChanged > 0 && stepsChanged < recovery.steps().size()) {
                editsThatChangedSteps++;
            }
        }
        assertTrue(editsThatChangedRows > 0, "some edit changed some journeys' numbers but not all");
        assertTrue(editsThatChangedSteps > 0, "some edit changed some recovery steps but not all");
    }

    @Test
    void aRowInsertedInTheMiddleReplacesNothingAfterIt() {
        ObservableList<String> rows = FXCollections.observableArrayList("a", "b", "c", "d", "e");
        int[] replaced = counter(rows);

        int touched = InPlace.update(rows, List.of("a", "b", "x", "c", "d", "e"), String::equals);

        assertEquals(List.of("a", "b", "x", "c", "d", "e"), rows);
        assertEquals(1, touched);
        assertEquals(1, replaced[0]);
        replaced[0] = 0;
        InPlace.update(rows, List.of("a", "y", "d", "e"), String::equals);
        assertEquals(List.of("a", "y", "d", "e"), rows);
        assertEquals(3, replaced[0], "b replaced by y, x and c removed");
    }
}

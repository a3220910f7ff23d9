package dev.lifeboat.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.ui.state.DesignerModel;
import dev.lifeboat.ui.Samples;
import dev.lifeboat.ui.command.JourneyCommand;
import dev.lifeboat.ui.panels.ResultsViewModel.Figure;
import dev.lifeboat.ui.panels.ResultsViewModel.Row;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The results panel over the sample: what a reader sees in the two tables agrees with itself. */
@ExtendWith(ApplicationExtension.class)
class ResultsPanelTest {

    private static final String MET = "\u2714";
    private static final String MISSED = "\u2716";
    private static final String ASSUMED = "\u26A0";

    private DesignerModel model;
    private ResultsViewModel vm;

    @Start
    void start(Stage stage) {
        model = Samples.model();
        // "Place order" must be back within a minute: on a process crash its RPO meets and its RTO misses
        var place = model.topology().journey("place-order").orElseThrow();
        JourneyCommand.Fields f = JourneyCommand.Fields.of(place);
        model.execute(JourneyCommand.update(place, new JourneyCommand.Fields(f.name(), f.entries(),
                f.rpoObjective(), TimeBound.ofMinutes(1))));
        vm = new ResultsViewModel(model);
        ResultsPanel panel = new ResultsPanel(vm, j -> { }, url -> { }, () -> { }, () -> { });
        Scene scene = new Scene(panel, 1000, 500);
        scene.getStylesheets().add(Samples.class.getResource("/dev/lifeboat/ui/designer.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** One line of text a reader sees, with the verdict colour it is painted in (null: none). */
    private record Shown(String text, String colour) {
    }

    /** Every line of text in a table, each with the verdict class of its own node or the nearest ancestor's. */
    private static List<Shown> shown(FxRobot robot, String table) {
        List<Shown> out = new ArrayList<>();
        collect(robot.lookup(table).query(), out);
        return out;
    }

    private static void collect(Node n, List<Shown> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null) {
            for (String line : l.getText().split("\n")) {
                out.add(new Shown(line, colour(n)));
            }
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    private static String colour(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            for (String c : List.of("verdict-misses", "verdict-assumed", "verdict-meets")) {
                if (x.getStyleClass().contains(c)) {
                    return c;
                }
            }
        }
        return null;
    }

    private void showMatrix(FxRobot robot) {
        TabPane tabs = robot.lookup("#resultsTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyNumberInTheMatrixIsColouredByItsOwnVerdict(FxRobot robot) {
        // given the sample, where a journey meets one objective and misses the other under some scenario
        assertTrue(vm.rows().stream().flatMap(r -> r.all().values().stream())
                .anyMatch(f -> Boolean.TRUE.equals(f[0].met()) != Boolean.TRUE.equals(f[1].met())
                        && f[0].met() != null && f[1].met() != null), "a cell with one met and one missed number");

        // when the matrix of all scenarios is shown
        showMatrix(robot);
        List<Shown> lines = shown(robot, "#resultsMatrix");

        // then a met number is never red and a missed one always is: colour and symbol agree, per number
        List<Shown> figures = lines.stream().filter(s -> s.text().startsWith("RPO ") || s.text().startsWith("RTO "))
                .toList();
        assertEquals(vm.rows().size() * Scenario.values().length * 2, figures.size(), lines.toString());
        for (Shown s : figures) {
            if (s.text().contains(MISSED)) {
                assertEquals("verdict-misses", s.colour(), s.toString());
            } else if (s.text().contains(ASSUMED)) {
                assertEquals("verdict-assumed", s.colour(), s.toString());
            } else if (s.text().contains(MET)) {
                assertEquals("verdict-meets", s.colour(), s.toString());
            } else {
                assertEquals(null, s.colour(), s.toString());
            }
        }
    }

    @Test
    void bothTablesWriteANumberTheSameWayWithItsAssumptionMark(FxRobot robot) {
        // given every journey's figures under every scenario
        List<String> expected = new ArrayList<>();
        boolean anyAssumed = false;
        boolean anyUnbounded = false;
        for (Row r : vm.rows()) {
            for (Scenario s : Scenario.values()) {
                Figure[] f = r.all().get(s);
                expected.add("RPO " + f[0].text());
                expected.add("RTO " + f[1].text());
                anyAssumed |= f[0].assumed() || f[1].assumed();
                anyUnbounded |= f[0].estimate().isUnbounded() || f[1].estimate().isUnbounded();
            }
        }
        assertTrue(anyAssumed && anyUnbounded, "the sample has assumed and unbounded numbers");

        // when the matrix is shown
        showMatrix(robot);
        List<String> matrix = shown(robot, "#resultsMatrix").stream().map(Shown::text).toList();

        // then it writes each number as the journeys table does: "unbounded", never "∞", and keeps the ⚠
        for (String e : expected) {
            assertTrue(matrix.contains(e), e + " in " + matrix);
        }
        assertFalse(matrix.stream().anyMatch(t -> t.contains("\u221E")), matrix.toString());
        robot.interact(() -> robot.lookup("#resultsTabs").queryAs(TabPane.class).getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown(robot, "#resultsTable").stream().anyMatch(t -> t.text().contains("\u221E")));
    }
}

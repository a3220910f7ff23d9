package dev.lifeboat.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.io.export.drill.DrillResults;
import dev.lifeboat.ui.base.UiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File ▸ Import drill results without a window: the rows compared, and a refused file's one-line reason. */
class DrillResultsViewModelTest {

    @TempDir
    Path dir;

    private final Document document = new Document(load(), Path.of("samples/order-processor.json"));
    private final DrillResultsViewModel vm = new DrillResultsViewModel(UiExecutor.sameThread(), () -> document);

    private static dev.lifeboat.model.Topology load() {
        try {
            return TopologyFiles.load(Path.of("samples/order-processor.json"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Path write(String body) throws Exception {
        return Files.writeString(dir.resolve("results.csv"), String.join(",", DrillResults.COLUMNS) + "\n" + body);
    }

    @Test
    void theRowsShowMeasuredAgainstEstimatedAndFlagTheOptimisticOnes() throws Exception {
        vm.load(write("place-order,node-loss,inventory-service,kill-node,2026-12-01T10:00:00Z,"
                + "2026-12-01T10:10:00Z,,\"slow, very\"\n"
                + "Place order,process-crash,orders-db,,,,,\n"));

        assertFalse(vm.failedProperty().get());
        assertFalse(vm.runningProperty().get());
        assertEquals(2, vm.rowsProperty().size());
        DrillResultsViewModel.Row slow = vm.rowsProperty().get(0);
        assertEquals("10m", slow.rtoMeasured());
        assertEquals("MISSED", slow.rtoVerdict());
        assertEquals("OPTIMISTIC: RTO", slow.model());
        assertEquals("slow, very", slow.notes());
        assertTrue(slow.optimistic() && slow.missed());
        assertEquals("not run", vm.rowsProperty().get(1).model());
        assertTrue(vm.messageProperty().get().startsWith("2 drills, 1 run"), vm.messageProperty().get());
    }

    @Test
    void aRefusedFileShowsItsOneLineReasonAndNoRows() throws Exception {
        vm.load(write("place-order,node-loss,\"<script>\u202E\u001Bx\",kill-node,,,,\n"));

        assertTrue(vm.failedProperty().get());
        assertTrue(vm.rowsProperty().isEmpty());
        assertTrue(vm.messageProperty().get().endsWith("results.csv: row 2, column component: no component "
                + "\"<script>\\u202E\\u001Bx\" in the design"), vm.messageProperty().get());
    }
}

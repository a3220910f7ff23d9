package dev.lifeboat.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.base.UiExecutor;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.state.DesignerModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The presentation's steps and what they say, without a window. */
class PresentationViewModelTest {

    @Test
    void oneStepPerScenarioAndWaveThenTheVariants() throws Exception {
        // given the order-processor sample, which has a variant, on its first journey
        Path file = Path.of("samples/order-processor.json");
        DesignerModel model = new DesignerModel(UiExecutor.sameThread(), new Document(TopologyFiles.load(file), file));
        PresentationViewModel vm = new PresentationViewModel(model);

        // then each scenario has a step for what fails and one per wave, and the variants close
        int expected = 1;
        for (Scenario s : Scenario.values()) {
            expected += model.document().analysis().plan(s).waves().size() + 1;
        }
        assertEquals(expected, vm.steps().size());
        assertEquals(PresentationViewModel.Kind.VARIANTS, vm.steps().get(expected - 1).kind());
        assertNotNull(vm.comparisonProperty().get(), "compared through the executor");
        assertEquals("Order processing \u2014 Place order", vm.title());
        assertEquals("Process crash \u2014 1/5", vm.position());
        assertEquals("Step 1 of " + expected, vm.progress());

        // and moving never leaves the steps
        vm.previous();
        assertEquals(0, vm.indexProperty().get());
        vm.last();
        vm.next();
        assertEquals(expected - 1, vm.indexProperty().get());
        assertEquals("Variants side by side", vm.position());
        assertEquals(List.of("Baseline", "Proposal A"), vm.tableHeads());
        assertEquals(Scenario.values().length, vm.tableRows().size());
    }

    @Test
    void aDesignWithoutJourneysOrVariantsClosesWithTheSummaryAndEscapesItsNames() {
        // given a design whose one component has a name with control characters, and no journey
        Topology t = new Topology();
        t.setName("Evil\u001B[2Jdesign");
        Component db = t.addComponent("db", ComponentKind.POSTGRESQL, "db\nforged line");
        t.move(db, 10, 10);
        DesignerModel model = new DesignerModel(UiExecutor.sameThread(), new Document(t, null));
        PresentationViewModel vm = new PresentationViewModel(model);

        // then the title says so, escaped, and the closing step is the summary with no rows
        assertEquals("Evil\\u001B[2Jdesign \u2014 no journey", vm.title());
        vm.last();
        assertEquals(PresentationViewModel.Kind.SUMMARY, vm.step().kind());
        assertEquals(List.of(), vm.tableRows());
        // and a wave's lines carry the name escaped
        vm.first();
        vm.go(1);
        assertEquals("db\\nforged line", vm.waveLines().get(0).name());
    }
}

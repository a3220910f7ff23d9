package dev.lifeboat.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Journey;
import dev.lifeboat.ui.state.DesignerModel;
import dev.lifeboat.ui.Samples;
import dev.lifeboat.ui.command.SetSettingCommand;
import dev.lifeboat.ui.panels.ResultsViewModel.Row;
import org.junit.jupiter.api.Test;

class ResultsViewModelTest {

    private final DesignerModel model = Samples.model();
    private final ResultsViewModel vm = new ResultsViewModel(model);
    private final RecoveryOrderViewModel recovery = new RecoveryOrderViewModel(model);

    private Row row(String name) {
        return vm.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aRowPerJourneyWithObjectiveEstimateAndVerdictForEveryScenario() {
        assertEquals(2, vm.rows().size());
        Row place = row("Place order");
        assertEquals("15m", place.rpo().objective().toString());
        assertEquals(Boolean.FALSE, place.rto().met(), "30m of manual promotion misses 5m");
        assertEquals(Scenario.values().length, place.all().size());
    }

    @Test
    void rowsFollowEditsAndTheSelectedScenario() {
        Component cache = model.topology().component("order-cache").orElseThrow();
        model.scenarioProperty().set(Scenario.PROCESS_CRASH);
        String before = row("Place order").rpo().estimate().toString();

        model.execute(new SetSettingCommand(cache, "appendfsync", "no"));

        String after = row("Place order").rpo().estimate().toString();
        assertFalse(before.equals(after), "appendfsync no loses more on a crash: " + before + " -> " + after);
        model.scenarioProperty().set(Scenario.LOGICAL_CORRUPTION);
        assertEquals(model.document().analysis().journey(row("Place order").journey(), Scenario.LOGICAL_CORRUPTION)
                .rpo(), row("Place order").rpo().estimate());
    }

    @Test
    void explainsANumberWithTheRuleTextAndReferences() {
        Journey j = row("Place order").journey();

        vm.explain(j, Scenario.NODE_LOSS, ResultsViewModel.Metric.RTO);

        ResultsViewModel.Explanation e = vm.explanationProperty().get();
        assertNotNull(e);
        assertTrue(e.title().startsWith("Place order \u2014 RTO"), e.title());
        assertTrue(e.text().contains("Critical path"), e.text());
        assertFalse(e.references().isEmpty());
    }

    @Test
    void anEditTheExplainedNumberDoesNotRestOnLeavesTheExplanationAlone() {
        // given Browse catalogue's RTO explained (the catalogue needs the inventory service, not the orders' database)
        Journey browse = row("Browse catalogue").journey();
        vm.explainSelected(browse, ResultsViewModel.Metric.RTO);
        int[] shown = {0};
        vm.explanationProperty().addListener(o -> shown[0]++);
        Component db = model.topology().component("orders-db").orElseThrow();

        // when the orders' database changes, then the explanation is neither rewritten nor shown again
        model.execute(new SetSettingCommand(db, "failover", "automatic"));
        assertEquals(0, shown[0]);

        // and when Place order's is explained, the same kind of edit shows the new number
        vm.explainSelected(row("Place order").journey(), ResultsViewModel.Metric.RTO);
        String before = vm.explanationProperty().get().title();
        shown[0] = 0;
        model.undo();
        assertEquals(1, shown[0]);
        assertFalse(before.equals(vm.explanationProperty().get().title()), before);
    }

    @Test
    void theRecoveryOrderComparesItsTotalWithTheSelectedJourneysObjective() {
        model.journeyProperty().set(row("Place order").journey());

        assertFalse(recovery.steps().isEmpty());
        assertEquals("Wave 1", recovery.steps().get(0).wave());
        assertTrue(recovery.verdictProperty().get().contains("RTO objective 5m"),
                recovery.verdictProperty().get());
        assertTrue(recovery.verdictProperty().get().contains("\u2716 missed"));
    }

    @Test
    void theExplanationFollowsTheSelectedScenarioAndEdits() {
        Journey j = row("Place order").journey();
        vm.explainSelected(j, ResultsViewModel.Metric.RPO);

        model.scenarioProperty().set(Scenario.LOGICAL_CORRUPTION);

        assertTrue(vm.explanationProperty().get().title().contains("logical corruption"),
                vm.explanationProperty().get().title());
        model.execute(dev.lifeboat.ui.command.JourneyCommand.remove(j));
        assertEquals(null, vm.explanationProperty().get(), "no explanation of a deleted journey");
    }

    @Test
    void theSelectedJourneysExplanationShowsWithoutAClick() {
        // given the sample open, with "Place order" selected and nothing clicked: its missed number is explained
        ResultsViewModel.Explanation e = vm.explanationProperty().get();
        assertNotNull(e, "the panel should not wait for a click");
        assertTrue(e.title().startsWith("Place order \u2014 RTO"), "the missed RTO first: " + e.title());

        // when another journey is picked in the toolbar, the explanation follows it
        model.journeyProperty().set(row("Browse catalogue").journey());
        assertTrue(vm.explanationProperty().get().title().startsWith("Browse catalogue"),
                vm.explanationProperty().get().title());

        // and a clicked number stays explained across scenario changes
        vm.explainSelected(row("Browse catalogue").journey(), ResultsViewModel.Metric.RPO);
        model.scenarioProperty().set(Scenario.ZONE_LOSS);
        assertTrue(vm.explanationProperty().get().title().startsWith("Browse catalogue \u2014 RPO"),
                vm.explanationProperty().get().title());
    }

    @Test
    void aNumberThatRestsOnAnAssumptionSaysSo() {
        Row place = row("Place order");

        assertTrue(place.rto().assumed(), "node loss: a person promotes the orders-db replica (assumed)");
        assertTrue(place.rto().text().contains("\u26A0"), place.rto().text());
        assertTrue(place.rto().verdict().contains("assumption"), place.rto().verdict());
        assertFalse(place.rpo().assumed(), "the cache's lost keys are a fact, not an assumption");
    }

    @Test
    void theRecoveryOrderShowsNewNamesAtOnce() {
        // given the recovery order of the sample
        assertTrue(recovery.steps().stream().anyMatch(s -> s.component().equals("orders-db")));

        // when a component is renamed (no structural change)
        model.execute(new dev.lifeboat.ui.command.RenameCommand(model.topology().component("orders-db")
                .orElseThrow(), "Orders database"));

        // then its step reads the new name, and undo brings the old one back
        assertTrue(recovery.steps().stream().anyMatch(s -> s.component().equals("Orders database")),
                recovery.steps().toString());
        assertFalse(recovery.steps().stream().anyMatch(s -> s.component().equals("orders-db")));
        model.undo();
        assertTrue(recovery.steps().stream().anyMatch(s -> s.component().equals("orders-db")));
    }

    @Test
    void theRecoveryOrderShowsThePartsOfAStepOnlyWhenBothAreThere() {
        // node loss: the cache comes back as an empty new instance, all of it preparation
        RecoveryOrderViewModel.Step cache = recovery.steps().stream()
                .filter(s -> s.component().equals("order-cache")).findFirst().orElseThrow();
        assertEquals("15m", cache.duration(), "no \"+ 0s\" when nothing waits for the dependencies");

        // a redeployed service prepares at once and then starts
        model.execute(new dev.lifeboat.ui.command.SetSettingCommand(model.topology().component("order-processor")
                .orElseThrow(), "instances", 1L));
        RecoveryOrderViewModel.Step svc = recovery.steps().stream()
                .filter(s -> s.component().equals("order-processor")).findFirst().orElseThrow();
        assertTrue(svc.duration().contains(" + "), svc.toString());
    }
}

package dev.lifeboat.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.recommend.Recommendation;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.InputText;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.Variant;
import dev.lifeboat.ui.base.UiExecutor;
import dev.lifeboat.ui.command.AddVariantCommand;
import dev.lifeboat.ui.command.SetSettingCommand;
import dev.lifeboat.ui.command.SetVariantValueCommand;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.state.DesignerModel;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The recommendation's view model without a window (the search runs at once on a same-thread executor): which
 * journey it asks about, what Apply and Make variant do in a variant, and when a result goes stale.
 */
class RecommendViewModelTest {

    private static final Path REACHABLE = Path.of("src/test/resources/recommend-order-processor.json");

    private static DesignerModel model() throws Exception {
        return new DesignerModel(UiExecutor.sameThread(), new Document(TopologyFiles.load(REACHABLE), REACHABLE));
    }

    @Test
    void asksAboutTheSelectedJourneyElseTheFirstThatMisses() throws Exception {
        DesignerModel model = model();
        model.journeyProperty().set(model.topology().journey("browse-catalogue").orElseThrow());
        RecommendViewModel vm = new RecommendViewModel(model);
        vm.open();
        assertEquals("browse-catalogue", vm.journeyProperty().get().id());
        assertEquals(Recommendation.Status.ALREADY_MET, vm.resultProperty().get().status());
        vm.close();

        model.journeyProperty().set(null);
        RecommendViewModel other = new RecommendViewModel(model);
        other.open();
        assertEquals("place-order", other.journeyProperty().get().id(), "the first journey that misses");
        assertEquals(Recommendation.Status.FOUND, other.resultProperty().get().status());

        // choosing another journey asks about it
        other.journeyProperty().set(model.topology().journey("browse-catalogue").orElseThrow());
        assertEquals("browse-catalogue", other.resultProperty().get().journey().id());
    }

    @Test
    void inAVariantApplySetsTheVariantsValuesAndLeavesTheBaselineAlone() throws Exception {
        DesignerModel model = model();
        model.execute(new AddVariantCommand("Proposal A"));
        model.showVariant("Proposal A");
        String baseline = TopologyFiles.toJson(model.baseDocument().baseline().copy(false));
        RecommendViewModel vm = new RecommendViewModel(model);
        vm.open();
        Recommendation.Option first = vm.resultProperty().get().options().get(0);

        assertTrue(vm.apply(first));

        Variant a = model.baseDocument().baseline().variant("Proposal A").orElseThrow();
        assertEquals(first.values(), a.changes());
        assertEquals(baseline, TopologyFiles.toJson(model.baseDocument().baseline().copy(false)),
                "the baseline's settings are untouched");
        assertEquals("Apply recommendation (cheapest)", model.document().commands().undoDescriptionProperty().get());
        assertTrue(vm.staleProperty().get());
        assertFalse(vm.apply(first), "a stale result is not applied twice");
        model.undo();
        assertTrue(model.baseDocument().baseline().variant("Proposal A").orElseThrow().changes().isEmpty());
    }

    @Test
    void aVariantMadeInAVariantKeepsItsValuesUnderTheOptions() throws Exception {
        DesignerModel model = model();
        model.execute(new AddVariantCommand("Proposal A"));
        Component web = model.topology().component("order-processor").orElseThrow();
        model.execute(new SetVariantValueCommand("Proposal A", web, "instances", 3L));
        model.showVariant("Proposal A");
        RecommendViewModel vm = new RecommendViewModel(model);
        vm.open();
        Recommendation.Option first = vm.resultProperty().get().options().get(0);

        String name = vm.makeVariant(first);

        assertEquals("Place order: cheapest", name);
        Map<String, Map<String, Object>> expected = new LinkedHashMap<>();
        expected.put("order-processor", Map.of("instances", 3L));
        expected.putAll(first.values());
        assertEquals(expected, model.baseDocument().baseline().variant(name).orElseThrow().changes());
        assertEquals("Proposal A", model.variant(), "the design shown stays");
        assertFalse(vm.staleProperty().get(), "a new variant changes nothing the result rests on");
    }

    @Test
    void aResultGoesStaleWhenANumberCanChangeNotWhenACardMoves() throws Exception {
        DesignerModel model = model();
        RecommendViewModel vm = new RecommendViewModel(model);
        vm.open();
        Component db = model.topology().component("orders-db").orElseThrow();

        model.execute(new dev.lifeboat.ui.command.MoveCommand("Move").move(db, db.x() + 40, db.y(), db.place()));
        assertFalse(vm.staleProperty().get());

        model.execute(new SetSettingCommand(db, "backup_interval", 7200L));
        assertTrue(vm.staleProperty().get());
        assertTrue(vm.messageProperty().get().contains("recompute"), vm.messageProperty().get());

        vm.recommend();
        assertFalse(vm.staleProperty().get());
        vm.close();
        model.execute(new SetSettingCommand(db, "backup_interval", 3600L));
        assertFalse(vm.staleProperty().get(), "a closed window follows nothing");
    }

    @Test
    void variantNamesAreUniqueAndFitTheLimit() {
        Topology t = new Topology();
        assertEquals("Checkout: best RTO", RecommendViewModel.variantName(t, "Checkout", "best RTO"));
        t.addVariant("Checkout: best RTO");
        assertEquals("Checkout: best RTO 2", RecommendViewModel.variantName(t, "Checkout", "best RTO"));
        String longName = RecommendViewModel.variantName(t, "x".repeat(500), "cheapest");
        assertTrue(longName.length() <= InputText.MAX_NAME && longName.endsWith(": cheapest"), longName);
        assertNull(t.variant(longName).orElse(null));
    }
}

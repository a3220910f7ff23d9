package dev.lifeboat.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.JourneyAssessment;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.recommend.Frontier;
import dev.lifeboat.engine.recommend.FrontierSearch;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.Variant;
import dev.lifeboat.ui.base.UiExecutor;
import dev.lifeboat.ui.command.AddVariantCommand;
import dev.lifeboat.ui.command.MoveCommand;
import dev.lifeboat.ui.command.SetSettingCommand;
import dev.lifeboat.ui.command.SetVariantValueCommand;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.panels.FrontierViewModel.DesignEntry;
import dev.lifeboat.ui.panels.FrontierViewModel.Entry;
import dev.lifeboat.ui.panels.FrontierViewModel.PointEntry;
import dev.lifeboat.ui.panels.FrontierViewModel.Scope;
import dev.lifeboat.ui.state.DesignerModel;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The frontier's view model without a window (the search runs at once on a same-thread executor): the scenario
 * chosen, the entries, when a result goes stale, and what Apply and Make variant do.
 */
class FrontierViewModelTest {

    /** "Place order" misses its objectives; the menus of its components give a frontier of several points. */
    private static final Path DESIGN = Path.of("src/test/resources/recommend-order-processor.json");

    private static DesignerModel model() throws Exception {
        return new DesignerModel(UiExecutor.sameThread(), new Document(TopologyFiles.load(DESIGN), DESIGN));
    }

    private static FrontierViewModel opened(DesignerModel model) {
        FrontierViewModel vm = new FrontierViewModel(model);
        vm.open();
        assertNotNull(vm.resultProperty().get(), () -> "a frontier: " + vm.messageProperty().get());
        return vm;
    }

    private static List<PointEntry> points(FrontierViewModel vm) {
        return vm.entries().stream().filter(e -> e instanceof PointEntry).map(PointEntry.class::cast).toList();
    }

    /** The journey's worst RPO (or RTO) in the live analysis: over every scenario, or under one. */
    private static TimeBound live(DesignerModel model, Journey j, Scenario only, boolean rpo) {
        TimeBound worst = TimeBound.ZERO;
        for (Scenario s : Scenario.values()) {
            if (only == null || only == s) {
                JourneyAssessment a = model.document().analysis().journey(j, s);
                worst = worst.max(rpo ? a.rpo() : a.rto());
            }
        }
        return worst;
    }

    @Test
    void theWorstOverAllFailuresFirstThenTheScenarioChosen() throws Exception {
        DesignerModel model = model();
        FrontierViewModel vm = opened(model);

        // the default: the worst over every scenario, for the journey that misses its objectives
        assertEquals(FrontierViewModel.WORST, vm.scopeProperty().get());
        Frontier worst = vm.resultProperty().get();
        assertNull(worst.scenario());
        assertEquals("place-order", worst.journey().id());
        assertEquals(worst.points().size() + 1, vm.entries().size(), "the points, then the design shown");
        DesignEntry current = vm.current();
        assertTrue(current.current());
        assertEquals(Variant.BASELINE, current.label());
        assertEquals(live(model, vm.journeyProperty().get(), null, true), current.rpo());
        assertEquals(live(model, vm.journeyProperty().get(), null, false), current.rto());

        // when one scenario is chosen, the frontier is searched again under it alone: the same as the engine's
        vm.scopeProperty().set(new Scope(Scenario.NODE_LOSS));
        Frontier node = vm.resultProperty().get();
        assertEquals(Scenario.NODE_LOSS, node.scenario());
        Topology t = model.topology();
        Frontier expected = FrontierSearch.standard().frontier(t, t.journey("place-order").orElseThrow(),
                Scenario.NODE_LOSS);
        assertEquals(expected.points().size(), points(vm).size());
        for (int k = 0; k < expected.points().size(); k++) {
            PointEntry p = points(vm).get(k);
            assertEquals(k + 1, p.number());
            assertEquals(expected.points().get(k).costCents(), p.costCents());
            assertEquals(expected.points().get(k).rpo(), p.rpo());
            assertEquals(expected.points().get(k).rto(), p.rto());
            // a point's RPO and RTO are those under node loss, not the worst over all
            var underNodeLoss = p.reached().stream().filter(r -> r.scenario() == Scenario.NODE_LOSS).findFirst()
                    .orElseThrow();
            assertEquals(Frontier.isUnbounded(underNodeLoss.rpo()) ? TimeBound.UNBOUNDED : underNodeLoss.rpo(),
                    p.rpo());
        }
        assertTrue(points(vm).size() > worst.points().size(), "one scenario trades more finely than the worst");
        assertEquals(live(model, vm.journeyProperty().get(), Scenario.NODE_LOSS, false), vm.current().rto());
        // the design shown is dominated under node loss, by the point the engine names
        assertTrue(vm.current().dominated());
        Frontier.Point by = expected.current().dominatedBy();
        assertTrue(vm.current().by().point().sameAs(by.costCents(), by.rpo(), by.rto()));
        assertTrue(FrontierText.standing(vm.current(), vm.prices(), true).startsWith("Dominated by point "
                + vm.current().by().number() + ": it costs "));

        // and back to the worst over all
        vm.scopeProperty().set(FrontierViewModel.WORST);
        assertNull(vm.resultProperty().get().scenario());
        assertEquals(worst.points().size(), points(vm).size());
        assertEquals(6, FrontierViewModel.scopes().size(), "the worst, then each scenario");
    }

    @Test
    void aResultGoesStaleWhenANumberCanChangeNotWhenACardMovesOrAVariantIsMade() throws Exception {
        DesignerModel model = model();
        FrontierViewModel vm = opened(model);
        vm.scopeProperty().set(new Scope(Scenario.NODE_LOSS));
        PointEntry cheapest = points(vm).get(0);
        vm.selectedProperty().set(cheapest);
        Component db = model.topology().component("orders-db").orElseThrow();

        // moving a card changes no number
        model.execute(new MoveCommand("Move").move(db, db.x() + 40, db.y(), db.place()));
        assertFalse(vm.staleProperty().get());
        assertEquals(cheapest, vm.selectedProperty().get());

        // nor does a new variant made from a point: the design shown is the same
        String name = vm.makeVariant(cheapest);
        assertEquals("Place order: frontier 1", name);
        assertFalse(vm.staleProperty().get());
        assertTrue(vm.actionable(cheapest));

        // a setting does: the result stays readable, marked stale, and nothing of it can be applied
        model.execute(new SetSettingCommand(db, "backup_interval", 7200L));
        assertTrue(vm.staleProperty().get());
        assertTrue(vm.messageProperty().get().contains("recompute"), vm.messageProperty().get());
        assertEquals(cheapest, vm.selectedProperty().get(), "a stale result keeps its entry picked");
        assertFalse(vm.actionable(cheapest));
        assertFalse(vm.apply(cheapest));
        assertNull(vm.makeVariant(cheapest));

        // Recompute gives a fresh one for the design as it is, under the same scenario, nothing picked
        vm.recompute();
        assertFalse(vm.staleProperty().get());
        assertEquals(Scenario.NODE_LOSS, vm.resultProperty().get().scenario());
        assertNull(vm.selectedProperty().get());

        // a closed window follows nothing
        vm.close();
        model.execute(new SetSettingCommand(db, "backup_interval", 3600L));
        assertFalse(vm.staleProperty().get());
    }

    @Test
    void applyIsOneUndoableEditThatReachesThePointsNumbers() throws Exception {
        DesignerModel model = model();
        String json = TopologyFiles.toJson(model.topology());
        FrontierViewModel vm = opened(model);
        vm.scopeProperty().set(new Scope(Scenario.NODE_LOSS));
        // the point with the best RTO under node loss (the dearest)
        PointEntry best = points(vm).get(points(vm).size() - 1);
        Journey j = vm.journeyProperty().get();

        assertTrue(vm.apply(best));

        assertEquals("Apply frontier point " + best.number(),
                model.document().commands().undoDescriptionProperty().get());
        assertEquals(best.rpo(), live(model, j, Scenario.NODE_LOSS, true));
        assertEquals(best.rto(), live(model, j, Scenario.NODE_LOSS, false));
        assertTrue(vm.messageProperty().get().startsWith("Applied point " + best.number()),
                vm.messageProperty().get());
        assertTrue(vm.staleProperty().get());
        model.undo();
        assertEquals(json, TopologyFiles.toJson(model.topology()));
    }

    @Test
    void inAVariantTheDesignShownIsThatVariantAndANewVariantKeepsItsValues() throws Exception {
        DesignerModel model = model();
        model.execute(new AddVariantCommand("Proposal A"));
        Component web = model.topology().component("order-processor").orElseThrow();
        model.execute(new SetVariantValueCommand("Proposal A", web, "instances", 3L));
        model.showVariant("Proposal A");
        FrontierViewModel vm = opened(model);

        // the design shown is the variant; no other design is placed
        assertEquals("Proposal A", vm.current().label());
        assertEquals(1, vm.entries().stream().filter(e -> e instanceof DesignEntry).count());

        PointEntry p = points(vm).stream().filter(x -> !x.point().changes().isEmpty()).findFirst().orElseThrow();
        String name = vm.makeVariant(p);
        assertEquals("Place order: frontier " + p.number(), name);
        Map<String, Map<String, Object>> expected = new LinkedHashMap<>();
        expected.put("order-processor", Map.of("instances", 3L));
        p.point().option().values().forEach((id, values) -> expected.merge(id, values, (a, b) -> {
            Map<String, Object> both = new LinkedHashMap<>(a);
            both.putAll(b);
            return both;
        }));
        assertEquals(expected, model.baseDocument().baseline().variant(name).orElseThrow().changes());
        assertEquals("Proposal A", model.variant(), "the design shown stays");
        assertEquals("Make variant " + name, model.document().commands().undoDescriptionProperty().get());
    }

    @Test
    void withTheBaselineShownItsVariantsArePlaced() throws Exception {
        DesignerModel model = model();
        model.execute(new AddVariantCommand("Proposal A"));
        FrontierViewModel vm = opened(model);
        List<DesignEntry> designs = vm.entries().stream().filter(e -> e instanceof DesignEntry)
                .map(DesignEntry.class::cast).toList();
        assertEquals(List.of(Variant.BASELINE, "Proposal A"), designs.stream().map(Entry::label).toList());
        // a variant that changes nothing sits where the baseline does
        assertEquals(designs.get(0).costCents(), designs.get(1).costCents());
        assertEquals(designs.get(0).by(), designs.get(1).by());
        assertFalse(designs.get(1).current());
    }

    @Test
    void aCycleMeansNoFrontierAndATimeLimitAnIncompleteOne() throws Exception {
        Topology t = new Topology();
        Component api = t.addComponent("api", ComponentKind.SERVICE, "api");
        Component db = t.addComponent("db", ComponentKind.POSTGRESQL, "db");
        t.addDependency(api, db, Strength.HARD);
        t.addDependency(db, api, Strength.HARD);
        t.addJourney("checkout", "Checkout", List.of(api), null, null);
        DesignerModel cyclic = new DesignerModel(UiExecutor.sameThread(), new Document(t, null));
        FrontierViewModel vm = opened(cyclic);
        assertTrue(vm.resultProperty().get().cyclic());
        assertTrue(points(vm).isEmpty());
        assertTrue(FrontierText.headline(vm.resultProperty().get()).contains("no frontier"));

        DesignerModel model = model();
        FrontierViewModel cut = new FrontierViewModel(model, (topology, journey, scenario, cancelled, progress) ->
                new FrontierSearch(RuleBook.standard(), 0).frontier(topology, journey, scenario, cancelled,
                        progress));
        cut.open();
        assertFalse(cut.resultProperty().get().proven());
        assertTrue(FrontierText.headline(cut.resultProperty().get()).contains("time limit"));
        assertTrue(FrontierText.standing(cut.current(), cut.prices(), false).contains("incomplete"));
    }

    @Test
    void aPointThatChangesNothingIsNeitherAppliedNorMadeAVariant() throws Exception {
        DesignerModel model = model();
        FrontierViewModel vm = opened(model);
        vm.scopeProperty().set(new Scope(Scenario.NODE_LOSS));
        PointEntry best = points(vm).get(points(vm).size() - 1);
        assertTrue(vm.apply(best));
        long revision = model.document().commands().revisionProperty().get();

        // once applied, the design shown sits on that point, which then changes nothing
        vm.recompute();
        DesignEntry current = vm.current();
        assertNotNull(current.on(), "the design shown is on the frontier");
        PointEntry here = current.on();
        assertTrue(here.point().changes().isEmpty());
        assertTrue(FrontierText.changesShort(here).startsWith("no change"));
        assertEquals("On the frontier: point " + here.number() + ".", FrontierText.standing(current, vm.prices(),
                true));
        assertFalse(vm.actionable(here));
        assertFalse(vm.apply(here));
        assertNull(vm.makeVariant(here));
        assertEquals(revision, model.document().commands().revisionProperty().get(), "nothing was done");
    }
}

package dev.lifeboat.ui.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.ui.Canonical;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Objectives;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.state.DesignerModel;
import dev.lifeboat.ui.EditActions;
import dev.lifeboat.ui.Samples;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each command's undo restores exactly the document before it (compared through the native JSON). */
class CommandsTest {

    private final DesignerModel model = Samples.model();
    private final Topology topology = model.topology();

    private Component c(String id) {
        return topology.component(id).orElseThrow();
    }

    @Test
    void deletingAComponentAndUndoingRestoresItsLinksJourneyEntriesPlacementAndSettings() {
        String before = Canonical.of(topology);
        Component svc = c("order-processor");

        model.execute(new DeleteCommand(List.of(svc), List.of(), List.of()));

        assertTrue(topology.component("order-processor").isEmpty());
        assertTrue(topology.journey("place-order").orElseThrow().entries().isEmpty());
        model.undo();
        assertEquals(before, Canonical.of(topology));
        model.redo();
        model.undo();
        assertEquals(before, Canonical.of(topology), "works again after redo");
    }

    @Test
    void deletingAZoneUnplacesItsComponentsAndUndoPutsThemBack() {
        String before = Canonical.of(topology);
        Place zone = topology.place("eu-west-1a").orElseThrow();

        model.execute(new DeleteCommand(List.of(), List.of(zone), List.of()));

        assertEquals("eu-west-1", c("orders-db").place().id(), "moved up to the zone's region");
        model.undo();
        assertEquals(before, Canonical.of(topology));
    }

    @Test
    void deletingAZoneDropsItFromMemberZonesAndUndoPutsItBackInTheSameStep() {
        Component raft = topology.addComponent("config", ComponentKind.RAFT_STORE, "config");
        topology.set(raft, "member_zones", List.of("eu-west-1a", "eu-west-1b", "eu-west-1a"));
        String before = Canonical.of(topology);
        Place zone = topology.place("eu-west-1a").orElseThrow();

        model.execute(new DeleteCommand(List.of(), List.of(zone), List.of()));

        assertEquals(List.of("eu-west-1b"), raft.get(dev.lifeboat.model.RaftStore.MEMBER_ZONES));
        model.undo();
        assertEquals(before, Canonical.of(topology));
        assertEquals(List.of("eu-west-1a", "eu-west-1b", "eu-west-1a"),
                raft.get(dev.lifeboat.model.RaftStore.MEMBER_ZONES));
    }

    @Test
    void aMoveIntoAnotherContainerChangesThePlacementInTheSameStep() {
        Component db = c("orders-db");
        Place other = topology.place("eu-west-1b").orElseThrow();

        model.execute(new MoveCommand("Move").move(db, 700, 300, other));

        assertEquals(other, db.place());
        model.undo();
        assertEquals("eu-west-1a", db.place().id());
        assertEquals(100, db.x());
    }

    @Test
    void addingAComponentKeepsItsIdAcrossRedo() {
        AddComponentCommand add = new AddComponentCommand(ComponentKind.MYSQL, "billing-db", 100, 500, null);
        model.execute(add);
        Component first = c(add.componentId());
        model.execute(new AddDependencyCommand(c("order-processor"), first, dev.lifeboat.model.Strength.SOFT));

        model.undo();
        model.undo();
        model.redo();
        model.redo();

        assertEquals("billing-db", add.componentId());
        assertTrue(topology.dependency(c("order-processor"), c("billing-db")).isPresent(),
                "the dependency command finds the re-created component by id");
    }

    @Test
    void copyAndPasteDuplicatesComponentsWithTheDependenciesAmongThem() {
        EditActions edit = new EditActions(model);
        model.selection().select(c("order-processor"));
        model.selection().add(c("orders-db"));
        int before = topology.size();

        edit.copy();
        edit.paste();

        assertEquals(before + 2, topology.size());
        Component copy = named("order-processor copy");
        assertEquals(1, topology.dependenciesOf(copy).size(), "only the link inside the copied set");
        assertEquals("orders-db copy", topology.dependenciesOf(copy).get(0).target().name());
        model.undo();
        assertEquals(before, topology.size());
    }

    private Component named(String name) {
        List<Component> found = topology.components().stream().filter(x -> x.name().equals(name)).toList();
        assertEquals(1, found.size(), "components named " + name);
        return found.get(0);
    }

    @Test
    void pastedCopiesGetNamesNoOtherComponentHasAndKeepThemOnRedo() {
        // given a component copied once
        EditActions edit = new EditActions(model);
        model.selection().select(c("orders-db"));
        edit.copy();

        // when it is pasted twice, and the second copy is copied and pasted again
        edit.paste();
        edit.paste();
        edit.copy();
        edit.paste();

        // then every copy has a name of its own, counted on from the original's
        named("orders-db copy");
        named("orders-db copy 2");
        named("orders-db copy 3");
        assertEquals(topology.size(), topology.components().stream().map(Component::name).distinct().count());
        assertEquals("Paste orders-db copy 3", model.document().commands().undoDescriptionProperty().get());
        model.undo();
        model.redo();
        named("orders-db copy 3");
    }

    @Test
    void descriptionsNameComponentsAndPlacesNotTheirIds() {
        // given components whose names differ from their ids
        Component svc = c("order-processor");
        Component db = c("orders-db");
        model.execute(new RenameCommand(svc, "Order service"));
        model.execute(new RenameCommand(db, "Orders database"));
        var dependency = topology.dependency(svc, db).orElseThrow();
        Place zone = topology.place("eu-west-1b").orElseThrow();
        model.execute(new UpdatePlaceCommand(zone, "Dublin B", zone.region().id()));

        // then the Edit menu and the status line read names
        model.execute(new SetStrengthCommand(dependency, dependency.isHard()
                ? dev.lifeboat.model.Strength.SOFT : dev.lifeboat.model.Strength.HARD));
        assertTrue(model.statusProperty().get().startsWith("Make Order service \u2192 Orders database "),
                model.statusProperty().get());
        model.execute(new SetPlacementCommand(db, zone));
        assertEquals("Place Orders database in Dublin B",
                model.document().commands().undoDescriptionProperty().get());
        model.execute(new DeleteCommand(List.of(), List.of(), List.of(dependency)));
        assertEquals("Delete dependency Order service \u2192 Orders database",
                model.document().commands().undoDescriptionProperty().get());
    }

    @Test
    void journeyEditsAreUndoable() {
        Journey j = topology.journey("place-order").orElseThrow();
        JourneyCommand.Fields f = JourneyCommand.Fields.of(j);

        model.execute(JourneyCommand.update(j, new JourneyCommand.Fields("Checkout", f.entries(), null,
                f.rtoObjective())));

        assertEquals("Checkout", j.name());
        assertNull(j.rpoObjective());
        model.undo();
        assertEquals("Place order", j.name());
        assertEquals("15m", j.rpoObjective().toString());
    }

    @Test
    void deletingAJourneyAndUndoingKeepsItsObjectivesPerFailure() {
        Journey j = topology.journey("place-order").orElseThrow();
        topology.setScenarioObjectives(j, Map.of("region-loss", new Objectives(null, TimeBound.ofHours(4))));
        String before = Canonical.of(topology);

        model.execute(JourneyCommand.remove(j));
        model.undo();

        assertEquals(before, Canonical.of(topology));
        Journey back = topology.journey("place-order").orElseThrow();
        assertEquals(TimeBound.ofHours(4), back.rtoObjective("region-loss"));
        model.execute(JourneyCommand.update(back, new JourneyCommand.Fields("Checkout", List.of(), null, null)));
        assertEquals(TimeBound.ofHours(4), back.rtoObjective("region-loss"), "an edit of the defaults keeps them");
    }

    @Test
    void autoLayoutPutsDependenciesLeftOfTheirDependentsAndIsOneStep() {
        new EditActions(model).autoLayout();

        assertTrue(c("orders-db").x() < c("order-processor").x());
        assertTrue(c("order-events").x() < c("order-processor").x());
        assertTrue(model.document().commands().undoDescriptionProperty().get().startsWith("Auto layout"));
        model.undo();
        assertEquals(270, c("order-processor").x());
        assertFalse(model.document().commands().canUndoProperty().get());
    }
}

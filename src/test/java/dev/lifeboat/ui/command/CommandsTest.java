package dev.lifeboat.ui.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.ui.Canonical;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.DesignerModel;
import dev.lifeboat.ui.EditActions;
import dev.lifeboat.ui.Samples;
import java.util.List;
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
        Component copy = c("order-processor-2");
        assertEquals(1, topology.dependenciesOf(copy).size(), "only the link inside the copied set");
        assertEquals("orders-db-2", topology.dependenciesOf(copy).get(0).target().id());
        model.undo();
        assertEquals(before, topology.size());
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

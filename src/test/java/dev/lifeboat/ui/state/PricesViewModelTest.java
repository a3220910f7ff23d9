package dev.lifeboat.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.cost.Costs;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Prices;
import dev.lifeboat.ui.Samples;
import org.junit.jupiter.api.Test;

class PricesViewModelTest {

    private final DesignerModel model = Samples.model();

    @Test
    void theFieldsShowTheDesignsPricesAndTheirSources() {
        PricesViewModel vm = new PricesViewModel(model);
        assertEquals("USD", vm.field(Prices.CURRENCY).text().get());
        assertEquals("110.96", vm.field("instance_month.postgresql").text().get());
        assertEquals("0.0036", vm.field(Prices.ARCHIVE).text().get());
        assertTrue(vm.field("instance_month.postgresql").source().contains("db.m6g.large"));
    }

    @Test
    void anAcceptedChangeIsOneUndoableCommandAndTheCostsFollow() {
        double before = Costs.of(model.topology()).total();
        PricesViewModel vm = new PricesViewModel(model);
        vm.field("instance_month.postgresql").text().set("$210.96");
        vm.field(Prices.CURRENCY).text().set("eur");

        assertTrue(vm.apply());

        assertEquals(210.96, model.topology().prices().instanceMonth(ComponentKind.POSTGRESQL));
        assertEquals("EUR", model.topology().prices().currency());
        // orders-db runs 2 PostgreSQL instances: +2 x 100
        assertEquals(before + 200, Costs.of(model.topology()).total(), 0.005);
        assertEquals("Change the design's prices", model.document().commands().undoDescriptionProperty().get());
        model.undo();
        assertEquals(Prices.DEFAULTS, model.topology().prices());
    }

    @Test
    void aBadPriceIsRefusedNamingItsFieldAndNothingChanges() {
        PricesViewModel vm = new PricesViewModel(model);
        long revision = model.document().commands().revisionProperty().get();
        vm.field("instance_month.kafka").text().set("-5");

        assertFalse(vm.apply());

        assertEquals("Kafka: one instance a month: a price cannot be negative: -5", vm.errorProperty().get());
        assertEquals(Prices.DEFAULTS, model.topology().prices());
        assertEquals(revision, model.document().commands().revisionProperty().get());
        vm.field("instance_month.kafka").text().set("lots");
        assertFalse(vm.apply());
        assertEquals("Kafka: one instance a month: 'lots' is not a number", vm.errorProperty().get());
        vm.resetToDefaults();
        assertTrue(vm.apply());
        assertNull(vm.errorProperty().get());
        assertEquals(revision, model.document().commands().revisionProperty().get(), "the defaults change nothing");
    }
}

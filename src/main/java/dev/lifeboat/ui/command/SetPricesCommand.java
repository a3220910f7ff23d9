package dev.lifeboat.ui.command;

import dev.lifeboat.model.Prices;
import dev.lifeboat.model.Topology;
import java.util.Objects;

/** Replaces the design's unit prices (File ▸ Prices), as one undoable edit: costs change, RPO and RTO do not. */
public final class SetPricesCommand implements Command {

    private final Prices newPrices;
    private Prices oldPrices;

    public SetPricesCommand(Prices newPrices) {
        this.newPrices = Objects.requireNonNull(newPrices, "newPrices");
    }

    @Override
    public void execute(Topology t) {
        oldPrices = t.prices();
        t.setPrices(newPrices);
    }

    @Override
    public void undo(Topology t) {
        t.setPrices(oldPrices);
    }

    @Override
    public String description() {
        return "Change the design's prices";
    }
}

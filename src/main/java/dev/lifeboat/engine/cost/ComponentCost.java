package dev.lifeboat.engine.cost;

import java.util.List;

/**
 * What one component costs a month: the total and the lines it is made of, in the order a person reads them
 * (instances first, then storage, backups, archives and transfer).
 *
 * @param total the sum of the lines, in the design's currency
 * @param lines what the total is made of; empty when the component costs nothing
 */
public record ComponentCost(double total, List<CostLine> lines) {

    public ComponentCost {
        lines = List.copyOf(lines);
    }

    /** The cost made of these lines. */
    public static ComponentCost of(List<CostLine> lines) {
        double total = 0;
        for (CostLine l : lines) {
            total += l.amount();
        }
        return new ComponentCost(total, lines);
    }
}

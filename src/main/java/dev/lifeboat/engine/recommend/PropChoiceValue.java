package dev.lifeboat.engine.recommend;

import org.chocosolver.solver.constraints.Propagator;
import org.chocosolver.solver.constraints.PropagatorPriority;
import org.chocosolver.solver.exception.ContradictionException;
import org.chocosolver.solver.variables.IntVar;
import org.chocosolver.util.ESat;

/**
 * {@code value = table[index]} for a component's choice (index, a handful of values) and one of its numbers
 * (value, a bounded variable over a range that may run to {@link Problem#CAP}): the index loses every choice whose
 * number lies outside the value's bounds, and the value's bounds shrink to the least and greatest number of the
 * choices left. So the bounds always follow the choices still possible, which a sum of booleans weighted by the
 * numbers does not do (its lower bound stays at the least number of the choices first possible), and nothing is
 * allocated per value of the range.
 */
final class PropChoiceValue extends Propagator<IntVar> {

    private final int[] table;

    PropChoiceValue(IntVar index, IntVar value, int[] table) {
        super(new IntVar[] {index, value}, PropagatorPriority.BINARY, false);
        this.table = table;
    }

    @Override
    public void propagate(int evtmask) throws ContradictionException {
        IntVar index = vars[0];
        IntVar value = vars[1];
        int lb = value.getLB();
        int ub = value.getUB();
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        int last = index.getUB();
        for (int i = index.getLB(); i <= last; i = index.nextValue(i)) {
            int v = table[i];
            if (v < lb || v > ub) {
                index.removeValue(i, this);
            } else {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        // no choice left fails on the index's last removal, before this
        value.updateBounds(min, max, this);
        if (index.isInstantiated()) {
            setPassive();
        }
    }

    @Override
    public ESat isEntailed() {
        IntVar index = vars[0];
        IntVar value = vars[1];
        boolean some = false;
        boolean all = true;
        int last = index.getUB();
        for (int i = index.getLB(); i <= last; i = index.nextValue(i)) {
            boolean in = value.contains(table[i]);
            some |= in;
            all &= in && value.isInstantiated();
        }
        return !some ? ESat.FALSE : all ? ESat.TRUE : ESat.UNDEFINED;
    }
}

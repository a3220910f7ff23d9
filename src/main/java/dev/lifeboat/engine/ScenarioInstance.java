package dev.lifeboat.engine;

import dev.lifeboat.model.Component;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * One instance of a scenario (the loss of one zone, say): the components it hits, and the result of the
 * recovery pass for every component it <em>affects</em>, that is, the components it hits and everything
 * that depends on them. A component it does not affect is back at once and loses nothing, so it is not
 * stored: the cost of an instance is proportional to what it affects, not to the topology's size.
 *
 * <p>Per affected component: {@code finish}, the time it is back ({@code max(prepare, finish of its hard
 * dependencies) + start}, its own RTO, if hit, being split into {@code prepare}, work that needs no
 * dependency, and {@code start}, the rest); {@code start}, when its dependencies are back; {@code pred}, the
 * dependency that finishes last (the critical path follows it back); {@code rpoWorst}, the worst RPO
 * among it and what it needs; {@code bottleneck}, the component that gives it. {@link #UNBOUNDED} stands
 * for "never" (no recovery, or no recovery point).
 */
final class ScenarioInstance {

    /** A time that never comes: no recovery, or no recovery point. */
    static final long UNBOUNDED = Long.MAX_VALUE;

    final Scenario scenario;
    /** The lost zone or region, for zone and region loss; otherwise null. */
    final String place;
    /** The affected nodes, ascending, or null when every node has a slot (slot = node). */
    private final int[] nodeAt;
    /** The affected units in dependency order. */
    final int[] units;
    private final boolean[] hit;
    private final long[] finish;
    private final long[] start;
    private final int[] pred;
    private final long[] rpoWorst;
    private final int[] bottleneck;
    private final PathNode[] path;

    private ScenarioInstance(Scenario scenario, String place, int[] nodeAt, int[] units, int slots) {
        this.scenario = scenario;
        this.place = place;
        this.nodeAt = nodeAt;
        this.units = units;
        this.hit = new boolean[slots];
        this.finish = new long[slots];
        this.start = new long[slots];
        this.pred = new int[slots];
        this.rpoWorst = new long[slots];
        this.bottleneck = new int[slots];
        this.path = new PathNode[slots];
    }

    /**
     * The instance that hits the given nodes (each listed once), over the order's units. When it affects
     * more than half of the topology it is stored densely.
     *
     * @param unitSeen scratch space, one per unit of the order, all false; left all false
     */
    static ScenarioInstance of(Scenario scenario, String place, int[] hitNodes, DependencyOrder order,
                               boolean[] unitSeen) {
        int n = order.deps.length;
        int unitCount = order.members.length;
        // the upward closure of the hit nodes, unit by unit, with an explicit stack
        int[] stack = new int[Math.max(16, hitNodes.length)];
        int top = 0;
        int affected = 0;
        int[] affectedUnits = new int[16];
        int unitsFound = 0;
        for (int h : hitNodes) {
            int u = order.unitOf[h];
            if (!unitSeen[u]) {
                unitSeen[u] = true;
                if (unitsFound == affectedUnits.length) {
                    affectedUnits = Arrays.copyOf(affectedUnits, unitsFound * 2);
                }
                affectedUnits[unitsFound++] = u;
                if (top == stack.length) {
                    stack = Arrays.copyOf(stack, top * 2);
                }
                stack[top++] = u;
            }
        }
        while (top > 0) {
            int u = stack[--top];
            for (int i : order.members[u]) {
                affected++;
                for (int p : order.dependents[i]) {
                    int pu = order.unitOf[p];
                    if (!unitSeen[pu]) {
                        unitSeen[pu] = true;
                        if (unitsFound == affectedUnits.length) {
                            affectedUnits = Arrays.copyOf(affectedUnits, unitsFound * 2);
                        }
                        affectedUnits[unitsFound++] = pu;
                        if (top == stack.length) {
                            stack = Arrays.copyOf(stack, top * 2);
                        }
                        stack[top++] = pu;
                    }
                }
            }
        }
        int[] units;
        if (unitsFound * 2 > unitCount) {
            units = new int[unitsFound];
            int k = 0;
            for (int u : order.order) {
                if (unitSeen[u]) {
                    units[k++] = u;
                }
            }
        } else {
            int[] positions = new int[unitsFound];
            for (int k = 0; k < unitsFound; k++) {
                positions[k] = order.position[affectedUnits[k]];
            }
            Arrays.sort(positions);
            units = new int[unitsFound];
            for (int k = 0; k < unitsFound; k++) {
                units[k] = order.order[positions[k]];
            }
        }
        ScenarioInstance inst;
        if (affected * 8 > n) {
            inst = new ScenarioInstance(scenario, place, null, units, n);
        } else {
            int[] nodeAt = new int[affected];
            int k = 0;
            for (int u : units) {
                for (int i : order.members[u]) {
                    nodeAt[k++] = i;
                }
            }
            Arrays.sort(nodeAt);
            inst = new ScenarioInstance(scenario, place, nodeAt, units, affected);
        }
        for (int u : units) {
            unitSeen[u] = false;
        }
        for (int h : hitNodes) {
            inst.hit[inst.slot(h)] = true;
        }
        return inst;
    }

    /** The slot of node i, or a negative number when this instance does not affect it. */
    int slot(int i) {
        return nodeAt == null ? i : Arrays.binarySearch(nodeAt, i);
    }

    boolean hit(int i) {
        int s = slot(i);
        return s >= 0 && hit[s];
    }

    long finish(int i) {
        int s = slot(i);
        return s < 0 ? 0 : finish[s];
    }

    long start(int i) {
        int s = slot(i);
        return s < 0 ? 0 : start[s];
    }

    long rpoWorst(int i) {
        int s = slot(i);
        return s < 0 ? 0 : rpoWorst[s];
    }

    /** The component that gives node i its worst RPO, or -1. */
    int bottleneck(int i) {
        int s = slot(i);
        return s < 0 ? -1 : bottleneck[s];
    }

    /** Calls the action with each node this instance hits. */
    void forEachHit(java.util.function.IntConsumer action) {
        for (int s = 0; s < hit.length; s++) {
            if (hit[s]) {
                action.accept(nodeAt == null ? s : nodeAt[s]);
            }
        }
    }

    /**
     * Recomputes one affected unit from its dependencies' results: finish time, start, the dependency
     * that finishes last, and the worst RPO with its bottleneck. Components in a cycle recover together.
     */
    void compute(int u, DependencyOrder order, long[] ownRto, long[] ownPrepare, long[] ownRpo) {
        int[] m = order.members[u];
        long best = 0;
        int bestPred = -1;
        long worstRpo = 0;
        int worstAt = -1;
        long own = 0;
        // what needs no dependency starts at once; members of a cycle wait for each other, so all of theirs waits
        long prepare = m.length == 1 && hit[slot(m[0])] ? ownPrepare[m[0]] : 0;
        for (int i : m) {
            int si = slot(i);
            if (hit[si]) {
                if (ownRto[i] > own) {
                    own = ownRto[i];
                }
                if (ownRpo[i] > worstRpo) {
                    worstRpo = ownRpo[i];
                    worstAt = i;
                }
            }
        }
        int gateway = -1;
        for (int i : m) {
            for (int d : order.deps[i]) {
                if (m.length > 1 && order.unitOf[d] == u) {
                    continue;
                }
                int sd = slot(d);
                if (sd < 0) {
                    continue;
                }
                if (finish[sd] > best) {
                    best = finish[sd];
                    bestPred = d;
                    gateway = i;
                }
                if (rpoWorst[sd] > worstRpo) {
                    worstRpo = rpoWorst[sd];
                    worstAt = bottleneck[sd];
                }
            }
        }
        long f = best == UNBOUNDED || own == UNBOUNDED ? UNBOUNDED : Math.max(prepare, best) + own - prepare;
        // when its own preparation outlasts its dependencies, the chain ends at the component itself
        boolean ownWorkDecides = prepare > best;
        for (int i : m) {
            int si = slot(i);
            finish[si] = f;
            start[si] = best;
            // in a cycle, the path goes through the member that waits for the slowest outside dependency
            pred[si] = ownWorkDecides ? -1 : m.length == 1 || i == gateway || gateway < 0 ? bestPred : gateway;
            rpoWorst[si] = worstRpo;
            bottleneck[si] = worstAt;
            path[si] = null;
        }
    }

    /**
     * The critical path from node i: i, then the dependency that finishes last, and so on. Paths share
     * their tails, so a thousand journeys over one long chain hold one copy of it.
     *
     * @param nodes      the components by node
     * @param assumedRto per node, whether its own RTO rests on an assumption
     * @param ownRto     per node, its own RTO under this scenario
     */
    CriticalPath criticalPath(int i, Component[] nodes, boolean[] assumedRto, long[] ownRto) {
        int si = slot(i);
        if (si < 0) {
            return new CriticalPath(new PathNode(nodes[i], false, null));
        }
        if (path[si] == null) {
            // walk down to a node whose path is known (or the end), then build back up: no recursion
            int[] walk = new int[16];
            int len = 0;
            int x = i;
            int guard = 0;
            while (x >= 0 && guard++ <= nodes.length) {
                int sx = slot(x);
                if (sx < 0 || path[sx] != null) {
                    break;
                }
                if (len == walk.length) {
                    walk = Arrays.copyOf(walk, len * 2);
                }
                walk[len++] = x;
                x = pred[sx];
            }
            PathNode tail = x < 0 || guard > nodes.length ? null
                    : slot(x) < 0 ? new PathNode(nodes[x], false, null) : path[slot(x)];
            for (int k = len - 1; k >= 0; k--) {
                int y = walk[k];
                int sy = slot(y);
                boolean assumed = hit[sy] && ownRto[y] > 0 && assumedRto[y];
                tail = new PathNode(nodes[y], assumed, tail);
                path[sy] = tail;
            }
        }
        return new CriticalPath(path[si]);
    }

    /** One step of a critical path, sharing the rest of the path with every path that reaches it. */
    static final class PathNode {
        final Component component;
        final PathNode next;
        final int size;
        /** Whether this step or a later one rests on an assumed duration. */
        final boolean rtoAssumed;

        PathNode(Component component, boolean assumed, PathNode next) {
            this.component = component;
            this.next = next;
            this.size = next == null ? 1 : next.size + 1;
            this.rtoAssumed = assumed || next != null && next.rtoAssumed;
        }
    }

    /** A critical path as an unmodifiable list, backed by shared steps. */
    static final class CriticalPath extends AbstractList<Component> {
        static final CriticalPath EMPTY = new CriticalPath(null);
        private final PathNode head;

        CriticalPath(PathNode head) {
            this.head = head;
        }

        /** Whether a step of the path rests on an assumed duration. */
        boolean rtoAssumed() {
            return head != null && head.rtoAssumed;
        }

        @Override
        public int size() {
            return head == null ? 0 : head.size;
        }

        @Override
        public Component get(int index) {
            if (index < 0 || index >= size()) {
                throw new IndexOutOfBoundsException(index);
            }
            PathNode p = head;
            for (int k = 0; k < index; k++) {
                p = p.next;
            }
            return p.component;
        }

        @Override
        public Iterator<Component> iterator() {
            return new Iterator<>() {
                private PathNode p = head;

                @Override
                public boolean hasNext() {
                    return p != null;
                }

                @Override
                public Component next() {
                    if (p == null) {
                        throw new NoSuchElementException();
                    }
                    Component c = p.component;
                    p = p.next;
                    return c;
                }
            };
        }
    }
}

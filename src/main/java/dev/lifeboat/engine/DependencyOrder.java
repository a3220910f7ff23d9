package dev.lifeboat.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The hard-dependency graph of a topology in compact form, ordered dependencies first, with its cycles.
 *
 * <p>Nodes are 0-based indices. Nodes whose hard dependencies form a cycle are grouped into one unit
 * (a strongly connected component); units are ordered so that every unit comes after the units it depends
 * on. Built in time linear in the graph's size, without recursion: Kahn's algorithm orders the acyclic
 * part, and only the nodes it cannot order go through an iterative strong-connectivity search.
 */
final class DependencyOrder {

    /** deps[i]: the hard dependencies of node i. */
    final int[][] deps;
    /** dependents[i]: the nodes that depend hard on node i. */
    final int[][] dependents;
    /** unitOf[i]: the unit node i belongs to. */
    final int[] unitOf;
    /** members[u]: the nodes of unit u (one, or the members of a cycle). */
    final int[][] members;
    /** order: the units, dependencies first. */
    final int[] order;
    /** position[u]: the index of unit u in {@link #order}. */
    final int[] position;
    /** The cycles: units of more than one node. */
    final List<int[]> cycles;
    /** Scratch marks for {@link #cone}: a unit is marked when mark[u] == epoch. */
    private final int[] mark;
    private int epoch;

    DependencyOrder(int[][] deps) {
        int n = deps.length;
        this.deps = deps;
        this.dependents = invert(deps);
        this.unitOf = new int[n];
        List<int[]> cycleList = new ArrayList<>();

        boolean[] ordered = kahnOrderable(deps, dependents);
        int remaining = 0;
        for (boolean b : ordered) {
            if (!b) {
                remaining++;
            }
        }
        Arrays.fill(unitOf, -1);
        List<int[]> unitMembers = new ArrayList<>(n);
        if (remaining > 0) {
            for (int[] m : stronglyConnected(deps, ordered)) {
                if (m.length > 1) {
                    int u = unitMembers.size();
                    unitMembers.add(m);
                    cycleList.add(m);
                    for (int i : m) {
                        unitOf[i] = u;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (unitOf[i] < 0) {
                unitOf[i] = unitMembers.size();
                unitMembers.add(new int[] {i});
            }
        }
        this.members = unitMembers.toArray(new int[0][]);
        this.cycles = List.copyOf(cycleList);
        this.order = orderUnits();
        this.mark = new int[members.length];
        this.position = new int[members.length];
        for (int p = 0; p < order.length; p++) {
            position[order[p]] = p;
        }
    }

    /**
     * The units of node i and of everything that depends on it (transitively), in dependency order. Costs
     * what the cone holds, not the graph's size: an edit deep in a large topology stays cheap.
     */
    int[] cone(int i) {
        if (++epoch == 0) {
            Arrays.fill(mark, 0);
            epoch = 1;
        }
        IntList units = new IntList();
        int start = unitOf[i];
        mark[start] = epoch;
        units.add(start);
        for (int k = 0; k < units.size(); k++) {
            for (int m : members[units.get(k)]) {
                for (int p : dependents[m]) {
                    int pu = unitOf[p];
                    if (mark[pu] != epoch) {
                        mark[pu] = epoch;
                        units.add(pu);
                    }
                }
            }
        }
        int[] positions = new int[units.size()];
        for (int k = 0; k < positions.length; k++) {
            positions[k] = position[units.get(k)];
        }
        Arrays.sort(positions);
        for (int k = 0; k < positions.length; k++) {
            positions[k] = order[positions[k]];
        }
        return positions;
    }

    private static int[][] invert(int[][] deps) {
        int n = deps.length;
        int[] count = new int[n];
        for (int[] ds : deps) {
            for (int d : ds) {
                count[d]++;
            }
        }
        int[][] inv = new int[n][];
        for (int i = 0; i < n; i++) {
            inv[i] = new int[count[i]];
        }
        int[] fill = new int[n];
        for (int i = 0; i < n; i++) {
            for (int d : deps[i]) {
                inv[d][fill[d]++] = i;
            }
        }
        return inv;
    }

    /** Marks the nodes Kahn's algorithm can order; the others are in or behind a cycle. */
    private static boolean[] kahnOrderable(int[][] deps, int[][] dependents) {
        int n = deps.length;
        int[] missing = new int[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            missing[i] = deps[i].length;
            if (missing[i] == 0) {
                queue[tail++] = i;
            }
        }
        boolean[] ordered = new boolean[n];
        while (head < tail) {
            int i = queue[head++];
            ordered[i] = true;
            for (int p : dependents[i]) {
                if (--missing[p] == 0) {
                    queue[tail++] = p;
                }
            }
        }
        return ordered;
    }

    /**
     * The strongly connected components among the nodes Kahn's algorithm could not order (Tarjan's
     * algorithm with an explicit stack, so that a cycle or chain of any length never overflows the call
     * stack), each as sorted node indices.
     */
    private static List<int[]> stronglyConnected(int[][] deps, boolean[] skip) {
        int n = deps.length;
        int[] index = new int[n];
        int[] low = new int[n];
        Arrays.fill(index, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int sp = 0;
        int[] callNode = new int[n];
        int[] callEdge = new int[n];
        int next = 0;
        List<int[]> out = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (skip[root] || index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callNode[0] = root;
            callEdge[0] = 0;
            index[root] = low[root] = next++;
            stack[sp++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callNode[depth];
                int[] ds = deps[v];
                if (callEdge[depth] < ds.length) {
                    int w = ds[callEdge[depth]++];
                    if (skip[w]) {
                        continue;
                    }
                    if (index[w] < 0) {
                        index[w] = low[w] = next++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        depth++;
                        callNode[depth] = w;
                        callEdge[depth] = 0;
                    } else if (onStack[w] && index[w] < low[v]) {
                        low[v] = index[w];
                    }
                    continue;
                }
                if (low[v] == index[v]) {
                    int count = 0;
                    while (stack[sp - 1 - count] != v) {
                        count++;
                    }
                    count++;
                    int[] members = Arrays.copyOfRange(stack, sp - count, sp);
                    sp -= count;
                    for (int m : members) {
                        onStack[m] = false;
                    }
                    Arrays.sort(members);
                    out.add(members);
                }
                depth--;
                if (depth >= 0) {
                    int parent = callNode[depth];
                    if (low[v] < low[parent]) {
                        low[parent] = low[v];
                    }
                }
            }
        }
        return out;
    }

    /** Kahn's algorithm over units. */
    private int[] orderUnits() {
        int units = members.length;
        int[] missing = new int[units];
        for (int u = 0; u < units; u++) {
            for (int i : members[u]) {
                for (int d : deps[i]) {
                    if (unitOf[d] != u) {
                        missing[u]++;
                    }
                }
            }
        }
        int[] out = new int[units];
        int head = 0;
        int tail = 0;
        for (int u = 0; u < units; u++) {
            if (missing[u] == 0) {
                out[tail++] = u;
            }
        }
        while (head < tail) {
            int u = out[head++];
            for (int i : members[u]) {
                for (int p : dependents[i]) {
                    int pu = unitOf[p];
                    if (pu != u && --missing[pu] == 0) {
                        out[tail++] = pu;
                    }
                }
            }
        }
        if (tail != units) {
            throw new IllegalStateException("dependency units could not be ordered: " + (units - tail) + " left");
        }
        return out;
    }
}

package dev.lifeboat.engine.recommend;

import java.util.Map;
import java.util.TreeMap;

/**
 * The non-dominated points of those added, in two measures to minimise (cost and time): a staircase, where a greater
 * cost goes with a smaller time. It answers "the cheapest point whose time is at most t" in logarithmic time.
 */
final class Staircase {

    /** time -> cost of each point kept (ascending time, descending cost); cost -> time, the same points. */
    private final TreeMap<Integer, Integer> byTime = new TreeMap<>();
    private final TreeMap<Integer, Integer> byCost = new TreeMap<>();

    /** Adds a point, dropping the points it weakly dominates; nothing when a point kept weakly dominates it. */
    void add(int cost, int time) {
        Map.Entry<Integer, Integer> cheaper = byCost.floorEntry(cost);
        if (cheaper != null && cheaper.getValue() <= time) {
            return;
        }
        // the points it weakly dominates: cost' >= cost and time' >= time, a run of the staircase from cost on
        Map.Entry<Integer, Integer> e = byCost.ceilingEntry(cost);
        while (e != null && e.getValue() >= time) {
            byCost.remove(e.getKey());
            byTime.remove(e.getValue());
            e = byCost.ceilingEntry(cost);
        }
        byCost.put(cost, time);
        byTime.put(time, cost);
    }

    /** The cheapest point whose time is at most {@code time}, as {cost, time}, or null when there is none. */
    int[] cheapestWithin(int time) {
        Map.Entry<Integer, Integer> e = byTime.floorEntry(time);
        return e == null ? null : new int[] {e.getValue(), e.getKey()};
    }

    /** The number of points kept. */
    int size() {
        return byCost.size();
    }
}

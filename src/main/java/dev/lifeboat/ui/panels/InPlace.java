package dev.lifeboat.ui.panels;

import java.util.List;
import java.util.function.BiPredicate;
import javafx.collections.ObservableList;

/**
 * Brings a table's rows in step with freshly computed ones by replacing only the rows that differ (and adding
 * or removing at the end), so that a table re-renders only the rows that changed, not all of them.
 */
final class InPlace {

    private InPlace() {
    }

    /**
     * Makes {@code rows} equal to {@code next}, row by row; returns how many rows were replaced, added or
     * removed.
     */
    static <T> int update(ObservableList<T> rows, List<T> next, BiPredicate<T, T> same) {
        int common = Math.min(rows.size(), next.size());
        int touched = 0;
        for (int i = 0; i < common; i++) {
            T n = next.get(i);
            if (!same.test(rows.get(i), n)) {
                rows.set(i, n);
                touched++;
            }
        }
        if (rows.size() > next.size()) {
            touched += rows.size() - next.size();
            rows.remove(next.size(), rows.size());
        } else if (next.size() > rows.size()) {
            touched += next.size() - rows.size();
            rows.addAll(next.subList(common, next.size()));
        }
        return touched;
    }
}

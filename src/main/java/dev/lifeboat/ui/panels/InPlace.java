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
     * Makes {@code rows} equal to {@code next}: the rows alike at the start and at the end are kept, and in
     * between rows are replaced where they differ, then added or removed, so that a step inserted in the middle
     * of a long list does not replace every row after it. Returns how many rows were replaced, added or removed.
     */
    static <T> int update(ObservableList<T> rows, List<T> next, BiPredicate<T, T> same) {
        int n = rows.size();
        int m = next.size();
        int start = 0;
        while (start < n && start < m && same.test(rows.get(start), next.get(start))) {
            start++;
        }
        int end = 0;
        while (end < n - start && end < m - start && same.test(rows.get(n - 1 - end), next.get(m - 1 - end))) {
            end++;
        }
        int oldMiddle = n - start - end;
        int newMiddle = m - start - end;
        int touched = 0;
        for (int i = start; i < start + Math.min(oldMiddle, newMiddle); i++) {
            T row = next.get(i);
            if (!same.test(rows.get(i), row)) {
                rows.set(i, row);
                touched++;
            }
        }
        if (oldMiddle > newMiddle) {
            rows.remove(start + newMiddle, start + oldMiddle);
        } else if (newMiddle > oldMiddle) {
            rows.addAll(start + oldMiddle, next.subList(start + oldMiddle, start + newMiddle));
        }
        return touched + Math.abs(oldMiddle - newMiddle);
    }
}

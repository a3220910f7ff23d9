package dev.lifeboat.ui.panels;

import dev.lifeboat.engine.Comparison;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.state.DesignerModel;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The compare window's state: the baseline and all its variants side by side under every scenario. The
 * comparison is made in the background on a copy of the baseline taken on the UI thread, so the window never
 * freezes and never reads a topology another thread changes. Costs and performance notes come from the
 * {@link Comparison.Facts} given (none until a cost model is plugged in).
 */
public final class CompareViewModel {

    private final DesignerModel model;
    private final Comparison.Facts facts;
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private long asked;

    public CompareViewModel(DesignerModel model, Comparison.Facts facts) {
        this.model = Objects.requireNonNull(model, "model");
        this.facts = Objects.requireNonNull(facts, "facts");
    }

    /** Compares the baseline as it is now with all its variants; a later call wins over an earlier one. */
    public void refresh() {
        Topology copy = model.baseDocument().baseline().copy(true);
        long mine = ++asked;
        busy.set(true);
        message.set(copy.variants().isEmpty() ? "The design has no variants yet: add one with New variant."
                : "Comparing\u2026");
        model.executor().background(
                () -> Comparison.of(copy, copy.variants(), List.of(Scenario.values()), RuleBook.standard()::analyse,
                        facts),
                result -> {
                    if (mine == asked) {
                        busy.set(false);
                        comparison.set(result);
                        message.set(result.columns().size() == 1 ? message.get()
                                : "Baseline and " + (result.columns().size() - 1) + " variant(s) under every scenario");
                    }
                },
                failure -> {
                    if (mine == asked) {
                        busy.set(false);
                        message.set("Could not compare: " + failure.getMessage());
                    }
                });
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}

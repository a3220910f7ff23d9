package dev.lifeboat.ui.command;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Setting;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.Variant;

/**
 * Makes a variant give a setting of a component a value (the baseline is left alone); undo restores the
 * variant's previous change of it, or none.
 */
public final class SetVariantValueCommand implements Command {

    private final String variant;
    private final String componentId;
    private final String key;
    private final Object value;
    private final String label;
    private boolean wasChanged;
    private Object oldValue;

    /** @param value an already valid value of the setting's type, or {@link Variant#DEFAULT} */
    public SetVariantValueCommand(String variant, Component c, String key, Object value) {
        this.variant = variant;
        this.componentId = c.id();
        this.key = key;
        this.value = value;
        this.label = Printable.echo(c.name()) + " " + c.kind().setting(key).map(Setting::label).orElse(key);
    }

    @Override
    public void execute(Topology t) {
        Variant v = Refs.variant(t, variant);
        wasChanged = v.isChanged(componentId, key);
        oldValue = v.value(componentId, key);
        t.setVariantValue(v, Refs.component(t, componentId), key, value);
    }

    @Override
    public void undo(Topology t) {
        Variant v = Refs.variant(t, variant);
        if (wasChanged) {
            t.setVariantValue(v, Refs.component(t, componentId), key, oldValue);
        } else {
            t.clearVariantValue(v, componentId, key);
        }
    }

    @Override
    public String description() {
        return "Set " + label + " in " + Printable.echo(variant);
    }

    @Override
    public boolean editsVariant() {
        return true;
    }
}

package dev.lifeboat.ui.command;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Setting;
import dev.lifeboat.model.Topology;

/** Sets one setting of a component; undo restores the previous value, or the default if none was set. */
public final class SetSettingCommand implements Command {

    private final String componentId;
    private final String key;
    private final Object value;
    private final String label;
    private boolean wasSet;
    private Object oldValue;

    /** @param value an already valid value of the setting's type (see {@link Setting#coerce}) */
    public SetSettingCommand(Component c, String key, Object value) {
        this.componentId = c.id();
        this.key = key;
        this.value = value;
        this.label = Printable.echo(c.name()) + " " + c.kind().setting(key).map(Setting::label).orElse(key);
    }

    @Override
    public void execute(Topology t) {
        Component c = Refs.component(t, componentId);
        wasSet = c.isSet(key);
        oldValue = c.value(key);
        t.set(c, key, value);
    }

    @Override
    public void undo(Topology t) {
        Component c = Refs.component(t, componentId);
        if (wasSet) {
            t.set(c, key, oldValue);
        } else {
            t.reset(c, key);
        }
    }

    @Override
    public String description() {
        return "Set " + label;
    }
}

package dev.lifeboat.ui.command;

import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.Variant;

/** Adds a variant with no changes; undo removes it. */
public final class AddVariantCommand implements Command {

    private final String name;

    public AddVariantCommand(String name) {
        this.name = name;
    }

    /** "Proposal A", "Proposal B", ...: the first such name the topology does not use. */
    public static String nextName(Topology t) {
        for (int i = 0; ; i++) {
            StringBuilder letters = new StringBuilder();
            for (int n = i; n >= 0; n = n / 26 - 1) {
                letters.insert(0, (char) ('A' + n % 26));
            }
            String name = "Proposal " + letters;
            if (t.variant(name).isEmpty()) {
                return name;
            }
        }
    }

    public String name() {
        return name;
    }

    @Override
    public void execute(Topology t) {
        t.addVariant(name);
    }

    @Override
    public void undo(Topology t) {
        Variant v = Refs.variant(t, name);
        t.removeVariant(v);
    }

    @Override
    public String description() {
        return "New variant " + Printable.echo(name);
    }

    @Override
    public boolean editsVariant() {
        return true;
    }
}

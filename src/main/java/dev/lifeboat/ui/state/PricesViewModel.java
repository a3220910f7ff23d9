package dev.lifeboat.ui.state;

import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.InputText;
import dev.lifeboat.model.Prices;
import dev.lifeboat.model.Printable;
import dev.lifeboat.ui.command.SetPricesCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the File ▸ Prices dialog edits: the design's unit prices as text fields (the currency, one instance a month
 * per kind, the per-GB prices), each with the source of its default. {@link #apply()} checks them all and changes the
 * prices as one undoable command, or refuses with a message naming the field; the model is untouched then.
 */
public final class PricesViewModel {

    /** One field: its id (the file key, or {@code instance_month.<kind>}), its label, its text and its source. */
    public record Field(String id, String label, StringProperty text, String source) {
    }

    private final DesignerModel model;
    private final List<Field> fields = new ArrayList<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    public PricesViewModel(DesignerModel model) {
        this.model = Objects.requireNonNull(model, "model");
        Prices p = model.topology().prices();
        fields.add(new Field(Prices.CURRENCY, "Currency (ISO 4217 code)", new SimpleStringProperty(p.currency()),
                "Default USD; the numbers are in this currency (no conversion)."));
        for (ComponentKind k : Prices.instanceKinds()) {
            fields.add(new Field(Prices.INSTANCE_MONTH + "." + k.id(), k.label() + ": one instance a month",
                    new SimpleStringProperty(number(p.instanceMonth(k))), Prices.DEFAULTS.source(k)));
        }
        for (String key : Prices.GB_KEYS) {
            fields.add(new Field(key, Prices.label(key), new SimpleStringProperty(number(p.perGb(key))),
                    Prices.DEFAULTS.source(key)));
        }
    }

    public List<Field> fields() {
        return List.copyOf(fields);
    }

    /** The field with this id. */
    public Field field(String id) {
        return fields.stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no price field " + id));
    }

    /** Why the last {@link #apply()} was refused (escaped), or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Puts the defaults in every field (applied only by {@link #apply()}). */
    public void resetToDefaults() {
        Prices d = Prices.DEFAULTS;
        field(Prices.CURRENCY).text().set(d.currency());
        for (ComponentKind k : Prices.instanceKinds()) {
            field(Prices.INSTANCE_MONTH + "." + k.id()).text().set(number(d.instanceMonth(k)));
        }
        for (String key : Prices.GB_KEYS) {
            field(key).text().set(number(d.perGb(key)));
        }
    }

    /**
     * Checks every field and, when they make a valid table that differs from the design's, changes it as one command.
     *
     * @return whether the fields were accepted (the dialog may close)
     */
    public boolean apply() {
        Prices p = Prices.DEFAULTS;
        for (Field f : fields) {
            try {
                if (f.id().equals(Prices.CURRENCY)) {
                    p = p.withCurrency(f.text().get());
                } else if (f.id().startsWith(Prices.INSTANCE_MONTH + ".")) {
                    String kind = f.id().substring(Prices.INSTANCE_MONTH.length() + 1);
                    p = p.withInstanceMonth(ComponentKind.byId(kind).orElseThrow(), parse(f));
                } else {
                    p = p.withPerGb(f.id(), parse(f));
                }
            } catch (IllegalArgumentException e) {
                String why = e.getMessage();
                // the model names the price, not which kind's: the field's own label says it
                String message = why.startsWith(f.label()) ? why : f.label() + ": " + why.substring(why.indexOf(':') + 1)
                        .trim();
                error.set(Printable.echo(message, 4 * Printable.ECHO_LIMIT));
                return false;
            }
        }
        error.set(null);
        if (!p.equals(model.topology().prices())) {
            model.execute(new SetPricesCommand(p));
        }
        return true;
    }

    /** A price as typed: an ASCII decimal number, optionally after a currency sign. */
    private static double parse(Field f) {
        String t = f.text().get() == null ? "" : f.text().get().trim();
        if (t.startsWith("$") || t.startsWith("\u20AC") || t.startsWith("\u00A3")) {
            t = t.substring(1).trim();
        }
        boolean ok = !t.isEmpty() && t.length() <= InputText.MAX_WORD;
        int dots = 0;
        for (int i = 0; ok && i < t.length(); i++) {
            char c = t.charAt(i);
            dots += c == '.' ? 1 : 0;
            ok = InputText.isDigit(c) || c == '.' && dots == 1 || c == '-' && i == 0;
        }
        if (!ok || t.equals("-") || t.endsWith(".")) {
            throw new IllegalArgumentException(f.label() + ": '" + Printable.echo(t) + "' is not a number");
        }
        return Double.parseDouble(t);
    }

    private static String number(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}

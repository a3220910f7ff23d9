package dev.lifeboat.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Light (PrimerLight, the default) or dark (PrimerDark) AtlantaFX theme for the whole application. */
public final class Theme {

    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");

    public Theme() {
        apply(false);
        dark.addListener((o, a, b) -> apply(b));
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    private static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}

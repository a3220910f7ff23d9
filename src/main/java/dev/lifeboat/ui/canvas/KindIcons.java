package dev.lifeboat.ui.canvas;

import dev.lifeboat.model.ComponentKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.layout.Region;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;

/** The icon of each component kind, read once from the SVGs in the top-level {@code icons/} folder. */
public final class KindIcons {

    private static final Pattern D = Pattern.compile("\\sd=\"([^\"]+)\"");
    private static final Map<ComponentKind, String> PATHS = new EnumMap<>(ComponentKind.class);

    private KindIcons() {
    }

    /** The SVG path data of a kind's icon, in a 24x24 box. */
    public static synchronized String pathData(ComponentKind kind) {
        return PATHS.computeIfAbsent(kind, KindIcons::read);
    }

    /** A new icon node of {@code size} pixels, coloured by CSS ({@code .kind-icon}, background colour). */
    public static Region icon(ComponentKind kind, double size) {
        SVGPath p = new SVGPath();
        p.setContent(pathData(kind));
        p.setFillRule(FillRule.EVEN_ODD);
        Region r = new Region();
        r.setShape(p);
        r.setMinSize(size, size);
        r.setPrefSize(size, size);
        r.setMaxSize(size, size);
        r.getStyleClass().add("kind-icon");
        return r;
    }

    private static String read(ComponentKind kind) {
        String name = "icons/" + kind.id() + ".svg";
        try (InputStream in = KindIcons.class.getResourceAsStream("/dev/lifeboat/ui/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing icon " + name);
            }
            Matcher m = D.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!m.find()) {
                throw new IllegalStateException("icon " + name + " has no path");
            }
            return m.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read icon " + name, e);
        }
    }
}

package dev.lifeboat.ui.document;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.base.UiExecutor;
import java.nio.file.Path;

/**
 * The child process of {@link CrashSafetyTest}: saves and autosaves two different documents in turn,
 * as fast as it can, until it is killed. It says {@code ready} once both have been written.
 */
public final class CrashChild {

    private CrashChild() {
    }

    /** Arguments: the target file and the recovery folder. */
    public static void main(String[] args) {
        Path target = Path.of(args[0]);
        DocumentService service = new DocumentService(UiExecutor.sameThread(), Path.of(args[1]));
        Document[] docs = {new Document(topology(0), target), new Document(topology(1), target)};
        for (long i = 0; ; i++) {
            Document d = docs[(int) (i % 2)];
            String failure = service.save(d, target);
            if (failure != null) {
                System.err.println(failure);
                System.exit(2);
            }
            service.autosave(docs[(int) ((i + 1) % 2)]);
            service.autosave(d);
            if (i == 1) {
                System.out.println("ready");
                System.out.flush();
            }
        }
    }

    /** One of two large-ish documents that differ in every component, so that a mixture would not load equal. */
    static Topology topology(int variant) {
        Topology t = new Topology();
        t.setName("Crash " + variant);
        ComponentKind[] kinds = {ComponentKind.SERVICE, ComponentKind.POSTGRESQL, ComponentKind.REDIS,
            ComponentKind.KAFKA};
        Component previous = null;
        for (int i = 0; i < 400; i++) {
            Component c = t.addComponent("c" + variant + "-" + i, kinds[(i + variant) % kinds.length],
                    "component " + i + " of variant " + variant);
            t.move(c, i * 10.5 + variant, i * 3.25);
            if (previous != null) {
                t.addDependency(previous, c, i % 3 == 0 ? Strength.SOFT : Strength.HARD);
            }
            previous = c;
        }
        return t;
    }
}

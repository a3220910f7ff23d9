package dev.lifeboat;

import dev.lifeboat.cli.LifeboatCommand;

/**
 * Starts Lifeboat: the designer window when called without arguments, the command line otherwise.
 * Does not extend {@code javafx.application.Application}, so that {@code java -jar} works on the classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 && !Boolean.getBoolean("lifeboat.noui")) {
            try {
                Class.forName("dev.lifeboat.ui.DesignerApp").getMethod("start", String[].class)
                        .invoke(null, (Object) args);
                return;
            } catch (ClassNotFoundException e) {
                // the designer is not part of this build: fall through to the command line help
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot start the designer", e);
            }
        }
        System.exit(LifeboatCommand.run(args));
    }
}

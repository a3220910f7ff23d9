package dev.lifeboat;

import dev.lifeboat.cli.LifeboatCommand;
import java.util.Optional;

/**
 * Starts Lifeboat: the designer window when called without arguments (with the sample) or with
 * {@code open FILE}, the command line otherwise. Does not extend {@code javafx.application.Application},
 * so that {@code java -jar} works on the classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<String[]> designer = designerArguments(args);
        if (designer.isPresent() && !Boolean.getBoolean("lifeboat.noui")) {
            try {
                Class.forName("dev.lifeboat.ui.DesignerApp").getMethod("start", String[].class)
                        .invoke(null, (Object) designer.get());
                return;
            } catch (ClassNotFoundException e) {
                // the designer is not part of this build: fall through to the command line help
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot start the designer", e);
            }
        }
        System.exit(LifeboatCommand.run(args));
    }

    /**
     * The designer's arguments when the command line asks for the designer: none (open the sample), or
     * {@code open FILE} (open that file). Empty when the command line is for the command-line tool.
     */
    static Optional<String[]> designerArguments(String[] args) {
        if (args.length == 0) {
            return Optional.of(new String[0]);
        }
        if (args.length == 2 && args[0].equals("open")) {
            return Optional.of(new String[] {args[1]});
        }
        return Optional.empty();
    }
}

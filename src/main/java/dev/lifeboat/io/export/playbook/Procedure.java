package dev.lifeboat.io.export.playbook;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Topology;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a person does to bring one component back: the commands in order, and how to check it worked.
 * Commands are fixed templates written by Lifeboat, never text from the design: they refer to the
 * component through environment variables ({@code $C3_HOST}) that the operator sets, so that a name in the
 * design cannot become part of a command.
 *
 * @param steps  the commands, in order
 * @param verify a command that succeeds only when the component serves again
 */
public record Procedure(List<Command> steps, Command verify) {

    private static final Pattern PREFIX = Pattern.compile("\\bP_");

    /**
     * The variable prefix of each component ({@code C3_} for the third), the same in every document Lifeboat
     * writes for a design (the playbooks, the drill plan), so that the operator sets each variable once.
     */
    public static Map<Component, String> prefixes(Topology topology) {
        Map<Component, String> prefixes = new IdentityHashMap<>();
        int k = 1;
        for (Component c : topology.components()) {
            prefixes.put(c, "C" + k++ + "_");
        }
        return prefixes;
    }

    /**
     * One command.
     *
     * @param what        what it does, for a person
     * @param shell       the command, for bash; {@code $P} stands for the component's variable prefix
     * @param destructive whether it discards or overwrites data, so that the script asks first
     */
    public record Command(String what, String shell, boolean destructive) {

        /** The command for one component: its variables named with the component's prefix ({@code C3_}). */
        public String shellFor(String prefix) {
            return PREFIX.matcher(shell).replaceAll(prefix);
        }
    }

    public static Command cmd(String what, String shell) {
        return new Command(what, shell, false);
    }

    public static Command destructive(String what, String shell) {
        return new Command(what, shell, true);
    }
}

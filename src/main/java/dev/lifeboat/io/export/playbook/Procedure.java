package dev.lifeboat.io.export.playbook;

import java.util.List;

/**
 * What a person does to bring one component back: the commands in order, and how to check it worked.
 * Commands are fixed templates written by Lifeboat, never text from the design: they refer to the
 * component through environment variables ({@code $C3_HOST}) that the operator sets, so that a name in the
 * design cannot become part of a command.
 *
 * @param steps  the commands, in order
 * @param verify a command that succeeds only when the component serves again
 */
record Procedure(List<Command> steps, Command verify) {

    /**
     * One command.
     *
     * @param what        what it does, for a person
     * @param shell       the command, for bash; {@code $P} stands for the component's variable prefix
     * @param destructive whether it discards or overwrites data, so that the script asks first
     */
    record Command(String what, String shell, boolean destructive) {
    }

    static Command cmd(String what, String shell) {
        return new Command(what, shell, false);
    }

    static Command destructive(String what, String shell) {
        return new Command(what, shell, true);
    }
}

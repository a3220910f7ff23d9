package dev.lifeboat.ui.command;

import dev.lifeboat.model.Durations;
import dev.lifeboat.model.Topology;

/**
 * Sets the design's time to notice logical corruption ({@link Topology#setDetectionTime}), or returns it to the
 * assumed default with null; undo restores what was there, given or assumed.
 */
public final class SetDetectionTimeCommand implements Command {

    private final Long seconds;
    private Long old;

    /** @param seconds the detection time, or null for the assumed default */
    public SetDetectionTimeCommand(Long seconds) {
        this.seconds = seconds;
    }

    @Override
    public void execute(Topology t) {
        old = t.isDetectionTimeSet() ? t.detectionTime() : null;
        t.setDetectionTime(seconds);
    }

    @Override
    public void undo(Topology t) {
        t.setDetectionTime(old);
    }

    @Override
    public String description() {
        return seconds == null ? "Assume the time to notice corruption"
                : "Set the time to notice corruption to " + Durations.format(seconds);
    }
}

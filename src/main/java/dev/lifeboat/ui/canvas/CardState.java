package dev.lifeboat.ui.canvas;

import java.util.List;

/**
 * What a component's card shows under the selected scenario and journey.
 *
 * @param rpo       the component's own RPO under the scenario, formatted
 * @param rto       its own RTO, formatted
 * @param wave      its recovery wave, 0 when the scenario leaves it with nothing to do
 * @param verdict   the colour meaning of the card
 * @param dimmed    true when a journey is selected and does not need the component
 * @param bottleneck true when it gives the selected journey its RPO
 * @param inCycle   true when it is part of a dependency cycle
 * @param problems  the objectives it breaks, as sentences
 * @param explanation the engine's explanation of its numbers
 */
public record CardState(String rpo, String rto, int wave, Verdict verdict, boolean dimmed, boolean bottleneck,
                        boolean inCycle, List<String> problems, String explanation) {

    /** One meaning per colour, everywhere in the designer; each also has a symbol so colour is never alone. */
    public enum Verdict {
        MISSES("\u2716", "verdict-misses"),
        ASSUMED("\u26A0", "verdict-assumed"),
        MEETS("\u2714", "verdict-meets"),
        NONE("", "verdict-none");

        private final String symbol;
        private final String styleClass;

        Verdict(String symbol, String styleClass) {
            this.symbol = symbol;
            this.styleClass = styleClass;
        }

        public String symbol() {
            return symbol;
        }

        public String styleClass() {
            return styleClass;
        }
    }
}

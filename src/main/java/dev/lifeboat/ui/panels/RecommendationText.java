package dev.lifeboat.ui.panels;

import dev.lifeboat.engine.recommend.Recommendation;
import dev.lifeboat.engine.recommend.Recommendation.Change;
import dev.lifeboat.engine.recommend.Recommendation.Kind;
import dev.lifeboat.engine.recommend.Recommendation.Option;
import dev.lifeboat.engine.recommend.Recommendation.Reached;
import dev.lifeboat.engine.recommend.Recommendation.Unreachable;
import dev.lifeboat.model.Choice;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.ListSetting;
import dev.lifeboat.model.Prices;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Setting;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.ui.panels.ResultsViewModel.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A recommendation in the designer's words: the same notation as the results tables (a number with ✔ or ✖ against
 * its objective, "unbounded" spelled out) and the status bar (monthly costs in whole units of the design's currency).
 * Every name is escaped and cut through {@link Printable}.
 */
public final class RecommendationText {

    private RecommendationText() {
    }

    /** The short name of an option's reason, for titles, the Edit menu and variant names: "best RTO". */
    public static String shortName(Kind kind) {
        return switch (kind) {
            case CHEAPEST -> "cheapest";
            case FEWEST_CHANGES -> "fewest changes";
            case BEST_RTO -> "best RTO";
            case CLOSEST -> "closest";
        };
    }

    /** Why the option is listed: "Cheapest · fewest changes · best RTO within 10% of the cheapest cost". */
    public static String kinds(Option o) {
        List<String> labels = new ArrayList<>();
        for (Kind k : o.kinds()) {
            labels.add(k.label());
        }
        String s = String.join(" \u00B7 ", labels);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The monthly cost difference as the compare window writes it: "+$412/month", "-$255/month", "no change". */
    public static String costDifference(Option o, Prices prices) {
        double delta = o.costDifference();
        if (Math.abs(delta) < 0.5) {
            return "no change in cost";
        }
        return (delta < 0 ? "-" : "+") + prices.formatWhole(Math.abs(delta)) + "/month";
    }

    /** The design's monthly total with the option, as the status bar writes it: "≈ $1,344/month". */
    public static String total(Option o, Prices prices) {
        return "\u2248 " + prices.formatWhole(o.monthlyCost()) + "/month";
    }

    /** "orders-db: PITR, synchronous replica in another zone". */
    public static String title(Change c) {
        return Printable.echo(c.component().name()) + ": " + Printable.echo(c.option(), 2 * Printable.ECHO_LIMIT);
    }

    /**
     * Each setting the change sets, by its label, with the value as the inspector shows it: "Backup interval: 1d",
     * "Replication: Synchronous", "Continuous archiving (PITR): on".
     */
    public static List<String> settings(Change c) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : c.values().entrySet()) {
            Setting<?> setting = c.component().kind().setting(e.getKey()).orElse(null);
            String label = setting == null ? e.getKey() : setting.label();
            if (setting instanceof ListSetting list && e.getValue() instanceof List<?> entries && !entries.isEmpty()) {
                // one line per entry, numbered as the inspector's cards and the explanations number them
                String noun = list.noun().isEmpty() ? label
                        : Character.toUpperCase(list.noun().charAt(0)) + list.noun().substring(1);
                for (int i = 0; i < entries.size(); i++) {
                    List<String> fields = new ArrayList<>();
                    if (entries.get(i) instanceof ListSetting.Entry entry) {
                        entry.values().forEach((key, value) -> {
                            Setting<?> field = list.field(key);
                            fields.add((field == null ? key : field.label()) + ": " + value(field, value));
                        });
                    }
                    out.add(Printable.echo(noun + " " + (i + 2) + " \u2014 " + String.join(", ", fields),
                            2 * Printable.ECHO_LIMIT));
                }
                continue;
            }
            out.add(Printable.echo(label) + ": " + Printable.echo(value(setting, e.getValue()),
                    2 * Printable.ECHO_LIMIT));
        }
        return out;
    }

    /** A value as the inspector shows it: a choice by its label, on or off, else as the setting writes it. */
    private static String value(Setting<?> setting, Object v) {
        if (v instanceof Choice ch) {
            return ch.label();
        }
        if (v instanceof Boolean b) {
            return b ? "on" : "off";
        }
        return setting == null ? String.valueOf(v) : setting.format(v);
    }

    /** "Also affects Sign in, Pay invoice" for a shared component; null when no other journey needs it. */
    public static String otherJourneys(Change c) {
        if (c.otherJourneys().isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (Journey j : c.otherJourneys()) {
            names.add(Printable.echo(j.name()));
        }
        return "Also affects " + String.join(", ", names);
    }

    /** A reached RPO as the results tables write it: "5s  ✔", "unbounded  ✖", or the number alone. */
    public static Figure rpo(Reached r) {
        return new Figure(r.rpo(), r.rpoObjective(), r.meetsRpo(), false);
    }

    public static Figure rto(Reached r) {
        return new Figure(r.rto(), r.rtoObjective(), r.meetsRto(), false);
    }

    /** The scenario's objectives as the compare window writes them: "15m / 5m", "- / 1h". */
    public static String objectives(Reached r) {
        return objective(r.rpoObjective()) + " / " + objective(r.rtoObjective());
    }

    private static String objective(TimeBound t) {
        return t == null ? "-" : t.toString();
    }

    /** One objective out of reach, in a sentence. */
    public static String outOfReach(Unreachable u) {
        String head = u.measure() + " " + u.objective() + " under " + u.scenario().label().toLowerCase(
                java.util.Locale.ROOT) + " is out of reach";
        if (u.bestReachable() == null) {
            return head + ": the journey needs a component in a dependency cycle, so there is no recovery order.";
        }
        if (u.limitedBy() != null) {
            return head + ": " + Printable.echo(u.limitedBy().name()) + " alone reaches no better than "
                    + u.bestReachable() + (u.limitedBy().kind().menu().isEmpty()
                    ? " (its kind has no menu: it keeps its settings)." : " with any option of its menu.");
        }
        return head + ": the best the menus reach is " + u.bestReachable() + ".";
    }

    /** The headline of a recommendation. */
    public static String headline(Recommendation r) {
        String journey = Printable.echo(r.journey().name());
        String s = switch (r.status()) {
            case ALREADY_MET -> journey + " meets every objective already: nothing to change.";
            case FOUND -> r.options().size() == 1
                    ? "One option makes " + journey + " meet every objective under every scenario."
                    : r.options().size() + " options make " + journey
                    + " meet every objective under every scenario; the cheapest first.";
            case OUT_OF_REACH -> "No combination of the menus' options makes " + journey
                    + " meet every objective.";
        };
        return r.proven() ? s : s + " (The search hit its time limit: the best found in time, not proven optimal.)";
    }
}

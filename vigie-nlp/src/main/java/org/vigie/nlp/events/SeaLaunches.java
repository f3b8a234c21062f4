package org.vigie.nlp.events;

import org.vigie.core.model.EventType;
import org.vigie.nlp.events.EventLexicon.Trigger;
import org.vigie.nlp.events.Scan.Hit;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Weapons fired at no one: "a tiré deux missiles en mer", "a lancé une roquette au large de ses côtes", "a lancé un
 * missile balistique vendredi". A launch whose only destination is the open sea, or a launch of a weapon of the kind
 * states test (a ballistic missile) aimed at no party or place, hits no one; it demonstrates military power, a
 * MOBILIZE of mode {@code weapons} (CAMEO 150, as a missile test), never an attack; the same weapon launched at a
 * party or place ("contre Israël") is an attack, whatever the verb of firing, and so is any weapon launched at
 * someone ("launched 40 drones at Kyiv"). The verbs of firing, the phrases of the open sea, the tested weapons and
 * the prepositions of aim are the {@code fire}, {@code sea}, {@code tested} and {@code aimed} rows of
 * {@code event-patterns.tsv}, the weapons its {@code arms} rows.
 */
final class SeaLaunches extends ScanPart {
    /** How far after the verb of firing the sea may be named ("a tiré lundi deux missiles balistiques de courte portée en mer"). */
    private static final int REACH = 12;

    SeaLaunches(Scan scan) {
        super(scan);
    }

    /**
     * A show of force at the verb of firing in {@code [k, end)}, when a phrase of the open sea follows it in its
     * clause before any named party (a party named first is the target: "a tiré des roquettes sur X") and before any
     * other trigger ("a lancé une offensive en mer": the object is an act of its own); else null.
     */
    Hit launchIntoSea(EventPatterns p, int k, int end, int b, BitSet covered) {
        List<String> forms = ix.forms();
        for (int j = end; j < b && j < end + REACH; j++) {
            if (p.startsAt(EventPatterns.Role.SEA, forms, j, b)) {
                return new Hit(k, end, new Trigger(EventType.MOBILIZE, WEAPONS, false, false, false, false));
            }
            int test = p.endAt(EventPatterns.Role.TESTED, forms, j, b);
            // aimed at someone ("a lancé des missiles balistiques contre X"), the same launch is an attack
            if (test > 0) return aimedAfter(p, test, b) ? new Hit(k, end, new Trigger(EventType.ASSAULT, null, false, false, false, false))
                    : new Hit(k, end, new Trigger(EventType.MOBILIZE, WEAPONS, false, false, false, false));
            // any weapon launched at a party or a place ("launched 40 drones at Kyiv", "a lancé des drones sur X") is
            // an attack, whether or not the verb is one of attack by itself (CAMEO 195, use of aerial weapons)
            int weapon = p.endAt(EventPatterns.Role.ARMS, forms, j, b);
            if (weapon > 0 && aimedAfter(p, weapon, b) && noSeaBefore(p, weapon, b)) {
                return new Hit(k, end, new Trigger(EventType.ASSAULT, null, false, false, false, false));
            }
            if (covered.get(j) || clauseStop(j) || ix.form(j).equals(",") || actorMention(j) != null) return null;
        }
        return null;
    }

    /**
     * Whether the rest of the clause after a weapon names a party or a place it is aimed at ("sur Kiev", "contre X"):
     * a weapon of the kind states test ({@code tested} rows: "un missile balistique") launched at no one is a test.
     */
    private boolean aimedAfter(EventPatterns p, int from, int b) {
        for (int j = from; j < b; j++) {
            if (clauseStop(j) || ix.form(j).equals(",")) return false;
            if (actorMention(j) != null || p.startsAt(EventPatterns.Role.AIMED, ix.forms(), j, b)) return true;
        }
        return false;
    }

    /** Whether no phrase of the open sea comes before the first aim in the rest of the clause ("fired missiles into the sea at dawn"). */
    private boolean noSeaBefore(EventPatterns p, int from, int b) {
        for (int j = from; j < b; j++) {
            if (clauseStop(j) || ix.form(j).equals(",") || p.startsAt(EventPatterns.Role.AIMED, ix.forms(), j, b)) return true;
            if (p.startsAt(EventPatterns.Role.SEA, ix.forms(), j, b)) return false;
        }
        return true;
    }

    /**
     * The attack verbs among {@code hits} that are verbs of firing ("a tiré deux missiles en mer") with the open sea
     * as their only destination, replaced by a show of force; the other hits unchanged.
     */
    List<Hit> intoSea(List<Hit> hits, String language, int b) {
        EventPatterns p = EventPatterns.of(language);
        BitSet covered = new BitSet();
        for (Hit h : hits) covered.set(h.start(), h.end());
        List<Hit> out = new ArrayList<>(hits);
        for (int i = 0; i < out.size(); i++) {
            Hit h = out.get(i);
            if (h.trigger().type() != EventType.ASSAULT || h.trigger().noun() || p.endAt(EventPatterns.Role.FIRE, ix.forms(), h.start(), b) != h.end()) continue;
            Hit sea = launchIntoSea(p, h.start(), h.end(), b, covered);
            if (sea != null) out.set(i, sea);
        }
        return out;
    }

    private static final String WEAPONS = "weapons";
}

package org.vigie.nlp.events;

import org.vigie.core.model.EventType;
import org.vigie.nlp.events.EventLexicon.Trigger;
import org.vigie.nlp.events.Scan.Hit;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Weapons fired at no one: "a tiré deux missiles en mer", "a lancé une roquette au large de ses côtes". A launch
 * whose only destination is the open sea hits no party; it demonstrates military power, a MOBILIZE of mode
 * {@code weapons} (CAMEO 150, as a missile test), never an attack. The verbs of firing and the phrases of the open sea
 * are the {@code fire} and {@code sea} rows of {@code event-patterns.tsv}.
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
            if (covered.get(j) || clauseStop(j) || ix.form(j).equals(",") || actorMention(j) != null) return null;
        }
        return null;
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

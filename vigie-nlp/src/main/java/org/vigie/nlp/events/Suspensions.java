package org.vigie.nlp.events;

import org.vigie.core.model.EventType;
import org.vigie.core.model.Mention;
import org.vigie.nlp.events.EventLexicon.Trigger;
import org.vigie.nlp.events.Scan.Hit;
import org.vigie.nlp.quotes.SpeechLexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * A member suspended or excluded from a body: "a suspendu le Niger de ses instances", "a exclu la Russie du
 * Conseil". Taking a party out of a body reduces relations with it, a SANCTION of that party (PETRARCH verb
 * dictionary: EXCLUDE * (FROM), CAMEO 160), whatever the verb codes alone ("a exclu toute négociation" stays a
 * rejection). The verbs are the {@code exclude} rows of {@code event-patterns.tsv}, the prepositions after the
 * member the {@code from} rows.
 */
final class Suspensions extends ScanPart {
    Suspensions(Scan scan) {
        super(scan);
    }

    /**
     * A sanction at the verb in {@code [k, end)} when its object, after determiners only, is a named party followed by
     * a preposition of origin ("suspendu [le] Niger de"); else null.
     */
    Hit memberTakenOut(EventPatterns p, int k, int end, int b, SpeechLexicon lex) {
        int j = end;
        while (j < b && lex.isDeterminer(ix.form(j))) j++;
        Mention m = j < b ? actorMention(j) : null;
        if (m == null) return null;
        int after = j;
        while (after < b && ix.mention(after) == m) after++;
        if (!p.startsAt(EventPatterns.Role.FROM, ix.forms(), after, b)) return null;
        return new Hit(k, end, new Trigger(EventType.SANCTION, null, false, false, true, false));
    }

    /** The hits at a verb of exclusion that take a named member out of a body, replaced by a sanction of it. */
    List<Hit> membersTakenOut(List<Hit> hits, SpeechLexicon lex, int b) {
        EventPatterns p = EventPatterns.of(lex.language());
        List<Hit> out = new ArrayList<>(hits);
        for (int i = 0; i < out.size(); i++) {
            Hit h = out.get(i);
            if (h.trigger().noun() || p.endAt(EventPatterns.Role.EXCLUDE, ix.forms(), h.start(), b) != h.end()) continue;
            Hit s = memberTakenOut(p, h.start(), h.end(), b, lex);
            if (s != null) out.set(i, s);
        }
        return out;
    }
}

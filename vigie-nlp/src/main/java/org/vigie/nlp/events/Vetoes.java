package org.vigie.nlp.events;

import org.vigie.core.model.EventType;
import org.vigie.nlp.events.EventLexicon.Trigger;
import org.vigie.nlp.events.Scan.Hit;
import org.vigie.nlp.quotes.SpeechLexicon;
import org.vigie.nlp.quotes.SpeechLexicon.Kind;

/**
 * A text of a body blocked by one of its members: "Hungary blocked a joint EU statement", "vetoed the Council's
 * resolution", "a bloqué une déclaration commune de l'UE". A verb of blocking ({@code veto} rows of
 * {@code event-patterns.tsv}) whose object, a few words on in its clause, is the noun of a collective text
 * ({@code text}: statement, resolution, proposal, decision, package) rejects that text: a REJECT (CAMEO 12 reject,
 * 1056/125 veto or reject a proposal) aimed at the body or party the object names, found as for any verb. The text
 * is not the act of its own words: what it would have said ("a statement condemning ...") is in the scope of the
 * rejection, not an act (the trigger has scope). A blocked road or a blocked payment is no rejection.
 */
final class Vetoes extends ScanPart {
    /** The most words between the verb and the text noun ("a joint European Union statement"). */
    private static final int REACH = 6;

    Vetoes(Scan scan) {
        super(scan);
    }

    /** A REJECT at the verb of blocking in {@code [k, end)} when a text noun follows in its clause; else null. */
    Hit vetoedText(EventPatterns p, int k, int end, int b, SpeechLexicon lex) {
        for (int j = end; j < b && j <= end + REACH; j++) {
            if (ix.isPunct(j) || clauseStop(j) || lex.is(ix.form(j), Kind.THAT) || lex.is(ix.form(j), Kind.REL)) return null;
            if (p.startsAt(EventPatterns.Role.TEXT, ix.forms(), j, b)) {
                return new Hit(k, end, new Trigger(EventType.REJECT, null, true, false, true, false));
            }
        }
        return null;
    }
}

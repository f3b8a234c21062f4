package org.vigie.nlp.events;

import org.vigie.core.model.EventType;
import org.vigie.nlp.events.EventLexicon.Trigger;
import org.vigie.nlp.events.Scan.Hit;
import org.vigie.nlp.quotes.SpeechLexicon;
import org.vigie.nlp.quotes.SpeechLexicon.Kind;

/**
 * An envoy recalled with words between the verb and its object: "a rappelé jeudi son ambassadeur", "a rappelé lundi
 * soir pour consultations ses diplomates". A verb of recalling ({@code recall} rows of {@code event-patterns.tsv})
 * whose object, a few words on, is a possessive determiner and an envoy noun ({@code envoy}) reduces relations, a
 * SANCTION (CAMEO 161), as the cue "rappelé son ambassadeur" is; the state of the posting is the target
 * ({@link ForceActors}). A verb followed by a clause ("a rappelé que"), by an envoy without a possessive ("a rappelé
 * aux ambassadeurs") or by a name is a reminder, not a recall.
 */
final class EnvoyRecalls extends ScanPart {
    /** The most words between the verb and the possessive ("jeudi soir pour consultations"). */
    private static final int REACH = 4;

    EnvoyRecalls(Scan scan) {
        super(scan);
    }

    /** A SANCTION over the verb of recalling in {@code [k, end)} and the envoy it takes back; else null. */
    Hit recalledEnvoy(EventPatterns p, int k, int end, int b, SpeechLexicon lex) {
        for (int j = end; j < b && j <= end + REACH; j++) {
            if (ix.isPunct(j) || clauseStop(j) || actorMention(j) != null || lex.is(ix.form(j), Kind.THAT)) return null;
            if (!lex.is(ix.form(j), Kind.POSS)) continue;
            int envoy = p.endAt(EventPatterns.Role.ENVOY, ix.forms(), j + 1, b);
            return envoy < 0 ? null : new Hit(k, envoy, new Trigger(EventType.SANCTION, "withdraw", false, false, false, false));
        }
        return null;
    }
}

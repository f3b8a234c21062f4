package org.vigie.nlp.events;

import org.vigie.core.model.Mention;
import org.vigie.nlp.events.Scan.Hit;
import org.vigie.nlp.lang.LanguagePack;
import org.vigie.nlp.quotes.SpeechLexicon;
import org.vigie.nlp.quotes.SpeechLexicon.Kind;

import java.util.List;
import java.util.Set;

/**
 * A name in a clause of experience right after an event noun: "the largest protest the Serbian capital has seen",
 * "the worst attack the country had ever known", "la plus grande manifestation que Belgrade ait connue". The clause
 * only measures the event against the past of the place: its subject is neither the event's actor nor its target,
 * nor an actor of the sentence's other acts. The verbs of experience are the language's {@code experience-verbs.txt}.
 */
final class ExperienceClauses extends ScanPart {
    /** The most words between the name and the verb: the rest of its phrase, auxiliaries, adverbs ("has ever"). */
    private static final int REACH = 4;

    ExperienceClauses(Scan scan) {
        super(scan);
    }

    /** Marks, in {@link Scan#experiencers}, the names of {@code [a, b)} that open a clause of experience after a noun hit. */
    void mark(List<Hit> hits, int a, int b, SpeechLexicon lex) {
        Set<String> verbs = LanguagePack.of(lex.language()).words("experience-verbs.txt");
        if (verbs.isEmpty()) return;
        for (Hit h : hits) {
            if (!h.trigger().noun()) continue;
            int k = h.end();
            // ("que Belgrade ait connue": French opens the clause with its relative pronoun)
            if (k < b && lex.is(ix.form(k), Kind.REL)) k++;
            while (k < b && lex.isDeterminer(ix.form(k))) k++;
            Mention m = k < b ? ix.mention(k) : null;
            if (m == null) continue;
            int after = ix.firstTokenAtOrAfter(m.end());
            for (int j = after; j < b && j <= after + REACH; j++) {
                if (ix.isPunct(j)) break;
                if (!verbs.contains(ix.form(j))) continue;
                for (int t = k; t < after; t++) scan.experiencers.set(t);
                break;
            }
        }
    }
}

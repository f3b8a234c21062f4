package org.vigie.nlp.events;

import org.vigie.core.model.EventType;
import org.vigie.nlp.events.EventLexicon.Frame;
import org.vigie.nlp.events.EventLexicon.Trigger;
import org.vigie.nlp.events.Scan.Frm;
import org.vigie.nlp.events.Scan.Hit;
import org.vigie.nlp.quotes.SpeechLexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * A reprisal announced: "Tehran would respond decisively to any attack", "vowed to hit back at Guyana", "Pékin
 * ripostera à toute nouvelle taxe". A verb of response ({@code reprisal} in force-words.tsv) right after a modal of
 * the future or a word of intent ({@code @aux} of mode future, {@code @intent} in event-cues.tsv), or a response verb
 * already in the future ({@code reprisal-future}, French "ripostera"), is a threat (CAMEO 13; the PETRARCH verb
 * dictionary codes VOW TO RETALIATE 138) aimed at the one whose act it would answer, found as for any threat. A
 * response given ("responded to questions", "Israel hit back at Hezbollah") is no threat; a refused one ("would not
 * respond") is left alone.
 */
final class Reprisals extends ScanPart {
    Reprisals(Scan scan) {
        super(scan);
    }

    /** The hits with a THREATEN added at each announced reprisal of {@code [a, b)} that no hit covers yet. */
    List<Hit> announced(List<Hit> hits, int a, int b, SpeechLexicon lex, List<Frm> frames) {
        ForceWords w = ForceWords.of(lex.language());
        List<Hit> out = null;
        for (int k = a; k < b; k++) {
            int end = w.end("reprisal-future", ix.forms(), k, b);
            if (end < 0) {
                end = w.end("reprisal", ix.forms(), k, b);
                if (end < 0 || !announcedBefore(k, frames)) continue;
            }
            if (covered(hits, k)) continue;
            if (out == null) out = new ArrayList<>(hits);
            out.add(new Hit(k, end, new Trigger(EventType.THREATEN, null, true, false, true, false)));
            k = end - 1;
        }
        if (out == null) return hits;
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    /** Whether a modal of the future or a word of intent ends right before token {@code k}. */
    private static boolean announcedBefore(int k, List<Frm> frames) {
        for (Frm f : frames) {
            if (f.end() != k) continue;
            if (f.word().frame() == Frame.INTENT || f.word().frame() == Frame.AUX && "future".equals(f.word().mode())) return true;
        }
        return false;
    }

    private static boolean covered(List<Hit> hits, int k) {
        for (Hit h : hits) if (h.start() <= k && k < h.end()) return true;
        return false;
    }
}

package org.vigie.nlp.events;

import org.vigie.core.model.*;
import org.vigie.nlp.events.EventLexicon.Trigger;
import org.vigie.nlp.events.Scan.Hit;
import org.vigie.nlp.kb.KbEntry;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.nlp.quotes.SpeechLexicon;

import java.util.*;

/**
 * Hits that report no act of their own and are dropped or reclassified before events are built: triggers a refusal
 * governs, acts a release undoes, claims a rejection answers, the content of a meeting or of a protest; and, at
 * document level, one event per reported action.
 */
final class HitFilters extends ScanPart {
    HitFilters(Scan scan) {
        super(scan);
    }

    /**
     * "postponed their meeting", "the talks with X were delayed": a meeting or talks that are the object of a verb of
     * postponement ({@code postpone} in {@code event-patterns.tsv}), right before them (determiners, possessives and
     * lower-case modifiers between) or after them as a passive in the same clause, did not take place: no meeting.
     */
    void withoutPostponedMeetings(List<Hit> hits, int a, int b, List<Scan.Frm> frames, BitSet suppressed, SpeechLexicon lex) {
        EventPatterns p = EventPatterns.of(lex.language());
        if (!p.has(EventPatterns.Role.POSTPONE)) return;
        List<String> forms = ix.forms();
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            if (hit.trigger().type() != EventType.CONSULT || !hit.trigger().noun()) continue;
            boolean postponed = false;
            for (int j = Math.max(a, hit.start() - 4); j < hit.start() && !postponed; j++) {
                int end = p.endAt(EventPatterns.Role.POSTPONE, forms, j, hit.start());
                // ("after a short delay the talks opened": after a determiner, the word is a noun, no verb)
                if (end < 0 || j > a && lex.isDeterminer(forms.get(j - 1))) continue;
                boolean object = true;
                for (int k = end; k < hit.start(); k++) {
                    object &= lex.isDeterminer(forms.get(k)) || !ix.isPunct(k) && !ix.isCapitalised(k) && ix.mention(k) == null
                            && lex.kindOf(forms.get(k)) == null;
                }
                postponed = object;
            }
            for (int j = hit.end(); j < Math.min(b, hit.end() + 10) && !postponed && !ix.isPunct(j); j++) {
                postponed = startsFrame(frames, EventLexicon.Frame.PASSIVE, j) && p.startsAt(EventPatterns.Role.POSTPONE, forms, j + 1, b);
            }
            if (postponed) suppressed.set(h);
        }
    }

    /**
     * "five days after the meeting", "since last month's invasion", "following their talks with X": a definite noun
     * of an act (an article, a possessive determiner or a genitive "'s" marks it as known) right after a word opening
     * what has already happened or a preposition of time reference ({@code @background} in event-cues.tsv,
     * {@code background-prepositions.txt}: "before", "après"), with only modifiers and names between and no subject
     * and verb, refers to an act reported elsewhere to date the sentence's own; it names no act the sentence reports. A
     * bare or indefinite noun ("after talks with X", "following a demonstration") introduces the act: it stays.
     */
    void withoutBackgroundNouns(List<Hit> hits, int a, List<Scan.Frm> frames, BitSet suppressed, SpeechLexicon lex) {
        for (int h = 0; h < hits.size(); h++) {
            if (hits.get(h).trigger().noun() && afterBackgroundWord(hits.get(h).start(), a, frames, lex)) suppressed.set(h);
        }
    }

    private boolean afterBackgroundWord(int noun, int a, List<Scan.Frm> frames, SpeechLexicon lex) {
        Set<String> subjects = tableWords(lex.language(), "pronouns.tsv", "use", "subject", "form");
        // a lower-case word seen between a name and the noun: the name may be a subject and the word its verb
        boolean verbPossible = false, definite = false;
        for (int k = noun - 1; k >= a && k >= noun - 7; k--) {
            if (startsFrame(frames, EventLexicon.Frame.BACKGROUND, k) || listed(k, "background-prepositions.txt")) return definite;
            String f = ix.form(k);
            if (f.equals("'s") || f.equals("’s") || f.equals("'")) {
                verbPossible = false;
                definite = true;
                continue;
            }
            if (ix.isPunct(k) && !f.equals("-")) return false;
            if (ix.mention(k) != null || ix.isCapitalised(k)) {
                if (verbPossible) return false;
                continue;
            }
            if (subjects.contains(f)) return false;
            if (listed(k, "articles.txt") || lex.is(f, org.vigie.nlp.quotes.SpeechLexicon.Kind.POSS)) definite = true;
            else if (!lex.isDeterminer(f) && !f.equals("-")) verbPossible = true;
        }
        return false;
    }

    /**
     * One event per reported action: a lead ("l'UE frappait de sanctions ...") and the paragraph detailing it
     * ("L'UE a gelé ...") report one act, so a later event of the same type between the same actors, on no other
     * date and with the same polarity, repeats an earlier one.
     */
    static List<Event> onePerAction(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            boolean repeat = false;
            for (Event o : out) {
                if (o.type() == e.type() && o.negated() == e.negated() && o.actor1().entity().equals(e.actor1().entity())
                        && Objects.equals(entity(o.actor2()), entity(e.actor2()))
                        && (o.date() == null || e.date() == null || o.date().equals(e.date()))) {
                    repeat = true;
                    break;
                }
            }
            if (!repeat) out.add(e);
        }
        return out;
    }

    /**
     * "refused to meet X": a rejection verb governing, through its infinitive marker, an act the lexicon knows is no
     * event of its own; the act is kept, negated by the negation cue "refused to", as CAMEO codes a refused
     * cooperation. A refusal of an act no cue names ("refused to respond to a demand") stays a rejection.
     */
    List<Hit> withoutRefusalsOfTriggers(List<Hit> hits) {
        List<Hit> out = new ArrayList<>();
        for (Hit h : hits) {
            boolean governs = false;
            if (h.trigger().type() == EventType.REJECT && !h.trigger().noun() && h.end() < ix.size() && listed(h.end(), "infinitive-marks.txt")) {
                for (Hit o : hits) if (o.start() == h.end() + 1 && !o.trigger().noun()) governs = true;
            }
            if (!governs) out.add(h);
        }
        return out;
    }

    /**
     * "released a statement", "satellite images released Monday", "the report released by X": a verb of release
     * whose object is a document, a picture or a statement (the first noun after it, determiners and lower-case
     * modifiers between, or the noun right before it as a participle) publishes it and frees no one (CAMEO 084 is the
     * return or release of persons or property).
     */
    List<Hit> withoutPublications(List<Hit> hits) {
        List<Hit> out = new ArrayList<>();
        for (Hit o : hits) {
            boolean published = false;
            if (o.trigger().type() == EventType.RETREAT && "release".equals(o.trigger().mode()) && !o.trigger().noun()) {
                published = o.start() > 0 && document(o.start() - 1);
                for (int k = o.end(); k < ix.size() && k < o.end() + 4 && !published; k++) {
                    if (document(k)) published = true;
                    else if (ix.isPunct(k) || ix.isCapitalised(k) || ix.mention(k) != null) break;
                }
            }
            if (!published) out.add(o);
        }
        return out;
    }

    /**
     * "a saisi la Cour internationale de justice", "a saisi la justice": in French, seizing a court or an
     * international body ({@code court-nouns.txt}, or a knowledge-base organisation of kind court or igo) is taking
     * a matter to it, no seizure (COERCE); the referral names no party seized, so it is no event of its own.
     */
    List<Hit> withoutCourtReferrals(List<Hit> hits, SpeechLexicon lex) {
        List<Hit> out = new ArrayList<>();
        for (Hit o : hits) {
            if (!"seize".equals(o.trigger().mode()) || o.trigger().noun() || !courtAfter(o.end(), lex)) out.add(o);
        }
        return out;
    }

    private boolean courtAfter(int from, SpeechLexicon lex) {
        int k = from;
        while (k < ix.size() && k < from + 3 && lex.isDeterminer(ix.form(k))) k++;
        if (k >= ix.size() || ix.isPunct(k)) return false;
        if (listed(k, "court-nouns.txt")) return true;
        Mention m = ix.mention(k);
        if (m == null) return false;
        String kind = KnowledgeBase.get().entry(m.entityId()).map(KbEntry::kind).orElse("");
        return kind.equals("court") || kind.equals("igo");
    }

    private boolean document(int k) {
        return listed(k, "document-nouns.txt") || listed(k, "statement-nouns.txt") || listed(k, "picture-words.txt");
    }

    /** Acts whose object may be a demand they answer: yielding to it, rejecting it. */
    private static final Set<EventType> ANSWERS = EnumSet.of(EventType.CONCEDE, EventType.REJECT);

    /**
     * "conceded to demands from X", "bowed to Chile's demands", "rejected the demands of X": a demand that is the
     * object of a verb of yielding or rejection (at most four words after it, no punctuation between, and read as a
     * noun: after "to", a determiner, a possessive or a name) is the demand answered, one act with the answer (CAMEO
     * 080-083 yield, accede to demands; 120-124 reject), not a request of its own.
     */
    List<Hit> withoutAnsweredDemands(List<Hit> hits, SpeechLexicon lex) {
        List<Hit> out = new ArrayList<>();
        for (Hit o : hits) {
            boolean answered = false;
            if (o.trigger().type() == EventType.REQUEST && o.start() > 0) {
                String before = ix.form(o.start() - 1);
                boolean noun = o.trigger().noun() || before.equals("to") || lex.isDeterminer(before)
                        || lex.is(before, org.vigie.nlp.quotes.SpeechLexicon.Kind.POSS) || before.equals("'s") || before.equals("\u2019s");
                for (Hit h : hits) {
                    if (!noun || h.trigger().noun() || !ANSWERS.contains(h.trigger().type()) || h.end() > o.start() || o.start() - h.end() > 4) continue;
                    if (!punctuationBetween(h.end(), o.start())) answered = true;
                }
            }
            if (!answered) out.add(o);
        }
        return out;
    }

    /** Acts of cooperation a sanction stops ("halted aid", "suspended talks", "cancelled a visit"). */
    private static final Set<EventType> COOPERATIVE = EnumSet.of(EventType.AID, EventType.SUPPORT, EventType.COOPERATE,
            EventType.CONSULT, EventType.AGREE);

    /**
     * "lifted the curfew", "eased the blockade", "withdrew its sanctions": the act a release, withdrawal or
     * concession undoes is its object (at most four words after the verb, no punctuation between), not an act of
     * its own; undoing a curfew is no coercion. Likewise the cooperation a sanction stops ("halted aid", "cancelled
     * a planned visit") is not given, and the cooperation an agreement is about ("signed a treaty of friendship and
     * cooperation") is the agreement's content, one act with it.
     */
    List<Hit> withoutUndoneActs(List<Hit> hits) {
        List<Hit> out = new ArrayList<>();
        for (Hit o : hits) {
            boolean undone = false;
            for (Hit h : hits) {
                if (!o.trigger().noun() || h.trigger().noun() || o.start() < h.end() || o.start() - h.end() > 4) continue;
                boolean undoing = h.trigger().type() == EventType.RETREAT || h.trigger().type() == EventType.CONCEDE;
                boolean stopping = h.trigger().type() == EventType.SANCTION && COOPERATIVE.contains(o.trigger().type());
                // "signed a treaty of friendship and cooperation": what an agreement is about is not done yet
                boolean content = h.trigger().type() == EventType.AGREE && COOPERATIVE.contains(o.trigger().type());
                if (!undoing && !stopping && !content) continue;
                boolean clause = true;
                for (int k = h.end(); k < o.start(); k++) if (ix.isPunct(k)) clause = false;
                if (clause) undone = true;
            }
            if (!undone) out.add(o);
        }
        return out;
    }

    /**
     * "condemned as unacceptable allegations by X that it had ...", "rejected the accusations of X": a verb of
     * condemnation or rejection whose object is a claim noun ({@code claim} in event-patterns.tsv) rejects that
     * claim, one REJECT toward its author (the object search finds "by X"); the claim reported is no accusation
     * of its own, in either direction.
     */
    List<Hit> rejectedClaims(List<Hit> hits, int b, SpeechLexicon lex) {
        EventPatterns p = EventPatterns.of(lex.language());
        List<Hit> out = new ArrayList<>(hits);
        for (int i = 0; i < out.size(); i++) {
            Hit h = out.get(i);
            EventType t = h.trigger().type();
            if (h.trigger().noun() || t != EventType.ACCUSE && t != EventType.REJECT) continue;
            for (int j = h.end(); j < b && j < h.end() + 9; j++) {
                if (clauseStop(j) || ix.form(j).equals(",") || ix.mention(j) != null) break;
                if (!p.startsAt(EventPatterns.Role.CLAIM, ix.forms(), j, b)) continue;
                final int claim = j;
                out.removeIf(o -> o.trigger().noun() && o.start() == claim);
                i = out.indexOf(h);
                Trigger r = h.trigger();
                out.set(i, new Hit(h.start(), h.end(), new Trigger(EventType.REJECT, r.mode(), r.scope(), false, r.needsTarget(), false)));
                break;
            }
        }
        return out;
    }

    /**
     * "held talks with X during a visit to Y, offering further support to Y": support or aid offered in a participle
     * clause after a meeting is what the meeting was about, told as its circumstance; the meeting is the event.
     */
    /**
     * "renewed negotiations today on an Israeli troop pullback", "talks about a ceasefire": a noun after a meeting
     * and a preposition of topic ({@code topic} in event-patterns.tsv) in the same clause is what is discussed, not
     * done.
     */
    private boolean topicOfTalks(Hit o, List<Hit> hits, EventPatterns p) {
        if (!o.trigger().noun() || o.trigger().type() == EventType.CONSULT) return false;
        for (Hit h : hits) {
            if (h.trigger().type() != EventType.CONSULT || h.end() > o.start() || o.start() - h.end() > 10) continue;
            int prep = -1;
            boolean clause = true;
            for (int k = h.end(); k < o.start(); k++) {
                if (ix.isPunct(k)) clause = false;
                if (p.startsAt(EventPatterns.Role.TOPIC, ix.forms(), k, k + 1)) prep = k;
            }
            if (!clause || prep < 0 || o.start() - prep > 4) continue;
            // only determiners and modifiers between the preposition and the noun ("on Monday after the attack" is a date)
            boolean phrase = true;
            for (int k = prep + 1; k < o.start(); k++) {
                if (ix.mention(k) != null && !scan.groups.isStateAdjective(k) || ix.isCapitalised(k) && ix.mention(k) == null) phrase = false;
            }
            if (phrase) return true;
        }
        return false;
    }

    /**
     * "blocked roads in the capital demanding that he be reinstated", "a demonstration calling for his removal": a
     * demand in a participle after a protest is what the protesters want, the protest is the event (PLOVER codes
     * demonstrations for a demand as PROTEST).
     */
    private boolean demandOfProtest(Hit o, List<Hit> hits) {
        if (o.trigger().noun() || o.trigger().type() != EventType.REQUEST || !endsWithListed(o.start(), "gerund-endings.txt")) return false;
        for (Hit h : hits) {
            if (h.trigger().type() != EventType.PROTEST || h.end() > o.start() || o.start() - h.end() > 10) continue;
            boolean clause = true;
            for (int k = h.end(); k < o.start(); k++) if (ix.form(k).equals(";") || ix.form(k).equals(":")) clause = false;
            if (clause) return true;
        }
        return false;
    }

    private static final Set<EventType> OFFERED = EnumSet.of(EventType.AID, EventType.SUPPORT, EventType.COOPERATE);

    List<Hit> withoutMeetingContent(List<Hit> hits, int a, SpeechLexicon lex) {
        EventPatterns p = EventPatterns.of(lex.language());
        List<Hit> out = new ArrayList<>();
        for (Hit o : hits) {
            boolean content = topicOfTalks(o, hits, p) || demandOfProtest(o, hits);
            if (!content && o.trigger().noun() && OFFERED.contains(o.trigger().type())) {
                for (int k = o.start() - 1; k > a && k >= o.start() - 4 && !content; k--) {
                    if (ix.isPunct(k) || ix.mention(k) != null) break;
                    if (!endsWithListed(k, "gerund-endings.txt") || !ix.form(k - 1).equals(",")) continue;
                    for (Hit h : hits) if (h.trigger().type() == EventType.CONSULT && h.end() < k) content = true;
                }
            }
            if (!content) out.add(o);
        }
        return out;
    }
}

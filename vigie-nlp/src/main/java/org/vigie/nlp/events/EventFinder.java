package org.vigie.nlp.events;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.*;
import org.vigie.nlp.entities.GroupActors;
import org.vigie.nlp.events.EventLexicon.Frame;
import org.vigie.nlp.events.EventLexicon.FrameWord;
import org.vigie.nlp.events.EventLexicon.Trigger;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.nlp.lang.LanguagePack;
import org.vigie.nlp.quotes.PhraseMatcher;
import org.vigie.nlp.quotes.Referents;
import org.vigie.nlp.quotes.Referents.Referent;
import org.vigie.nlp.quotes.SpeechLexicon;
import org.vigie.nlp.quotes.SpeechLexicon.Kind;
import org.vigie.nlp.quotes.TextIndex;

import java.util.*;

/** The work of {@link EventAnnotator} on one document, sentence by sentence. */
final class EventFinder {
    private static final Set<EventType> SYMMETRIC = EnumSet.of(EventType.CONSULT, EventType.AGREE, EventType.COOPERATE);

    private record Hit(int start, int end, Trigger trigger) {
    }

    private record Frm(int start, int end, FrameWord word) {
    }

    private final Document doc;
    private final TextIndex ix;
    private final SpeechLexicon[] speech;
    private final BitSet quoted = new BitSet();
    private final Referents refs;
    private final List<TimeExpression> times;
    private final List<Span> paragraphs;
    private final Seats seats;

    EventFinder(Document doc, List<SpeechLexicon> all) {
        this.doc = doc;
        this.ix = TextIndex.of(doc);
        this.speech = SpeechLexicon.forSentences(ix, all);
        for (Quote q : doc.layerOrEmpty(LayerKind.QUOTES)) {
            if (!q.direct()) continue;
            for (int k = ix.firstTokenAtOrAfter(q.start()); k < ix.size() && ix.token(k).end() <= q.end(); k++) quoted.set(k);
        }
        this.refs = new Referents(ix, speech, quoted);
        for (Quote q : doc.layerOrEmpty(LayerKind.QUOTES)) {
            if (q.speaker() != null && q.cue() != null) refs.noteSpeaker(ix.firstTokenAtOrAfter(q.cue().start()), q.speaker());
        }
        this.times = doc.layerOrEmpty(LayerKind.TIMES);
        this.paragraphs = paragraphs(doc);
        this.seats = Seats.of(ix, KnowledgeBase.get(), k -> {
            SpeechLexicon l = refs.lexiconAt(k);
            return l != null && l.isDeterminer(ix.form(k));
        }, k -> {
            SpeechLexicon l = refs.lexiconAt(k);
            return l != null && l.kindAt(ix, k) == Kind.PREP;
        }, k -> {
            SpeechLexicon l = refs.lexiconAt(k);
            Optional<EventLexicon> e = l == null ? Optional.empty() : EventLexicon.of(l.language());
            if (e.isEmpty()) return false;
            if (e.get().isCityPreposition(ix.form(k))) return true;
            // "la ville frontalière de Dravnik", "the border town of Dravnik", "the capital, Korvan"
            boolean link = l.is(ix.form(k), Kind.LINK) || ix.form(k).equals(",");
            for (int j = link ? k - 1 : k; j >= 0 && j >= k - 3; j--) {
                if (e.get().isCityNoun(ix.form(j))) return true;
                if (ix.isPunct(j)) break;
            }
            return false;
        }, k -> {
            SpeechLexicon l = refs.lexiconAt(k);
            if (l == null) return false;
            Kind kind = l.kindAt(ix, k);
            return kind == Kind.PREP || kind == Kind.LINK || kind == Kind.SOURCE || l.is(ix.form(k), Kind.LINK);
        });
    }

    /**
     * Body paragraphs, where reported actions are: headlines, navigation and captions only echo them. Without a
     * blocks layer every line counts.
     */
    private static List<Span> paragraphs(Document doc) {
        if (!doc.has(LayerKind.BLOCKS)) return null;
        List<Span> out = new ArrayList<>();
        for (Block b : doc.blocks()) if (b.kind() == Block.Kind.PARAGRAPH) out.add(b.span());
        return out;
    }

    private boolean inParagraph(int s) {
        if (paragraphs == null) return true;
        Span span = ix.sentenceSpan(s);
        for (Span p : paragraphs) if (p.contains(span.start())) return true;
        return false;
    }

    List<Event> run() {
        List<Event> out = new ArrayList<>();
        for (int s = 0; s < ix.sentenceCount(); s++) {
            SpeechLexicon lex = speech[s];
            if (lex == null || !inParagraph(s)) continue;
            Optional<EventLexicon> ev = EventLexicon.of(lex.language());
            if (ev.isPresent()) sentence(s, lex, ev.get(), out);
        }
        deniedInQuotes(out);
        return List.copyOf(onePerAction(out));
    }

    /**
     * A direct quote that negates force or hostility ("« elles ne menacent personne », a déclaré X", "“Valdoria
     * never had aggressive intentions,” X said") is a denial: a REJECT by its speaker, in the sentence of its cue,
     * unless that sentence or the one before already reports a denial by the speaker's side. The quote's language
     * must have event cues.
     */
    private void deniedInQuotes(List<Event> out) {
        for (Quote q : doc.layerOrEmpty(LayerKind.QUOTES)) {
            if (!q.direct() || q.speaker() == null || q.language() == null) continue;
            Optional<EventLexicon> ev = EventLexicon.of(q.language());
            if (ev.isEmpty()) continue;
            int from = ix.firstTokenAtOrAfter(q.start()), to = from;
            while (to < ix.size() && ix.token(to).end() <= q.end()) to++;
            if (!negatesForce(ev.get(), from, to)) continue;
            int at = ix.firstTokenAtOrAfter(q.cue() != null ? q.cue().start() : q.start());
            if (at >= ix.size()) continue;
            int s = ix.sentenceOf(at);
            if (s < 0 || !inParagraph(s)) continue;
            Span evidence = ix.sentenceSpan(s);
            EntityRef speaker = seats.resolve(q.speaker());
            // the quote often repeats a denial the text has just reported ("La présidence a nié tout projet
            // d'invasion. « Nous n'avons aucune intention d'attaquer », a déclaré son porte-parole")
            Span previous = s > 0 ? ix.sentenceSpan(s - 1) : evidence;
            boolean known = false;
            for (Event e : out) {
                boolean near = e.evidence().equals(evidence) || e.evidence().equals(previous);
                if (e.type() == EventType.REJECT && near && seats.sideOf(e.actor1()).equals(seats.sideOf(speaker))) known = true;
            }
            if (known) continue;
            out.add(new Event(EventType.REJECT, null, speaker, null, null, dateAt(evidence, ix.token(at).start()), false, evidence));
        }
    }

    /** A negation cue followed within four tokens by a word of force or hostility, in {@code [from, to)}. */
    private boolean negatesForce(EventLexicon ev, int from, int to) {
        for (PhraseMatcher.Match<FrameWord> m : ev.frames().findAll(ix.forms(), from, to)) {
            if (m.value().frame() != Frame.HOSTILE) continue;
            for (int k = Math.max(from, m.start() - 4); k < m.start(); k++) {
                if (ev.negations().longestAt(ix.forms(), k, m.start()).isPresent()) return true;
            }
        }
        return false;
    }

    /**
     * One event per reported action: a lead ("l'UE frappait de sanctions ...") and the paragraph detailing it
     * ("L'UE a gelé ...") report one act, so a later event of the same type between the same actors, on no other
     * date and with the same polarity, repeats an earlier one.
     */
    private static List<Event> onePerAction(List<Event> events) {
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
    private List<Hit> withoutRefusalsOfTriggers(List<Hit> hits) {
        List<Hit> out = new ArrayList<>();
        for (Hit h : hits) {
            boolean governs = false;
            if (h.trigger.type() == EventType.REJECT && !h.trigger.noun() && h.end < ix.size() && ix.form(h.end).equals("to")) {
                for (Hit o : hits) if (o.start == h.end + 1 && !o.trigger.noun()) governs = true;
            }
            if (!governs) out.add(h);
        }
        return out;
    }

    /**
     * "The administration declared that China must drop barriers": an obligation put on another named actor in
     * reported speech (an indirect quote, or the clause after "that" of a verb of saying) is a demand of the speaker
     * to that actor, as CAMEO codes it (10) and as "demanded that China drop" would be. The obliged actor is named
     * right before the modal; a pronoun, a quoted word or the speaker itself is no one else.
     */
    private Event obligationDemand(int a, int b, SpeechLexicon lex, EventLexicon ev, Span evidence) {
        for (int k = a + 1; k < b; k++) {
            if (!ev.isObligation(ix.form(k)) || quoted.get(k)) continue;
            Mention obliged = actorMention(k - 1);
            if (obliged == null) obliged = addresseeOfPronoun(k - 1, a, lex);
            if (obliged == null) continue;
            EntityRef speaker = null;
            for (Quote q : doc.layerOrEmpty(LayerKind.QUOTES)) {
                if (!q.direct() && q.speaker() != null && q.span().contains(ix.token(k).span())) speaker = q.speaker();
            }
            if (speaker == null) {
                boolean that = false;
                for (int t = a; t < k - 1 && !that; t++) that = lex.is(ix.form(t), Kind.THAT);
                if (that) speaker = reportingSpeakerOrState(new Hit(k, k + 1, null), k - 1, a, lex);
            }
            if (speaker == null) continue;
            EntityRef target = seats.resolve(refs.actor(obliged));
            speaker = seats.resolve(speaker);
            if (target == null || speaker == null || target.entity().equals(speaker.entity())) continue;
            return new Event(EventType.REQUEST, null, speaker, target, null, dateAt(evidence, ix.token(k).start()), false, evidence);
        }
        return null;
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
    private List<Hit> withoutUndoneActs(List<Hit> hits) {
        List<Hit> out = new ArrayList<>();
        for (Hit o : hits) {
            boolean undone = false;
            for (Hit h : hits) {
                if (!o.trigger.noun() || h.trigger.noun() || o.start < h.end || o.start - h.end > 4) continue;
                boolean undoing = h.trigger.type() == EventType.RETREAT || h.trigger.type() == EventType.CONCEDE;
                boolean stopping = h.trigger.type() == EventType.SANCTION && COOPERATIVE.contains(o.trigger.type());
                // "signed a treaty of friendship and cooperation": what an agreement is about is not done yet
                boolean content = h.trigger.type() == EventType.AGREE && COOPERATIVE.contains(o.trigger.type());
                if (!undoing && !stopping && !content) continue;
                boolean clause = true;
                for (int k = h.end; k < o.start; k++) if (ix.isPunct(k)) clause = false;
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
    private List<Hit> rejectedClaims(List<Hit> hits, int b, SpeechLexicon lex) {
        EventPatterns p = EventPatterns.of(lex.language());
        List<Hit> out = new ArrayList<>(hits);
        for (int i = 0; i < out.size(); i++) {
            Hit h = out.get(i);
            EventType t = h.trigger.type();
            if (h.trigger.noun() || t != EventType.ACCUSE && t != EventType.REJECT) continue;
            for (int j = h.end; j < b && j < h.end + 9; j++) {
                if (clauseStop(j) || ix.form(j).equals(",") || ix.mention(j) != null) break;
                if (!p.startsAt(EventPatterns.Role.CLAIM, ix.forms(), j, b)) continue;
                final int claim = j;
                out.removeIf(o -> o.trigger.noun() && o.start == claim);
                i = out.indexOf(h);
                Trigger r = h.trigger;
                out.set(i, new Hit(h.start, h.end, new Trigger(EventType.REJECT, r.mode(), r.scope(), false, r.needsTarget(), false)));
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
        if (!o.trigger.noun() || o.trigger.type() == EventType.CONSULT) return false;
        for (Hit h : hits) {
            if (h.trigger.type() != EventType.CONSULT || h.end > o.start || o.start - h.end > 10) continue;
            int prep = -1;
            boolean clause = true;
            for (int k = h.end; k < o.start; k++) {
                if (ix.isPunct(k)) clause = false;
                if (p.startsAt(EventPatterns.Role.TOPIC, ix.forms(), k, k + 1)) prep = k;
            }
            if (!clause || prep < 0 || o.start - prep > 4) continue;
            // only determiners and modifiers between the preposition and the noun ("on Monday after the attack" is a date)
            boolean phrase = true;
            for (int k = prep + 1; k < o.start; k++) {
                if (ix.mention(k) != null && !isStateAdjective(k) || ix.isCapitalised(k) && ix.mention(k) == null) phrase = false;
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
        if (o.trigger.noun() || o.trigger.type() != EventType.REQUEST || !ix.form(o.start).endsWith("ing")) return false;
        for (Hit h : hits) {
            if (h.trigger.type() != EventType.PROTEST || h.end > o.start || o.start - h.end > 10) continue;
            boolean clause = true;
            for (int k = h.end; k < o.start; k++) if (ix.form(k).equals(";") || ix.form(k).equals(":")) clause = false;
            if (clause) return true;
        }
        return false;
    }

    private static final Set<EventType> OFFERED = EnumSet.of(EventType.AID, EventType.SUPPORT, EventType.COOPERATE);

    private List<Hit> withoutMeetingContent(List<Hit> hits, int a, SpeechLexicon lex) {
        EventPatterns p = EventPatterns.of(lex.language());
        List<Hit> out = new ArrayList<>();
        for (Hit o : hits) {
            boolean content = topicOfTalks(o, hits, p) || demandOfProtest(o, hits);
            if (!content && o.trigger.noun() && OFFERED.contains(o.trigger.type())) {
                for (int k = o.start - 1; k > a && k >= o.start - 4 && !content; k--) {
                    if (ix.isPunct(k) || ix.mention(k) != null) break;
                    if (!ix.form(k).endsWith("ing") || !ix.form(k - 1).equals(",")) continue;
                    for (Hit h : hits) if (h.trigger.type() == EventType.CONSULT && h.end < k) content = true;
                }
            }
            if (!content) out.add(o);
        }
        return out;
    }

    private static String entity(EntityRef r) {
        return r == null ? null : r.entity();
    }

    private void sentence(int s, SpeechLexicon lex, EventLexicon ev, List<Event> out) {
        int a = ix.sentenceStart(s), b = ix.sentenceEnd(s);
        List<Hit> hits = new ArrayList<>();
        for (PhraseMatcher.Match<Trigger> m : ev.triggersIn(ix.forms(), a, b)) {
            // "arrested 20 protesters": a noun trigger that names a group entity is the group, not its act
            boolean group = m.value().noun() && ix.mention(m.start()) != null && GroupActors.isGroup(ix.mention(m.start()).entityId());
            boolean ownWords = !quoted.get(m.start()) || scareQuoted(m, a, lex, ev);
            if (ownWords && !isNounAfterDet(m, lex) && !group && !insideName(m)) hits.add(new Hit(m.start(), m.end(), m.value()));
        }
        patternHits(a, b, lex, ev, hits);
        phoneCalls(b, lex, hits);
        hits = forceHits(offers(liftedRestrictions(hits), ev), a, b, lex, ev);
        if (ix.form(b - 1).equals("?")) return;
        if (hits.isEmpty()) {
            Event demand = obligationDemand(a, b, lex, ev, ix.sentenceSpan(s));
            if (demand != null) out.add(demand);
            onRequestOf(a, b, lex, ix.sentenceSpan(s)).ifPresent(out::add);
            return;
        }
        hits = withoutMeetingContent(rejectedClaims(withoutUndoneActs(withoutRefusalsOfTriggers(hits)), b, lex), a, lex);
        List<Frm> frames = new ArrayList<>();
        for (PhraseMatcher.Match<FrameWord> m : ev.frames().findAll(ix.forms(), a, b)) frames.add(new Frm(m.start(), m.end(), m.value()));
        BitSet suppressed = scopes(hits, a, b, lex, frames);
        withoutObligedActs(hits, a, b, lex, ev, suppressed);
        withoutProtestedActs(hits, lex, frames, suppressed);
        Span evidence = ix.sentenceSpan(s);
        Map<String, Event> one = new LinkedHashMap<>();
        for (int h = 0; h < hits.size(); h++) {
            if (suppressed.get(h)) continue;
            Hit hit = hits.get(h);
            int reporter = trailingReporter(hit, a, b, lex);
            if (reporter >= 0) {
                Event r = reportedGrievance(hit, reporter, a, lex, ev, evidence);
                if (r != null) one.putIfAbsent(r.type() + "|" + r.actor1().entity(), r);
                continue;
            }
            Event accusation = accusation(hit, a, lex, ev, frames, evidence);
            if (accusation != null) one.putIfAbsent(accusation.type() + "|" + accusation.actor1().entity(), accusation);
            Event e = event(hit, a, b, lex, ev, frames, hits, evidence);
            if (e == null || refusedMove(e, hit, lex)) continue;
            // one event per reported action: the same type by the same actor in one sentence is one action
            String key = e.type() + "|" + e.actor1().entity();
            Event seen = one.get(key);
            if (seen == null || seen.actor2() == null && e.actor2() != null) one.put(key, e);
            if (!hit.trigger.noun()) {
                List<Event> more = coordinated(e, conjuncts(a, verbStart(hit, a, lex, ev, frames), lex));
                // a meeting of one party with no one is the meeting of the pairs
                if (!more.isEmpty() && SYMMETRIC.contains(e.type()) && e.actor2() == null && one.get(key) == e) one.remove(key);
                for (Event c : more) one.putIfAbsent(c.type() + "|" + c.actor1().entity() + "|" + entity(c.actor2()), c);
            }
            for (Event c : qualifiedAlike(e, a, b, lex)) one.putIfAbsent(c.type() + "|" + c.actor1().entity() + "|" + entity(c.actor2()), c);
            for (Event c : ownActsOfConjuncts(e, hit, a, lex, ev, frames)) one.putIfAbsent(c.type() + "|" + c.actor1().entity(), c);
        }
        Event demand = obligationDemand(a, b, lex, ev, evidence);
        if (demand != null) one.putIfAbsent(demand.type() + "|" + demand.actor1().entity(), demand);
        failedTalks(a, b, lex, frames, hits, one, out, evidence);
        onRequestOf(a, b, lex, evidence).ifPresent(e -> one.putIfAbsent(e.type() + "|" + e.actor1().entity(), e));
        out.addAll(one.values());
    }

    /**
     * "l'expulsion de quatre diplomates russes, accusés d'avoir ...": a participle of accusation after a comma
     * describes the noun phrase before it, whose state (the actor named in its last words) is the one accused.
     */
    private EntityRef accusedBeforeComma(Hit hit, int a, EntityRef actor1) {
        int comma = hit.start - 1;
        if (comma <= a || !ix.form(comma).equals(",")) return null;
        for (int k = comma - 1; k >= a && k >= comma - 4; k--) {
            if (ix.isPunct(k)) return null;
            Mention m = actorMention(k);
            if (m != null && !quoted.get(k)) return m.entityId().equals(actor1.entity()) ? null : refs.actor(m);
        }
        return null;
    }

    /**
     * "L'Allemagne a salué l'accord entre l'Arménie et l'Azerbaïdjan": for a verb of a one-sided act, parties
     * "between" after its object are the object's, not the act's; only "between" right after the verb ("mediated
     * between") names the act's parties.
     */
    private boolean betweenOfObject(List<Frm> frames, Hit hit) {
        for (Frm f : frames) if (f.word.frame() == Frame.BETWEEN && f.start >= hit.end) return f.start > hit.end;
        return false;
    }

    /**
     * "La Corée du Sud et les États-Unis ont entamé des manœuvres", "X et Y ont retiré leurs troupes": a deployment
     * or withdrawal with no target, by a coordinated subject, is each party's own act (a verb, or a noun object of a
     * support verb). Acts aimed at someone keep the caution of {@link #coordinated}.
     */
    private List<Event> ownActsOfConjuncts(Event e, Hit hit, int a, SpeechLexicon lex, EventLexicon ev, List<Frm> frames) {
        if (e.actor2() != null || e.type() != EventType.MOBILIZE && e.type() != EventType.RETREAT) return List.of();
        int head = hit.trigger.noun() ? supportVerb(frames, hit, a, lex) : verbStart(hit, a, lex, ev, frames);
        if (head < 0) return List.of();
        while (head > a && lex.is(ix.form(head - 1), Kind.AUX)) head--;
        List<Mention> conjuncts = conjuncts(a, head, lex);
        // "Selon l'OTAN, la Russie maintient ...": a list without a coordinating word is no coordinated subject
        boolean joined = false;
        if (!conjuncts.isEmpty()) {
            for (int k = ix.firstTokenAtOrAfter(conjuncts.get(0).start()); k < head; k++) joined |= lex.is(ix.form(k), Kind.STOP);
        }
        if (!joined) return List.of();
        List<EntityRef> parties = new ArrayList<>();
        boolean own = false;
        for (Mention m : conjuncts) {
            EntityRef r = seats.resolve(refs.actor(m));
            if (r == null) continue;
            if (r.entity().equals(e.actor1().entity())) own = true;
            else if (parties.stream().noneMatch(p -> p.entity().equals(r.entity()))) parties.add(r);
        }
        if (!own) return List.of();
        List<Event> out = new ArrayList<>();
        for (EntityRef x : parties) out.add(new Event(e.type(), e.mode(), x, null, e.location(), e.date(), e.negated(), e.evidence()));
        return out;
    }

    // ------------------------------------------------------------------------------- phrase patterns (EventPatterns)

    /**
     * Adds to {@code hits} (kept in text order) the acts no single cue names but a verb and its neighbours do
     * ({@link EventPatterns}), on tokens no trigger covers and outside direct quotes: "a qualifié ces chiffres
     * d'exagérés" (a rejection of a claim; with any other object, an accusation), "maintient 90 000 hommes près de",
     * "90 000 soldats restent près de" (deployments), "a ordonné à quatre diplomates de quitter le pays" (an
     * expulsion). The hits then go through the same actor search as cue hits.
     */
    private void patternHits(int a, int b, SpeechLexicon lex, EventLexicon ev, List<Hit> hits) {
        EventPatterns p = EventPatterns.of(lex.language());
        List<String> forms = ix.forms();
        BitSet covered = new BitSet();
        for (Hit h : hits) covered.set(h.start, h.end);
        List<Hit> found = new ArrayList<>();
        for (int k = a; k < b; k++) {
            if (covered.get(k) || quoted.get(k)) continue;
            int end = p.endAt(EventPatterns.Role.JUDGE, forms, k, b);
            Hit h = end > 0 ? judgement(p, k, end, b) : null;
            if (h == null && (end = p.endAt(EventPatterns.Role.BARE, forms, k, b)) > 0) h = bareJudgement(p, k, end, b);
            if (h == null && (end = p.endAt(EventPatterns.Role.KEEP, forms, k, b)) > 0) h = troopsKept(p, k, end, b, covered, false);
            if (h == null && (end = p.endAt(EventPatterns.Role.SEND, forms, k, b)) > 0) h = troopsKept(p, k, end, b, covered, true);
            if (h == null && (end = p.endAt(EventPatterns.Role.HOST, forms, k, b)) > 0) h = hosted(p, k, end, b, lex);
            if (h == null && (end = p.endAt(EventPatterns.Role.CONCERN, forms, k, b)) > 0) h = concern(p, k, end, b);
            if (h == null && (end = p.endAt(EventPatterns.Role.STAY, forms, k, b)) > 0) h = troopsStaying(p, ev, k, end, a, b);
            if (h == null && (end = p.endAt(EventPatterns.Role.ORDER, forms, k, b)) > 0) h = orderedToLeave(p, k, end, b);
            if (h != null && covered.get(h.start, h.end).isEmpty()) {
                found.add(h);
                covered.set(h.start, h.end);
                k = h.end - 1;
            }
        }
        if (found.isEmpty()) return;
        hits.addAll(found);
        hits.sort(Comparator.comparingInt(Hit::start));
    }

    /** The last token of a clause in a pattern's reach: a sentence stop or a colon ends the search. */
    private boolean clauseStop(int k) {
        String f = ix.form(k);
        return f.equals(".") || f.equals(";") || f.equals(":") || f.equals("?") || f.equals("!");
    }

    /** "a qualifié ces chiffres d'« exagérés »": the verb, an object, then "de" and a faulting attribute. */
    private Hit judgement(EventPatterns p, int k, int end, int b) {
        List<String> forms = ix.forms();
        for (int j = end; j < b && j < end + 8; j++) {
            if (clauseStop(j) || forms.get(j).equals(",")) return null;
            // "d'« absurdes »": before a quote mark the elided article is a letter and an apostrophe
            boolean split = forms.get(j).equals("d") && j + 1 < b && forms.get(j + 1).equals("'");
            if (!forms.get(j).equals("de") && !forms.get(j).equals("d'") && !split) continue;
            int x = split ? j + 2 : j + 1;
            while (x < b && OPENING_MARKS.contains(forms.get(x))) x++;
            if (!p.startsAt(EventPatterns.Role.FAULT, forms, x, b)) continue;
            // the object before the attribute or after it ("a qualifié d'absurdes les accusations")
            boolean claim = false;
            for (int o = end; o < b && o < x + 6; o++) claim |= (o < j || o > x) && p.startsAt(EventPatterns.Role.CLAIM, forms, o, b);
            // what is judged ("les tirs", "les expulsions") is not the speaker's own act: the judgement scopes over it
            return new Hit(k, end, new Trigger(claim ? EventType.REJECT : EventType.ACCUSE, null, true, false, false, false));
        }
        return null;
    }

    /**
     * "a promis à l'Ukraine un soutien indéfectible", "a promis une aide militaire à Taïwan": the one a support
     * verb's noun object is given to, after a dative preposition ({@code dative} in {@link EventPatterns}) between
     * the verb and the noun or right after the noun (where the object search takes "à Taïwan" for a place).
     */
    private EntityRef dativeBefore(int support, Hit hit, SpeechLexicon lex, EntityRef actor1) {
        EventPatterns p = EventPatterns.of(lex.language());
        int after = Math.min(ix.sentenceEnd(ix.sentenceOf(hit.start)), hit.end + 3);
        for (int k = support + 1; k < after; k++) {
            if (k >= hit.start && k < hit.end) continue;
            if (!p.startsAt(EventPatterns.Role.DATIVE, ix.forms(), k, k + 1)) continue;
            int j = k + 1;
            int limit = k < hit.start ? hit.start : after + 2;
            while (j < limit && lex.isDeterminer(ix.form(j))) j++;
            Mention m = j < limit ? actorMention(j) : null;
            if (m != null && !quoted.get(j) && !m.entityId().equals(actor1.entity())) return refs.actor(m);
        }
        return null;
    }

    /**
     * "X s'est dit « préoccupé » par les manœuvres chinoises": concern voiced about what someone did is an
     * accusation of the one named after "par" (the object search finds it); concern with no cause named ("s'est
     * dite profondément choquée") is only a feeling.
     */
    private Hit concern(EventPatterns p, int k, int end, int b) {
        List<String> forms = ix.forms();
        int j = end;
        while (j < b && j < end + 4 && !p.startsAt(EventPatterns.Role.WORRY, forms, j, b)) {
            if (clauseStop(j) || forms.get(j).equals(",")) return null;
            j++;
        }
        if (j >= b || !p.startsAt(EventPatterns.Role.WORRY, forms, j, b)) return null;
        for (int x = j + 1; x < b && x < j + 4; x++) {
            if (p.startsAt(EventPatterns.Role.CAUSE, forms, x, b)) {
                for (int y = x + 1; y < b && y < x + 14; y++) {
                    if (clauseStop(y) || forms.get(y).equals(",")) return null;
                    if (actorMention(y) != null) return new Hit(k, end, new Trigger(EventType.ACCUSE, null, false, false, false, false));
                }
                return null;
            }
        }
        return null;
    }

    /** A dative preposition and an actor within a few words after {@code from} ("... à l'Ukraine"). */
    private boolean recipientAfter(EventPatterns p, int from, int b) {
        for (int k = from; k < b && k < from + 4; k++) {
            if (clauseStop(k) || ix.form(k).equals(",")) return false;
            if (!p.startsAt(EventPatterns.Role.DATIVE, ix.forms(), k, k + 1)) continue;
            for (int j = k + 1; j < b && j < k + 3; j++) if (actorMention(j) != null) return true;
        }
        return false;
    }

    /**
     * "a déclaré que les deux avaient convenu de ... et que la Pologne enverrait une demande": a coordination
     * opening a new "que" clause reports a second statement, outside the scope of a governing verb that took no
     * "que" clause itself ("a démenti que X ... et que Y" denies both).
     */
    private boolean coordinatedThat(Hit governing, int k, int b, SpeechLexicon lex) {
        boolean ownClause = governing.end < b && lex.is(ix.form(governing.end), Kind.THAT);
        return !ownClause && k + 1 < b && lex.is(ix.form(k), Kind.STOP) && lex.is(ix.form(k + 1), Kind.THAT);
    }

    /**
     * "le Conseil de sécurité pourrait examiner la situation à la demande de la France": what is done at
     * someone's request is their request to the one doing it, the first actor of the clause (after its "que").
     */
    private Optional<Event> onRequestOf(int a, int b, SpeechLexicon lex, Span evidence) {
        EventPatterns p = EventPatterns.of(lex.language());
        for (int k = a; k < b; k++) {
            int end = quoted.get(k) ? -1 : p.endAt(EventPatterns.Role.BEHALF, ix.forms(), k, b);
            if (end < 0) continue;
            int j = end;
            while (j < b && lex.isDeterminer(ix.form(j))) j++;
            Mention asker = j < b ? actorMention(j) : null;
            if (asker == null) return Optional.empty();
            int from = a;
            for (int x = a; x < k; x++) if (lex.is(ix.form(x), Kind.THAT)) from = x + 1;
            Mention asked = null;
            for (int x = from; x < k && asked == null; x++) {
                Mention m = actorMention(x);
                if (m != null && !quoted.get(x) && !m.entityId().equals(asker.entityId())) asked = m;
            }
            // "organisé à la demande des habitants": with no actor doing what was asked, no request between actors
            if (asked == null) return Optional.empty();
            EntityRef actor1 = seats.resolve(refs.actor(asker));
            EntityRef actor2 = seats.resolve(refs.actor(asked));
            if (actor1 == null || actor2 == null || actor2.entity().equals(actor1.entity())) return Optional.empty();
            return Optional.of(new Event(EventType.REQUEST, null, actor1, actor2, null, dateAt(evidence, ix.token(k).start()), false, evidence));
        }
        return Optional.empty();
    }

    /**
     * The other party of a shared border: the other side of a two-state story, else the last state named before
     * the act in its sentence ("La Pologne a accusé la Russie d'avoir massé ... près de leur frontière commune").
     */
    private EntityRef sharedWith(int a, int before, EntityRef actor1) {
        EntityRef own = seats.resolve(actor1);
        EntityRef other = seats.counterpart(own);
        if (other != null) return other;
        for (int k = before - 1; k >= a; k--) {
            Mention m = actorMention(k);
            if (m == null || quoted.get(k) || ix.type(m) != EntityType.GPE) continue;
            EntityRef r = seats.resolve(refs.actor(m));
            if (!r.entity().equals(own.entity()) && !seats.sideOf(r).equals(seats.sideOf(own))) return r;
        }
        return null;
    }

    /**
     * "a massé 40 000 soldats près de leur frontière commune", "à proximité de la frontière ukrainienne": the
     * target of a deployment at a border is the state across it, named by a place adjective after the border noun,
     * or, for a border the two parties share, the other side of the story.
     */
    private EntityRef acrossBorder(Hit hit, int a, int b, SpeechLexicon lex, EntityRef actor1) {
        EventPatterns p = EventPatterns.of(lex.language());
        for (int k = hit.end; k < b && k < hit.end + 10; k++) {
            if (clauseStop(k) || lex.is(ix.form(k), Kind.THAT)) return null;
            int end = p.endAt(EventPatterns.Role.BORDER, ix.forms(), k, b);
            if (end < 0) continue;
            if (p.startsAt(EventPatterns.Role.SHARED, ix.forms(), end, b)) return sharedWith(a, hit.start, actor1);
            Mention m = end < b ? ix.mention(end) : null;
            if (m != null && isStateAdjective(end) && !m.entityId().equals(actor1.entity())) {
                EntityRef state = seats.resolve(refs.actor(m));
                return state.entity().equals(seats.resolve(actor1).entity()) ? null : state;
            }
            return null;
        }
        return null;
    }

    /**
     * "a déclaré que la Russie ne retirerait pas ses troupes": a deployment or withdrawal negated in the future or
     * conditional is a refusal, which the text reports as such (a denial, a rejection), not a move that did not
     * happen; the verb's form tells the tense ({@code future} suffixes in {@link EventPatterns}).
     */
    private boolean refusedMove(Event e, Hit hit, SpeechLexicon lex) {
        if (!e.negated() || hit.trigger.noun() || !movesItself(hit.trigger)) return false;
        EventPatterns p = EventPatterns.of(lex.language());
        for (int k = hit.start; k < hit.end; k++) if (p.endsWith(EventPatterns.Role.FUTURE, ix.form(k))) return true;
        return false;
    }

    /**
     * "Le président français a appelé son homologue allemand", "a appelé Olaf Scholz": a call verb whose object is a
     * person or a dignitary, with no "à" of what is asked after it in the clause, is a phone call, not an appeal
     * ("a appelé Moscou à expliquer" stays a request). Replaces the request hit in place.
     */
    private void phoneCalls(int b, SpeechLexicon lex, List<Hit> hits) {
        EventPatterns p = EventPatterns.of(lex.language());
        List<String> forms = ix.forms();
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            if (hit.trigger.type() != EventType.REQUEST || hit.trigger.noun()) continue;
            boolean call = false;
            for (int k = hit.start; k < hit.end; k++) call |= p.startsAt(EventPatterns.Role.CALL, forms, k, hit.end);
            if (!call || hit.end >= b) continue;
            int k = hit.end;
            Mention m = ix.mention(k);
            boolean person = m != null && ix.type(m) == EntityType.PER;
            if (!person && !(lex.isDeterminer(forms.get(k)) && p.startsAt(EventPatterns.Role.DIGNITARY, forms, k + 1, b))) continue;
            boolean asked = false;
            for (int x = k + 1; x < b && !clauseStop(x) && !forms.get(x).equals(",") && !lex.is(forms.get(x), Kind.THAT); x++) {
                asked |= p.startsAt(EventPatterns.Role.DATIVE, forms, x, x + 1);
            }
            if (!asked) hits.set(h, new Hit(hit.start, hit.end, new Trigger(EventType.CONSULT, "phone", false, false, true, false)));
        }
    }

    /**
     * "a déclaré l'ambassadeur russe persona non grata": an expulsion named after its object; the state of the
     * envoy named in the few words before it (stopping at a verb or punctuation) is the one expelled.
     */
    private EntityRef expelledBefore(Hit hit, int a, SpeechLexicon lex, EntityRef actor1) {
        for (int k = hit.start - 1; k >= a && k >= hit.start - 4; k--) {
            Kind kind = lex.kindAt(ix, k);
            if (ix.isPunct(k) || kind != null && kind.isVerb()) return null;
            Mention m = actorMention(k);
            if (m != null && !quoted.get(k) && !m.entityId().equals(actor1.entity())) return refs.actor(m);
        }
        return null;
    }

    /** "a jugé « inacceptables » les propos de X": a verb of judgement whose faulting attribute needs no "de". */
    private Hit bareJudgement(EventPatterns p, int k, int end, int b) {
        List<String> forms = ix.forms();
        for (int j = end; j < b && j < end + 8; j++) {
            if (clauseStop(j) || forms.get(j).equals(",")) return null;
            if (!p.startsAt(EventPatterns.Role.FAULT, forms, j, b)) continue;
            boolean claim = false;
            for (int o = end; o < b && o < j + 6; o++) claim |= o != j && p.startsAt(EventPatterns.Role.CLAIM, forms, o, b);
            return new Hit(k, end, new Trigger(claim ? EventType.REJECT : EventType.ACCUSE, null, true, false, false, false));
        }
        return null;
    }

    /**
     * "a reçu mardi le président mauritanien": a host verb whose object, after a date or an adverb, is a dignitary
     * is a visit received (the fixed cues "a reçu le président" need the title right after the verb).
     */
    private Hit hosted(EventPatterns p, int k, int end, int b, SpeechLexicon lex) {
        List<String> forms = ix.forms();
        for (int j = end; j < b && j < end + 7; j++) {
            // a place between ("a reçu à Dakar le président") would be taken for the place visited
            if (clauseStop(j) || forms.get(j).equals(",") || lex.is(forms.get(j), Kind.THAT) || ix.mention(j) != null) return null;
            if (p.startsAt(EventPatterns.Role.DIGNITARY, forms, j, b)) {
                boolean object = j > end && lex.isDeterminer(forms.get(j - 1));
                return object ? new Hit(k, end, new Trigger(EventType.CONSULT, "visit", false, false, false, false)) : null;
            }
        }
        return null;
    }

    /**
     * "maintient quelque 90 000 hommes", "a ordonné deux bataillons": troops as the verb's own object, with only
     * determiners, numbers and approximations between ("a ordonné le départ des troupes" orders another act).
     */
    private Hit troopsKept(EventPatterns p, int k, int end, int b, BitSet covered, boolean noun) {
        List<String> forms = ix.forms();
        for (int j = end; j < b && j < end + 8; j++) {
            if (p.startsAt(EventPatterns.Role.TROOPS, forms, j, b)) {
                return new Hit(k, end, new Trigger(EventType.MOBILIZE, "troops", false, noun, false, false));
            }
            int arms = p.endAt(EventPatterns.Role.ARMS, forms, j, b);
            if (arms > 0) {
                // "a envoyé des chars à l'Ukraine": war machines sent to another state are military aid
                return recipientAfter(p, arms, b)
                        ? new Hit(k, end, new Trigger(EventType.AID, null, false, noun, true, false))
                        : new Hit(k, end, new Trigger(EventType.MOBILIZE, "troops", false, noun, false, false));
            }
            boolean count = Character.isDigit(forms.get(j).charAt(0)) || p.startsAt(EventPatterns.Role.COUNT, forms, j, j + 1);
            if (covered.get(j) || !count) return null;
        }
        return null;
    }

    /** "90 000 soldats russes restent près de la frontière": troops right before, a place right after. */
    private Hit troopsStaying(EventPatterns p, EventLexicon ev, int k, int end, int a, int b) {
        List<String> forms = ix.forms();
        boolean troops = false;
        for (int j = k - 1; j >= a && j >= k - 3 && !troops; j--) {
            if (ix.isPunct(j)) break;
            troops = p.startsAt(EventPatterns.Role.TROOPS, forms, j, k);
        }
        if (!troops) return null;
        for (int j = end; j < b && j <= end + 1; j++) {
            Optional<PhraseMatcher.Match<FrameWord>> f = ev.frames().longestAt(forms, j, b);
            if (f.isPresent() && f.get().value().frame() == Frame.LOC && "near".equals(f.get().value().mode())) {
                return new Hit(k, end, new Trigger(EventType.MOBILIZE, "troops", false, false, false, false));
            }
        }
        return null;
    }

    /** "a ordonné à quatre diplomates russes de quitter le pays": an expulsion. */
    private Hit orderedToLeave(EventPatterns p, int k, int end, int b) {
        List<String> forms = ix.forms();
        for (int j = end; j < b && j < end + 5; j++) {
            if (clauseStop(j) || forms.get(j).equals(",")) return null;
            if (!p.startsAt(EventPatterns.Role.ENVOY, forms, j, b)) continue;
            for (int x = j + 1; x < b && x < j + 5; x++) {
                if (clauseStop(x)) return null;
                if ((forms.get(x).equals("de") || forms.get(x).equals("d'")) && p.startsAt(EventPatterns.Role.LEAVE, forms, x + 1, b)) {
                    return new Hit(k, end, new Trigger(EventType.SANCTION, "expel", false, false, false, false));
                }
            }
            return null;
        }
        return null;
    }

    /**
     * "Les pourparlers d'Istanbul s'étaient soldés par un échec": talks that ended without agreement are a
     * meeting of their parties and a negated agreement between them. Parties named in the sentence (a meeting found
     * with a partner) are kept; otherwise the talks are the story's, whose parties are those of the first agreement
     * or meeting between two actors reported earlier in the document. Single-party meetings or agreements found in
     * the sentence ("d'Istanbul" read as a party) give way.
     */
    private void failedTalks(int a, int b, SpeechLexicon lex, List<Frm> frames, List<Hit> hits, Map<String, Event> one,
                             List<Event> out, Span evidence) {
        EventPatterns p = EventPatterns.of(lex.language());
        int failed = -1;
        for (int k = a; k < b && failed < 0; k++) if (!quoted.get(k) && p.startsAt(EventPatterns.Role.FAILED, ix.forms(), k, b)) failed = k;
        if (failed < 0) return;
        Hit talks = null;
        for (Hit h : hits) if (talks == null && h.start < failed && h.trigger.noun() && h.trigger.type() == EventType.CONSULT) talks = h;
        if (talks == null) return;
        Event named = null;
        for (Event e : one.values()) if (named == null && e.type() == EventType.CONSULT && e.actor2() != null) named = e;
        EntityRef x = named == null ? null : named.actor1(), y = named == null ? null : named.actor2();
        if (named == null) {
            for (Event e : out) {
                if (x == null && SYMMETRIC.contains(e.type()) && e.actor2() != null) {
                    x = e.actor1();
                    y = e.actor2();
                }
            }
        }
        if (x == null) return;
        one.values().removeIf(e -> (e.type() == EventType.CONSULT || e.type() == EventType.AGREE) && e.actor2() == null);
        EntityRef location = location(frames, a, b, x, y);
        String date = date(evidence, talks);
        one.putIfAbsent(EventType.CONSULT + "|" + x.entity(), new Event(EventType.CONSULT, "meeting", x, y, location, date, false, evidence));
        boolean agreed = false;
        for (Event e : one.values()) agreed |= e.type() == EventType.AGREE && samePair(e, x, y);
        if (!agreed) one.put(EventType.AGREE + "|" + x.entity() + "|failed", new Event(EventType.AGREE, null, x, y, location, date, true, evidence));
    }


    /**
     * Whether a mention of the actor ends at most two words before the verb group, with no punctuation between
     * ("Ukrainian lawmakers Tuesday endorsed").
     */
    private boolean rightBefore(EntityRef actor, int verbStart, int a) {
        for (int k = verbStart - 1; k >= a && k >= verbStart - 3; k--) {
            Mention m = ix.mention(k);
            if (m != null && m.entityId().equals(actor.entity())) return true;
            if (ix.isPunct(k)) return false;
        }
        return false;
    }

    /**
     * Whether a noun trigger opens its clause (determiners and modifiers before it) and a passive verb follows it before the
     * agent, with no punctuation between.
     */
    private boolean headsPassiveSubject(Hit hit, int a, SpeechLexicon lex, List<Frm> frames, Mention agent) {
        int k = hit.start - 1;
        // determiners and up to two modifiers ("New evidence against ...")
        int modifiers = 0;
        while (k >= a && (lex.isDeterminer(ix.form(k)) || modifiers < 2 && !ix.isPunct(k) && ix.mention(k) == null
                && lex.kindOf(ix.form(k)) == null)) {
            if (!lex.isDeterminer(ix.form(k))) modifiers++;
            k--;
        }
        if (k >= a && !ix.form(k).equals(",") && !lex.is(ix.form(k), Kind.THAT)) return false;
        int by = ix.firstTokenAtOrAfter(agent.start());
        for (int j = hit.end; j < by; j++) if (ix.isPunct(j)) return false;
        return hasFrame(frames, Frame.PASSIVE, hit.end, by);
    }

    /**
     * "US and British activists staged a protest", "des militants allemands et italiens ont manifesté": the groups of
     * the other coordinated qualifiers (entities of their own, see {@link GroupActors}) act too; one event each, with
     * the same target.
     */
    private List<Event> qualifiedAlike(Event e, int a, int b, SpeechLexicon lex) {
        Optional<GroupActors.Group> g = GroupActors.parse(e.actor1().entity());
        if (g.isEmpty() || g.get().country() == null) return List.of();
        List<Event> out = new ArrayList<>();
        for (int k = a; k < b; k++) {
            Mention m = ix.mention(k);
            if (m == null || !m.entityId().equals(e.actor1().entity())) continue;
            int j = k - 1;
            while (j >= a) {
                Mention q = ix.mention(j);
                if (q == null || ix.type(q) != EntityType.GPE) break;
                String sibling = GroupActors.id(q.entityId(), g.get().noun());
                Entity entity = ix.entity(sibling);
                if (!sibling.equals(e.actor1().entity()) && entity != null && out.stream().noneMatch(o -> o.actor1().entity().equals(sibling))) {
                    out.add(new Event(e.type(), e.mode(), new EntityRef(sibling, entity.name()), e.actor2(), e.location(), e.date(), e.negated(), e.evidence()));
                }
                j = ix.firstTokenAtOrAfter(q.start()) - 1;
                if (j < a || !(ix.form(j).equals(",") || lex.is(ix.form(j), Kind.STOP))) break;
                j--;
            }
            // "des militants allemands et italiens": qualifiers after the noun
            j = ix.firstTokenAtOrAfter(m.end());
            while (j < b) {
                Mention q = ix.mention(j);
                if (q == null || ix.type(q) != EntityType.GPE || ix.isCapitalised(j)) break;
                String sibling = GroupActors.id(q.entityId(), g.get().noun());
                Entity entity = ix.entity(sibling);
                if (!sibling.equals(e.actor1().entity()) && entity != null && out.stream().noneMatch(o -> o.actor1().entity().equals(sibling))) {
                    out.add(new Event(e.type(), e.mode(), new EntityRef(sibling, entity.name()), e.actor2(), e.location(), e.date(), e.negated(), e.evidence()));
                }
                j = ix.firstTokenAtOrAfter(q.end());
                if (j >= b || !(ix.form(j).equals(",") || lex.is(ix.form(j), Kind.STOP))) break;
                j++;
            }
            break;
        }
        return out;
    }

    /** "des militants allemands et italiens ont attaqué": the group whose demonym is the subject found, else null. */
    private EntityRef qualifiedGroupSubject(Referent subject, int floor, SpeechLexicon lex) {
        if (subject == null || subject.span() == null) return null;
        return groupQualifiedBy(ix.firstTokenAtOrAfter(subject.span().start()), floor, lex);
    }

    /**
     * The country group a lower-case demonym at token {@code k} qualifies from after its noun ("militants allemands et
     * italiens"): the group mention before it, coordinated demonyms between; null when there is none.
     */
    private EntityRef groupQualifiedBy(int k, int a, SpeechLexicon lex) {
        Mention m = ix.mention(k);
        if (m == null || ix.type(m) != EntityType.GPE || ix.isCapitalised(k)) return null;
        for (int j = k - 1; j >= a; j--) {
            Mention q = ix.mention(j);
            if (q != null && GroupActors.parse(q.entityId()).map(g -> g.country() != null).orElse(false)) return ix.ref(q);
            boolean joiner = ix.form(j).equals(",") || lex.is(ix.form(j), Kind.STOP);
            boolean demonym = q != null && ix.type(q) == EntityType.GPE && !ix.isCapitalised(j);
            if (!joiner && !demonym) return null;
        }
        return null;
    }

    /** Where the verb group of a trigger starts: auxiliaries, negations and passive markers before it. */
    private int verbStart(Hit hit, int a, SpeechLexicon lex, EventLexicon ev, List<Frm> frames) {
        int verbStart = hit.start;
        while (verbStart > a && (lex.is(ix.form(verbStart - 1), Kind.AUX) || isNegation(verbStart - 1, lex, ev)
                || startsFrame(frames, Frame.AUX, verbStart - 1) || startsFrame(frames, Frame.PASSIVE, verbStart - 1))) verbStart--;
        return verbStart;
    }

    /**
     * The actors of a coordinated subject right before a verb ("The US, Russia, and Switzerland met", "la France et
     * l'Allemagne ont condamné"): actor mentions separated by commas and "and"/"et", the last one ending at the verb;
     * empty when the subject is no coordination.
     */
    private List<Mention> conjuncts(int a, int verbStart, SpeechLexicon lex) {
        List<Mention> out = new ArrayList<>();
        int k = verbStart - 1;
        boolean qualifier = false;
        while (k >= a) {
            Mention m = actorMention(k);
            if (m == null || ix.lastTokenEndingBy(m.end()) != k) break;
            // ("German and Italian activists": a demonym joined to a group's own qualifier is no party of its own)
            if (qualifier && !GroupActors.isGroup(m.entityId())) break;
            out.add(0, m);
            k = ix.firstTokenAtOrAfter(m.start()) - 1;
            // "Peruvian rebels and Bolivian militants": the demonym qualifying a group is part of its phrase
            qualifier = k >= a && GroupActors.isGroup(m.entityId()) && ix.mention(k) != null && ix.type(ix.mention(k)) == EntityType.GPE;
            if (qualifier) k = ix.firstTokenAtOrAfter(ix.mention(k).start()) - 1;
            while (k >= a && lex.isDeterminer(ix.form(k))) k--;
            boolean joined = false;
            while (k >= a && (ix.form(k).equals(",") || lex.is(ix.form(k), Kind.STOP))) {
                joined = true;
                k--;
            }
            if (!joined) break;
            while (k >= a && lex.isDeterminer(ix.form(k))) k--;
        }
        Set<String> ids = new HashSet<>();
        for (Mention m : out) ids.add(m.entityId());
        return ids.size() >= 2 ? out : List.of();
    }

    /**
     * The events a coordinated subject adds to the event of its verb, as PLOVER codes each party: every pair of
     * parties for a meeting, agreement or cooperation ("The US, Russia, and Switzerland met": three meetings), each
     * party with the same target for other acts ("France and Germany condemned Iran": two accusations), only when
     * that target is named. Nothing when the event's first actor is not one of the parties.
     */
    private List<Event> coordinated(Event e, List<Mention> parties) {
        if (parties.isEmpty()) return List.of();
        List<EntityRef> refsOf = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Mention m : parties) {
            EntityRef r = seats.resolve(refs.actor(m));
            if (r != null && seen.add(r.entity())) refsOf.add(r);
        }
        if (!seen.contains(e.actor1().entity())) return List.of();
        List<Event> out = new ArrayList<>();
        if (SYMMETRIC.contains(e.type())) {
            if (e.actor2() != null && !seen.contains(e.actor2().entity())) return List.of();
            for (int i = 0; i < refsOf.size(); i++) {
                for (int j = i + 1; j < refsOf.size(); j++) {
                    EntityRef x = refsOf.get(i), y = refsOf.get(j);
                    if (samePair(e, x, y)) continue;
                    out.add(new Event(e.type(), e.mode(), x, y, e.location(), e.date(), e.negated(), e.evidence()));
                }
            }
            return out;
        }
        // without a target the parties may act on one another ("Korvan et Miravel se rejettent la responsabilité")
        if (e.actor2() == null) return out;
        for (EntityRef x : refsOf) {
            if (x.entity().equals(e.actor1().entity()) || e.actor2() != null && x.entity().equals(e.actor2().entity())) continue;
            out.add(new Event(e.type(), e.mode(), x, e.actor2(), e.location(), e.date(), e.negated(), e.evidence()));
        }
        return out;
    }

    private static boolean samePair(Event e, EntityRef x, EntityRef y) {
        String a1 = e.actor1().entity(), a2 = entity(e.actor2());
        return a1.equals(x.entity()) && y.entity().equals(a2) || a1.equals(y.entity()) && x.entity().equals(a2);
    }

    /**
     * "The US said that Iraq had attacked ...", "X claimed that Y had shelled ...": an attack the speaker of an
     * indirect quote puts on someone of another side is the speaker's accusation of that attacker, as CAMEO codes
     * it (112, accuse); the attack itself is coded as usual. Null when the trigger is no verbal attack inside
     * reported speech, the attacker is not named, is on the speaker's side ("claimed that they had attacked" is a
     * claim of responsibility), the attack is denied or only sourced ("according to X", "police said").
     */
    private Event accusation(Hit hit, int a, SpeechLexicon lex, EventLexicon ev, List<Frm> frames, Span evidence) {
        if (hit.trigger.type() != EventType.ASSAULT || hit.trigger.noun()) return null;
        Quote reported = null;
        for (Quote q : doc.layerOrEmpty(LayerKind.QUOTES)) {
            if (!q.direct() && q.speaker() != null && q.cue() != null && q.span().contains(ix.token(hit.start).span())) reported = q;
        }
        if (reported == null) return null;
        // "..., police said", "officials said": a group speaking is a source reporting the attack, not a party
        // accusing another
        if (GroupActors.isGroup(reported.speaker().entity())) return null;
        // a claim needs a verb of saying: "according to X, Y shelled" only sources the report of the attack
        int cue = ix.firstTokenAtOrAfter(reported.cue().start());
        Kind cueKind = cue < ix.size() ? lex.kindAt(ix, cue) : null;
        if (cueKind == null || !cueKind.isVerb()) return null;
        // "relief officials in Nairobi said", "diplomatic sources in Pakistan said": the place after a preposition is
        // where the sources are, not a party accusing anyone
        Mention before = cue > a ? ix.mention(cue - 1) : null;
        if (before != null) {
            int first = ix.firstTokenAtOrAfter(before.start());
            // ("sources in neighbouring Pakistan": a lower-case modifier or two may come between)
            for (int m = 0; m < 2 && first - 1 > a && !ix.isPunct(first - 1) && !ix.isCapitalised(first - 1)
                    && ix.mention(first - 1) == null && !startsFrame(frames, Frame.LOC, first - 1)
                    && lex.kindOf(ix.form(first - 1)) == null; m++) first--;
            if (first - 1 >= a && startsFrame(frames, Frame.LOC, first - 1) && ix.type(before) != EntityType.PER) return null;
        }
        int from = Math.max(a, ix.firstTokenAtOrAfter(reported.start()));
        int verbStart = hit.start;
        while (verbStart > from && (lex.is(ix.form(verbStart - 1), Kind.AUX) || isNegation(verbStart - 1, lex, ev)
                || startsFrame(frames, Frame.AUX, verbStart - 1))) verbStart--;
        if (verbStart <= from || negated(hit, verbStart, from, ev)) return null;
        Referent subject = refs.subjectBefore(verbStart, from, true);
        EntityRef attacker = subject == null ? null : subject.ref();
        if (attacker == null) attacker = groupActor(from, verbStart, lex, ev, null);
        if (attacker == null) return null;
        EntityRef speaker = seats.resolve(reported.speaker());
        attacker = seats.resolve(attacker);
        if (attacker.entity().equals(speaker.entity()) || seats.sideOf(attacker).equals(seats.sideOf(speaker))) return null;
        return new Event(EventType.ACCUSE, null, speaker, attacker, null, date(evidence, hit), false, evidence);
    }

    /**
     * PLOVER modes of acts done to persons (arrest, expulsion, release), whose participle after a noun describes
     * someone ("a member ... jailed last year"); "the crossing closed to trucks" is a state, not a person.
     */
    private static final Set<String> DONE_TO_PERSONS = Set.of("arrest", "expel", "deport", "seize", "release");

    /**
     * "a member of the Hamas movement jailed over a year ago", "two men detained in May": a participle of an act
     * done to persons, right after a common noun, with nothing it acts upon after it, describes that noun's
     * referent; it reports no act of whoever is named before.
     */
    private boolean reducedRelative(Hit hit, int a, int b, SpeechLexicon lex, EventLexicon ev, List<Frm> frames) {
        if (hit.trigger.noun() || hit.trigger.mode() == null || !DONE_TO_PERSONS.contains(hit.trigger.mode())) return false;
        if (!ix.form(hit.start).endsWith("ed") || hit.start <= a) return false;
        int before = hit.start - 1;
        String f = ix.form(before);
        // a group noun ("the civilians imprisoned ...") is a common noun, though an entity
        boolean group = ix.mention(before) != null && GroupActors.isGroup(ix.mention(before).entityId());
        if (ix.isPunct(before) || ix.mention(before) != null && !group || ix.isCapitalised(before) || lex.kindOf(f) != null
                || lex.pronoun(f) != null || isNegation(before, lex, ev) || startsFrame(frames, Frame.AUX, before)
                || startsFrame(frames, Frame.PASSIVE, before) || ev.groups().longestAt(ix.forms(), before, hit.start).isPresent()) {
            return false;
        }
        if (hit.end >= b) return true;
        int next = hit.end;
        String n = ix.form(next);
        boolean object = lex.isDeterminer(n) || ix.mention(next) != null || ix.isCapitalised(next) || lex.pronoun(n) != null
                || Character.isDigit(n.charAt(0)) || ev.groups().longestAt(ix.forms(), next, Math.min(b, next + 2)).isPresent();
        return !object;
    }

    /**
     * For a noun trigger heading the agent of a passive ("was demolished by a Ukrainian protestor"), the state or
     * organisation of the passive's subject, other than {@code actor}; null when the noun is no such agent.
     */
    private EntityRef passiveSubjectForAgent(Hit hit, int a, SpeechLexicon lex, List<Frm> frames, EntityRef actor) {
        int by = -1;
        for (int k = hit.start - 1; k >= a && k >= hit.start - 4; k--) {
            if (startsFrame(frames, Frame.BY, k)) {
                by = k;
                break;
            }
            if (ix.isPunct(k) || ix.mention(k) == null && (ix.isCapitalised(k) || lex.kindOf(ix.form(k)) != null && !lex.isDeterminer(ix.form(k)))) return null;
        }
        if (by - 1 <= a || !hasFrame(frames, Frame.PASSIVE, Math.max(a, by - 3), by - 1)) return null;
        int vs = by - 1;
        while (vs > a && (startsFrame(frames, Frame.PASSIVE, vs - 1) || startsFrame(frames, Frame.AUX, vs - 1)
                || lex.is(ix.form(vs - 1), Kind.AUX))) vs--;
        Referent subject = subjectOf(vs, a);
        EntityRef target = subject == null ? null : subject.ref();
        if (target == null) {
            for (int k = clauseStart(vs, a, lex); k < vs && target == null; k++) {
                Mention m = actorMention(k);
                if (m != null && ix.type(m) != EntityType.PER) target = refs.actor(m);
            }
        }
        return target == null || target.entity().equals(actor.entity()) ? null : target;
    }

    /**
     * Whether a noun trigger is the agent of a passive: "by" right before it, determiners and lower-case modifiers
     * ("an initial", "a new") between.
     */
    private boolean causeAfterBy(Hit hit, int a, SpeechLexicon lex, List<Frm> frames) {
        for (int k = hit.start - 1; k >= a && k >= hit.start - 4; k--) {
            if (startsFrame(frames, Frame.BY, k)) return true;
            if (ix.isPunct(k) || ix.mention(k) != null || ix.isCapitalised(k)) return false;
            Kind kind = lex.kindOf(ix.form(k));
            if (kind != null && kind != Kind.DET) return false;
        }
        return false;
    }

    /** Opening quotation marks, from {@code multi/quote-marks.tsv}. */
    private static final Set<String> OPENING_MARKS = openingMarks();

    private static Set<String> openingMarks() {
        Set<String> out = new HashSet<>();
        for (Map<String, String> row : org.vigie.nlp.lang.LanguagePack.of("multi").table("quote-marks.tsv")) {
            String open = row.getOrDefault("open", "").strip();
            if (!open.isEmpty()) out.add(open);
        }
        return Set.copyOf(out);
    }

    /**
     * "a promis le « soutien politique et pratique » de l'alliance": a noun trigger opening a quoted phrase that is
     * the object of a support verb ({@code @light}) is the narrator's report of the act, the marks only quote its
     * wording.
     */
    private boolean scareQuoted(PhraseMatcher.Match<Trigger> m, int a, SpeechLexicon lex, EventLexicon ev) {
        int mark = m.start() - 1;
        if (!m.value().noun() || mark - 1 <= a || !OPENING_MARKS.contains(ix.form(mark)) || !(lex.isDeterminer(ix.form(mark - 1)) || lex.is(ix.form(mark - 1), Kind.LINK))) return false;
        for (PhraseMatcher.Match<FrameWord> f : ev.frames().findAll(ix.forms(), Math.max(a, mark - 6), mark)) {
            if (f.value().frame() == Frame.LIGHT && f.end() == mark - 1 && !quoted.get(f.start())) return true;
        }
        return false;
    }

    /** A verb-like trigger right after a determiner is a noun of another sense ("le masse" is rare; "la visite" is fine). */
    private boolean isNounAfterDet(PhraseMatcher.Match<Trigger> m, SpeechLexicon lex) {
        // "les accusant": before a present participle the article is an object pronoun
        return !m.value().noun() && m.start() > 0 && lex.isDeterminer(ix.form(m.start() - 1)) && !lex.isParticiple(ix.form(m.start()));
    }

    /**
     * Triggers inside the scope of a denial, demand, threat or intent: from that trigger to the end of its clause,
     * which a semicolon ends, a coordination followed closely by another trigger ("a démenti ... et accusé ..."), or
     * a clause of what has already happened ({@code @background}: "vowed to retaliate after Lessaria expelled ...").
     */
    private BitSet scopes(List<Hit> hits, int a, int b, SpeechLexicon lex, List<Frm> frames) {
        BitSet suppressed = new BitSet();
        for (int h = 0; h < hits.size(); h++) {
            if (!hits.get(h).trigger.scope() || suppressed.get(h)) continue;
            int end = b;
            for (int k = hits.get(h).end; k < b; k++) {
                if (ix.form(k).equals(";") || startsFrame(frames, Frame.BACKGROUND, k)) {
                    end = k;
                    break;
                }
                if (lex.is(ix.form(k), Kind.STOP) && triggerWithin(hits, k + 1, k + 4)) {
                    end = k;
                    break;
                }
                if (coordinatedThat(hits.get(h), k, b, lex)) {
                    end = k;
                    break;
                }
            }
            for (int o = h + 1; o < hits.size(); o++) {
                if (hits.get(o).start >= hits.get(h).end && hits.get(o).start < end) suppressed.set(o);
            }
        }
        return suppressed;
    }

    private static boolean triggerWithin(List<Hit> hits, int from, int to) {
        for (Hit h : hits) if (h.start >= from && h.start < to && !h.trigger.noun()) return true;
        return false;
    }

    // ------------------------------------------------------------------------------------------- one event

    private Event event(Hit hit, int a, int b, SpeechLexicon lex, EventLexicon ev, List<Frm> frames, List<Hit> hits,
                        Span evidence) {
        if (irrealis(frames, hit) || conditional(frames, hit, lex) || othersInfinitive(frames, hit, a, lex)) return null;
        if (reducedRelative(hit, a, b, lex, ev, frames)) return null;
        if (obliged(hit, a, lex, ev, frames)) return null;
        boolean noun = hit.trigger.noun();
        // "a lancé des manœuvres", "a promis une aide": the object of a support verb is its subject's act
        int support = noun ? supportVerb(frames, hit, a, lex) : -1;
        if (noun && support < 0 && judged(hit, a, lex)) return null;
        int verbStart = verbStart(hit, a, lex, ev, frames);
        // "was withdrawing" is a progressive, not a passive
        boolean passive = hasFrame(frames, Frame.PASSIVE, Math.max(a, hit.start - 2), hit.end) && !ix.form(hit.start).endsWith("ing");
        if (!noun && weaponRelative(frames, hit, a, lex)) return null;
        Mention agent = mentionAfterFrame(frames, Frame.BY, hit.end, Math.min(b, hit.end + 8));
        if (agent == null && passive) agent = detachedAccuser(frames, hit, b);
        int weapon = agent == null ? -1 : weaponAfter(agent, b, lex);
        // "was blown up by a BAK missile fired by rebels": the name qualifying a weapon is its make; the one who used
        // it follows as the agent of the weapon's own participle, or is not named
        if (weapon >= 0) agent = mentionAfterFrame(frames, Frame.BY, weapon + 1, Math.min(b, weapon + 10));
        Mention agentPerson = agent == null ? null : personInPhrase(ix.firstTokenAtOrAfter(agent.start()), Math.min(b, ix.firstTokenAtOrAfter(agent.start()) + 8), lex);
        if (agentPerson != null && ix.type(agent) != EntityType.PER) agent = agentPerson;
        // talks and agreements are "between" their parties even across an apposition ("talks, hosted by X, between")
        int clauseFrom = SYMMETRIC.contains(hit.trigger.type()) ? b : hit.end;
        // "clashed between", "mediated between": for a verb of no symmetric act, the parties follow it closely; further
        // on, "between X and Y" qualifies something else ("closed its borders because of fighting between X and Y")
        int betweenTo = SYMMETRIC.contains(hit.trigger.type()) ? hit.end + 12 : hit.end + 3;
        // "is prepared to impose martial law as battles raged between X and Y": the object of a support verb is its
        // subject's act, whose parties are not those of a "between" further on
        boolean anywhere = noun && (support < 0 || SYMMETRIC.contains(hit.trigger.type()));
        Mention[] between = between(frames, anywhere ? a : hit.end, anywhere ? b : Math.min(b, betweenTo), clauseFrom, lex);
        if (between != null && !noun && !SYMMETRIC.contains(hit.trigger.type()) && betweenOfObject(frames, hit)) between = null;
        // "a mediation mission between X and Y": the parties are those the mediator meets, not the actors of the act
        if (between != null && MEDIATE.equals(hit.trigger.mode())) between = null;
        Mention[] pair = SYMMETRIC.contains(hit.trigger.type()) ? coordinatedSubject(a, verbStart, lex) : null;

        EntityRef actor1 = null, actor2 = null;
        Hit sharing = null;
        if (passive && agent != null) {
            actor1 = refs.actor(agent);
            Referent subject = subjectOf(verbStart, a);
            // "the civilians imprisoned for acting against Moscow were released by ...": a name inside a
            // prepositional phrase of the subject is not the one acted upon
            if (subject != null && subject.span() != null && afterPreposition(ix.firstTokenAtOrAfter(subject.span().start()), a, lex, frames)) {
                subject = null;
            } else {
                // "the Russian building was demolished by ...": the state qualifying the subject phrase is the target
                actor2 = subject == null ? qualifierBefore(clauseStart(verbStart, a, lex), verbStart, agent) : subject.ref();
            }
        } else if (between != null && (noun || pair == null)) {
            actor1 = refs.actor(between[0]);
            actor2 = refs.actor(between[1]);
        } else if (pair != null) {
            actor1 = refs.actor(pair[0]);
            actor2 = refs.actor(pair[1]);
        } else if (noun) {
            boolean embedded = support < 0 && embedded(hit, a, lex);
            boolean follows = FOLLOWS_SUBJECT.contains(hit.trigger.type());
            Mention protester = embedded && !follows ? protestingGroup(hit, a, lex, frames) : null;
            if (embedded && !follows && protester == null) return null;
            if (opensReportedClause(hit, a, lex)) {
                // "said the exercises were ...": the noun is the subject of what is said, not the speaker's act
                Mention own = nounActor(hit, a, b, lex);
                if (own == null) return null;
            }
            Mention own = follows || protestVerb(frames, hit) ? null : nounActor(hit, a, b, lex);
            if (own != null && hit.trigger.mode() != null && DONE_TO_PERSONS.contains(hit.trigger.mode()) && own.start() >= ix.token(hit.end - 1).end()) {
                // "the release of X", "l'arrestation de X": the complement of an act done to persons is the one it is
                // done to, never its actor
                own = null;
            }
            boolean ownAction = hit.trigger.type() == EventType.MOBILIZE || hit.trigger.type() == EventType.RETREAT;
            if (causeAfterBy(hit, a, lex, frames)) {
                // "ties frayed by an initial threat", "the town was hit by an air strike": the noun is the cause of
                // what happened to the clause's subject, whose act it is not
                if (own == null) return null;
                ownAction = true;
            }
            // "L'OTAN a lancé lundi des manœuvres": the noun is the act of the subject of its support verb
            int head = support;
            if (head >= 0) {
                // ("that it will impose a curfew", "it is prepared to impose": the modal or intent too, as for a verb)
                while (head > a && (lex.is(ix.form(head - 1), Kind.AUX) || isNegation(head - 1, lex, ev)
                        || startsFrame(frames, Frame.AUX, head - 1))) head--;
                head = Math.max(a, intentBefore(frames, head));
                // "X s'est entretenu avec Y et a promis le soutien ...": a support verb coordinated to an earlier
                // verb shares its subject
                if (head - 1 > a && lex.is(ix.form(head - 1), Kind.STOP)) {
                    Hit first = null;
                    for (Hit o : hits) if (o.end < head - 1 && !o.trigger.noun()) first = o;
                    if (first != null) head = verbStart(first, a, lex, ev, frames);
                }
            } else {
                head = verbStart;
            }
            Referent subject = subjectOf(head, a);
            EntityRef clauseSubject = subject == null ? null : reportedSubject(subject, head, a, lex);
            EntityRef group = qualifiedGroupSubject(subject, a, lex);
            if (group != null) clauseSubject = group;
            // "a court in Guyana has issued arrest warrants for ...": a qualified group noun is the clause's subject
            if (clauseSubject == null) {
                clauseSubject = groupActor(clauseStart(head, a, lex), head, lex, ev, null);
            }
            if (own != null && (ownAction || clauseSubject == null)) actor1 = refs.actor(own);
            else actor1 = clauseSubject;
            if (actor1 == null && agent != null && !protestedAgent(frames, hit)) actor1 = refs.actor(agent);
            if (protester != null) actor1 = refs.actor(protester);
            // "the Russian building was demolished by a Ukrainian protestor": the act named by the agent of a
            // passive is aimed at the passive's subject
            if (actor1 != null) actor2 = passiveSubjectForAgent(hit, a, lex, frames, actor1);
            Mention owner = support < 0 ? possessor(hit, a) : null;
            if (owner != null) {
                // "at Lessaria's request", "Russia's invasion": the possessor of the act's noun is its actor, whoever
                // the clause is about; a request granted by the clause's subject was made to it
                EntityRef subjectRef = clauseSubject;
                actor1 = refs.actor(owner);
                if (hit.trigger.type() == EventType.REQUEST && subjectRef != null && !subjectRef.entity().equals(actor1.entity())) {
                    actor2 = subjectRef;
                }
            }
            if (own == null && agent != null && byRightAfter(frames, hit) && !passive) {
                // "a subi des attaques de la part de la Serbie": the agent named right after the noun does the act,
                // to the one the clause is about
                EntityRef by = refs.actor(agent);
                if (by != null) {
                    if (clauseSubject != null && !clauseSubject.entity().equals(by.entity())) actor2 = clauseSubject;
                    actor1 = by;
                }
            }
            if (agent != null && own != null && !own.entityId().equals(agent.entityId()) && headsPassiveSubject(hit, a, lex, frames, agent)) {
                // "Evidence against Russia was presented by the US": a noun heading the subject of a passive is the
                // agent's act, aimed at the noun's own complement
                actor1 = refs.actor(agent);
                actor2 = refs.actor(own);
            }
        } else {
            if (passive && !movesItself(hit.trigger)) {
                // "four children were killed", "the diplomats were expelled on Friday": the subject of a passive
                // with no agent is the one acted upon, and the actor is not named
                return null;
            }
            // "vowed to retaliate after Lessaria expelled": the subject of a background clause is inside it
            int floor = a;
            for (Frm f : frames) if (f.word.frame() == Frame.BACKGROUND && f.end <= verbStart) floor = Math.max(floor, f.end);
            Referent subject = subjectOf(verbStart, floor);
            actor1 = subject == null ? null : reportedSubject(subject, verbStart, floor, lex);
            sharing = sharedClause(hit, verbStart, a, lex, hits);
            if (sharing != null) {
                // "L'Iran a expulsé deux diplomates, les accusant d'espionnage": a participle after a comma shares
                // the subject of the verb it is attached to
                int main = verbStart(sharing, a, lex, ev, frames);
                Referent shared = subjectOf(main, a);
                if (shared != null) actor1 = reportedSubject(shared, main, a, lex);
            }
            EntityRef group = qualifiedGroupSubject(subject, floor, lex);
            if (group != null) actor1 = group;
            if (floor > a) {
                // the background word reads as a preposition ("after Lessaria"): the name right after it is the subject
                int k = floor;
                while (k < verbStart && lex.isDeterminer(ix.form(k))) k++;
                Mention m = k < verbStart ? actorMention(k) : null;
                // (the mention itself, not the quotes' seat guess, which takes "after Lessaria" for a place)
                if (m != null && ix.firstTokenAtOrAfter(m.end()) == verbStart) actor1 = ix.ref(m);
            }
            if (actor1 == null) actor1 = groupActor(clauseStart(verbStart, a, lex), verbStart, lex, ev, null);
            if (actor1 == null) {
                // "a report released in the Rwandan capital alleged ...": a subject phrase naming no actor speaks
                // for the state a place adjective in it names
                // (a person named there is the subject the search could not take, not a reason to take the state)
                int from = clauseStart(verbStart, a, lex);
                boolean person = false;
                for (int k = from; k < verbStart; k++) if (ix.mention(k) != null && ix.type(ix.mention(k)) == EntityType.PER) person = true;
                for (int k = from; k < verbStart && actor1 == null && !person; k++) if (isStateAdjective(k)) actor1 = refs.actor(ix.mention(k));
            }
        }
        if (!noun && hit.trigger.type() == EventType.MOBILIZE) {
            // "le nombre de troupes valdoriennes massées", "the number of Valdorian troops massed": a participle
            // after a qualified group noun is that group's deployment, whoever counts it
            EntityRef troops = qualifiedGroupBefore(hit.start, a, ev);
            if (troops != null) actor1 = troops;
        }
        if (actor1 == null) actor1 = ownForces(hit, a, lex);
        if (actor1 == null) actor1 = unmarkedProtesters(hit, a, lex);
        if (actor1 == null) actor1 = protestersPlace(frames, hit, b);
        if (actor1 == null) return null;
        if (!noun && !(passive && agent != null) && GroupActors.isGroup(actor1.entity()) && !rightBefore(actor1, verbStart, a)) {
            // a group named earlier in the clause ("three civilians were killed when shells hit") is rarely the
            // subject of a later verb: a group acts as the subject right before its verb ("Insurgents bombarded")
            return null;
        }
        if (actor2 == null) actor2 = qualifiedObject(hit, b, lex, ev, hits, actor1);
        if (actor2 == null) actor2 = object(hit, b, lex, frames, hits, actor1, a);
        if (actor2 == null && (hit.trigger.type() == EventType.AGREE || "return".equals(hit.trigger.mode()))) actor2 = beneficiary(hit, b, lex, frames, actor1);
        if (actor2 == null) actor2 = threatened(hit, b, lex, frames, hits, actor1, a);
        if (actor2 == null && hit.trigger.type() == EventType.ACCUSE && !noun) actor2 = accusedBeforeComma(hit, a, actor1);
        if (actor2 == null && noun && support >= 0) actor2 = dativeBefore(support, hit, lex, actor1);
        if (actor2 == null && hit.trigger.type() == EventType.MOBILIZE) actor2 = acrossBorder(hit, a, b, lex, actor1);
        if (actor2 == null && noun && "expel".equals(hit.trigger.mode())) actor2 = expelledBefore(hit, a, lex, actor1);
        if (actor2 == null && sharing != null && (objectClitic(verbStart - 1, lex) || lex.isDeterminer(ix.form(verbStart - 1))
                || hit.end < b && objectClitic(hit.end, lex))) {
            // "..., les accusant de ...": the pronoun stands for the object of the verb the participle is attached to
            actor2 = object(sharing, b, lex, frames, hits, actor1, a);
        }
        if (actor2 == null && !noun) actor2 = groupActor(hit.end, objectEnd(hit, b, lex, hits), lex, ev, actor1);
        if (actor2 == null && !noun && groupOfAfter(actor1, hit.end, objectEnd(hit, b, lex, hits), ev)
                && distinctGroups(actor1, a, b, ev)) {
            // "Georgian demonstrators attacked the Georgian government": one group of the state against another
            actor2 = actor1;
        }
        EntityRef[] forced = forceActors(hit, a, b, lex, frames, hits, actor1, actor2);
        actor1 = forced[0];
        actor2 = forced[1];
        if (actor1 == null) return null;
        actor1 = seats.resolve(actor1);
        actor2 = seats.resolve(actor2);
        if (noun && support >= 0 && FOLLOWS_SUBJECT.contains(hit.trigger.type()) && actor2 != null
                && seats.sideOf(actor2).equals(seats.sideOf(actor1))) {
            // "X a promis le soutien de l'Allemagne": a complement on the actor's own side is the giver; the one
            // supported is the partner named before
            actor2 = seats.resolve(personBefore(hit.start, a, actor1));
        }
        // a city the text ties to no state stays the first actor ("Korvan a rejeté toute critique" is still a
        // rejection, by whoever Korvan speaks for); as a target it is only where the act happened
        EntityRef visited = null;
        if (seats.unresolvedCity(actor2)) {
            visited = actor2;
            // "les forces valdoriennes ont pilonné Dravnik": in a story between two states, a town struck,
            // threatened or accused by one side belongs to the other
            actor2 = TOWARD_OTHER_SIDE.contains(hit.trigger.type()) ? seats.counterpart(actor1) : null;
        }
        if (seats.unresolvedCity(actor1) && actor2 != null) {
            // "Miravel avait expulsé quatre diplomates valdoriens": a city acting against one side of a two-state
            // story speaks for the other
            EntityRef other = seats.counterpart(actor2);
            if (other != null) actor1 = other;
        }
        if (actor2 == null && !noun && hit.trigger.type() == EventType.REJECT && proposalRejected(frames, hit, b)) {
            // "X a déclaré qu'elle avait proposé ..., mais que la Valdorie avait rejeté l'idée": the idea is the
            // speaker's, who is the one rejected
            actor2 = reportingSpeaker(hit, a, lex);
        }
        if (actor2 != null && actor2.entity().equals(actor1.entity()) && !distinctGroups(actor1, a, b, ev)) actor2 = null;
        // (after the target is chosen: residents may act toward their own state's government)
        actor1 = seats.resolve(residents(actor1, a, hit.start, lex, frames));
        boolean victims = actor2 == null && visited == null && unnamedVictims(hit, b, lex, hits);
        if (actor2 == null && visited == null) actor2 = otherSide(hit, actor1, victims, lex);
        if ((DYADIC.contains(hit.trigger.type()) || hit.trigger.needsTarget()) && actor2 == null && visited == null && !victims) return null;
        if (hit.trigger.received()) {
            // "Georgian demonstrators received weapons from the government": the giver acts, the subject receives
            if (actor2 == null) return null;
            EntityRef giver = actor2;
            actor2 = actor1;
            actor1 = giver;
        }

        String mode = hit.trigger.mode();
        if (hit.trigger.type() == EventType.CONSULT) {
            for (Frm f : frames) if (f.word.frame() == Frame.MODE && f.word.mode() != null) mode = f.word.mode();
        }
        EntityRef location = location(frames, a, b, actor1, actor2);
        if (location == null && hit.trigger.type() == EventType.RETREAT && hit.trigger.mode() == null) location = withdrawnFrom(hit, b, lex, frames, actor1);
        if (location == null) location = visited;
        actor2 = domesticGroup(hit, actor1, actor2, location, lex);
        String date = date(evidence, hit);
        boolean negated = negated(hit, verbStart, a, ev);
        EventType type = hit.trigger.type();
        if (PURPOSE.equals(mode) && !intended(frames, hit)) return null;
        if (intended(frames, hit) || announcedForce(frames, hit, a, lex)) {
            // PLOVER codes a stated intention, not the act: force, pressure or troops announced are a threat,
            // cooperation, aid, talks or a release announced are an agreement (CAMEO 03 and 13)
            EventType intent = INTENT.get(type);
            if (intent != null) {
                type = intent;
                mode = null;
            }
        }
        return new Event(type, mode, actor1, actor2, location, date, negated, evidence);
    }

    /** The weapon word ({@code arms} in event-patterns.tsv) a passive's agent name qualifies, within its phrase; or -1. */
    private int weaponAfter(Mention agent, int b, SpeechLexicon lex) {
        EventPatterns p = EventPatterns.of(lex.language());
        int m = ix.firstTokenAtOrAfter(agent.end());
        for (int k = m; k < b && k < m + 4; k++) {
            if (ix.isPunct(k) && !ix.form(k).equals("-")) return -1;
            if (p.startsAt(EventPatterns.Role.ARMS, ix.forms(), k, b)) return k;
            if (ix.mention(k) != null || lex.kindOf(ix.form(k)) != null && !lex.isDeterminer(ix.form(k))) return -1;
        }
        return -1;
    }

    /**
     * "blown up by a missile believed to be fired by rebels": a verb describing a weapon that is itself the agent of
     * another passive is that attack told again, not an act of its own.
     */
    private boolean weaponRelative(List<Frm> frames, Hit hit, int a, SpeechLexicon lex) {
        EventPatterns p = EventPatterns.of(lex.language());
        for (int k = hit.start - 1; k >= a && k >= hit.start - 5; k--) {
            if (ix.isPunct(k) || ix.mention(k) != null) return false;
            if (!p.startsAt(EventPatterns.Role.ARMS, ix.forms(), k, hit.start)) continue;
            for (Frm f : frames) if (f.word.frame() == Frame.BY && f.end <= k && k - f.end <= 6) return true;
            return false;
        }
        return false;
    }

    /**
     * Acts whose passive subject is still the one acting: troops "were deployed", "were withdrawn" are the
     * deploying state's own; a release acts on the one released.
     */
    private static boolean movesItself(Trigger t) {
        return t.type() == EventType.MOBILIZE || t.type() == EventType.RETREAT && !"release".equals(t.mode());
    }

    /**
     * The subject before a verb; an acronym in brackets right before it ("L'Organisation du traité ... (OTBC) a
     * appelé") is an aside, the subject is before it.
     */
    private Referent subjectOf(int verbStart, int a) {
        Referent r = refs.subjectBefore(verbStart, a, true);
        if (r != null || verbStart - 1 <= a || !ix.form(verbStart - 1).equals(")")) return r;
        for (int k = verbStart - 2; k > a && k >= verbStart - 8; k--) {
            if (ix.form(k).equals("(")) return refs.subjectBefore(k, a, true);
        }
        return null;
    }

    private EntityRef personBefore(int tok, int a, EntityRef not) {
        SpeechLexicon lex = refs.lexiconAt(tok);
        for (int k = tok - 1; k >= a && (lex == null || !lex.is(ix.form(k), Kind.THAT)); k--) {
            Mention m = ix.mention(k);
            if (m != null && !quoted.get(k) && ix.type(m) == EntityType.PER && !m.entityId().equals(not.entity())) return refs.actor(m);
        }
        return null;
    }

    /**
     * Acts that need someone on the receiving end, or at least a place hit, to be reported actions: "de nouveaux
     * tirs d'artillerie" with neither are drills; support and praise are for someone ("welcomed the accord" is no
     * one's support: PLOVER codes it with its target). (Coercion and sanctions were tried here too: on the demo gold
     * they lost more right types than false ones.)
     */
    private static final Set<EventType> DYADIC = EnumSet.of(EventType.ASSAULT, EventType.SUPPORT);

    /** PLOVER modes whose place after a locative preposition is the party acted with: visits, envoys recalled. */
    private static final Set<String> PLACE_IS_TARGET = Set.of("visit", "withdraw");

    /** Acts aimed at someone: a state after "at"/"à" is the target ("fired at Russia"), not the place. */
    private static final Set<EventType> TARGETED = EnumSet.of(EventType.ASSAULT, EventType.THREATEN, EventType.ACCUSE);

    /**
     * Acts aimed at the other party, whose target city, in a story between two states, stands for the other side
     * ("a appelé Korvan à", "shelled Dravnik"); visits and talks in a city are only located there.
     */
    private static final Set<EventType> TOWARD_OTHER_SIDE = EnumSet.of(EventType.ASSAULT, EventType.THREATEN,
            EventType.ACCUSE, EventType.REQUEST, EventType.SANCTION, EventType.COERCE);

    /** Nominal meetings, support and aid inside a phrase ("lors d'un entretien téléphonique") are the subject's. */
    private static final Set<EventType> FOLLOWS_SUBJECT = EnumSet.of(EventType.CONSULT, EventType.SUPPORT, EventType.AID);

    private static final Map<EventType, EventType> INTENT = intents();

    private static Map<EventType, EventType> intents() {
        Map<EventType, EventType> m = new EnumMap<>(EventType.class);
        for (EventType t : List.of(EventType.ASSAULT, EventType.COERCE, EventType.SANCTION, EventType.MOBILIZE)) m.put(t, EventType.THREATEN);
        for (EventType t : List.of(EventType.CONSULT, EventType.AID, EventType.SUPPORT, EventType.RETREAT, EventType.COOPERATE,
                EventType.CONCEDE)) m.put(t, EventType.AGREE);
        return Collections.unmodifiableMap(m);
    }

    /**
     * "wants to attack", "pledged to free", "est prête à livrer": an intention word ends at most a few tokens
     * before the trigger (negation, auxiliaries and adverbs between), in the same clause.
     */
    private boolean intended(List<Frm> frames, Hit hit) {
        for (Frm f : frames) {
            if (f.word.frame() != Frame.INTENT || f.end > hit.start || hit.start - f.end > 3) continue;
            boolean clause = true;
            for (int k = f.end; k < hit.start; k++) if (ix.isPunct(k) || startsFrame(frames, Frame.BACKGROUND, k)) clause = false;
            if (clause) return true;
        }
        return false;
    }

    /**
     * "wants Putin to attack", "urged Russia to withdraw", "would not allow Israel to strike": a trigger in an
     * infinitive (or "invited X to talks") whose own actor is named right before the infinitive marker is an action wished, asked or allowed
     * of someone else, not one the clause reports; the governing verb, if it is a trigger, is the event. A place
     * after a preposition ("sent troops to Iraq to fight") is not such an actor.
     */
    private boolean othersInfinitive(List<Frm> frames, Hit hit, int a, SpeechLexicon lex) {
        for (Frm f : frames) {
            if (f.word.frame() != Frame.INFINITIVE || f.end != hit.start || f.start <= a) continue;
            Mention m = actorMention(f.start - 1);
            if (m == null) continue;
            int k = ix.firstTokenAtOrAfter(m.start()) - 1;
            while (k >= a && lex.isDeterminer(ix.form(k))) k--;
            if (k < a) return false;
            Kind kind = lex.kindAt(ix, k);
            boolean prepositional = kind == Kind.PREP || kind == Kind.LINK || kind == Kind.SOURCE || startsFrame(frames, k);
            if (!prepositional) return true;
        }
        return false;
    }

    private static boolean startsFrame(List<Frm> frames, Frame frame, int k) {
        for (Frm f : frames) if (f.word.frame() == frame && f.start == k) return true;
        return false;
    }

    private static boolean startsFrame(List<Frm> frames, int k) {
        for (Frm f : frames) if (f.end == k + 1) return true;
        return false;
    }

    /** "si Korvan ne retire pas", "until the troops withdrew": a condition, not an event. */
    private boolean conditional(List<Frm> frames, Hit hit, SpeechLexicon lex) {
        for (Frm f : frames) {
            if (f.word.frame() != Frame.CONDITION || f.end > hit.start) continue;
            if (trailingCondition(f)) {
                // "no solution can be found unless X is disarmed and stops firing at Y": a condition after its main
                // clause holds everything up to the end of the sentence (a semicolon starts another clause)
                boolean open = true;
                for (int k = f.end; k < hit.start; k++) if (ix.form(k).equals(";")) open = false;
                if (open) return true;
                continue;
            }
            if (hit.start - f.end > 8) continue;
            boolean sameClause = true;
            for (int k = f.end; k < hit.start; k++) {
                if (ix.form(k).equals(",") || ix.form(k).equals(";")) sameClause = false;
            }
            if (sameClause) return true;
        }
        return false;
    }

    /**
     * A condition word marked to run to the sentence end ({@code rest}) that follows a main clause: a word before it
     * that is no comma, "that" or coordination ("he said that if X attacks, ..." opens a condition of its own clause).
     */
    private boolean trailingCondition(Frm f) {
        if (!"rest".equals(f.word.mode())) return false;
        int s = ix.sentenceOf(f.start);
        if (f.start <= ix.sentenceStart(s)) return false;
        String before = ix.form(f.start - 1);
        return !ix.isPunct(f.start - 1) && !before.equals("that") && !before.equals("and") && !before.equals("but")
                && !before.equals("or");
    }

    /** "d'éventuelles sanctions", "possible sanctions": only considered, not an event. */
    private boolean irrealis(List<Frm> frames, Hit hit) {
        for (Frm f : frames) if (f.word.frame() == Frame.IRREALIS && f.end == hit.start) return true;
        return false;
    }

    /**
     * A nominal trigger that is the object of a verb of judgement ("a qualifié les expulsions", "a dénoncé le
     * déploiement") names someone else's action, already reported; the judgement is the event.
     */
    private boolean judged(Hit hit, int a, SpeechLexicon lex) {
        for (int k = hit.start - 1; k >= a && k >= hit.start - 4; k--) {
            String f = ix.form(k);
            Kind kind = lex.kindOf(f);
            if (kind == Kind.VERB_OBJ) return true;
            if (kind != null && kind.isVerb() || ix.isPunct(k)) return false;
        }
        return false;
    }

    /**
     * The first token of a support verb ({@code @light}: "a lancé", "launched", "a promis") whose object the nominal
     * trigger is: at most eight tokens before it, with no punctuation, other verb or clause boundary between (dates,
     * places and determiners may come between: "a lancé lundi en Pologne des manœuvres"); -1 when there is none.
     */
    private int supportVerb(List<Frm> frames, Hit hit, int a, SpeechLexicon lex) {
        int best = -1;
        for (Frm f : frames) {
            if (f.word.frame() != Frame.LIGHT || f.end > hit.start || f.end < hit.start - 8 || f.start < a) continue;
            boolean clear = true;
            for (int k = f.end; k < hit.start && clear; k++) {
                Kind kind = lex.kindOf(ix.form(k));
                boolean mark = OPENING_MARKS.contains(ix.form(k)) && k == hit.start - 1;
                if (ix.isPunct(k) && !mark || quoted.get(k) && !mark || kind == Kind.THAT || kind == Kind.REL || kind != null && kind.isVerb()) clear = false;
            }
            if (clear) best = f.start;
        }
        return best;
    }

    /**
     * For a present participle opening a clause after a comma ("..., accusant X de", "..., les accusant de",
     * "..., accusing them of"), the nearest verb trigger before that comma, whose subject the participle shares; null
     * otherwise.
     */
    private Hit sharedClause(Hit hit, int verbStart, int a, SpeechLexicon lex, List<Hit> hits) {
        if (hit.trigger.noun() || !lex.isParticiple(ix.form(hit.start))) return null;
        int k = verbStart - 1;
        if (k > a && (objectClitic(k, lex) || lex.isDeterminer(ix.form(k)))) k--;
        if (k <= a || !ix.form(k).equals(",")) return null;
        Hit main = null;
        for (Hit o : hits) if (o.end <= k && !o.trigger.noun()) main = o;
        return main;
    }

    private boolean objectClitic(int k, SpeechLexicon lex) {
        SpeechLexicon.Pronoun p = lex.pronoun(ix.form(k));
        return p != null && p.object() && ix.mention(k) == null;
    }

    /** A nominal trigger right after a speech verb or "that" ("said the sanctions showed ..."). */
    private boolean opensReportedClause(Hit hit, int a, SpeechLexicon lex) {
        int k = hit.start - 1;
        while (k >= a && (lex.isDeterminer(ix.form(k)) || ix.mention(k) != null && !ix.isPunct(k))) k--;
        if (k < a) return false;
        Kind kind = lex.kindOf(ix.form(k));
        return kind == Kind.THAT || kind == Kind.VERB_BARE;
    }

    /** A nominal trigger inside a prepositional phrase ("lors d'un entretien", "dans le cadre des manœuvres"). */
    private boolean embedded(Hit hit, int a, SpeechLexicon lex) {
        int k = hit.start - 1;
        while (k >= a && (lex.isDeterminer(ix.form(k)) || ix.token(k).kind() == Token.Kind.NUMBER)) k--;
        if (k < a) return false;
        Kind kind = lex.kindAt(ix, k);
        return kind == Kind.PREP || kind == Kind.LINK || kind == Kind.SOURCE;
    }

    /**
     * The actor a nominal trigger names itself: a place adjective right after or before it ("les manœuvres
     * valdoriennes", "Lessarian fire") or a complement "de X" / "of X" ("le déploiement de soldats valdoriens").
     */
    private Mention nounActor(Hit hit, int a, int b, SpeechLexicon lex) {
        if (hit.end < b) {
            Mention right = actorMention(hit.end);
            if (right != null) return right;
            if (lex.is(ix.form(hit.end), Kind.LINK)) {
                for (int k = hit.end + 1; k < b && k <= hit.end + 4; k++) {
                    Mention m = actorMention(k);
                    if (m != null) return m;
                    Kind kind = lex.kindOf(ix.form(k));
                    // "le retrait de ses troupes de Syrie": a possessive points back to the subject, and a second
                    // "de" opens a complement of the complement (where from), not its owner
                    if (lex.is(ix.form(k), Kind.POSS) || lex.is(ix.form(k), Kind.LINK) && ix.mention(k) == null) break;
                    // "the deployment of troops to Iraq": "to" ends the complement, what follows is where
                    if (ix.isPunct(k) || kind == Kind.PREP || kind == Kind.THAT || kind == Kind.REL || kind != null && kind.isVerb()
                            || lex.marksInfinitive(ix.form(k))) break;
                }
            }
        }
        if (hit.start > a) {
            Mention left = actorMention(hit.start - 1);
            if (left != null && ix.type(left) != EntityType.PER) return left;
        }
        return null;
    }

    /**
     * The named owner of a noun trigger in a possessive ("Lessaria's request", "Russia's latest offensive"): an
     * actor followed by "'s", at most two words before the noun; null when there is none.
     */
    private Mention possessor(Hit hit, int a) {
        for (int k = hit.start - 1; k >= a && k >= hit.start - 3; k--) {
            String f = ix.form(k);
            if (ix.isPunct(k) && !f.equals("'") && !f.equals("’")) return null;
            int owner = -1;
            if (f.equals("'s") || f.equals("’s")) owner = k - 1;
            else if (f.equals("s") && k - 1 >= a && (ix.form(k - 1).equals("'") || ix.form(k - 1).equals("’"))) owner = k - 2;
            else if ((f.endsWith("'s") || f.endsWith("’s")) && actorMention(k) != null) return actorMention(k);
            if (owner >= a) return actorMention(owner);
            if (owner >= 0) return null;
        }
        return null;
    }

    /** A proposal noun ("l'idée", "the proposal") as the object, within four tokens after a verb trigger or in it. */
    private boolean proposalRejected(List<Frm> frames, Hit hit, int b) {
        for (Frm f : frames) {
            // inside the trigger too: "turned the idea down"
            if (f.word.frame() != Frame.PROPOSAL || f.start < hit.start || f.start > hit.end + 3 || f.start >= b) continue;
            if (f.start < hit.end || !punctuationBetween(hit.end, f.start)) return true;
        }
        return false;
    }

    /** The speaker of the reported clause a trigger sits in: the subject of the verb before the first "que"/"that". */
    private EntityRef reportingSpeaker(Hit hit, int a, SpeechLexicon lex) {
        int that = -1;
        for (int k = a; k < hit.start; k++) {
            if (lex.is(ix.form(k), Kind.THAT)) {
                that = k;
                break;
            }
        }
        for (int v = that - 1; v >= a && that > a; v--) {
            Kind k = lex.kindOf(ix.form(v));
            if (k != null && k.isVerb()) {
                int vs = v;
                while (vs > a && lex.is(ix.form(vs - 1), Kind.AUX)) vs--;
                Referent speaker = refs.subjectBefore(vs, a);
                return speaker == null ? null : speaker.ref();
            }
        }
        return null;
    }

    /** "X a déclaré qu'il/elle ...": a pronoun opening reported content stands for the speaker. */
    private EntityRef reportedSubject(Referent subject, int verbStart, int a, SpeechLexicon lex) {
        if (subject.form() != Referent.Form.PRONOUN) return subject.ref();
        int p = ix.firstTokenAtOrAfter(subject.span().start());
        if (p <= a || !lex.is(ix.form(p - 1), Kind.THAT)) return subject.ref();
        for (int v = p - 2; v >= a; v--) {
            Kind k = lex.kindOf(ix.form(v));
            if (k != null && k.isVerb()) {
                int vs = v;
                while (vs > a && lex.is(ix.form(vs - 1), Kind.AUX)) vs--;
                Referent speaker = refs.subjectBefore(vs, a);
                if (speaker != null && speaker.ref() != null) return speaker.ref();
                break;
            }
        }
        return subject.ref();
    }

    /**
     * "La Valdorie et la Lessarie sont convenues", "MM. Saldanov et Vasko ont accepté": the last two actors joined by
     * "et"/"and" before the trigger, outside prepositional phrases, names preferred to adjectives.
     */
    private Mention[] coordinatedSubject(int a, int verbStart, SpeechLexicon lex) {
        Mention[] found = null;
        for (int k = a; k < verbStart; k++) {
            if (lex.is(ix.form(k), Kind.THAT)) found = null;
            Mention first = actorMention(k);
            if (first == null || k > a && ix.token(k).start() > first.start()) continue;
            int j = ix.firstTokenAtOrAfter(first.end());
            if (j >= verbStart || !lex.is(ix.form(j), Kind.STOP)) continue;
            j++;
            while (j < verbStart && lex.isDeterminer(ix.form(j))) j++;
            Mention second = j < verbStart ? actorMention(j) : null;
            if (second == null || second.entityId().equals(first.entityId()) || precededByPrep(k, a, lex)) continue;
            if (found == null || !isAdjective(k) || isAdjective(ix.firstTokenAtOrAfter(found[0].start()))) {
                found = new Mention[]{first, second};
            }
        }
        return found;
    }

    private boolean punctuationBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            String f = ix.form(k);
            if (f.equals(",") || f.equals(";") || f.equals(":")) return true;
        }
        return false;
    }

    private boolean precededByPrep(int k, int a, SpeechLexicon lex) {
        int j = k - 1;
        while (j >= a && lex.isDeterminer(ix.form(j))) j--;
        if (j < a) return false;
        Kind kind = lex.kindAt(ix, j);
        return kind == Kind.PREP || kind == Kind.SOURCE;
    }

    /**
     * "entre X et Y", "between X and Y" shortly after the trigger (anywhere before a noun trigger); from
     * {@code clauseFrom} on, only in the trigger's clause ("des tirs près de Dravnik, ... la crise entre X et Y"
     * names the parties to the crisis, not to the shooting).
     */
    private Mention[] between(List<Frm> frames, int from, int to, int clauseFrom, SpeechLexicon lex) {
        for (Frm f : frames) {
            if (f.word.frame() != Frame.BETWEEN || f.start < from || f.start >= to) continue;
            if (f.start >= clauseFrom && punctuationBetween(clauseFrom, f.start)) continue;
            Mention first = null;
            for (int k = f.end; k < to + 8 && k < ix.size(); k++) {
                Mention m = actorMention(k);
                if (m == null) continue;
                if (ix.type(m) != EntityType.PER) {
                    Mention person = personInPhrase(ix.firstTokenAtOrAfter(m.end()), Math.min(ix.size(), k + 7), lex);
                    if (person != null) m = person;
                }
                if (first == null) {
                    first = m;
                    k = Math.max(k, ix.firstTokenAtOrAfter(m.end()) - 1);
                } else if (!m.entityId().equals(first.entityId())) {
                    return new Mention[]{first, m};
                }
            }
        }
        return null;
    }

    /**
     * The second actor: for a meeting, the partner after "avec"/"with" or the other person named before the trigger;
     * otherwise the first actor named after the trigger in its clause, places after a locative preposition excepted.
     */
    private EntityRef object(Hit hit, int b, SpeechLexicon lex, List<Frm> frames, List<Hit> hits, EntityRef actor1, int a) {
        int end = b;
        for (Hit other : hits) if (other.start >= hit.end && other.start < end && !other.trigger.noun()) end = other.start;
        if (hit.trigger.type() == EventType.CONSULT) {
            for (Frm f : frames) {
                if (f.word.frame() != Frame.WITH || f.start < hit.end || f.start >= Math.min(end, hit.end + 10)) continue;
                Mention person = personInPhrase(f.end, Math.min(b, f.end + 12), lex);
                Mention partner = person != null ? person : mentionAfterFrame(frames, Frame.WITH, f.start, f.start + 1);
                if (partner != null && !partner.entityId().equals(actor1.entity())) return refs.actor(partner);
            }
        }
        boolean release = "release".equals(hit.trigger.mode());
        if (hit.trigger.type() == EventType.MOBILIZE || hit.trigger.type() == EventType.RETREAT && !release) {
            // the target of a deployment is a party named as such ("near its border with Lessaria"), not a place
            for (Frm f : frames) {
                if (f.word.frame() != Frame.WITH || f.start < hit.end || f.start >= end) continue;
                int k = f.end;
                while (k < end && lex.isDeterminer(ix.form(k))) k++;
                Mention with = k < end ? actorMention(k) : null;
                if (with != null && !with.entityId().equals(actor1.entity())) return refs.actor(with);
            }
            return null;
        }
        if (hit.trigger.type() == EventType.CONSULT && hit.trigger.noun() && embedded(hit, a, lex)) {
            // "a assuré X ... lors d'un entretien téléphonique": the partner is the person the clause is about
            return personBefore(hit.start, a, actor1);
        }
        int limit = Math.min(end, hit.end + 24);
        int from = hit.end;
        // "urged that X ...", "alleged that X had ...": the addressee or the accused opens the clause
        boolean clauseTarget = hit.trigger.type() == EventType.REQUEST || hit.trigger.type() == EventType.ACCUSE;
        if (clauseTarget) from = afterThat(from, Math.min(b, from + 4), lex);
        for (int k = from; k < limit; k++) {
            if (quoted.get(k)) continue;
            String f = ix.form(k);
            if (f.equals(";") || f.equals(":") || f.equals(".") || lex.is(f, Kind.THAT) || lex.is(f, Kind.REL)) break;
            if (f.equals(",") && k > hit.end + 1 || startsFrame(frames, Frame.BACKGROUND, k)) break;
            Mention m = actorMention(k);
            EntityRef unmarkedState = m == null ? unmarkedStateGroup(k, b, lex) : null;
            if (unmarkedState != null && !unmarkedState.entity().equals(actor1.entity())) return unmarkedState;
            if (m == null || m.entityId().equals(actor1.entity())) continue;
            // "a demandé des détails à Korvan": the one asked follows "à" as a place would
            boolean aimed = (TARGETED.contains(hit.trigger.type()) || hit.trigger.type() == EventType.REQUEST && !hit.trigger.noun())
                    && !locative(frames, k, "near");
            // "s'est rendu en Égypte", "une visite en Inde": the place a visitor goes to is the one visited, as
            // "traveled to Egypt"; "a rappelé son ambassadeur en Algérie": the state the envoy was posted to
            boolean visited = PLACE_IS_TARGET.contains(String.valueOf(hit.trigger.mode())) && !locative(frames, k, "near");
            if (locative(frames, k, null) && ix.type(m) != EntityType.PER && !isAdjective(k) && !aimed && !visited) continue;
            if (afterFrame(frames, Frame.BY, k) && byRightAfter(frames, hit)) continue;
            // "complained to the United Nations over Israeli raids": the one told of a grievance is not the accused
            if (hit.trigger.type() == EventType.ACCUSE && afterFrame(frames, Frame.INFINITIVE, k)) {
                k = Math.max(k, ix.firstTokenAtOrAfter(m.end()) - 1);
                continue;
            }
            if (ix.type(m) != EntityType.PER) {
                Mention person = personInPhrase(ix.firstTokenAtOrAfter(m.end()), Math.min(limit, k + 7), lex);
                if (person != null && !person.entityId().equals(actor1.entity())) return refs.actor(person);
            }
            return refs.actor(m);
        }
        if (hit.trigger.type() == EventType.CONSULT || hit.trigger.type() == EventType.SUPPORT) {
            for (int k = hit.start - 1; k >= a && !lex.is(ix.form(k), Kind.THAT); k--) {
                Mention m = ix.mention(k);
                if (m != null && !quoted.get(k) && ix.type(m) == EntityType.PER && !m.entityId().equals(actor1.entity())) {
                    return refs.actor(m);
                }
            }
        }
        return null;
    }

    /**
     * Where the clause a demand or an accusation governs starts: after its "that", which may follow a word or two
     * naming no actor ("demanded Friday that X ...", "urged on Monday that X ..."); {@code from} when there is none.
     */
    private int afterThat(int from, int to, SpeechLexicon lex) {
        for (int k = from; k < to; k++) {
            String f = ix.form(k);
            if (lex.is(f, Kind.THAT)) return k + 1;
            if (actorMention(k) != null || f.equals(",") || f.equals(";") || f.equals(".")) break;
        }
        return from;
    }

    /** "shelled by X": the agent of a passive trigger, not its object; "assets held by X" is an object. */
    private boolean byRightAfter(List<Frm> frames, Hit hit) {
        for (Frm f : frames) if (f.word.frame() == Frame.BY && (f.start == hit.end || f.start == hit.end + 1)) return true;
        return false;
    }

    /** A person named within a phrase, through an apposition ("la cheffe de la diplomatie alvénienne, Sabine ..."). */
    private Mention personInPhrase(int from, int to, SpeechLexicon lex) {
        int commas = 0;
        for (int k = from; k < to && k < ix.size(); k++) {
            Mention m = ix.mention(k);
            if (m != null && !quoted.get(k) && ix.type(m) == EntityType.PER) return m;
            String f = ix.form(k);
            if (f.equals(",") && ++commas > 1) return null;
            Kind kind = lex.kindOf(f);
            if (f.equals(";") || f.equals(".") || kind == Kind.THAT || kind == Kind.REL || kind != null && kind.isVerb()) return null;
        }
        return null;
    }

    /**
     * A place right after a locative preposition ("à Brenhaven"), of the given mode when not null ("near": "près
     * de Tesmar", never a target); "à la Lessarie", with an article, is a party.
     */
    private boolean locative(List<Frm> frames, int k, String mode) {
        Mention m = ix.mention(k);
        int first = m == null ? k : ix.firstTokenAtOrAfter(m.start());
        for (Frm f : frames) {
            if (f.word.frame() == Frame.LOC && f.end == first && (mode == null || mode.equals(f.word.mode()))) return true;
        }
        return false;
    }

    /** Where it happened: the first place named after a locative preposition in the sentence, actors excepted. */
    private EntityRef location(List<Frm> frames, int a, int b, EntityRef actor1, EntityRef actor2) {
        for (Frm f : frames) {
            if (f.word.frame() != Frame.LOC) continue;
            for (int k = f.end; k < b && k <= f.end + 3; k++) {
                Mention m = ix.mention(k);
                if (m == null) {
                    if (ix.isPunct(k)) break;
                    continue;
                }
                EntityType t = ix.type(m);
                boolean direct = k == f.end || t == EntityType.LOC;
                if (direct && (t == EntityType.GPE || t == EntityType.LOC) && !isAdjective(k) && !quoted.get(k)
                        && !m.entityId().equals(actor1.entity()) && (actor2 == null || !m.entityId().equals(actor2.entity()))) {
                    return ix.ref(m);
                }
                break;
            }
        }
        return null;
    }

    /** The value of the time expression of the sentence nearest to the trigger. */
    private String date(Span sentence, Hit hit) {
        return dateAt(sentence, ix.token(hit.start).start());
    }

    private String dateAt(Span sentence, int at) {
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression t : times) {
            if (!sentence.contains(t.span()) || t.value() == null) continue;
            int d = Math.abs(t.start() - at);
            if (d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return best == null ? null : best.value();
    }

    private boolean negated(Hit hit, int verbStart, int a, EventLexicon ev) {
        // "n'avoir aucune intention d'envahir": a denial worded as a negation is not a negated denial
        if (ev.negations().longestAt(ix.forms(), hit.start, hit.end).isPresent()) return hit.trigger.type() != EventType.REJECT;
        for (int k = Math.max(a, Math.min(verbStart, hit.start - 4)); k < hit.start; k++) {
            if (ix.mention(k) != null) continue;
            if (ev.negations().longestAt(ix.forms(), k, hit.start).isPresent()) return true;
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------- group actors

    /** Where the clause of a verb starts: after the last comma, semicolon or "that" before it. */
    private int clauseStart(int verbStart, int a, SpeechLexicon lex) {
        for (int k = verbStart - 1; k > a; k--) {
            String f = ix.form(k);
            if (f.equals(",") || f.equals(";") || f.equals(":") || lex.is(f, Kind.THAT) || lex.is(f, Kind.REL)) return k + 1;
        }
        return a;
    }

    /** Where an object phrase after a verb trigger ends: the next verb trigger or clause punctuation. */
    private int objectEnd(Hit hit, int b, SpeechLexicon lex, List<Hit> hits) {
        int end = Math.min(b, hit.end + 12);
        for (Hit other : hits) if (other.start >= hit.end && other.start < end && !other.trigger.noun()) end = other.start;
        for (int k = hit.end; k < end; k++) {
            String f = ix.form(k);
            if (f.equals(",") || f.equals(";") || f.equals(":") || lex.is(f, Kind.THAT) || lex.is(f, Kind.REL)) return k;
        }
        return end;
    }

    /**
     * A group noun ("the police", "rebels", "le gouvernement") between {@code from} and {@code to} standing for the
     * state or organisation that qualifies it: "Syria's rebels", "the government of Georgia", "police in Guyana",
     * "les forces de la Valdorie". The first qualified group noun wins; a bare one gives nothing, since an event
     * actor must be an entity of the document.
     */
    private EntityRef groupActor(int from, int to, SpeechLexicon lex, EventLexicon ev, EntityRef not) {
        for (int k = from; k < to; k++) {
            if (quoted.get(k)) continue;
            Optional<PhraseMatcher.Match<Boolean>> g = ev.groups().longestAt(ix.forms(), k, to);
            if (g.isEmpty()) continue;
            int end = g.get().end();
            Mention q = null;
            // "Syria's rebels": a possessive right before the noun (determiners and adjectives allowed between)
            for (int j = k - 1; j >= from && j >= k - 4 && q == null; j--) {
                String f = ix.form(j);
                if ((f.equals("'s") || f.equals("’s") || f.equals("'") || f.equals("’")) && j > 0) q = actorMention(j - 1);
                if (ix.isPunct(j) && !f.startsWith("'") && !f.startsWith("’")) break;
            }
            // "the government of Georgia", "police in Guyana", "les forces de la Valdorie"
            if (q == null && end < to && (lex.is(ix.form(end), Kind.LINK) || lex.kindAt(ix, end) == Kind.PREP)) {
                for (int j = end + 1; j < to && j <= end + 3; j++) {
                    Mention m = actorMention(j);
                    if (m != null) {
                        q = m;
                        break;
                    }
                    if (!lex.isDeterminer(ix.form(j))) break;
                }
            }
            if (q == null) continue;
            EntityRef ref = refs.actor(q);
            if (not == null || !ref.entity().equals(not.entity())) return ref;
        }
        return null;
    }

    /**
     * The state qualifying a group noun right before token {@code k} by a place adjective, before the noun
     * ("Valdorian troops") or after it ("troupes valdoriennes"); null when there is none.
     */
    private EntityRef qualifiedGroupBefore(int k, int a, EventLexicon ev) {
        for (int noun = k - 1; noun >= a && noun >= k - 2; noun--) {
            if (ev.groups().longestAt(ix.forms(), noun, noun + 1).isEmpty()) continue;
            int after = noun + 1, before = noun - 1;
            if (after < k && isStateAdjective(after)) return refs.actor(ix.mention(after));
            if (after == k && before >= a && isStateAdjective(before)) return refs.actor(ix.mention(before));
        }
        return null;
    }

    private boolean isStateAdjective(int k) {
        Mention m = ix.mention(k);
        return m != null && !quoted.get(k) && ix.type(m) == EntityType.GPE
                && (!ix.isCapitalised(k) || ix.entityOf(m) != null && ix.surface(k).length() > ix.entityOf(m).name().length());
    }

    /**
     * Whether the sentence names two different groups of one state ("Georgian demonstrators ... the Georgian
     * government", "Syrian forces ... Syrian rebels"): two mentions of the entity, each right before a group noun,
     * with different nouns. An act between them is then one side of the state against the other, not a reflexive
     * act to drop.
     */
    private boolean distinctGroups(EntityRef actor, int a, int b, EventLexicon ev) {
        Set<String> nouns = new HashSet<>();
        for (int k = a; k < b; k++) {
            Mention m = ix.mention(k);
            if (m == null || !m.entityId().equals(actor.entity())) continue;
            int after = ix.firstTokenAtOrAfter(m.end());
            if (after > k) k = after - 1;
            if (after >= b) break;
            Optional<PhraseMatcher.Match<Boolean>> g = ev.groups().longestAt(ix.forms(), after, Math.min(b, after + 3));
            if (g.isPresent()) nouns.add(String.join(" ", ix.forms().subList(after, g.get().end())));
        }
        return nouns.size() > 1;
    }

    /** Whether a mention of the actor's entity right before a group noun lies in {@code [from, to)}. */
    private boolean groupOfAfter(EntityRef actor, int from, int to, EventLexicon ev) {
        for (int k = from; k < to; k++) {
            Mention m = ix.mention(k);
            if (m == null || quoted.get(k) || !m.entityId().equals(actor.entity())) continue;
            int after = ix.firstTokenAtOrAfter(m.end());
            if (after < to && ev.groups().longestAt(ix.forms(), after, to).isPresent()) return true;
        }
        return false;
    }

    /** Whether token {@code k} follows a preposition other than "of" (determiners between). */
    private boolean afterPreposition(int k, int a, SpeechLexicon lex, List<Frm> frames) {
        int j = k - 1;
        while (j >= a && lex.isDeterminer(ix.form(j))) j--;
        if (j < a || lex.is(ix.form(j), Kind.LINK)) return false;
        return lex.kindAt(ix, j) == Kind.PREP || startsFrame(frames, Frame.PREP, j) || startsFrame(frames, Frame.LOC, j)
                || startsFrame(frames, Frame.WITH, j);
    }

    /**
     * The state or organisation qualifying a phrase between {@code from} and {@code to} ("the Russian building",
     * "Israel's embassy"), the given agent's mention excepted; null when none is named.
     */
    private EntityRef qualifierBefore(int from, int to, Mention not) {
        for (int k = from; k < to; k++) {
            Mention m = actorMention(k);
            if (m == null || ix.type(m) == EntityType.PER || m.entityId().equals(not.entityId())) continue;
            return refs.actor(m);
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------- helpers

    private boolean isNegation(int k, SpeechLexicon lex, EventLexicon ev) {
        return ev.negations().longestAt(ix.forms(), k, k + 1).isPresent();
    }

    private Mention actorMention(int k) {
        Mention m = ix.mention(k);
        if (m == null || quoted.get(k)) return null;
        EntityType t = ix.type(m);
        return t == EntityType.PER || t == EntityType.ORG || t == EntityType.GPE ? m : null;
    }

    /** A lower-case place mention is a demonym ("valdoriennes"): an actor, never a location. */
    private boolean isAdjective(int k) {
        return !ix.isCapitalised(k);
    }

    private boolean hasFrame(List<Frm> frames, Frame frame, int from, int to) {
        for (Frm f : frames) if (f.word.frame() == frame && f.start >= from && f.start < to) return true;
        return false;
    }

    /** Whether a frame word of this kind sits right before token {@code k} (determiners allowed between). */
    private boolean afterFrame(List<Frm> frames, Frame frame, int k) {
        for (Frm f : frames) {
            if (f.word.frame() != frame || f.end > k) continue;
            boolean adjacent = true;
            for (int j = f.end; j < k; j++) {
                SpeechLexicon lex = refs.lexiconAt(j);
                if (lex == null || !(lex.isDeterminer(ix.form(j)) || lex.is(ix.form(j), Kind.LINK))) adjacent = false;
            }
            if (adjacent) return true;
        }
        return false;
    }

    private Mention mentionAfterFrame(List<Frm> frames, Frame frame, int from, int to) {
        for (Frm f : frames) {
            if (f.word.frame() != frame || f.start < from || f.start >= to) continue;
            for (int k = f.end; k < Math.min(ix.size(), f.end + 4); k++) {
                Mention m = actorMention(k);
                if (m != null) return m;
                if (ix.isPunct(k)) break;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------- cooperative acts (evcoop)

    /**
     * "the Asia-Pacific Economic Cooperation forum", "the Agency for Development and Cooperation": a capitalised
     * trigger word inside a longer organisation name is part of the name, not an act.
     */
    private boolean insideName(PhraseMatcher.Match<Trigger> m) {
        Mention name = ix.mention(m.start());
        if (name == null || ix.mention(m.end() - 1) != name || ix.type(name) != EntityType.ORG) return false;
        if (GroupActors.isGroup(name.entityId()) || !ix.isCapitalised(m.start())) return false;
        int first = ix.firstTokenAtOrAfter(name.start());
        return first < m.start() || ix.token(m.end() - 1).end() < name.end();
    }

    /**
     * "agreed to provide aid for Chad", "agreed to lift curbs on sales to Cuba": an agreement with no partner named
     * is aimed at the one the agreed act benefits, named after a dative preposition ({@code dative} in
     * event-patterns.tsv) later in its clause, past the verbs of the act agreed.
     */
    private EntityRef beneficiary(Hit hit, int b, SpeechLexicon lex, List<Frm> frames, EntityRef actor1) {
        EventPatterns p = EventPatterns.of(lex.language());
        for (int k = hit.end; k < b && k < hit.end + 20; k++) {
            String f = ix.form(k);
            if (quoted.get(k) || clauseStop(k) || lex.is(f, Kind.THAT) || lex.is(f, Kind.REL) || startsFrame(frames, Frame.BACKGROUND, k)) break;
            if (!p.startsAt(EventPatterns.Role.DATIVE, ix.forms(), k, k + 1)) continue;
            Mention m = nameAfter(k + 1, b);
            if (m != null && !m.entityId().equals(actor1.entity())) return refs.actor(m);
        }
        return null;
    }

    /** An actor named at most three plain words after {@code from} ("to 40 Chilean farmers", "for the new regime"). */
    private Mention nameAfter(int from, int b) {
        for (int j = from; j < b && j < from + 4; j++) {
            if (ix.isPunct(j) || quoted.get(j)) return null;
            Mention m = actorMention(j);
            if (m != null) return m;
            if (ix.mention(j) != null) return null;
        }
        return null;
    }

    /**
     * "withdrew two brigades from the disputed valley", "the withdrawal of its forces from Chad": the place a
     * withdrawal leaves, named after a preposition of origin ({@code @prep} of mode {@code origin}) in its clause,
     * is where it happens (and, with no second actor, the state it is aimed at).
     */
    private EntityRef withdrawnFrom(Hit hit, int b, SpeechLexicon lex, List<Frm> frames, EntityRef actor1) {
        for (Frm f : frames) {
            if (f.word.frame() != Frame.PREP || !"origin".equals(f.word.mode()) || f.start < hit.end || f.start > hit.end + 8) continue;
            boolean clause = true;
            for (int k = hit.end; k < f.start; k++) clause &= !clauseStop(k) && !lex.is(ix.form(k), Kind.THAT) && !lex.is(ix.form(k), Kind.REL) && !quoted.get(k);
            if (!clause) return null;
            for (int j = f.end; j < b && j < f.end + 4 && !ix.isPunct(j); j++) {
                Mention m = ix.mention(j);
                if (m == null) continue;
                EntityType t = ix.type(m);
                if ((t == EntityType.GPE || t == EntityType.LOC) && !m.entityId().equals(actor1.entity())) return ix.ref(m);
                return null;
            }
            return null;
        }
        return null;
    }

    /**
     * "lifted a night curfew", "eased emergency measures", "cancelled restrictions on ...", "called off the
     * blockade": a restriction (a coercive or sanctioning noun, or a noun of mode {@code restriction} in
     * event-cues.tsv) ended by a verb of release, yielding or cancellation at most three words before it (further
     * on, "released two activists held under martial law" frees persons) is one act, a
     * concession (PLOVER CONCEDE: ease administrative sanctions, restrictions, curfews), not the restriction. A noun
     * of mode {@code restriction} with no such verb is no act of its own.
     */
    private List<Hit> liftedRestrictions(List<Hit> hits) {
        List<Hit> out = new ArrayList<>(hits);
        for (int h = 0; h < out.size(); h++) {
            Hit noun = out.get(h);
            boolean marker = RESTRICTION.equals(noun.trigger.mode());
            boolean restriction = noun.trigger.noun() && (marker || noun.trigger.type() == EventType.COERCE
                    || noun.trigger.type() == EventType.SANCTION);
            if (!restriction) continue;
            Hit verb = null;
            for (int v = h - 1; v >= 0 && verb == null; v--) {
                Hit o = out.get(v);
                if (o.trigger.noun() || noun.start - o.end > 3) break;
                boolean punct = false;
                for (int k = o.end; k < noun.start; k++) punct |= ix.isPunct(k);
                if (punct) break;
                EventType t = o.trigger.type();
                if (t == EventType.CONCEDE || t == EventType.SANCTION || t == EventType.RETREAT && "release".equals(o.trigger.mode())) verb = o;
            }
            if (verb == null) {
                if (marker) out.remove(h--);
                continue;
            }
            int v = out.indexOf(verb);
            out.set(v, new Hit(verb.start, verb.end, new Trigger(EventType.CONCEDE, null, false, false, false, false)));
            out.remove(h--);
        }
        return out;
    }

    /**
     * "offered its troops to X", "offered concessions": an offer is an expressed intent, AGREE (CAMEO 03), of which
     * the noun offered is only the content; help or support offered ("offered logistical help") is reported as
     * the help itself, the noun's act. An offer is made to someone: with no one named it is no event ("offered
     * condolences"); "offered to mediate" is the intent of the act after it ({@code @intent}). Triggers of mode
     * {@code offer} in event-cues.tsv.
     */
    private List<Hit> offers(List<Hit> hits, EventLexicon ev) {
        List<Hit> out = new ArrayList<>(hits);
        for (int h = 0; h < out.size(); h++) {
            Hit offer = out.get(h);
            if (!OFFER.equals(offer.trigger.mode())) continue;
            Optional<PhraseMatcher.Match<FrameWord>> intent = ev.frames().longestAt(ix.forms(), offer.start, ix.size());
            if (intent.isPresent() && intent.get().value().frame() == Frame.INTENT) {
                out.remove(h--);
                continue;
            }
            Hit content = h + 1 < out.size() ? out.get(h + 1) : null;
            boolean close = content != null && content.trigger.noun() && content.start - offer.end <= 3;
            for (int k = offer.end; close && k < content.start; k++) close = !ix.isPunct(k);
            if (close && (content.trigger.type() == EventType.AID || content.trigger.type() == EventType.SUPPORT)) {
                out.remove(h--);
                continue;
            }
            if (close) out.remove(h + 1);
            out.set(h, new Hit(offer.start, offer.end, new Trigger(offer.trigger.type(), null, false, false, true, false)));
        }
        return out;
    }

    private static final String OFFER = "offer";
    private static final String RESTRICTION = "restriction";
    private static final String MEDIATE = "mediate";
    /** The mode of a trigger that is an act only after an intention word ("wants to help"). */
    private static final String PURPOSE = "purpose";

    /** Cooperative acts an obligation may govern: what one "must" give, allow or do with others is not done yet. */
    private static final Set<EventType> OBLIGED = EnumSet.of(EventType.AGREE, EventType.SUPPORT, EventType.AID,
            EventType.COOPERATE, EventType.CONCEDE, EventType.RETREAT);

    /**
     * "Iraq must cooperate fully with the inspectors", "the US must be ready to mediate": a cooperative act after an
     * obligation modal ({@code obligation-cues.txt}) in its clause, a few words before it, is only demanded (the
     * demand is the speaker's REQUEST), not done nor offered by the clause's subject.
     */
    private boolean obliged(Hit hit, int a, SpeechLexicon lex, EventLexicon ev, List<Frm> frames) {
        boolean offered = INTENT.get(hit.trigger.type()) == EventType.AGREE && intended(frames, hit);
        if (!OBLIGED.contains(hit.trigger.type()) && !offered) return false;
        for (int k = hit.start - 1; k >= a && k >= hit.start - 5; k--) {
            String f = ix.form(k);
            if (ix.isPunct(k) || lex.is(f, Kind.THAT) || lex.is(f, Kind.REL)) return false;
            if (ev.isObligation(f)) return true;
        }
        return false;
    }
    // ------------------------------------------------------------------- verbal conflict (branch evverbal)

    /**
     * Acts a future announced by their actor turns into a threat (CAMEO 13: threaten force, a curfew, martial law, a
     * blockade). A sanction announced for the future is coded as the sanction itself ("announced it would prohibit
     * all aid": CAMEO 16), so it is left out unless a condition follows it ("may halt its mediation if ...": 135).
     */
    private static final Set<EventType> THREATENED = EnumSet.of(EventType.ASSAULT, EventType.COERCE);

    /**
     * "said it will impose a curfew", "would tighten the blockade", "will attack": force or coercion announced with
     * a future modal ({@code @aux} of mode "future") is a threat, as PLOVER codes it, not an act done; the modal
     * comes right before the verb, or before the support verb of a nominal act.
     */
    private boolean announcedForce(List<Frm> frames, Hit hit, int a, SpeechLexicon lex) {
        // a sanction announced for the future is a threat only on a condition ("may halt its mediation if ...")
        boolean conditionalSanction = hit.trigger.type() == EventType.SANCTION
                && hasFrame(frames, Frame.CONDITION, hit.end, ix.size());
        if (!THREATENED.contains(hit.trigger.type()) && !conditionalSanction) return false;
        // ("would attack": a noun cue read as a verb, right after the modal)
        int at = hit.trigger.noun() ? supportVerb(frames, hit, a, lex) : hit.start;
        if (at < 0) at = hit.start;
        for (Frm f : frames) {
            if (f.word.frame() != Frame.AUX || !"future".equals(f.word.mode()) || f.end > at || at - f.end > 2) continue;
            boolean clause = true;
            for (int k = f.end; k < at; k++) if (ix.isPunct(k)) clause = false;
            if (clause) return true;
        }
        return false;
    }

    /** Demands and rejections whose object phrase names its own party before any place or partner. */
    private static final Set<EventType> OBJECT_NAMES_PARTY = EnumSet.of(EventType.REQUEST, EventType.REJECT);

    /**
     * The party a demand or a rejection is aimed at when its object names it first: a state adjective opening the
     * object ("rejected a Spanish plan", "is opposed to Russian mediation in talks with X": Spain, Russia), or the
     * actor of an act the object names ("demanded the withdrawal of Russian troops from X", "called for the release
     * of ... by X"), whom CAMEO codes as the target (1056, 1053), not the place or the partner named after it.
     */
    private EntityRef qualifiedObject(Hit hit, int b, SpeechLexicon lex, EventLexicon ev, List<Hit> hits, EntityRef actor1) {
        if (!OBJECT_NAMES_PARTY.contains(hit.trigger.type())) return null;
        int k = hit.end;
        if (k < b && ix.form(k).equals("to") && hit.trigger.type() == EventType.REJECT) k++;
        while (k < b && lex.isDeterminer(ix.form(k))) k++;
        if (k < b && isStateAdjective(k)) return other(refs.actor(ix.mention(k)), actor1);
        EntityRef unmarked = k < b ? unmarkedDemonym(k, lex) : null;
        if (unmarked != null) return other(unmarked, actor1);
        for (Hit o : hits) {
            if (!o.trigger.noun() || o.start < k || o.start > k + 1 || o.end >= b) continue;
            int j = o.end;
            if (!ix.form(j).equals("of") && !ix.form(j).equals("by")) return null;
            j++;
            while (j < b && lex.isDeterminer(ix.form(j))) j++;
            if (j >= b) return null;
            // "the withdrawal of Russian troops from X": the state qualifying the group, not the place after it
            Mention m = actorMention(j);
            if (m != null) return other(refs.actor(m), actor1);
            EntityRef demonym = unmarkedDemonym(j, lex);
            if (demonym != null) return other(demonym, actor1);
            return groupActor(j, Math.min(b, j + 5), lex, ev, actor1);
        }
        return null;
    }

    private static EntityRef other(EntityRef r, EntityRef actor1) {
        return r == null || actor1 != null && r.entity().equals(actor1.entity()) ? null : r;
    }

    /**
     * "Police are abusing migrants, a rights group charged on Monday", "..., the opposition protested": a verb of
     * accusation or protest closing a sentence after a comma, its subject between, reports the clause before the
     * comma as a grievance (CAMEO 11/114, complain officially: ACCUSE), not a protest in the street nor an
     * accusation by a name inside the clause. Returns the comma's token, or -1 when the trigger is not such a verb.
     */
    private int trailingReporter(Hit hit, int a, int b, SpeechLexicon lex) {
        EventType t = hit.trigger.type();
        // (a present participle, "..., les accusant de", "..., accusing them of", shares the main verb's subject)
        if (hit.trigger.noun() || t != EventType.ACCUSE && t != EventType.PROTEST || quoted.get(hit.start)
                || lex.isParticiple(ix.form(hit.start))) return -1;
        int comma = -1;
        for (int k = hit.start - 1; k >= a && k >= hit.start - 7; k--) {
            if (ix.form(k).equals(",")) {
                comma = k;
                break;
            }
            Kind kind = lex.kindOf(ix.form(k));
            if (ix.isPunct(k) || kind == Kind.THAT || kind == Kind.REL || kind != null && kind.isVerb()) return -1;
        }
        // a whole clause before the comma, and after the verb at most its time and place ("on Monday", "here")
        if (comma < a + 3 || comma == hit.start - 1 || b - hit.end > 6) return -1;
        // "..., and X denounced the plan": a clause of its own, with its object, is no report of the one before
        if (lex.is(ix.form(comma + 1), Kind.STOP) || hit.end < b && lex.isDeterminer(ix.form(hit.end))) return -1;
        for (int k = hit.end; k < b; k++) {
            Kind kind = lex.kindOf(ix.form(k));
            if (ix.form(k).equals(",") || kind == Kind.THAT || kind == Kind.REL || actorMention(k) != null && ix.type(actorMention(k)) != EntityType.GPE) return -1;
        }
        return comma;
    }

    /**
     * The grievance a trailing reporting verb states: its subject (between the comma and the verb) against the
     * first party the reported clause names; no event when the subject names no actor ("a rights group").
     */
    private Event reportedGrievance(Hit hit, int comma, int a, SpeechLexicon lex, EventLexicon ev, Span evidence) {
        EntityRef actor1 = null;
        for (int k = comma + 1; k < hit.start && actor1 == null; k++) {
            Mention m = actorMention(k);
            if (m != null) actor1 = refs.actor(m);
        }
        if (actor1 == null) actor1 = groupActor(comma + 1, hit.start, lex, ev, null);
        actor1 = seats.resolve(actor1);
        if (actor1 == null) return null;
        EntityRef actor2 = null;
        for (int k = a; k < comma && actor2 == null; k++) {
            Mention m = actorMention(k);
            if (m != null && !m.entityId().equals(actor1.entity())) actor2 = refs.actor(m);
        }
        actor2 = other(seats.resolve(actor2), actor1);
        return new Event(EventType.ACCUSE, null, actor1, actor2, null, dateAt(evidence, ix.token(hit.start).start()), false, evidence);
    }

    /**
     * "issued a reminder to Iraq that it must cooperate", "told Peru that it must withdraw": a pronoun obliged by a
     * modal right after "that" stands for the one addressed just before ("to X", or the object of the verb), the
     * demand's target; null when the pronoun has no such antecedent.
     */
    private Mention addresseeOfPronoun(int k, int a, SpeechLexicon lex) {
        if (k - 1 <= a || lex.pronoun(ix.form(k)) == null || ix.mention(k) != null || !lex.is(ix.form(k - 1), Kind.THAT)) return null;
        for (int j = k - 2; j >= a && j >= k - 5; j--) {
            if (ix.isPunct(j)) return null;
            Mention m = actorMention(j);
            if (m == null) continue;
            int before = ix.firstTokenAtOrAfter(m.start()) - 1;
            while (before > a && lex.isDeterminer(ix.form(before))) before--;
            return before > a && ix.form(before).equals("to") ? m : null;
        }
        return null;
    }

    /**
     * The speaker of the clause an obligation sits in: the subject of its verb of saying, else the state named in
     * the subject phrase when it names no person ("a senior British minister said that ..."), or, after an
     * addressee ("issued a reminder to X that it must"), the first actor named before that addressee.
     */
    private EntityRef reportingSpeakerOrState(Hit obligation, int obliged, int a, SpeechLexicon lex) {
        EntityRef speaker = reportingSpeaker(obligation, a, lex);
        if (speaker != null && seats.resolve(speaker) != null) return speaker;
        int that = -1;
        for (int k = a; k < obligation.start && that < 0; k++) if (lex.is(ix.form(k), Kind.THAT)) that = k;
        if (that < 0) return null;
        Mention addressee = addresseeOfPronoun(obliged, a, lex);
        int to = addressee == null ? that : ix.firstTokenAtOrAfter(addressee.start());
        for (int k = a; k < to; k++) {
            if (ix.mention(k) != null && ix.type(ix.mention(k)) == EntityType.PER) return addressee == null ? null : refs.actor(ix.mention(k));
            Mention m = actorMention(k);
            if (m != null && (addressee != null || ix.type(m) == EntityType.GPE)) return refs.actor(m);
            Kind kind = lex.kindOf(ix.form(k));
            if (addressee == null && kind != null && kind.isVerb()) return null;
        }
        return null;
    }

    /**
     * "X said that Y must withdraw": the act an obligation puts on someone (right after the modal) is demanded, not
     * done; when the sentence holds such a demand, that act is no event of its own.
     */
    private void withoutObligedActs(List<Hit> hits, int a, int b, SpeechLexicon lex, EventLexicon ev, BitSet suppressed) {
        if (obligationDemand(a, b, lex, ev, ix.sentenceSpan(ix.sentenceOf(a))) == null) return;
        for (int k = a + 1; k < b; k++) {
            if (!ev.isObligation(ix.form(k)) || quoted.get(k)) continue;
            for (int h = 0; h < hits.size(); h++) {
                Hit o = hits.get(h);
                if (o.start <= k || o.start > k + 3) continue;
                boolean clause = true;
                for (int j = k + 1; j < o.start; j++) if (ix.isPunct(j)) clause = false;
                if (clause) suppressed.set(h);
            }
        }
    }

    /**
     * "a rally to protest the austerity imposed by the EU": an agent named further on than right after a protest
     * noun did what is protested, the protest's target (found as its object), never the protester.
     */
    private boolean protestedAgent(List<Frm> frames, Hit hit) {
        return hit.trigger.type() == EventType.PROTEST && !byRightAfter(frames, hit);
    }

    /**
     * "Thousands of people blocked streets in X", "protests broke out in X": protesters no name identifies are
     * people of the place they protest in, as CAMEO codes unnamed demonstrators by their location: the state
     * right after a locative preposition at most six words after the trigger, in its clause (a city tied to a state
     * stands for it).
     */
    private EntityRef protestersPlace(List<Frm> frames, Hit hit, int b) {
        if (hit.trigger.type() != EventType.PROTEST) return null;
        for (Frm f : frames) {
            if (f.word.frame() != Frame.LOC || f.start < hit.end || f.start > hit.end + 6 || f.end >= b) continue;
            boolean clause = true;
            for (int k = hit.end; k < f.start; k++) if (ix.isPunct(k)) clause = false;
            Mention m = actorMention(f.end);
            if (!clause || m == null || ix.type(m) != EntityType.GPE || isAdjective(f.end)) return null;
            // a city the text ties to no state says nothing of whose people they are
            EntityRef place = seats.resolve(refs.actor(m));
            return seats.unresolvedCity(place) ? null : place;
        }
        return null;
    }

    /** The first token of an intent phrase ending right before {@code k} ("is prepared to" impose), else {@code k}. */
    private static int intentBefore(List<Frm> frames, int k) {
        for (Frm f : frames) if (f.word.frame() == Frame.INTENT && f.end == k) return f.start;
        return k;
    }

    /**
     * "staged a walkout to protest the visit of X", "demonstrations against the deployment of troops": an act named
     * as the object of a protest (right after it or after a preposition, {@code @prep}, determiners and names between)
     * is what is protested, someone else's act, not an event of the protesters. Violence stays an event of its own
     * ("protests over the shelling of X": the shelling is reported too).
     */
    private void withoutProtestedActs(List<Hit> hits, SpeechLexicon lex, List<Frm> frames, BitSet suppressed) {
        for (int h = 0; h < hits.size(); h++) {
            Hit o = hits.get(h);
            if (!o.trigger.noun() || o.trigger.type() == EventType.PROTEST || o.trigger.type() == EventType.ASSAULT) continue;
            for (Hit p : hits) {
                if (p.trigger.type() != EventType.PROTEST || p.end > o.start || o.start - p.end > 4) continue;
                boolean object = true;
                for (int k = p.end; k < o.start && object; k++) {
                    String f = ix.form(k);
                    boolean prep = k == p.end && startsFrame(frames, Frame.PREP, k);
                    object = prep || lex.isDeterminer(f) || ix.mention(k) != null;
                }
                if (object) suppressed.set(h);
            }
        }
    }

    /**
     * Whom a threat naming no one is aimed at: the target of the act it governs ("threatened to expel the ambassador
     * of X": X), else the actor of the condition it sets ("warned that it would respond with force if X attacked":
     * CAMEO codes the threat toward X).
     */
    private EntityRef threatened(Hit hit, int b, SpeechLexicon lex, List<Frm> frames, List<Hit> hits, EntityRef actor1, int a) {
        if (hit.trigger.type() != EventType.THREATEN) return null;
        for (Hit o : hits) {
            // the act right after the threat, or after its infinitive marker ("threatened to expel")
            boolean governed = o.start == hit.end || o.start == hit.end + 1 && startsFrame(frames, Frame.INFINITIVE, hit.end);
            if (o == hit || !governed || o.trigger.type() == EventType.THREATEN) continue;
            EntityRef r = object(o, b, lex, frames, hits, actor1, a);
            if (r != null) return r;
            break;
        }
        for (Frm f : frames) {
            if (f.word.frame() != Frame.CONDITION || f.start < hit.end) continue;
            int k = f.end;
            while (k < b && lex.isDeterminer(ix.form(k))) k++;
            Mention m = k < b ? actorMention(k) : null;
            return m == null ? null : other(refs.actor(m), actor1);
        }
        return null;
    }

    /** Per language: a demonym's normalised form ({@code demonyms.tsv}) -> its state's id, the first row's on a tie. */
    private static final Map<String, Map<String, String>> DEMONYMS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Map<String, String> demonymsOf(String language) {
        return DEMONYMS.computeIfAbsent(language, EventFinder::demonyms);
    }

    /**
     * A capitalised state adjective the entities layer left unmarked, as it does after a preposition ("the
     * withdrawal of Serbian forces", "opposed to French mediation"): the state it names, from the language's
     * demonyms and the knowledge base; null for any other word. (A stopgap for the object of a demand or a
     * rejection only, until the entities layer marks such adjectives.)
     */
    private EntityRef unmarkedDemonym(int k, SpeechLexicon lex) {
        if (ix.mention(k) != null || quoted.get(k) || !ix.isCapitalised(k)) return null;
        String id = demonymsOf(lex.language()).get(LanguagePack.normalize(ix.surface(k)));
        if (id == null) return null;
        return KnowledgeBase.get().entry(id).map(e -> new EntityRef(e.id(), e.name())).orElse(null);
    }

    private static Map<String, String> demonyms(String language) {
        Map<String, String> forms = new HashMap<>();
        for (Map<String, String> row : LanguagePack.of(language).table("demonyms.tsv")) {
            String id = row.getOrDefault("country", "").strip();
            for (String form : row.getOrDefault("forms", "").split("\\|")) {
                if (!form.isBlank() && !id.isEmpty()) forms.putIfAbsent(LanguagePack.normalize(form.strip()), id);
            }
        }
        return Map.copyOf(forms);
    }

    /**
     * "in defiance of Chinese authorities", "fired on Serbian troops": an unmarked state adjective ({@link
     * #unmarkedDemonym}) right before a group noun (group-actors.tsv) is that state's group, standing for the state.
     */
    private EntityRef unmarkedStateGroup(int k, int b, SpeechLexicon lex) {
        if (k + 1 >= b) return null;
        Optional<EventLexicon> ev = EventLexicon.of(lex.language());
        if (ev.isEmpty() || ev.get().groups().longestAt(ix.forms(), k + 1, b).isEmpty()) return null;
        return unmarkedDemonym(k, lex);
    }

    /**
     * "youths threw stones during demonstrations against ...": a protest named inside a phrase is the protest of
     * the clause's subject when that subject is a group of people (group-actors.tsv, kind "group": youths, students,
     * protesters), not a state's agents ("police fired during a demonstration" do not protest); null otherwise.
     */
    private Mention protestingGroup(Hit hit, int a, SpeechLexicon lex, List<Frm> frames) {
        if (hit.trigger.type() != EventType.PROTEST) return null;
        for (int k = a; k < hit.start; k++) {
            if (lex.is(ix.form(k), Kind.THAT) || ix.form(k).equals(";")) return null;
            Mention m = actorMention(k);
            // ("Peruvian students": the state adjective qualifies the group noun after it)
            if (m == null || afterPreposition(k, a, lex, frames) || isStateAdjective(k)) continue;
            return GroupActors.isGroup(m.entityId()) ? m : null;
        }
        return null;
    }

    /**
     * "to protest the new tariffs": a protest noun cue used as a verb after its infinitive marker; what follows is
     * what is protested, not the protester's name.
     */
    private static boolean protestVerb(List<Frm> frames, Hit hit) {
        if (hit.trigger.type() != EventType.PROTEST) return false;
        for (Frm f : frames) if (f.word.frame() == Frame.INFINITIVE && f.end == hit.start) return true;
        return false;
    }

    /**
     * "Thousands of Nigerians marched ...": protesters named by a people noun the entities layer left unmarked
     * after a preposition ({@link #unmarkedDemonym}) are that state's people; the first such word before the
     * trigger in its clause, not qualifying a group noun after it ("French officials" is a group, not a people).
     */
    private EntityRef unmarkedProtesters(Hit hit, int a, SpeechLexicon lex) {
        if (hit.trigger.type() != EventType.PROTEST) return null;
        int from = a;
        for (int k = a; k < hit.start; k++) if (lex.is(ix.form(k), Kind.THAT) || ix.form(k).equals(";")) from = k + 1;
        for (int k = from; k < hit.start; k++) {
            EntityRef people = unmarkedDemonym(k, lex);
            if (people != null && unmarkedStateGroup(k, hit.start, lex) == null) return people;
        }
        return null;
    }

    /**
     * "Ethnic Albanians in south Serbia demanded ...", "the Kurds of northern Iraq": a people named by its demonym
     * and placed in another state ("in"/"of", a determiner or one adjective between) acts as people of that state,
     * as CAMEO codes residents, possibly toward that state's own government; any other actor is returned as is.
     */
    private EntityRef residents(EntityRef actor1, int a, int end, SpeechLexicon lex, List<Frm> frames) {
        for (int k = a; k < end; k++) {
            Mention m = ix.mention(k);
            if (m == null || !m.entityId().equals(actor1.entity()) || !isStateAdjective(k)) continue;
            int j = ix.firstTokenAtOrAfter(m.end());
            if (j >= end || !(startsFrame(frames, Frame.LOC, j) || lex.is(ix.form(j), Kind.LINK))) return actor1;
            for (int p = j + 1; p < end && p <= j + 3; p++) {
                Mention place = actorMention(p);
                if (place != null) {
                    boolean state = ix.type(place) == EntityType.GPE && !place.entityId().equals(actor1.entity()) && !isStateAdjective(p);
                    return state ? refs.actor(place) : actor1;
                }
                if (ix.isPunct(p)) return actor1;
            }
            return actor1;
        }
        return actor1;
    }

    /**
     * "X has been accused of misusing funds, much of it embezzled, by government officials": the agent of a passive
     * accusation set off by a comma at the end of its sentence, however long the charge before it.
     */
    private Mention detachedAccuser(List<Frm> frames, Hit hit, int b) {
        if (hit.trigger.type() != EventType.ACCUSE) return null;
        for (Frm f : frames) {
            if (f.word.frame() != Frame.BY || f.start <= hit.end || !ix.form(f.start - 1).equals(",")) continue;
            boolean last = true;
            for (int k = f.end; k < b - 1; k++) if (ix.isPunct(k)) last = false;
            if (last) return mentionAfterFrame(frames, Frame.BY, f.start, f.start + 1);
        }
        return null;
    }

    // ------------------------------------------------------------------ force, sanctions, mobilisation (force-words.tsv)

    /** The words of {@code force-words.tsv} by role, and the demonyms of one language; empty for a language without them. */
    private record ForceWords(Map<String, PhraseMatcher<Boolean>> roles, Map<String, List<String>> lists,
                              Map<String, String> demonyms) {
        private static final Map<String, ForceWords> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

        static ForceWords of(String code) {
            return CACHE.computeIfAbsent(code, c -> {
                Map<String, PhraseMatcher<Boolean>> roles = new HashMap<>();
                Map<String, List<String>> lists = new HashMap<>();
                for (Map<String, String> row : org.vigie.nlp.lang.LanguagePack.of(c).table("force-words.tsv")) {
                    String phrase = row.getOrDefault("phrase", "").strip(), role = row.getOrDefault("role", "").strip();
                    if (phrase.isEmpty() || role.isEmpty()) {
                        throw new org.vigie.core.ConfigException("org/vigie/nlp/lang/" + c + "/force-words.tsv: row without phrase or role: " + row);
                    }
                    lists.computeIfAbsent(role, r -> new ArrayList<>()).add(org.vigie.nlp.lang.LanguagePack.normalize(phrase));
                    if (!phrase.startsWith("-")) roles.computeIfAbsent(role, r -> new PhraseMatcher<>()).add(phrase, Boolean.TRUE);
                }
                return new ForceWords(roles, lists, demonymsOf(c));
            });
        }

        int end(String role, List<String> forms, int i, int limit) {
            PhraseMatcher<Boolean> m = roles.get(role);
            if (m == null || i < 0 || i >= limit) return -1;
            return m.longestAt(forms, i, limit).map(PhraseMatcher.Match::end).orElse(-1);
        }

        boolean at(String role, List<String> forms, int i, int limit) {
            return end(role, forms, i, limit) >= 0;
        }

        /** The noun slug of the group an ethnic people is counted as (role {@code people}), or null. */
        String residents() {
            List<String> l = lists.getOrDefault("people", List.of());
            return l.isEmpty() ? null : l.get(0);
        }
    }

    private static final Set<EventType> FORCE = EnumSet.of(EventType.ASSAULT, EventType.COERCE, EventType.SANCTION, EventType.MOBILIZE);

    private static Trigger verbTrigger(EventType type, String mode) {
        return new Trigger(type, mode, false, false, false, false);
    }

    /**
     * The hits of force, sanctions and mobilisation as their verb and object settle them (force-words.tsv, after
     * the CAMEO2PLOVER table): aid cut is a SANCTION (CAMEO 162); a measure lifted is a CONCEDE (restrictions, bans:
     * 081) or a RETREAT (sanctions, curfews, blockades: 085, 0813, 0872), never the measure itself; the expulsion of
     * people is a COERCE (174), of diplomats or agencies a SANCTION (166), as is forcing an agency out; armed forces
     * strengthened or counted near a border are a MOBILIZE (154); weapons that hit are an ASSAULT; a protest
     * prevented is a COERCE (1721, 175), and no protest. An act noun qualifying a group noun ("invasion forces"),
     * named as the reason of another act ("over its build-up"), reservists counted in a statement of strength and
     * a mobilisation of civilians ("mobilized pressure groups") report no act of force.
     */
    private List<Hit> forceHits(List<Hit> hits, int a, int b, SpeechLexicon lex, EventLexicon ev) {
        ForceWords w = ForceWords.of(lex.language());
        if (w.roles().isEmpty()) return hits;
        List<String> forms = ix.forms();
        List<Hit> out = new ArrayList<>();
        boolean strength = false;
        for (Hit h : hits) {
            EventType t = h.trigger.type();
            if (FORCE.contains(t) && h.trigger.noun() && h.end < b && ev.groups().longestAt(forms, h.end, b).isPresent()) continue;
            // "its forces number 60,000 troops, with 25,000 reservists": a statement of strength deploys nothing
            // ("the number of troops" is a noun, no such verb)
            for (int k = a; k < h.start && !strength; k++) {
                strength = w.at("strength", forms, k, h.start) && !quoted.get(k) && (k == a || !lex.isDeterminer(forms.get(k - 1)));
            }
            if (t == EventType.MOBILIZE && h.trigger.noun() && strength) continue;
            if (FORCE.contains(t) && h.trigger.noun() && reasonBefore(w, h.start, a)) continue;
            if (t == EventType.MOBILIZE && !h.trigger.noun()) {
                int civil = objectAt(w, "civil", h.end, b, 4, lex), armed = objectAt(w, "armed", h.end, b, 4, lex);
                if (civil >= 0 && (armed < 0 || civil < armed)) continue;
            }
            if ("expel".equals(h.trigger.mode()) && objectAt(w, "individuals", h.end, b, 6, lex) >= 0) {
                Trigger x = h.trigger;
                h = new Hit(h.start, h.end, new Trigger(EventType.COERCE, "deport", x.scope(), x.noun(), x.needsTarget(), x.received()));
            }
            out.add(h);
        }
        for (int k = a; k < b; k++) {
            if (quoted.get(k)) continue;
            Hit made = null;
            int cover = -1, end;
            if ((end = w.end("cut", forms, k, b)) > 0) {
                int aid = objectAt(w, "aid", end, b, 4, lex);
                if (aid >= 0) {
                    cover = w.end("aid", forms, aid, b);
                    made = new Hit(k, cover, verbTrigger(EventType.SANCTION, "discontinue"));
                }
            }
            if (made == null && (end = w.end("lift", forms, k, b)) > 0) {
                int r = objectAt(w, "restriction", end, b, 5, lex), m = objectAt(w, "measure", end, b, 5, lex);
                if (r >= 0 && (m < 0 || r <= m)) {
                    cover = w.end("restriction", forms, r, b);
                    made = new Hit(k, cover, verbTrigger(EventType.CONCEDE, null));
                } else if (m >= 0) {
                    cover = w.end("measure", forms, m, b);
                    made = new Hit(k, cover, verbTrigger(EventType.RETREAT, "ease"));
                }
            }
            if (made == null && (end = w.end("strengthen", forms, k, b)) > 0) {
                int f = objectAt(w, "armed", end, b, 3, lex);
                if (f >= 0) {
                    cover = w.end("armed", forms, f, b);
                    made = new Hit(k, cover, verbTrigger(EventType.MOBILIZE, "troops"));
                }
            }
            if (made == null && (end = w.end("prevent", forms, k, b)) > 0) {
                // "police prevented a rally": a protest stopped before it took place is the police's coercion of it
                int e = end;
                Hit protest = out.stream().filter(o -> o.trigger.type() == EventType.PROTEST && o.trigger.noun()
                        && o.start >= e && o.start <= e + 3 && noPunctuation(e, o.start)).findFirst().orElse(null);
                if (protest != null) {
                    cover = protest.end;
                    made = new Hit(k, cover, verbTrigger(EventType.COERCE, "restrict"));
                }
            }
            if (made == null && (end = w.end("possess", forms, k, b)) > 0) {
                // "has about 20,000 troops near the border": troops counted at a place are deployed there
                EventPatterns p = EventPatterns.of(lex.language());
                int j = end;
                while (j < b && (Character.isDigit(forms.get(j).charAt(0)) || p.startsAt(EventPatterns.Role.COUNT, forms, j, j + 1)
                        || j > end && ix.mention(j) != null && ix.type(ix.mention(j)) == EntityType.GPE)) j++;
                int troops = j > end ? p.endAt(EventPatterns.Role.TROOPS, forms, j, b) : -1;
                Optional<PhraseMatcher.Match<FrameWord>> near = troops > 0 && troops < b ? ev.frames().longestAt(forms, troops, b) : Optional.empty();
                if (near.isPresent() && near.get().value().frame() == Frame.LOC && "near".equals(near.get().value().mode())) {
                    cover = troops;
                    made = new Hit(k, end, verbTrigger(EventType.MOBILIZE, "troops"));
                }
            }
            if (made == null && (end = w.end("impact", forms, k, b)) > 0) {
                // "Chilean mortar rounds hit Peruvian positions": weapons that hit something are an attack by
                // whoever the weapon's qualifier names (the verb's subject)
                EventPatterns p = EventPatterns.of(lex.language());
                boolean arms = false;
                for (int j = k - 1; j >= a && j >= k - 4 && !arms && !ix.isPunct(j); j--) {
                    int e = p.endAt(EventPatterns.Role.ARMS, forms, j, k);
                    arms = e > 0 && (e == k || noPunctuation(e, k) && k - e <= 2);
                }
                if (arms) {
                    cover = end;
                    made = new Hit(k, end, verbTrigger(EventType.ASSAULT, null));
                }
            }
            if (made == null && (end = w.end("oust", forms, k, b)) > 0) {
                // "forced the agency, UNHCR, out of the country": a named object (no armed group), then "out"
                int j = end;
                while (j < b && lex.isDeterminer(forms.get(j))) j++;
                Mention object = j < b ? actorMention(j) : null;
                int out2 = object == null || GroupActors.isGroup(object.entityId()) ? -1 : objectAt(w, "out", end, b, 10, null);
                if (out2 > 0) {
                    made = new Hit(k, end, verbTrigger(EventType.SANCTION, "expel"));
                    cover = out2 + 1;
                }
            }
            if (made == null) continue;
            int from = made.start, to = cover;
            out.removeIf(o -> o.start < to && o.end > from);
            out.add(made);
            k = made.end - 1;
        }
        out.sort(Comparator.comparingInt(Hit::start));
        return out;
    }

    /**
     * "pressure on Korvan over its troop build-up": an act named after a preposition of reason is what another act
     * answers, reported before; it is no new event of its own.
     */
    private boolean reasonBefore(ForceWords w, int start, int a) {
        for (int j = start - 1; j >= a && j >= start - 4; j--) {
            if (w.at("reason", ix.forms(), j, j + 1)) return true;
            String f = ix.form(j);
            if (ix.isPunct(j) && !f.equals("'s") && !f.equals("’s")) return false;
        }
        return false;
    }

    /**
     * The two actors of an act of force as its words settle them (force-words.tsv), from those the clause gave: the
     * one a seizure or a restriction takes from, the target of a measure lifted, the owner of the weapon that hit,
     * ethnic peoples, "-led" and "-held" compounds, groups an unknown name qualifies. Unchanged for a language
     * without force words.
     */
    private EntityRef[] forceActors(Hit hit, int a, int b, SpeechLexicon lex, List<Frm> frames, List<Hit> hits,
                                    EntityRef actor1, EntityRef actor2) {
        if (ForceWords.of(lex.language()).roles().isEmpty()) return new EntityRef[]{actor1, actor2};
        boolean noun = hit.trigger.noun();
        if ((actor2 == null || "restrict".equals(hit.trigger.mode())) && !noun) {
            EntityRef taken = takenFrom(hit, b, lex, hits, frames);
            if (taken != null) actor2 = taken;
        }
        if (actor2 == null && actor1 != null && "ease".equals(hit.trigger.mode())) {
            // "lifted its sanctions against Peru": the one the measure was aimed at, found as the measure's target
            actor2 = object(new Hit(hit.start, hit.end, verbTrigger(EventType.SANCTION, null)), b, lex, frames, hits, actor1, a);
        }
        EntityRef armed = noun ? null : weaponOwner(hit, a, lex);
        if (armed != null && (actor1 == null || !armed.entity().equals(actor1.entity()))) {
            actor1 = armed;
            actor2 = object(hit, b, lex, frames, hits, actor1, a);
        }
        return new EntityRef[]{forceActor(actor1, a, b, lex), forceActor(groupOfQualifier(actor2, hit, b, lex), a, b, lex, true)};
    }

    /**
     * "Lessarian mortar rounds had also hit ...": the state or group qualifying the weapon that is the subject of an
     * attack verb attacks (auxiliaries and adverbs between); null when no weapon is the subject.
     */
    private EntityRef weaponOwner(Hit hit, int a, SpeechLexicon lex) {
        if (hit.trigger.type() != EventType.ASSAULT) return null;
        EventPatterns p = EventPatterns.of(lex.language());
        for (int j = hit.start - 1; j >= a && j >= hit.start - 5 && !ix.isPunct(j); j--) {
            int end = p.endAt(EventPatterns.Role.ARMS, ix.forms(), j, hit.start);
            if (end < 0) continue;
            for (int k = end; k < hit.start; k++) if (!lex.is(ix.form(k), Kind.AUX) && ix.mention(k) == null && ix.isCapitalised(k)) return null;
            for (int q = j - 1; q >= a && q >= j - 2; q--) {
                Mention m = actorMention(q);
                // (the mention's own entity: a state adjective names the weapon's owner, whatever seat a guess gives it)
                if (m != null) return ix.ref(m);
                if (ix.isPunct(q)) break;
            }
            return null;
        }
        return null;
    }

    private boolean noPunctuation(int from, int to) {
        for (int k = from; k < to; k++) if (ix.isPunct(k)) return false;
        return true;
    }

    /**
     * The first token of a word of {@code role} in the object after a verb: from {@code from}, at most {@code max}
     * tokens on, before the clause ends (punctuation, "that", a relative; commas allowed when {@code lex} is null,
     * for an object with an apposition); -1 when there is none.
     */
    private int objectAt(ForceWords w, String role, int from, int b, int max, SpeechLexicon lex) {
        for (int j = from; j < b && j <= from + max; j++) {
            if (w.at(role, ix.forms(), j, b)) return j;
            String f = ix.form(j);
            if (lex == null ? f.equals(";") || f.equals(".") : ix.isPunct(j) || lex.is(f, Kind.THAT) || lex.is(f, Kind.REL)) return -1;
        }
        return -1;
    }

    /**
     * "dispersed Buddhist nationalist protesters", "seized a Mapuche rebel base": a name the knowledge base does not
     * know, used as an adjective before a group noun, qualifies the group, which is the one acted upon; before the
     * noun of a body (force-words.tsv: "outlawed the Protestant extremist organisation"), no one named is; the ref
     * itself otherwise.
     */
    private EntityRef groupOfQualifier(EntityRef r, Hit hit, int b, SpeechLexicon lex) {
        ForceWords w = ForceWords.of(lex.language());
        if (r == null || w.roles().isEmpty() || !FORCE.contains(hit.trigger.type()) || GroupActors.isGroup(r.entity())
                || KnowledgeBase.get().entry(r.entity()).isPresent()) return r;
        for (int k = hit.end; k < b; k++) {
            Mention m = ix.mention(k);
            if (m == null || !m.entityId().equals(r.entity())) continue;
            for (int j = ix.firstTokenAtOrAfter(m.end()); j < b && j <= ix.firstTokenAtOrAfter(m.end()) + 2; j++) {
                Mention g = ix.mention(j);
                if (g != null && GroupActors.isGroup(g.entityId())) {
                    GroupActors.Group group = GroupActors.parse(g.entityId()).orElseThrow();
                    boolean known = group.country() != null && KnowledgeBase.get().entry(group.country()).isPresent();
                    return new EntityRef(GroupActors.id(known ? group.country() : null, group.noun()), ix.ref(g).name());
                }
                if (g != null || ix.isPunct(j) || ix.isCapitalised(j)) break;
                // "outlawed the Protestant extremist organisation": the body the name qualifies is not named
                if (w.at("body", ix.forms(), j, b)) return null;
            }
            break;
        }
        return r;
    }

    /**
     * "Egyptian police dispersed demonstrators", "Burmese troops attacked guerrillas": a group of no state that a
     * state's own forces coerce or attack, where no place or a place of that state (or one the knowledge base does
     * not know) is named, is of that state: most such acts are domestic.
     */
    private EntityRef domesticGroup(Hit hit, EntityRef actor1, EntityRef actor2, EntityRef location, SpeechLexicon lex) {
        if (actor2 == null || ForceWords.of(lex.language()).roles().isEmpty() || hit.trigger.type() != EventType.COERCE && hit.trigger.type() != EventType.ASSAULT) return actor2;
        Optional<GroupActors.Group> target = GroupActors.parse(actor2.entity());
        if (target.isEmpty() || target.get().country() != null) return actor2;
        String state = GroupActors.parse(actor1.entity()).map(GroupActors.Group::country).orElse(actor1.entity());
        boolean country = state != null && KnowledgeBase.get().entry(state).map(e -> e.type() == EntityType.GPE
                && KnowledgeBase.get().country(e.id()).map(state::equals).orElse(true)).orElse(false);
        if (country && location != null && KnowledgeBase.get().entry(location.entity()).isPresent()
                && !KnowledgeBase.get().country(location.entity()).orElse(location.entity()).equals(state)) country = false;
        return country ? new EntityRef(GroupActors.id(state, target.get().noun()), actor2.name()) : actor2;
    }

    /**
     * As a town struck: in a story between two states, the unnamed victims one side attacks are the other's, and so
     * are the diplomats it expels without naming whose they are; null otherwise.
     */
    private EntityRef otherSide(Hit hit, EntityRef actor1, boolean victims, SpeechLexicon lex) {
        boolean expelled = !hit.trigger.noun() && "expel".equals(hit.trigger.mode()) && !ForceWords.of(lex.language()).roles().isEmpty();
        return victims || expelled ? seats.counterpart(actor1) : null;
    }

    /**
     * "Chile said its forces remained on high alert", "the minister said her country's troops ...": forces a
     * possessive pronoun gives to the one who speaks are that speaker's state's (the speaker a state, or a person
     * the text ties to one); null when the deployment is no such one.
     */
    private EntityRef ownForces(Hit hit, int a, SpeechLexicon lex) {
        ForceWords w = ForceWords.of(lex.language());
        if (hit.trigger.type() != EventType.MOBILIZE || w.roles().isEmpty()) return null;
        EventPatterns p = EventPatterns.of(lex.language());
        for (int k = hit.start - 1; k > a && k >= hit.start - 6; k--) {
            if (!w.at("own", ix.forms(), k, hit.start)) continue;
            int j = w.end("own", ix.forms(), k, hit.start);
            int home = w.end("homeland", ix.forms(), j, hit.start);
            if (p.endAt(EventPatterns.Role.TROOPS, ix.forms(), home > 0 ? home : j, hit.start + 1) < 0) continue;
            // the speaker: the first actor of the sentence, before the pronoun
            for (int q = a; q < k; q++) {
                Mention m = actorMention(q);
                if (m == null) continue;
                String state = seats.sideOf(ix.ref(m));
                Entity e = state == null ? null : ix.entity(state);
                if (e != null && e.type() == EntityType.GPE) return EntityRef.of(e);
                // "Chilean Defence Minister Ana Soto": the state qualifying the speaker's title
                for (int t = q - 1; t >= a && t >= q - 4; t--) {
                    Mention s = ix.mention(t);
                    if (s != null && ix.type(s) == EntityType.GPE) return ix.ref(s);
                }
                return null;
            }
            return null;
        }
        return null;
    }

    /**
     * "killed 20 people in Tel Aviv", "shot three civilians": an attack whose object counts or names its victims
     * without naming a state or group is an attack all the same, aimed at no named actor (its place tells where).
     */
    private boolean unnamedVictims(Hit hit, int b, SpeechLexicon lex, List<Hit> hits) {
        if (hit.trigger.type() != EventType.ASSAULT) return false;
        ForceWords w = ForceWords.of(lex.language());
        // "violated the ceasefire": an act of force aimed at no one in particular
        for (int k = hit.start; k < hit.end; k++) if (w.at("unaimed", ix.forms(), k, hit.end)) return true;
        if (hit.trigger.noun()) return false;
        int end = objectEnd(hit, b, lex, hits), at = objectAt(w, "victims", hit.end, end, 4, lex);
        // "attacked Valdorian soldiers": victims of a state named are that state, not unnamed ones
        // ("attacked a Mapuche stronghold": a name qualifying a body or site names no one attacked)
        for (int k = hit.end; at >= 0 && k <= at; k++) {
            if (actorMention(k) != null && !(w.at("body", ix.forms(), k + 1, end) || w.at("body", ix.forms(), k + 2, end))) return false;
        }
        return at >= 0;
    }

    /**
     * "confiscated rifles from the militia": the one a seizure takes something from, after "from" in the verb's
     * object, is its target, as is the agent of a participle in it ("banned a rally organised by students"); null
     * when none is named.
     */
    private EntityRef takenFrom(Hit hit, int b, SpeechLexicon lex, List<Hit> hits, List<Frm> frames) {
        ForceWords w = ForceWords.of(lex.language());
        if (hit.trigger.type() != EventType.COERCE || hit.trigger.noun() || w.roles().isEmpty()) return null;
        int end = objectEnd(hit, b, lex, hits);
        // "prevented a rally organised by students": the agent of a participle in the object is the one coerced (a
        // restriction's target before any other name in its object)
        Mention agent = mentionAfterFrame(frames, Frame.BY, hit.end, end);
        if (agent != null) return refs.actor(agent);
        for (int k = hit.end; k < end; k++) {
            if (!w.at("from", ix.forms(), k, end)) continue;
            for (int j = k + 1; j < end && j <= k + 4; j++) {
                Mention m = actorMention(j);
                // "from Palestinian armed groups": the group the demonym qualifies, not its state
                Mention next = m == null || j + 1 >= end ? null : ix.mention(j + 1);
                String qualifier = m == null ? null : m.entityId();
                if (next != null && next != m && GroupActors.parse(next.entityId()).map(g -> qualifier.equals(g.country())).orElse(false)) m = next;
                if (m != null) return refs.actor(m);
                // "from Peruvian smugglers": a demonym before a noun no group list knows
                EntityRef state = stateNamed(w, ix.form(j));
                if (state != null && w.demonyms().containsKey(ix.form(j))) return state;
                if (ix.isPunct(j)) break;
            }
            return null;
        }
        return null;
    }

    /**
     * The actor an ethnic qualifier or a "-led" compound makes of a ref (force-words.tsv): "ethnic Albanians" are no
     * state but the people of the place the sentence puts them in ("ethnic Albanians in Macedonia" are Macedonia's),
     * or of none; "Vietnamese-led forces" are Vietnam's forces and "the US-led war" is the United States'.
     */
    private EntityRef forceActor(EntityRef r, int a, int b, SpeechLexicon lex) {
        return forceActor(r, a, b, lex, false);
    }

    private EntityRef forceActor(EntityRef r, int a, int b, SpeechLexicon lex, boolean target) {
        if (r == null) return null;
        ForceWords w = ForceWords.of(lex.language());
        if (w.roles().isEmpty()) return r;
        Optional<GroupActors.Group> group = GroupActors.parse(r.entity());
        String stateId = group.map(GroupActors.Group::country).orElse(r.entity());
        boolean plain = false;
        for (int k = a; k < b; k++) {
            // "Albania denounced ... ethnic Albanian unrest": the state itself named plainly is the actor
            Mention m = ix.mention(k);
            if (m != null && m.entityId().equals(stateId) && (k == a || ix.mention(k - 1) != m) && !ethnicPeople(w, m, k, a, b)) plain = true;
        }
        for (int k = a; k < b && !plain && w.residents() != null; k++) {
            Mention m = ix.mention(k);
            if (m == null || k > a && ix.mention(k - 1) == m || !ethnicPeople(w, m, k, a, b)) continue;
            boolean state = m.entityId().equals(r.entity());
            if (!state && !(group.isPresent() && m.entityId().equals(group.get().country()))) continue;
            EntityRef place = ethnicHome(m, b, lex);
            String home = place == null ? null : place.entity();
            if (!state) return new EntityRef(GroupActors.id(home, group.get().noun()), r.name());
            // the people themselves: residents of their home state (of none when no place is named), under their name
            String name = k > a && w.at("ethnic", ix.forms(), k - 1, k) ? ix.form(k - 1) + " " + ix.surface(k) : ix.surface(k);
            return new EntityRef(GroupActors.id(home, w.residents()), name);
        }
        if (group.isPresent()) {
            // "Albanian rebels in Macedonia": the demonym right before a group noun names its state, wherever it is
            // (a group qualified by coordinated demonyms, "German and Italian activists", keeps its own)
            for (int k = a + 1; k < b; k++) {
                Mention m = ix.mention(k);
                if (m == null || !m.entityId().equals(r.entity()) || ix.mention(k - 1) == m) continue;
                String d = w.demonyms().get(ix.form(k - 1));
                String own = group.get().country();
                boolean placed = false;
                for (int j = ix.firstTokenAtOrAfter(m.end()); own != null && j < b && j <= ix.firstTokenAtOrAfter(m.end()) + 3; j++) {
                    if (ix.mention(j) != null && own.equals(ix.mention(j).entityId())) placed = true;
                }
                if (d != null && !d.equals(own) && (own == null || placed) && !w.at("ethnic", ix.forms(), k - 2, k - 1)) {
                    return new EntityRef(GroupActors.id(d, group.get().noun()), r.name());
                }
            }
        }
        for (int k = a; k < b; k++) {
            // "the Israeli-occupied West Bank": a compound naming who holds a place qualifies the place and never
            // acts; as a target ("attacked the rebel-held town") it is the holder's place, the holder is attacked
            Mention own = ix.mention(k);
            if (own == null || !own.entityId().equals(r.entity())) continue;
            for (String suffix : w.lists().getOrDefault("held", List.of())) {
                if (ix.form(k).endsWith(suffix)) return target ? stateNamed(w, ix.form(k).substring(0, ix.form(k).length() - suffix.length())) : null;
            }
        }
        for (int k = a; k < b; k++) {
            String f = ix.form(k);
            for (String suffix : w.lists().getOrDefault("led", List.of())) {
                if (!f.endsWith(suffix) || f.length() <= suffix.length()) continue;
                Mention own = ix.mention(k), next = k + 1 < b ? ix.mention(k + 1) : null;
                boolean compound = own != null && own.entityId().equals(r.entity());
                boolean qualified = next != null && next.entityId().equals(r.entity()) && group.isPresent() && group.get().country() == null;
                if (!compound && !qualified) continue;
                EntityRef leader = stateNamed(w, f.substring(0, f.length() - suffix.length()));
                if (leader == null) continue;
                return compound ? leader : new EntityRef(GroupActors.id(leader.entity(), group.get().noun()), r.name());
            }
        }
        return r;
    }

    /**
     * Whether the mention at token {@code k} names an ethnic people rather than a state: after "ethnic" ("ethnic
     * Albanians"), or a plural demonym of a place of another state ("the Albanians of southern Serbia").
     */
    private boolean ethnicPeople(ForceWords w, Mention m, int k, int a, int b) {
        if (k > a && w.at("ethnic", ix.forms(), k - 1, k)) return true;
        int after = ix.firstTokenAtOrAfter(m.end());
        if (after >= b || !w.at("of", ix.forms(), after, after + 1) || !w.demonyms().containsKey(ix.form(k)) || !ix.form(k).endsWith("s")) return false;
        for (int i = after + 1; i < b && i <= after + 3; i++) {
            Mention p = ix.mention(i);
            if (p != null) return ix.type(p) == EntityType.GPE && !p.entityId().equals(m.entityId());
            if (ix.isPunct(i)) return false;
        }
        return false;
    }

    /** The state of the place named in the few words after an ethnic group ("in southern Serbia", "of Kosovo"), or null. */
    private EntityRef ethnicHome(Mention m, int b, SpeechLexicon lex) {
        int after = ix.firstTokenAtOrAfter(m.end());
        for (int j = after; j < b && j <= after + 8 && !ix.isPunct(j); j++) {
            if (lex.kindAt(ix, j) != Kind.PREP && !lex.is(ix.form(j), Kind.LINK)) continue;
            for (int i = j + 1; i < b && i <= j + 3; i++) {
                Mention p = ix.mention(i);
                if (p != null && ix.type(p) == EntityType.GPE && !p.entityId().equals(m.entityId())) {
                    String state = KnowledgeBase.get().country(p.entityId()).orElse(p.entityId());
                    return new EntityRef(state, KnowledgeBase.get().entry(state).map(org.vigie.nlp.kb.KbEntry::name).orElse(ix.ref(p).name()));
                }
                if (ix.isPunct(i)) break;
            }
        }
        return null;
    }

    /** The state a demonym or a name stands for ("vietnamese", "us"), or null. */
    private static EntityRef stateNamed(ForceWords w, String form) {
        String id = w.demonyms().get(form);
        if (id == null) {
            for (org.vigie.nlp.kb.KbEntry e : KnowledgeBase.get().lookup(form)) {
                if (e.type() == EntityType.GPE || e.type() == EntityType.ORG) {
                    id = e.id();
                    break;
                }
            }
        }
        if (id == null) return null;
        String found = id;
        return new EntityRef(id, KnowledgeBase.get().entry(id).map(org.vigie.nlp.kb.KbEntry::name).orElse(found));
    }
}

package org.vigie.nlp.events;

import org.vigie.core.model.Entity;
import org.vigie.core.model.Event;
import org.vigie.core.model.Span;
import org.vigie.core.model.EntityRef;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.EventType;
import org.vigie.core.model.Mention;
import org.vigie.nlp.events.EventLexicon.Trigger;
import org.vigie.nlp.events.Scan.Hit;
import org.vigie.nlp.kb.KbEntry;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.nlp.lang.LanguagePack;
import org.vigie.nlp.quotes.Referents.Referent;
import org.vigie.nlp.quotes.SpeechLexicon;
import org.vigie.nlp.quotes.SpeechLexicon.Kind;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a speaker announces about the speaker's own side, as PLOVER codes announcements (CAMEO 03, intents): a
 * force's return to its bases said of unnamed units ("units would return to their bases", "every unit will return
 * to barracks") is the speaker's expressed intent to de-escalate, an AGREE (CAMEO 0356, de-escalate); a mobilisation
 * announced in the first person in a quote ("we will call up reservists") is the speaker's state's MOBILIZE.
 */
final class Statements extends ScanPart {
    Statements(Scan scan) {
        super(scan);
    }

    /** What a quote announces, and whether the act is the speaker's state's (a mobilisation) or the speaker's. */
    record Announcement(EventType type, String mode, boolean byState) {
    }

    /**
     * The act a direct quote announces for the speaker's own side in {@code [from, to)}: a first-person subject
     * ({@code @speaker}) or a body of troops as subject, then a modal within the next tokens and a trigger, not
     * negated and not in a condition. A mobilisation announced by the first person is the speaker's state's MOBILIZE;
     * a return or any other intent (AGREE cue) is the speaker's AGREE. Null otherwise (refusals and threats are
     * {@link ForceRules#quotedStance}'s).
     */
    Announcement quotedAnnouncement(EventLexicon ev, SpeechLexicon lex, int from, int to) {
        List<String> forms = ix.forms();
        QuoteFrames q = quoteFrames(ev, from, to);
        BitSet aux = q.aux(), self = q.self(), condition = q.condition(), proviso = q.proviso();
        EventPatterns p = EventPatterns.of(lex.language());
        BitSet troops = new BitSet();
        for (int k = from; k < to; k++) {
            int end = p.endAt(EventPatterns.Role.TROOPS, forms, k, to);
            if (end > k) troops.set(end - 1);
        }
        Map<Integer, Trigger> acts = q.acts();
        for (int k = from; k < to; k++) {
            boolean person = self.get(k), force = troops.get(k);
            if (!person && !force) continue;
            if (inCondition(condition, from, k)) continue;
            boolean modal = false;
            for (int j = k + 1, free = 0; j < Math.min(to, k + 6) && !ix.isPunct(j); j++) {
                if (ev.negations().longestAt(forms, j, j + 1).isPresent()) break;
                Trigger t = acts.get(j);
                // a trigger that carries its own modal ("will return") starts on the modal
                if (t != null && (modal || aux.get(j))) {
                    // "we will mobilise if we are attacked": a mobilisation on a proviso is a warning, not a call-up
                    boolean provided = proviso.nextSetBit(j) >= 0 && proviso.nextSetBit(j) < to;
                    if (person && t.type() == EventType.MOBILIZE && !provided) return new Announcement(EventType.MOBILIZE, t.mode(), true);
                    if (t.type() == EventType.AGREE && (force || person)) return new Announcement(EventType.AGREE, null, false);
                    break;
                }
                if (aux.get(j)) {
                    modal = true;
                    continue;
                }
                if (++free > 1) break;
            }
        }
        return null;
    }

    /** Whether a condition word opens the clause of {@code k} ("if we are attacked, we will ..."; "when ..."). */
    private boolean inCondition(BitSet condition, int from, int k) {
        for (int j = k - 1; j >= from && j >= k - 6; j--) {
            if (ix.isPunct(j)) return false;
            if (condition.get(j)) return true;
        }
        return false;
    }

    /**
     * The state the speaker speaks for: the one the text ties the speaker to, else the state adjective qualifying the
     * speaker's title where the speaker is first named ("Peruvian Defence Minister Jorge Salas"); else null.
     */
    EntityRef stateOf(EntityRef speaker) {
        if (speaker == null) return null;
        String side = seats.sideOf(speaker);
        Entity e = side == null ? null : ix.entity(side);
        if (e != null && e.type() == EntityType.GPE) return EntityRef.of(e);
        for (int k = 0; k < ix.size(); k++) {
            if (ix.mention(k) == null || !speaker.entity().equals(ix.mention(k).entityId())) continue;
            for (int t = k - 1; t >= 0 && t >= k - 4; t--) {
                if (ix.isPunct(t)) {
                    // "In Lima, Defence Minister Jorge Salas": an official introduced in a capital speaks for its state
                    Mention place = t > 1 && ix.form(t).equals(",") ? ix.mention(t - 1) : null;
                    if (place == null || ix.type(place) != EntityType.GPE) return null;
                    int p = ix.firstTokenAtOrAfter(place.start());
                    if (p == 0 || !listed(p - 1, "speaker-place-prepositions.txt")) return null;
                    EntityRef state = seats.resolve(ix.ref(place));
                    if (!state.entity().equals(place.entityId())) return state;
                    // a capital the text ties to no state of its own: the knowledge base's state
                    Optional<KbEntry> known = KnowledgeBase.get().entry(place.entityId());
                    if (known.isEmpty()) return null;
                    if ("country".equals(known.get().kind())) return state;
                    Optional<KbEntry> country = known.get().country().flatMap(c -> KnowledgeBase.get().entry(c));
                    return country.map(c -> new EntityRef(c.id(), c.name())).orElse(null);
                }
                if (ix.mention(t) != null && ix.type(ix.mention(t)) == EntityType.GPE) return seats.resolve(ix.ref(ix.mention(t)));
            }
            return null;
        }
        return null;
    }

    /**
     * "Kastelan said units would return to their bases": an intent (AGREE cue) whose subject is a body of troops no
     * name qualifies, reported by a speaker, is the speaker's announcement; null when the subject is not such a
     * body or no reporting verb and speaker stand before it.
     */
    EntityRef speakerForUnnamedTroops(Hit hit, int verbStart, int a, SpeechLexicon lex) {
        if (hit.trigger().type() != EventType.AGREE || hit.trigger().noun() || verbStart <= a) return null;
        EventPatterns p = EventPatterns.of(lex.language());
        List<String> forms = ix.forms();
        int k = verbStart - 1;
        int start = -1;
        for (int s = Math.max(a, k - 2); s <= k; s++) if (p.endAt(EventPatterns.Role.TROOPS, forms, s, verbStart) == verbStart) start = s;
        if (start < 0) return null;
        k = start - 1;
        while (k > a && (lex.isDeterminer(forms.get(k)) || p.startsAt(EventPatterns.Role.COUNT, forms, k, k + 1))) k--;
        if (k > a && lex.is(forms.get(k), Kind.THAT)) {
            // "said on Sunday that all brigades will return": the reporting verb may stand before adjuncts
            return scan.actors.reportingSpeaker(hit, a, lex);
        }
        if (k < a) return null;
        Kind kind = lex.kindOf(forms.get(k));
        if (kind == null || !kind.isVerb()) return null;
        int vs = k;
        while (vs > a && lex.is(forms.get(vs - 1), Kind.AUX)) vs--;
        Referent speaker = refs.subjectBefore(vs, a);
        return speaker == null ? null : speaker.ref();
    }

    /**
     * "we have no plans to invade Chile": the actor a denied act of force is aimed at, named right after the word of
     * force (determiners aside), is the one the denial is addressed to (CAMEO 12, a rejection toward it); null when
     * the word has no such object, or the object is on the speaker's side.
     */
    EntityRef deniedTarget(int hostileEnd, int to, EntityRef speaker) {
        int k = hostileEnd;
        SpeechLexicon lex = k < ix.size() ? refs.lexiconAt(k) : null;
        while (lex != null && k < to && lex.isDeterminer(ix.form(k))) k++;
        // (inside the quote: the quoted name is the target here, unlike in the clause searches that skip quotes)
        Mention m = k < to ? ix.mention(k) : null;
        if (m == null || speaker == null || ix.type(m) != EntityType.GPE && ix.type(m) != EntityType.ORG && ix.type(m) != EntityType.PER) return null;
        // (the mention itself: inside a quote, the referent search takes a name for the speaker's seat)
        EntityRef target = seats.resolve(ix.ref(m));
        return target == null || seats.sideOf(target).equals(seats.sideOf(speaker)) ? null : target;
    }

    /**
     * "X said it was watching closely and had asked Y for details": a verb coordinated ("and", auxiliaries aside) to
     * reported content whose subject is a pronoun right after the verb of saying ("said it", "said that it") shares
     * that subject, the speaker, when the first conjunct reports no act of its own; null when the verb has no such
     * coordination or the speaker is not named.
     */
    EntityRef reportedCoordinate(int verbStart, int a, SpeechLexicon lex, List<Hit> hits) {
        int k = verbStart - 1;
        while (k > a && lex.is(ix.form(k), Kind.AUX)) k--;
        if (k <= a || !lex.is(ix.form(k), Kind.STOP) || ix.mention(k) != null) return null;
        for (int p = k - 1; p > a && p >= k - 12; p--) {
            if (ix.isPunct(p) && !ix.form(p).equals(",")) return null;
            // the coordinated content has its own subject only when a name stands in it
            if (ix.mention(p) != null && ix.type(ix.mention(p)) == EntityType.PER) return null;
            SpeechLexicon.Pronoun pronoun = lex.pronoun(ix.form(p));
            if (pronoun == null || !pronoun.subject() || quoted.get(p)) continue;
            // a first conjunct reporting an act of its own is the coordination rules' ({@link VerbalConflictRules})
            for (Hit o : hits) if (o.start() > p && o.start() < k) return null;
            int v = p - 1;
            if (v > a && lex.is(ix.form(v), Kind.THAT)) v--;
            // ("said on Monday it was ...": an adjunct of time may stand between the verb and its content)
            for (int j = v; j > a && j >= p - 5 && !ix.isPunct(j); j--) {
                Kind kind = lex.kindOf(ix.form(j));
                if (kind != null && kind.isVerb()) {
                    v = j;
                    break;
                }
            }
            Kind kind = lex.kindOf(ix.form(v));
            if (kind == null || !kind.isVerb()) return null;
            while (v > a && lex.is(ix.form(v - 1), Kind.AUX)) v--;
            Referent speaker = refs.subjectBefore(v, a);
            return speaker == null ? null : speaker.ref();
        }
        return null;
    }

    /**
     * Whether {@code hit} is a verb of judging ({@code bare} in {@link EventPatterns}: "called the arrests illegal"),
     * whose party is named in the judged phrase ({@link #judgedParty}).
     */
    boolean judging(Hit hit, int b, SpeechLexicon lex) {
        return !hit.trigger().noun() && EventPatterns.of(lex.language()).endAt(EventPatterns.Role.BARE, ix.forms(), hit.start(), b) == hit.end();
    }

    /**
     * "called Peru's claims baseless", "called the expulsions absurd and said X would respond": the party a judgement
     * is about is the actor named in the judged phrase, between the verb and the word of fault; what follows the
     * word of fault is another clause. Null when the phrase names no actor other than {@code actor1}.
     */
    EntityRef judgedParty(Hit hit, int b, SpeechLexicon lex, EntityRef actor1) {
        EventPatterns p = EventPatterns.of(lex.language());
        for (int k = hit.end(); k < b && k < hit.end() + 8; k++) {
            if (p.startsAt(EventPatterns.Role.FAULT, ix.forms(), k, b)) return null;
            Mention m = actorMention(k);
            if (m == null) continue;
            EntityRef r = seats.resolve(refs.actor(m));
            if (r != null && (actor1 == null || !r.entity().equals(seats.resolve(actor1).entity()))) return r;
        }
        return null;
    }

    /**
     * "opposition lawmaker X said the government should ask ...": an obligation put on a bare state institution
     * ("the government", {@code state-institutions.txt}) in content reported by someone whose title places them
     * outside that government ({@code outsider-titles.txt}: opposition, lawmakers, activists) is a demand of the
     * speaker to the speaker's state (CAMEO 10); null when the speaker has no such title or no state the text ties
     * them to (a member of the government who says what it must do states a policy, no demand).
     */
    Event outsiderDemand(int a, int b, SpeechLexicon lex, EventLexicon ev, Span evidence) {
        Set<String> institutions = words(lex.language(), "state-institutions.txt");
        Set<String> outsiders = words(lex.language(), "outsider-titles.txt");
        if (outsiders.isEmpty()) return null;
        for (int k = a + 2; k < b; k++) {
            if (!ev.isObligation(ix.form(k)) || quoted.get(k)) continue;
            int g = k - 1;
            if (ix.mention(g) != null || !institutions.contains(ix.form(g)) || !lex.isDeterminer(ix.form(g - 1))) continue;
            int v = g - 2;
            if (v > a && lex.is(ix.form(v), Kind.THAT)) {
                // ("said on Monday that the government must": an adjunct may stand between the verb and "that")
                for (int j = v - 1; j > a && j >= v - 4 && !ix.isPunct(j); j--) {
                    Kind vk = lex.kindOf(ix.form(j));
                    if (vk != null && vk.isVerb()) {
                        v = j;
                        break;
                    }
                }
            }
            Kind kind = v >= a ? lex.kindOf(ix.form(v)) : null;
            if (kind == null || !kind.isVerb()) continue;
            while (v > a && lex.is(ix.form(v - 1), Kind.AUX)) v--;
            Referent speaker = refs.subjectBefore(v, a);
            if (speaker == null || speaker.ref() == null) continue;
            int from = ix.firstTokenAtOrAfter(speaker.span().start());
            boolean outside = false;
            for (int t = Math.max(a, from - 4); t < v && !outside; t++) outside = outsiders.contains(ix.form(t));
            if (!outside) continue;
            EntityRef state = stateOf(speaker.ref());
            if (state == null) continue;
            return new Event(EventType.REQUEST, null, speaker.ref(), state, null, scan.actors.dateAt(evidence, ix.token(k).start()), false, evidence);
        }
        return null;
    }

    /**
     * "opposition MP X accused the government of ...", "le député d'opposition X a reproché au gouvernement de ...":
     * a verbal act of conflict aimed at a bare state institution ({@code state-institutions.txt}, no "of"/"de" after
     * it) by someone whose title places them outside that government ({@code outsider-titles.txt}, within four words
     * before the person's first mention) is aimed at the actor's own state; null otherwise (a names found later in
     * the clause is no owner of that government).
     */
    EntityRef ownGovernment(Hit hit, int b, SpeechLexicon lex, EntityRef actor1) {
        EventType t = hit.trigger().type();
        if (t != EventType.ACCUSE && t != EventType.REJECT || hit.trigger().noun() || actor1 == null) return null;
        Set<String> institutions = words(lex.language(), "state-institutions.txt");
        Set<String> outsiders = words(lex.language(), "outsider-titles.txt");
        int k = hit.end();
        while (k < b && k < hit.end() + 2 && !institutions.contains(ix.form(k)) && ix.mention(k) == null && !ix.isPunct(k)) k++;
        if (k >= b || !institutions.contains(ix.form(k)) || ix.mention(k) != null) return null;
        // ("the government of President X", "le gouvernement de la présidente X": an owner named; "au gouvernement
        // d'avoir ...": an infinitive)
        if (k + 2 < b && listed(k + 1, "genitive-prepositions.txt") && (ix.mention(k + 2) != null || lex.isDeterminer(ix.form(k + 2)) || ix.isCapitalised(k + 2))) return null;
        boolean outside = false;
        for (int m = 0; m < ix.size() && !outside; m++) {
            Mention mention = ix.mention(m);
            if (mention == null || !mention.entityId().equals(actor1.entity())) continue;
            for (int j = Math.max(0, m - 4); j < m; j++) outside |= outsiders.contains(ix.form(j));
            break;
        }
        return outside ? stateOf(actor1) : null;
    }

    /**
     * "proposed deploying monitors from X": a request whose object is an act named by a gerund asks for that act;
     * an actor inside the gerund's phrase is part of what is asked, not the one asked.
     */
    boolean gerundObject(Hit hit, int b) {
        return hit.trigger().type() == EventType.REQUEST && !hit.trigger().noun() && hit.end() < b
                && endsWithListed(hit.end(), "gerund-endings.txt") && ix.mention(hit.end()) == null;
    }

    private static final Map<String, List<List<String>>> PHRASES = new ConcurrentHashMap<>();

    private static List<List<String>> phrases(String language, String file) {
        return PHRASES.computeIfAbsent(language + "/" + file, key -> {
            List<List<String>> out = new java.util.ArrayList<>();
            for (String w : LanguagePack.of(language).words(file)) out.add(List.of(LanguagePack.normalize(w).split(" ")));
            return List.copyOf(out);
        });
    }

    /**
     * "“... and Valdoria will bear full responsibility for it,” X said": a phrase of blame ({@code blame-cues.txt})
     * whose subject, right before it (a modal aside), is a named actor not on the speaker's side lays the blame on
     * that actor: the speaker's accusation of it (CAMEO 112). Null when the quote has no such phrase, the phrase is
     * negated ("X bears no responsibility") or its subject is not named.
     */
    EntityRef quotedBlame(EventLexicon ev, SpeechLexicon lex, int from, int to, EntityRef speaker) {
        List<List<String>> cues = phrases(lex.language(), "blame-cues.txt");
        if (cues.isEmpty() || speaker == null) return null;
        List<String> forms = ix.forms();
        for (int k = from + 1; k < to; k++) {
            if (opensPhrase(cues, k, to)) {
                int s = k - 1;
                if (s > from && ev.frames().longestAt(forms, s, s + 1).map(f -> f.value().frame() == EventLexicon.Frame.AUX).orElse(false)) s--;
                if (isNegation(s, lex, ev)) return null;
                Mention m = ix.mention(s);
                if (m == null || ix.type(m) != EntityType.GPE && ix.type(m) != EntityType.ORG && ix.type(m) != EntityType.PER) return null;
                EntityRef blamed = seats.resolve(ix.ref(m));
                return seats.sideOf(blamed).equals(seats.sideOf(speaker)) ? null : blamed;
            }
        }
        return null;
    }

    /**
     * "“This is the usual propaganda of X,” Y said", "said the drills were “a rehearsal for something else”",
     * "« C'est un crime contre des civils »": a speaker who judges an act or words with a word of condemnation
     * ({@code condemnation-words.txt}: crime, lies, propaganda, provocation; or a faulting attribute, {@code fault} in
     * {@link EventPatterns}: absurd, illegal) as the predicate of a copula ({@code copulas.txt}), in a quote, accuses
     * the side whose act or words are judged (CAMEO 111, 112): an actor of another side named in the quote, else
     * the other side of a story between two states. Null when the quote has no such predicate, it is negated ("this
     * is no provocation"), or no such side is found.
     */
    EntityRef quotedJudgement(EventLexicon ev, SpeechLexicon lex, int from, int to, EntityRef speaker) {
        List<List<String>> cues = phrases(lex.language(), "condemnation-words.txt");
        Set<String> copulas = words(lex.language(), "copulas.txt");
        if (speaker == null || copulas.isEmpty()) return null;
        List<String> forms = ix.forms();
        EventPatterns p = EventPatterns.of(lex.language());
        for (int k = from; k < to; k++) {
            boolean condemning = p.startsAt(EventPatterns.Role.FAULT, forms, k, to);
            condemning |= opensPhrase(cues, k, to);
            if (!condemning) continue;
            // the copula within a few words before (determiners and modifiers between), or just before the quote
            // opens when the quote is the predicate ("the drills were “a rehearsal ...”")
            int c = -1;
            boolean negated = false;
            for (int j = k - 1; j >= 0 && j >= k - 5; j--) {
                String f = forms.get(j);
                if (j < from && Clauses.OPENING_MARKS.contains(f)) continue;
                if (copulas.contains(f)) {
                    c = j;
                    break;
                }
                if (j < from || ix.isPunct(j)) break;
                // ("is not a crime", "n'est pas un crime": the negation stands between the copula and the word)
                negated |= isNegation(j, lex, ev);
            }
            if (c < 0 || negated || c > 0 && isNegation(c - 1, lex, ev)) continue;
            EntityRef side = seats.resolve(speaker);
            for (int j = from; j < to; j++) {
                Mention m = ix.mention(j);
                if (m == null || ix.type(m) != EntityType.GPE && ix.type(m) != EntityType.ORG && ix.type(m) != EntityType.PER) continue;
                // ("a crime against farmers": the victims a judgement names are not the side it accuses)
                if (org.vigie.nlp.entities.GroupActors.isGroup(m.entityId())) continue;
                EntityRef judged = seats.resolve(ix.ref(m));
                if (!seats.sideOf(judged).equals(seats.sideOf(side))) return judged;
            }
            return seats.counterpart(speaker);
        }
        return null;
    }

    /**
     * "X's foreign ministry said the diplomats had been gathering intelligence near the border": content a speaker
     * reports (an indirect quote) that charges people with espionage ({@code wrongdoing-cues.txt}) is the
     * speaker's accusation (CAMEO 112, 1124), aimed at the actor named before the charge in that content when there
     * is one on another side; none when the charge is negated ("no evidence of spying") or the sentence already
     * reports an accusation by the speaker's side.
     */
    void reportedWrongdoing(List<Event> out) {
        for (org.vigie.core.model.Quote q : doc.layerOrEmpty(org.vigie.core.LayerKind.QUOTES)) {
            if (q.direct() || q.speaker() == null || q.language() == null) continue;
            java.util.Optional<EventLexicon> ev = EventLexicon.of(q.language());
            int from = ix.firstTokenAtOrAfter(q.start());
            if (ev.isEmpty() || from >= ix.size()) continue;
            SpeechLexicon lex = speech[ix.sentenceOf(from)];
            if (lex == null || !lex.language().equals(q.language())) continue;
            List<List<String>> cues = phrases(lex.language(), "wrongdoing-cues.txt");
            int to = from;
            while (to < ix.size() && ix.token(to).end() <= q.end()) to++;
            int at = charge(cues, from, to);
            if (at < 0) continue;
            boolean negated = false;
            for (int k = Math.max(from, at - 4); k < at; k++) negated |= isNegation(k, lex, ev.get());
            if (negated) continue;
            int s = ix.sentenceOf(at);
            Span evidence = ix.sentenceSpan(s);
            if (paragraphs != null && paragraphs.stream().noneMatch(p -> p.contains(evidence.start()))) continue;
            EntityRef speaker = seats.resolve(q.speaker());
            boolean known = false;
            for (Event e : out) known |= e.type() == EventType.ACCUSE && e.evidence().equals(evidence) && seats.sideOf(e.actor1()).equals(seats.sideOf(speaker));
            // "According to X, Y accused Z of spying": a charge the content already puts in the mouth of an accuser it
            // names before the charge is that accuser's, which the speaker only reports (ev13frames)
            for (Event e : out) known |= e.type() == EventType.ACCUSE && e.evidence().equals(evidence) && namedWithin(e.actor1(), from, at);
            if (known) continue;
            EntityRef target = null;
            for (int k = from; k < at && target == null; k++) {
                Mention m = actorMention(k);
                if (m == null) continue;
                EntityRef r = seats.resolve(ix.ref(m));
                if (!seats.sideOf(r).equals(seats.sideOf(speaker))) target = r;
            }
            out.add(new Event(EventType.ACCUSE, null, speaker, target, null, scan.actors.dateAt(evidence, ix.token(at).start()), false, evidence));
        }
    }

    /** Whether a mention in tokens {@code [from, to)} stands for the actor (itself or its seat's side). */
    private boolean namedWithin(EntityRef actor, int from, int to) {
        for (int k = from; k < to; k++) {
            Mention m = actorMention(k);
            if (m != null && (m.entityId().equals(actor.entity()) || seats.sideOf(seats.resolve(ix.ref(m))).equals(seats.sideOf(actor)))) return true;
        }
        return false;
    }

    private int charge(List<List<String>> cues, int from, int to) {
        for (int k = from; k < to; k++) if (opensPhrase(cues, k, to)) return k;
        return -1;
    }

    /** Whether one of the phrases (normalised words) starts at token {@code k} and ends by {@code to}. */
    private boolean opensPhrase(List<List<String>> phrases, int k, int to) {
        List<String> forms = ix.forms();
        for (List<String> p : phrases) if (k + p.size() <= to && forms.subList(k, k + p.size()).equals(p)) return true;
        return false;
    }
}

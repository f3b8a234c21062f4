package org.vigie.nlp.events;

import org.vigie.core.model.*;
import org.vigie.nlp.entities.GroupActors;
import org.vigie.nlp.events.EventLexicon.Frame;
import org.vigie.nlp.events.EventLexicon.FrameWord;
import org.vigie.nlp.events.EventLexicon.Trigger;
import org.vigie.nlp.events.Scan.Frm;
import org.vigie.nlp.events.Scan.Hit;
import org.vigie.nlp.lang.LanguagePack;
import org.vigie.nlp.quotes.PhraseMatcher;
import org.vigie.nlp.quotes.SpeechLexicon.Kind;
import org.vigie.nlp.quotes.SpeechLexicon;

import java.util.*;

/**
 * Clause bounds and modality for event triggers: where a verb group and its clause start, and whether a trigger is
 * negated, conditional, irrealis, intended, judged, embedded in a phrase or reported, i.e. whether it reports an act
 * at all. Predicates only: they never build an event.
 */
final class Clauses extends ScanPart {
    Clauses(Scan scan) {
        super(scan);
    }

    /**
     * "L'Allemagne a salué l'accord entre l'Arménie et l'Azerbaïdjan": for a verb of a one-sided act, parties
     * "between" after its object are the object's, not the act's; only "between" right after the verb ("mediated
     * between") names the act's parties.
     */
    boolean betweenOfObject(List<Frm> frames, Hit hit) {
        for (Frm f : frames) if (f.word().frame() == Frame.BETWEEN && f.start() >= hit.end()) return f.start() > hit.end();
        return false;
    }

    /**
     * "a déclaré que les deux avaient convenu de ... et que la Pologne enverrait une demande": a coordination
     * opening a new "que" clause reports a second statement, outside the scope of a governing verb that took no
     * "que" clause itself ("a démenti que X ... et que Y" denies both).
     */
    private boolean coordinatedThat(Hit governing, int k, int b, SpeechLexicon lex) {
        boolean ownClause = governing.end() < b && lex.is(ix.form(governing.end()), Kind.THAT);
        return !ownClause && k + 1 < b && lex.is(ix.form(k), Kind.STOP) && lex.is(ix.form(k + 1), Kind.THAT);
    }

    /**
     * Whether a mention of the actor ends at most two words before the verb group, with no punctuation between
     * ("Ukrainian lawmakers Tuesday endorsed"); state adjectives joined by a conjunction after the group noun qualify it
     * and add no distance ("des militants allemands et italiens ont attaqué", ev13frames).
     */
    boolean rightBefore(EntityRef actor, int verbStart, int a) {
        int words = 0;
        for (int k = verbStart - 1; k >= a && words < 3; k--) {
            Mention m = ix.mention(k);
            if (m != null && m.entityId().equals(actor.entity())) return true;
            if (ix.isPunct(k)) return false;
            boolean qualifier = scan.groups.isStateAdjective(k) || k > a && scan.groups.isStateAdjective(k - 1)
                    && k + 1 < verbStart && scan.groups.isStateAdjective(k + 1);
            if (!qualifier) words++;
        }
        return false;
    }

    /**
     * Whether a noun trigger opens its clause (determiners and modifiers before it) and a passive verb follows it before the
     * agent, with no punctuation between.
     */
    boolean headsPassiveSubject(Hit hit, int a, SpeechLexicon lex, List<Frm> frames, Mention agent) {
        int k = hit.start() - 1;
        // determiners and up to two modifiers ("New evidence against ...")
        int modifiers = 0;
        while (k >= a && (lex.isDeterminer(ix.form(k)) || modifiers < 2 && !ix.isPunct(k) && ix.mention(k) == null
                && lex.kindOf(ix.form(k)) == null)) {
            if (!lex.isDeterminer(ix.form(k))) modifiers++;
            k--;
        }
        if (k >= a && !ix.form(k).equals(",") && !lex.is(ix.form(k), Kind.THAT)) return false;
        int by = ix.firstTokenAtOrAfter(agent.start());
        for (int j = hit.end(); j < by; j++) if (ix.isPunct(j)) return false;
        return hasFrame(frames, Frame.PASSIVE, hit.end(), by);
    }

    /**
     * "was heavily and unjustly criticized": a passive auxiliary separated
     * from the participle by adverbs (a lower-case word with an adverb suffix of {@code adverb-suffixes.txt}, or an
     * adverb of the speech lexicon's auxiliaries: "repeatedly"), joined by commas or "and", still makes it a passive.
     * Returns where that verb group starts, -1 when there is no such passive.
     */
    int passiveAcrossAdverbs(List<Frm> frames, Hit hit, int a, SpeechLexicon lex) {
        int k = hit.start() - 1, adverbs = 0;
        while (k >= a) {
            String f = ix.form(k);
            if (!ix.isCapitalised(k) && (lex.is(f, Kind.AUX) && !startsFrame(frames, Frame.PASSIVE, k) || adverb(f, lex.language()))) {
                adverbs++;
                k--;
            } else if (adverbs > 0 && (f.equals(",") || lex.is(f, Kind.STOP))) {
                k--;
            } else {
                break;
            }
        }
        if (adverbs == 0 || k < a || !startsFrame(frames, Frame.PASSIVE, k)) return -1;
        // the verb group starts at the auxiliaries before the passive one ("has been")
        while (k > a && (lex.is(ix.form(k - 1), Kind.AUX) || startsFrame(frames, Frame.AUX, k - 1) || startsFrame(frames, Frame.PASSIVE, k - 1))) k--;
        return k;
    }

    static boolean adverb(String form, String language) {
        // ("then", "ensuite": frequent adverbs of no suffix rule, adverbs.txt, ev13frames)
        if (words(language, "adverbs.txt").contains(form)) return true;
        for (String suffix : words(language, "adverb-suffixes.txt")) {
            if (form.length() > suffix.length() + 2 && form.endsWith(suffix) && Character.isLetter(form.charAt(0))) return true;
        }
        return false;
    }

    /** Where the verb group of a trigger starts: auxiliaries, negations and passive markers before it. */
    int verbStart(Hit hit, int a, SpeechLexicon lex, EventLexicon ev, List<Frm> frames) {
        int verbStart = hit.start();
        while (verbStart > a && (lex.is(ix.form(verbStart - 1), Kind.AUX) || isNegation(verbStart - 1, lex, ev)
                || startsFrame(frames, Frame.AUX, verbStart - 1) || startsFrame(frames, Frame.PASSIVE, verbStart - 1))) verbStart--;
        return verbStart;
    }

    /**
     * PLOVER modes of acts done to persons (arrest, expulsion, release), whose participle after a noun describes
     * someone ("a member ... jailed last year"); "the crossing closed to trucks" is a state, not a person.
     */
    static final Set<String> DONE_TO_PERSONS = Set.of("arrest", "expel", "deport", "seize", "release");

    /**
     * "a member of the Hamas movement jailed over a year ago", "two men detained in May": a participle of an act
     * done to persons, right after a common noun, with nothing it acts upon after it, describes that noun's
     * referent; it reports no act of whoever is named before.
     */
    boolean reducedRelative(Hit hit, int a, int b, SpeechLexicon lex, EventLexicon ev, List<Frm> frames) {
        if (hit.trigger().noun() || hit.trigger().mode() == null || !DONE_TO_PERSONS.contains(hit.trigger().mode())) return false;
        if (!endsWithListed(hit.start(), "past-participle-endings.txt") || hit.start() <= a) return false;
        int before = hit.start() - 1;
        String f = ix.form(before);
        // a group noun ("the civilians imprisoned ...") is a common noun, though an entity
        boolean group = ix.mention(before) != null && GroupActors.isGroup(ix.mention(before).entityId());
        if (ix.isPunct(before) || ix.mention(before) != null && !group || ix.isCapitalised(before) || lex.kindOf(f) != null
                || lex.pronoun(f) != null || isNegation(before, lex, ev) || startsFrame(frames, Frame.AUX, before)
                || startsFrame(frames, Frame.PASSIVE, before) || ev.groups().longestAt(ix.forms(), before, hit.start()).isPresent()) {
            return false;
        }
        if (hit.end() >= b) return true;
        int next = hit.end();
        String n = ix.form(next);
        boolean object = lex.isDeterminer(n) || ix.mention(next) != null || ix.isCapitalised(next) || lex.pronoun(n) != null
                || Character.isDigit(n.charAt(0)) || ev.groups().longestAt(ix.forms(), next, Math.min(b, next + 2)).isPresent();
        return !object;
    }

    /**
     * Whether a noun trigger is the agent of a passive: "by" right before it, determiners and lower-case modifiers
     * ("an initial", "a new") between.
     */
    boolean causeAfterBy(Hit hit, int a, SpeechLexicon lex, List<Frm> frames) {
        for (int k = hit.start() - 1; k >= a && k >= hit.start() - 4; k--) {
            if (startsFrame(frames, Frame.BY, k)) return true;
            if (ix.isPunct(k) || ix.mention(k) != null || ix.isCapitalised(k)) return false;
            Kind kind = lex.kindOf(ix.form(k));
            if (kind != null && kind != Kind.DET) return false;
        }
        return false;
    }

    /** Opening quotation marks, from {@code multi/quote-marks.tsv}. */
    static final Set<String> OPENING_MARKS = openingMarks();

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
    boolean scareQuoted(PhraseMatcher.Match<Trigger> m, int a, SpeechLexicon lex, EventLexicon ev) {
        if (!m.value().noun()) return false;
        // "pledged “political and practical support”": the quoted phrase may open on the noun's modifiers
        int mark = quoteOpening(m.start(), a);
        if (mark - 1 <= a) return false;
        boolean article = lex.isDeterminer(ix.form(mark - 1)) || lex.is(ix.form(mark - 1), Kind.LINK);
        for (PhraseMatcher.Match<FrameWord> f : ev.frames().findAll(ix.forms(), Math.max(a, mark - 6), mark)) {
            if (f.value().frame() != Frame.LIGHT || quoted.get(f.start())) continue;
            if (article && f.end() == mark - 1 || f.end() == mark) return true;
        }
        return false;
    }

    /**
     * The opening quotation mark of a quoted phrase that ends on the noun at {@code noun}: the mark right before it,
     * or before at most three quoted words of no punctuation ("“political and practical support”"); -1 otherwise.
     */
    int quoteOpening(int noun, int a) {
        for (int k = noun - 1; k > a && k >= noun - 4; k--) {
            if (OPENING_MARKS.contains(ix.form(k))) return k;
            if (ix.isPunct(k) || !quoted.get(k) || ix.mention(k) != null) return -1;
        }
        return -1;
    }

    /**
     * "will attack", "vowed to strike", "refused to attack": a cue listed as a noun right after a modal
     * ({@code @aux}), an intention ({@code @intent}) or a negation that ends with an infinitive marker ("refused to")
     * is the verb of the same form, whose subject is the clause's (ev13frames). Those words never come before a noun.
     */
    boolean verbAfterModal(PhraseMatcher.Match<Trigger> m, int a, EventLexicon ev, SpeechLexicon lex) {
        if (!m.value().noun() || m.start() <= a) return false;
        // ("est une menace": a noun cue listed with its determiner stays a noun, ev15cues)
        if (lex.isDeterminer(ix.form(m.start()))) return false;
        // "ont attaqué", "n'a pas attaqué": a participle whose unaccented form is a noun cue ("attaque") after a tense
        // auxiliary, a negation between ("à", unaccented "a", is no auxiliary)
        int before = m.start() - 1;
        while (before > a && isNegation(before, lex, ev)) before--;
        if (lex.is(ix.form(before), Kind.AUX) && !doc.text(ix.token(before).span()).equalsIgnoreCase("à")) return true;
        for (int j = Math.max(a, m.start() - 3); j < m.start(); j++) {
            Optional<PhraseMatcher.Match<FrameWord>> f = ev.frames().longestAt(ix.forms(), j, m.start());
            if (f.isPresent() && f.get().end() == m.start() && (f.get().value().frame() == Frame.AUX || f.get().value().frame() == Frame.INTENT)) return true;
            Optional<PhraseMatcher.Match<Boolean>> n = ev.negations().longestAt(ix.forms(), j, m.start());
            if (n.isPresent() && n.get().end() == m.start() && listed(m.start() - 1, "infinitive-marks.txt")) return true;
        }
        return false;
    }

    /**
     * "could impose sanctions", "might meet", "pourrait attaquer": a modal of possibility (possibility-modals.txt) in the
     * trigger's verb group, no negation after it (ev13frames). Such an act is only possible, not reported as done.
     */
    boolean possible(Hit hit, int a, SpeechLexicon lex, EventLexicon ev, List<Frm> frames) {
        // (a noun act after its support verb: "could impose sanctions")
        int at = hit.trigger().noun() ? supportVerb(frames, hit, a, lex) : hit.start();
        // (a noun act after a verb of its own, "could send humanitarian aid": that verb and a determiner or modifier
        // between, none of them a trigger, whose act the noun would be the object of: "could condemn the test")
        int words = 0;
        if (at < 0) {
            at = hit.start();
            words = 3;
        }
        // only the verb group: auxiliaries and adverbs between the modal and the verb ("could also impose")
        for (int k = at - 1; k >= a && k >= at - 3 - words; k--) {
            if (listed(k, "possibility-modals.txt")) {
                for (int j = k + 1; j < at; j++) if (isNegation(j, lex, ev)) return false;
                return true;
            }
            if (lex.is(ix.form(k), Kind.AUX) || startsFrame(frames, Frame.AUX, k) || adverb(ix.form(k), lex.language())) continue;
            if (words-- <= 0 || ix.isPunct(k) || ix.mention(k) != null || ev.triggers().longestAt(ix.forms(), k, at).isPresent()) return false;
        }
        return false;
    }

    /**
     * Whether the words before token {@code k} call for a base verb form: a modal or a phrase of the future
     * ({@code @aux}: "will", "did not", "is set to") or an intention ({@code @intent}: "plans to"). A bare infinitive
     * marker does not ("talks to ease tensions" states a purpose), nor does a refusal ("refused to extradite" is
     * coded as the refusal when the table knows no form of the act).
     */
    boolean baseFormAt(int k, int a, EventLexicon ev) {
        // ("would formally recognise", "will quickly restore": adverbs between the modal and the verb, ev15cues)
        while (k - 1 > a && adverb(ix.form(k - 1), ev.language())) k--;
        // ("did not demand", "will never sign": a negation between the modal and the verb)
        for (int j = Math.max(a, k - 2); j < k; j++) {
            Optional<PhraseMatcher.Match<Boolean>> n = ev.negations().longestAt(ix.forms(), j, k);
            if (n.isPresent() && n.get().end() == k) {
                k = j;
                break;
            }
        }
        if (k <= a) return false;
        for (int j = Math.max(a, k - 3); j < k; j++) {
            Optional<PhraseMatcher.Match<FrameWord>> f = ev.frames().longestAt(ix.forms(), j, k);
            if (f.isPresent() && f.get().end() == k && (f.get().value().frame() == Frame.AUX || f.get().value().frame() == Frame.INTENT)) return true;
        }
        return false;
    }

    /**
     * A verb-like trigger right after a determiner is a noun of another sense ("le masse" is rare; "la visite" is
     * fine), and so is one after a determiner and one or two modifiers ({@link #modifiedNoun}).
     */
    boolean isNounAfterDet(PhraseMatcher.Match<Trigger> m, SpeechLexicon lex) {
        // "les accusant": before a present participle the article is an object pronoun
        if (m.value().noun() || m.start() == 0 || lex.isParticiple(ix.form(m.start()))) return false;
        return lex.isDeterminer(ix.form(m.start() - 1)) || modifiedNoun(m, lex);
    }

    /**
     * "an attack on a suspected weapons supply", "a planned attack", "its fuel supply": a verb cue in its base form
     * after a determiner and one or two modifiers that are no trigger, function word, speech verb or (except after an
     * indefinite article) name is the head
     * noun of that phrase. A cue with a verb's inflection (past-participle-endings.txt, number-endings.txt, a past
     * form of the PETRARCH-derived verbs: "the army attacked", "a gunman attacks", "a delegation met") is the verb of
     * a subject, and so is any cue after a plural modifier
     * (number-endings.txt) that follows a determiner other than an indefinite article (indefinite-articles.txt):
     * "the rebels attack" has a subject, "a weapons supply" cannot.
     */
    private boolean modifiedNoun(PhraseMatcher.Match<Trigger> m, SpeechLexicon lex) {
        // (a language that lists no indefinite article does not describe this rule)
        if (words(lex.language(), "indefinite-articles.txt").isEmpty()) return false;
        if (endsWithListed(m.start(), "past-participle-endings.txt") || endsWithListed(m.start(), "number-endings.txt")) return false;
        Optional<EventLexicon> ev = EventLexicon.of(lex.language());
        // ("a delegation met", "a soldier shot": an irregular past form is a verb as well)
        if (ev.isEmpty() || ev.get().pastForm(ix.form(m.start()))) return false;
        for (int det = m.start() - 2; det >= m.start() - 3 && det >= 0; det--) {
            if (!lex.isDeterminer(ix.form(det))) continue;
            boolean indefinite = listed(det, "indefinite-articles.txt");
            boolean modifiers = true;
            for (int k = det + 1; k < m.start() && modifiers; k++) {
                String f = ix.form(k);
                Kind kind = lex.kindOf(f);
                // ("a Philippine supply boat", "an EU ban": after an indefinite article a name cannot be the subject of a
                // base-form verb, so it qualifies the noun too)
                modifiers = (ix.mention(k) == null || indefinite) && !ix.isPunct(k) && !lex.isDeterminer(f) && !listed(k, "stopwords.txt")
                        && (kind == null || !kind.isVerb()) && ev.get().triggers().longestAt(ix.forms(), k, m.start()).isEmpty()
                        && ev.get().frames().longestAt(ix.forms(), k, m.start()).isEmpty()
                        && ev.get().negations().longestAt(ix.forms(), k, m.start()).isEmpty()
                        && (indefinite || !endsWithListed(k, "number-endings.txt"));
            }
            if (modifiers) return true;
        }
        return false;
    }

    /**
     * Triggers inside the scope of a denial, demand, threat or intent: from that trigger to the end of its clause,
     * which a semicolon ends (a comma or an auxiliary too, for a noun trigger), a coordination followed closely by another trigger ("a démenti ... et accusé ..."), or
     * a clause of what has already happened ({@code @background}: "vowed to retaliate after Lessaria expelled ..."), or
     * a preposition of the act's circumstance ({@code circumstance} in {@link EventPatterns}: "during").
     */
    BitSet scopes(List<Hit> hits, int a, int b, SpeechLexicon lex, List<Frm> frames) {
        BitSet suppressed = new BitSet();
        for (int h = 0; h < hits.size(); h++) {
            if (!hits.get(h).trigger().scope() || suppressed.get(h)) continue;
            int end = b;
            for (int k = hits.get(h).end(); k < b; k++) {
                // ("urged calm during a visit to X": the circumstance of the demand is not demanded)
                if (ix.form(k).equals(";") || startsFrame(frames, Frame.BACKGROUND, k)
                        || EventPatterns.of(lex.language()).startsAt(EventPatterns.Role.CIRCUMSTANCE, ix.forms(), k, k + 1)) {
                    end = k;
                    break;
                }
                if (lex.is(ix.form(k), Kind.STOP) && triggerWithin(hits, k + 1, k + 4)) {
                    end = k;
                    break;
                }
                // "Malgré les menaces de Moscou, Varsovie a expulsé ...", "les menaces de Moscou ont été condamnées": a
                // noun's phrase ends at a comma or at the auxiliary of the clause's verb, which the noun does not
                // govern (ev15cues)
                if (hits.get(h).trigger().noun() && (ix.form(k).equals(",") || lex.is(ix.form(k), Kind.AUX) || startsFrame(frames, Frame.PASSIVE, k))) {
                    end = k;
                    break;
                }
                if (coordinatedThat(hits.get(h), k, b, lex)) {
                    end = k;
                    break;
                }
            }
            for (int o = h + 1; o < hits.size(); o++) {
                if (hits.get(o).start() >= hits.get(h).end() && hits.get(o).start() < end) suppressed.set(o);
            }
        }
        return suppressed;
    }

    private static boolean triggerWithin(List<Hit> hits, int from, int to) {
        for (Hit h : hits) if (h.start() >= from && h.start() < to && !h.trigger().noun()) return true;
        return false;
    }

    /**
     * Acts whose passive subject is still the one acting: troops "were deployed", "were withdrawn" are the
     * deploying state's own; a release acts on the one released.
     */
    static boolean movesItself(Trigger t) {
        return t.type() == EventType.MOBILIZE || t.type() == EventType.RETREAT && !"release".equals(t.mode());
    }

    static final Map<EventType, EventType> INTENT = intents();

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
    boolean intended(List<Frm> frames, Hit hit) {
        for (Frm f : frames) {
            if (f.word().frame() != Frame.INTENT || f.end() > hit.start() || hit.start() - f.end() > 3) continue;
            boolean clause = true;
            for (int k = f.end(); k < hit.start(); k++) if (ix.isPunct(k) || startsFrame(frames, Frame.BACKGROUND, k)) clause = false;
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
    boolean othersInfinitive(List<Frm> frames, Hit hit, int a, SpeechLexicon lex) {
        for (Frm f : frames) {
            if (f.word().frame() != Frame.INFINITIVE || f.end() != hit.start() || f.start() <= a) continue;
            Mention m = actorMention(f.start() - 1);
            if (m == null) continue;
            int k = ix.firstTokenAtOrAfter(m.start()) - 1;
            while (k >= a && lex.isDeterminer(ix.form(k))) k--;
            if (k < a) return false;
            Kind kind = lex.kindAt(ix, k);
            boolean prepositional = kind == Kind.PREP || kind == Kind.LINK || kind == Kind.SOURCE || startsFrame(frames, k);
            // "prompting Beijing to warn", "forced Armenia to recall": a caused act is reported as done, by the one
            // caused to do it (causative-verbs.txt, ev16)
            if (words(lex.language(), "causative-verbs.txt").contains(ix.form(k))) continue;
            if (!prepositional) return true;
        }
        return false;
    }

    /** "si Korvan ne retire pas", "until the troops withdrew": a condition, not an event. */
    boolean conditional(List<Frm> frames, Hit hit, SpeechLexicon lex) {
        for (Frm f : frames) {
            if (f.word().frame() != Frame.CONDITION || f.end() > hit.start()) continue;
            if (trailingCondition(f)) {
                // "no solution can be found unless X is disarmed and stops firing at Y": a condition after its main
                // clause holds everything up to the end of the sentence (a semicolon starts another clause)
                boolean open = true;
                for (int k = f.end(); k < hit.start(); k++) if (ix.form(k).equals(";")) open = false;
                if (open) return true;
                continue;
            }
            if (hit.start() - f.end() > 8) continue;
            boolean sameClause = true;
            for (int k = f.end(); k < hit.start(); k++) {
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
        if (!"rest".equals(f.word().mode())) return false;
        int s = ix.sentenceOf(f.start());
        if (f.start() <= ix.sentenceStart(s)) return false;
        String before = ix.form(f.start() - 1);
        return !ix.isPunct(f.start() - 1) && !isThat(f.start() - 1) && !listed(f.start() - 1, "conjunctions.txt");
    }

    /** "d'éventuelles sanctions", "possible sanctions": only considered, not an event. */
    boolean irrealis(List<Frm> frames, Hit hit) {
        for (Frm f : frames) if (f.word().frame() == Frame.IRREALIS && f.end() == hit.start()) return true;
        return false;
    }

    /**
     * A nominal trigger that is the object of a verb of judgement ("a qualifié les expulsions", "a dénoncé le
     * déploiement") names someone else's action, already reported; the judgement is the event.
     */
    boolean judged(Hit hit, int a, SpeechLexicon lex) {
        for (int k = hit.start() - 1; k >= a && k >= hit.start() - 4; k--) {
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
    int supportVerb(List<Frm> frames, Hit hit, int a, SpeechLexicon lex) {
        int best = -1;
        int opening = quoteOpening(hit.start(), a);
        for (Frm f : frames) {
            if (f.word().frame() != Frame.LIGHT || f.end() > hit.start() || f.end() < hit.start() - 8 || f.start() < a) continue;
            boolean clear = true;
            for (int k = f.end(); k < hit.start() && clear; k++) {
                Kind kind = lex.kindOf(ix.form(k));
                boolean mark = opening >= 0 && k >= opening;
                if (ix.isPunct(k) && !mark || quoted.get(k) && !mark || kind == Kind.THAT || kind == Kind.REL || kind != null && kind.isVerb()) clear = false;
            }
            if (clear) best = f.start();
        }
        return best;
    }

    /**
     * For a present participle opening a clause after a comma ("..., accusant X de", "..., les accusant de",
     * "..., accusing them of"), the nearest verb trigger before that comma, whose subject the participle shares; null
     * otherwise.
     */
    Hit sharedClause(Hit hit, int verbStart, int a, SpeechLexicon lex, List<Hit> hits) {
        if (hit.trigger().noun() || !lex.isParticiple(ix.form(hit.start()))) return null;
        int k = verbStart - 1;
        if (k > a && (objectClitic(k, lex) || lex.isDeterminer(ix.form(k)))) k--;
        if (k <= a || !ix.form(k).equals(",")) return null;
        Hit main = null;
        for (Hit o : hits) if (o.end() <= k && !o.trigger().noun()) main = o;
        return main;
    }

    /**
     * For a present participle opening a clause after a comma that closes a reporting clause ("..., Manila said,
     * accusing Beijing of", "..., a déclaré Kiev, accusant Moscou de"), the index of that reporting verb: the
     * participle shares its speaker, not the subject of the clause reported before it; -1 otherwise (ev16).
     */
    int reportingVerbBeforeParticiple(Hit hit, int verbStart, int a, SpeechLexicon lex) {
        if (hit.trigger().noun() || !lex.isParticiple(ix.form(hit.start()))) return -1;
        int k = verbStart - 1;
        if (k > a && (objectClitic(k, lex) || lex.isDeterminer(ix.form(k)))) k--;
        if (k <= a || !ix.form(k).equals(",")) return -1;
        // the reporting clause: at most its subject and a date or place between the comma before it and this one
        for (int j = k - 1; j > a && j >= k - 6; j--) {
            if (ix.isPunct(j)) return -1;
            Kind kind = lex.kindAt(ix, j);
            if (kind != null && kind.isVerb()) return j;
        }
        return -1;
    }

    boolean objectClitic(int k, SpeechLexicon lex) {
        SpeechLexicon.Pronoun p = lex.pronoun(ix.form(k));
        return p != null && p.object() && ix.mention(k) == null;
    }

    /** A nominal trigger right after a speech verb or "that" ("said the sanctions showed ..."). */
    boolean opensReportedClause(Hit hit, int a, SpeechLexicon lex) {
        int k = hit.start() - 1;
        while (k >= a && (lex.isDeterminer(ix.form(k)) || ix.mention(k) != null && !ix.isPunct(k))) k--;
        if (k < a) return false;
        Kind kind = lex.kindOf(ix.form(k));
        return kind == Kind.THAT || kind == Kind.VERB_BARE;
    }

    /** A nominal trigger inside a prepositional phrase ("lors d'un entretien", "dans le cadre des manœuvres"). */
    boolean embedded(Hit hit, int a, SpeechLexicon lex) {
        int k = hit.start() - 1;
        while (k >= a && (lex.isDeterminer(ix.form(k)) || ix.token(k).kind() == Token.Kind.NUMBER)) k--;
        if (k < a) return false;
        Kind kind = lex.kindAt(ix, k);
        return kind == Kind.PREP || kind == Kind.LINK || kind == Kind.SOURCE;
    }

    /** A proposal noun ("l'idée", "the proposal") as the object, within four tokens after a verb trigger or in it. */
    boolean proposalRejected(List<Frm> frames, Hit hit, int b) {
        for (Frm f : frames) {
            // inside the trigger too: "turned the idea down"
            if (f.word().frame() != Frame.PROPOSAL || f.start() < hit.start() || f.start() > hit.end() + 3 || f.start() >= b) continue;
            if (f.start() < hit.end() || !punctuationBetween(hit.end(), f.start())) return true;
        }
        return false;
    }

    /**
     * The owner of a rejected proposal named right after its noun, after a preposition of origin ("la proposition de
     * Moscou", {@code from} rows of {@code event-patterns.tsv}) or as a demonym ("l'offre russe"): the one whose
     * proposal is rejected is the target. Null when the proposal noun is not the trigger's object or names no owner.
     */
    Mention proposalOwner(List<Frm> frames, Hit hit, int b, String language) {
        EventPatterns p = EventPatterns.of(language);
        for (Frm f : frames) {
            if (f.word().frame() != Frame.PROPOSAL || f.start() < hit.end() || f.start() > hit.end() + 3 || f.start() >= b) continue;
            if (punctuationBetween(hit.end(), f.start())) continue;
            int k = f.end();
            if (k < b && actorMention(k) != null && isAdjective(k)) return actorMention(k);
            int of = p.endAt(EventPatterns.Role.FROM, ix.forms(), k, b);
            if (of > 0 && of < b && actorMention(of) != null) return actorMention(of);
        }
        return null;
    }

    /**
     * Where the clause a demand or an accusation governs starts: after its "that", which may follow a word or two
     * naming no actor ("demanded Friday that X ...", "urged on Monday that X ..."); {@code from} when there is none.
     */
    int afterThat(int from, int to, SpeechLexicon lex) {
        for (int k = from; k < to; k++) {
            String f = ix.form(k);
            if (lex.is(f, Kind.THAT)) return k + 1;
            if (actorMention(k) != null || f.equals(",") || f.equals(";") || f.equals(".")) break;
        }
        return from;
    }

    /** "shelled by X": the agent of a passive trigger, not its object; "assets held by X" is an object. */
    boolean byRightAfter(List<Frm> frames, Hit hit) {
        for (Frm f : frames) if (f.word().frame() == Frame.BY && (f.start() == hit.end() || f.start() == hit.end() + 1)) return true;
        return false;
    }

    boolean negated(Hit hit, int verbStart, int a, EventLexicon ev) {
        // "n'avoir aucune intention d'envahir": a denial worded as a negation is not a negated denial
        if (ev.negations().longestAt(ix.forms(), hit.start(), hit.end()).isPresent()) return hit.trigger().type() != EventType.REJECT;
        for (int k = Math.max(a, Math.min(verbStart, hit.start() - 4)); k < hit.start(); k++) {
            if (ix.mention(k) != null) continue;
            Optional<PhraseMatcher.Match<Boolean>> neg = ev.negations().longestAt(ix.forms(), k, hit.start());
            if (neg.isEmpty()) continue;
            // "Chile, not Peru, condemned": a negated name in an aside before the verb leaves the verb affirmed
            Mention contrasted = neg.get().end() < hit.start() ? ix.mention(neg.get().end()) : null;
            if (contrasted != null) {
                int after = ix.lastTokenEndingBy(contrasted.end()) + 1;
                if (after < hit.start() && ix.form(after).equals(",")) continue;
            }
            return true;
        }
        return false;
    }

    /** Where the clause of a verb starts: after the last comma, semicolon or "that" before it. */
    int clauseStart(int verbStart, int a, SpeechLexicon lex) {
        for (int k = verbStart - 1; k > a; k--) {
            String f = ix.form(k);
            if (f.equals(",") || f.equals(";") || f.equals(":") || lex.is(f, Kind.THAT) || lex.is(f, Kind.REL)) return k + 1;
        }
        return a;
    }

    /** Where an object phrase after a verb trigger ends: the next verb trigger or clause punctuation. */
    int objectEnd(Hit hit, int b, SpeechLexicon lex, List<Hit> hits) {
        int end = Math.min(b, hit.end() + 12);
        for (Hit other : hits) if (other.start() >= hit.end() && other.start() < end && !other.trigger().noun()) end = other.start();
        for (int k = hit.end(); k < end; k++) {
            String f = ix.form(k);
            if (f.equals(",") || f.equals(";") || f.equals(":") || lex.is(f, Kind.THAT) || lex.is(f, Kind.REL)) return k;
        }
        return end;
    }

    /**
     * "the Asia-Pacific Economic Cooperation forum", "the Agency for Development and Cooperation": a capitalised
     * trigger word inside a longer organisation name is part of the name, not an act.
     */
    boolean insideName(PhraseMatcher.Match<Trigger> m) {
        Mention name = ix.mention(m.start());
        if (name == null || ix.mention(m.end() - 1) != name || ix.type(name) != EntityType.ORG) return false;
        if (GroupActors.isGroup(name.entityId()) || !ix.isCapitalised(m.start())) return false;
        int first = ix.firstTokenAtOrAfter(name.start());
        return first < m.start() || ix.token(m.end() - 1).end() < name.end();
    }

    /** The first token of an intent phrase ending right before {@code k} ("is prepared to" impose), else {@code k}. */
    static int intentBefore(List<Frm> frames, int k) {
        for (Frm f : frames) if (f.word().frame() == Frame.INTENT && f.end() == k) return f.start();
        return k;
    }
}

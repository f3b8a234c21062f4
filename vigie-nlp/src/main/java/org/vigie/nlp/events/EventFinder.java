package org.vigie.nlp.events;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.*;
import org.vigie.nlp.entities.GroupActors;
import org.vigie.nlp.events.EventLexicon.Frame;
import org.vigie.nlp.events.EventLexicon.FrameWord;
import org.vigie.nlp.events.EventLexicon.Trigger;
import org.vigie.nlp.events.Scan.Frm;
import org.vigie.nlp.events.Scan.Hit;
import org.vigie.nlp.quotes.PhraseMatcher;
import org.vigie.nlp.quotes.Referents.Referent;
import org.vigie.nlp.quotes.SpeechLexicon.Kind;
import org.vigie.nlp.quotes.SpeechLexicon;

import java.util.*;

/**
 * The work of {@link EventAnnotator} on one document, sentence by sentence: finds the triggers of a sentence, lets
 * the rule sets add, reclassify and drop hits, and builds one event per hit from the actors, place and date they
 * settle. The rules live in the parts of the {@link Scan}: {@link Clauses} (modality and clause bounds),
 * {@link Actors} and {@link ActorGroups} (who acts on whom), {@link ForceRules} (with {@link ForceActors} and
 * {@link ForceTargets}), {@link VerbalConflictRules}, {@link DemandRules}, {@link CooperationRules} (the event
 * families) and {@link HitFilters} (hits that report no act of their own); this class keeps the order in which they
 * run.
 */
final class EventFinder extends ScanPart {
    static final Set<EventType> SYMMETRIC = EnumSet.of(EventType.CONSULT, EventType.AGREE, EventType.COOPERATE);

    /**
     * Acts that need someone on the receiving end, or at least a place hit, to be reported actions: "de nouveaux
     * tirs d'artillerie" with neither are drills; support and praise are for someone ("welcomed the accord" is no
     * one's support: PLOVER codes it with its target). (Coercion and sanctions were tried here too: on the demo gold
     * they lost more right types than false ones.)
     */
    private static final Set<EventType> DYADIC = EnumSet.of(EventType.ASSAULT, EventType.SUPPORT);

    /**
     * Acts aimed at the other party, whose target city, in a story between two states, stands for the other side
     * ("a appelé Korvan à", "shelled Dravnik"); visits and talks in a city are only located there.
     */
    private static final Set<EventType> TOWARD_OTHER_SIDE = EnumSet.of(EventType.ASSAULT, EventType.THREATEN,
            EventType.ACCUSE, EventType.REQUEST, EventType.SANCTION, EventType.COERCE);

    /** Nominal meetings, support and aid inside a phrase ("lors d'un entretien téléphonique") are the subject's. */
    private static final Set<EventType> FOLLOWS_SUBJECT = EnumSet.of(EventType.CONSULT, EventType.SUPPORT, EventType.AID);

    static final String MEDIATE = "mediate";

    /** The mode of humanitarian access granted (CAMEO 0863), aimed at the place it leads into. */
    private static final String ACCESS = "access";

    /** The mode of a trigger that is an act only after an intention word ("wants to help"). */
    private static final String PURPOSE = "purpose";

    EventFinder(Document doc, List<SpeechLexicon> all) {
        super(new Scan(doc, all));
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
        scan.statements.reportedWrongdoing(out);
        return List.copyOf(HitFilters.onePerAction(out));
    }

    /**
     * A direct quote that negates force or hostility ("« elles ne menacent personne », a déclaré X", "“Valdoria
     * never had aggressive intentions,” X said") is a denial: a REJECT by its speaker, in the sentence of its cue,
     * unless that sentence or the one before already reports a denial by the speaker's side. The quote's language
     * must have event cues. A speaker's own refusal or threat in a quote ("we will not negotiate", "we will
     * strike back") is a REJECT or THREATEN by the speaker ({@link ForceRules#quotedStance}).
     */
    private void deniedInQuotes(List<Event> out) {
        for (Quote q : doc.layerOrEmpty(LayerKind.QUOTES)) {
            if (!q.direct() || q.speaker() == null || q.language() == null) continue;
            Optional<EventLexicon> ev = EventLexicon.of(q.language());
            if (ev.isEmpty()) continue;
            int from = ix.firstTokenAtOrAfter(q.start()), to = from;
            while (to < ix.size() && ix.token(to).end() <= q.end()) to++;
            int denied = negatesForce(ev.get(), from, to);
            EventType stance = denied >= 0 ? EventType.REJECT : scan.force.quotedStance(ev.get(), from, to);
            Statements.Announcement announced = null;
            if (stance == null && speech[ix.sentenceOf(from)] != null) {
                announced = scan.statements.quotedAnnouncement(ev.get(), speech[ix.sentenceOf(from)], from, to);
                if (announced != null) stance = announced.type();
            }
            EntityRef blamed = null;
            if (stance == null && speech[ix.sentenceOf(from)] != null) {
                blamed = scan.statements.quotedBlame(ev.get(), speech[ix.sentenceOf(from)], from, to, seats.resolve(q.speaker()));
                if (blamed != null) stance = EventType.ACCUSE;
            }
            if (stance == null && speech[ix.sentenceOf(from)] != null) {
                blamed = scan.statements.quotedJudgement(ev.get(), speech[ix.sentenceOf(from)], from, to, seats.resolve(q.speaker()));
                if (blamed != null) stance = EventType.ACCUSE;
            }
            if (stance == null) continue;
            int at = ix.firstTokenAtOrAfter(q.cue() != null ? q.cue().start() : q.start());
            if (at >= ix.size()) continue;
            int s = ix.sentenceOf(at);
            if (s < 0 || !inParagraph(s)) continue;
            Span evidence = ix.sentenceSpan(s);
            EntityRef speaker = seats.resolve(q.speaker());
            // "we will call up reservists": the mobilisation is the state's the speaker speaks for
            if (announced != null && announced.byState()) speaker = scan.statements.stateOf(speaker);
            if (speaker == null) continue;
            // the quote often repeats a denial the text has just reported ("La présidence a nié tout projet
            // d'invasion. « Nous n'avons aucune intention d'attaquer », a déclaré son porte-parole")
            // (a quote of several sentences: from the sentence before the quote opens to the one of its cue)
            int first = ix.sentenceOf(from) >= 0 ? Math.min(s, ix.sentenceOf(from)) : s;
            Span before = first > 0 ? ix.sentenceSpan(first - 1) : evidence;
            // a person the text ties to no state ("presidential spokesman X") quoted in sentences of their own right
            // after a stance is reported gives the words of that stance: journalists attribute a reported denial so
            Entity person = ix.entity(speaker.entity());
            boolean opens = ix.sentenceOf(from) >= 0 && from - ix.sentenceStart(ix.sentenceOf(from)) <= 1;
            boolean untied = opens && person != null && person.type() == EntityType.PER && seats.sideOf(speaker).equals(speaker.entity());
            boolean known = false;
            for (Event e : out) {
                boolean near = e.evidence().start() >= before.start() && e.evidence().end() <= evidence.end();
                if (e.type() == stance && near && seats.sideOf(e.actor1()).equals(seats.sideOf(speaker))) known = true;
                if (e.type() == stance && untied && first > 0 && e.evidence().equals(before)) known = true;
            }
            if (known) continue;
            EntityRef spared = denied >= 0 ? scan.statements.deniedTarget(denied, to, speaker) : blamed;
            out.add(new Event(stance, announced == null ? null : announced.mode(), speaker, spared, null, scan.actors.dateAt(evidence, ix.token(at).start()), false, evidence));
        }
    }

    /**
     * The end of a word of force or hostility a negation cue precedes within four tokens (an insert between commas
     * aside) or follows right away as its object, in {@code [from, to)}, or -1 when there is none.
     */
    private int negatesForce(EventLexicon ev, int from, int to) {
        for (PhraseMatcher.Match<FrameWord> m : ev.frames().findAll(ix.forms(), from, to)) {
            if (m.value().frame() != Frame.HOSTILE) continue;
            // "they threaten nobody", "we will attack no one": a negative object denies the act as well
            if (m.end() < to && ev.negations().longestAt(ix.forms(), m.end(), to).isPresent()) return m.end();
            for (int k = m.start() - 1, n = 0; k >= from && n < 4; k--, n++) {
                if (ev.negations().longestAt(ix.forms(), k, m.start()).isPresent()) return m.end();
                // "no plans, none at all, to attack": an insert between commas adds no distance
                if (ix.form(k).equals(",")) k = insertStart(k, from);
            }
        }
        return -1;
    }

    /** The comma opening an insert that {@code comma} closes, within five tokens, else {@code comma} itself. */
    private int insertStart(int comma, int from) {
        for (int j = comma - 1; j >= from && j >= comma - 5; j--) {
            if (ix.form(j).equals(",")) return j;
            if (ix.isPunct(j)) break;
        }
        return comma;
    }

    private void sentence(int s, SpeechLexicon lex, EventLexicon ev, List<Event> out) {
        int a = ix.sentenceStart(s), b = ix.sentenceEnd(s);
        List<Hit> hits = new ArrayList<>();
        Set<Integer> team = new HashSet<>();
        for (PhraseMatcher.Match<Trigger> m : ev.triggers().findAll(ix.forms(), a, b)) team.add(m.start());
        for (PhraseMatcher.Match<Trigger> m : ev.triggersIn(ix.forms(), a, b, nameEnd(a, b))) {
            // "arrested 20 protesters": a noun trigger that names a group entity is the group, not its act
            boolean group = m.value().noun() && ix.mention(m.start()) != null && GroupActors.isGroup(ix.mention(m.start()).entityId());
            boolean ownWords = !quoted.get(m.start()) || scan.clauses.scareQuoted(m, a, lex, ev);
            Trigger t = m.value();
            if (scan.clauses.verbAfterModal(m, a, ev, lex)) t = new Trigger(t.type(), t.mode(), t.scope(), false, t.needsTarget(), t.received());
            if (ownWords && !scan.clauses.isNounAfterDet(m, lex) && !group && !scan.clauses.insideName(m)) hits.add(new Hit(m.start(), m.end(), t));
        }
        // "will demand", "is set to hold talks": a cue's base form where the frame calls for one (ev13frames)
        BitSet covered = new BitSet();
        for (Hit h : hits) covered.set(h.start(), h.end());
        for (int k = a; k < b; k++) {
            if (covered.get(k) || !scan.clauses.baseFormAt(k, a, ev) || quoted.get(k)) continue;
            Optional<PhraseMatcher.Match<Trigger>> base = ev.baseForms().longestAt(ix.forms(), k, b);
            // ("would restore full diplomatic ties": a verb-object family in its base form, ev15cues)
            if (base.isEmpty()) base = ev.verbObjectBaseAt(ix.forms(), k, b, nameEnd(a, b));
            // (a base form over another cue, "would impose sanctions", leaves that cue its own reading)
            if (base.isPresent() && covered.get(base.get().start(), base.get().end()).isEmpty()) hits.add(new Hit(base.get().start(), base.get().end(), base.get().value()));
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        patternHits(a, b, lex, ev, hits, team);
        hits = scan.launches.intoSea(hits, lex.language(), b);
        hits = scan.suspensions.membersTakenOut(hits, lex, b);
        scan.cooperation.phoneCalls(b, lex, hits);
        scan.cooperation.welcomedVisitors(b, lex, hits);
        hits = scan.cooperation.endorsedBids(scan.cooperation.listings(scan.cooperation.signedPacts(hits, a, b, lex), a, b, lex), a, b, lex);
        hits = scan.force.forceHits(scan.cooperation.offers(scan.cooperation.liftedRestrictions(hits), ev), a, b, lex, ev);
        List<Frm> frames = frames(ev, a, b);
        hits = scan.reprisals.announced(hits, a, b, lex, frames);
        if (ix.form(b - 1).equals("?")) return;
        if (hits.isEmpty()) {
            Event demand = scan.demands.obligationDemand(a, b, lex, ev, ix.sentenceSpan(s));
            if (demand == null) demand = scan.statements.outsiderDemand(a, b, lex, ev, ix.sentenceSpan(s));
            if (demand != null) out.add(demand);
            scan.demands.onRequestOf(a, b, lex, ix.sentenceSpan(s)).ifPresent(out::add);
            Map<String, Event> counted = new LinkedHashMap<>();
            scan.mobilizations.counted(a, b, lex, ev, frames, counted, out, ix.sentenceSpan(s));
            out.addAll(counted.values());
            return;
        }
        hits = scan.filters.withoutMeetingContent(scan.filters.rejectedClaims(scan.filters.withoutUndoneActs(scan.filters.withoutAnsweredDemands(scan.filters.withoutPublications(scan.filters.withoutRefusalsOfTriggers(hits)), lex)), b, lex), a, lex);
        hits = scan.filters.withoutCourtReferrals(hits, lex);
        scan.experience.mark(hits, a, b, lex);
        BitSet suppressed = scan.clauses.scopes(hits, a, b, lex, frames);
        scan.demands.withoutObligedActs(hits, a, b, lex, ev, suppressed);
        scan.verbal.withoutProtestedActs(hits, lex, frames, suppressed);
        scan.verbal.withoutActsInProtestObject(hits, b, lex, frames, suppressed);
        scan.verbal.withoutChargedActs(hits, b, frames, suppressed, lex);
        scan.filters.withoutPostponedMeetings(hits, a, b, frames, suppressed, lex);
        scan.filters.withoutBackgroundNouns(hits, a, frames, suppressed, lex);
        Span evidence = ix.sentenceSpan(s);
        Map<String, Event> one = new LinkedHashMap<>();
        for (int h = 0; h < hits.size(); h++) {
            if (suppressed.get(h)) continue;
            Hit hit = hits.get(h);
            int reporter = scan.verbal.trailingReporter(hit, a, b, lex);
            if (reporter >= 0) {
                Event r = scan.verbal.reportedGrievance(hit, reporter, a, lex, ev, evidence);
                if (r != null) one.putIfAbsent(r.type() + "|" + r.actor1().entity(), r);
                continue;
            }
            if (scan.verbal.negatedClaim(hit, b, lex, ev)) continue;
            if (scan.verbal.ownCitizensAddressed(hit, b, lex)) continue;
            Event accusation = scan.verbal.accusation(hit, a, lex, ev, frames, hits, evidence);
            if (accusation != null) one.putIfAbsent(accusation.type() + "|" + accusation.actor1().entity(), accusation);
            Event e = event(hit, a, b, lex, ev, frames, hits, evidence);
            if (e != null) e = scan.verbal.condemnedEarlierAct(e, hit, hits, suppressed, one.values(), lex);
            if (e != null) e = scan.verbal.protestedGovernment(e, hit, b, lex);
            if (e == null || scan.force.refusedMove(e, hit, lex)) continue;
            // one event per reported action: the same type by the same actor in one sentence is one action
            String key = e.type() + "|" + e.actor1().entity();
            Event seen = one.get(key);
            if (seen == null || seen.actor2() == null && e.actor2() != null) one.put(key, e);
            if (!hit.trigger().noun()) {
                List<Event> more = new ArrayList<>(scan.actors.coordinated(e, scan.actors.conjuncts(a, scan.clauses.verbStart(hit, a, lex, ev, frames), lex)));
                // the coordinated subject of a passive ("Chile and Peru were condemned by Bolivia") and its coordinated agent
                more.addAll(scan.actors.passiveSubjects(e, scan.actors.conjuncts(a, scan.clauses.verbStart(hit, a, lex, ev, frames), lex)));
                more.addAll(scan.actors.agentConjuncts(e, hit.end(), b, lex, hits, frames));
                // "Chile and Peru accused each other": each party acts on the other, both ways, instead of on no one
                List<Event> mutual = scan.actors.reciprocal(e, hit, b, lex, scan.actors.conjuncts(a, scan.clauses.verbStart(hit, a, lex, ev, frames), lex));
                if (!mutual.isEmpty() && e.actor2() == null && one.get(key) == e) one.remove(key);
                for (Event c : mutual) one.putIfAbsent(c.type() + "|" + c.actor1().entity() + "|" + entity(c.actor2()), c);
                // a meeting of one party with no one is the meeting of the pairs
                if (!more.isEmpty() && SYMMETRIC.contains(e.type()) && e.actor2() == null && one.get(key) == e) one.remove(key);
                for (Event c : more) one.putIfAbsent(c.type() + "|" + c.actor1().entity() + "|" + entity(c.actor2()), c);
                // each party of a coordinated subject acts on each party of a coordinated object
                for (Event c : more) {
                    for (Event d : scan.actors.objectConjuncts(c, hit.start(), b, lex, hits, frames)) one.putIfAbsent(d.type() + "|" + d.actor1().entity() + "|" + entity(d.actor2()), d);
                }
                List<Event> both = scan.cooperation.exchanges(e, scan.actors.conjuncts(a, scan.clauses.verbStart(hit, a, lex, ev, frames), lex));
                for (Event c : both) one.putIfAbsent(c.type() + "|" + c.actor1().entity() + "|" + entity(c.actor2()), c);
                for (Event c : scan.actors.eachWithPartner(e, hit, a, b, lex, frames, scan.clauses.verbStart(hit, a, lex, ev, frames))) {
                    one.putIfAbsent(c.type() + "|" + c.actor1().entity() + "|" + entity(c.actor2()), c);
                    for (Event d : scan.actors.objectConjuncts(c, hit.start(), b, lex, hits, frames)) one.putIfAbsent(d.type() + "|" + d.actor1().entity() + "|" + entity(d.actor2()), d);
                }
            } else {
                // "un échange de prisonniers entre X et Y": the noun's two parties release toward each other as well
                for (Event c : scan.cooperation.exchanges(e, List.of())) one.putIfAbsent(c.type() + "|" + c.actor1().entity() + "|" + entity(c.actor2()), c);
                scan.actors.returned(e, hit).ifPresent(c -> one.putIfAbsent(c.type() + "|" + c.actor1().entity(), c));
                for (Event c : coordinatedSupport(e, hit, a, lex, ev, frames)) one.putIfAbsent(c.type() + "|" + c.actor1().entity() + "|" + entity(c.actor2()), c);
                for (Event c : scan.actors.eachWithPartner(e, hit, a, b, lex, frames, scan.clauses.verbStart(hit, a, lex, ev, frames))) {
                    one.putIfAbsent(c.type() + "|" + c.actor1().entity() + "|" + entity(c.actor2()), c);
                    for (Event d : scan.actors.objectConjuncts(c, hit.start(), b, lex, hits, frames)) one.putIfAbsent(d.type() + "|" + d.actor1().entity() + "|" + entity(d.actor2()), d);
                }
            }
            for (Event c : scan.groups.qualifiedAlike(e, a, b, lex)) one.putIfAbsent(c.type() + "|" + c.actor1().entity() + "|" + entity(c.actor2()), c);
            for (Event c : scan.actors.objectConjuncts(e, hit.start(), b, lex, hits, frames)) one.putIfAbsent(c.type() + "|" + c.actor1().entity() + "|" + entity(c.actor2()), c);
            for (Event c : scan.forceActors.ownActsOfConjuncts(e, hit, a, lex, ev, frames)) one.putIfAbsent(c.type() + "|" + c.actor1().entity(), c);
        }
        Event demand = scan.demands.obligationDemand(a, b, lex, ev, evidence);
        if (demand == null) demand = scan.statements.outsiderDemand(a, b, lex, ev, evidence);
        if (demand != null) one.putIfAbsent(demand.type() + "|" + demand.actor1().entity(), demand);
        scan.mobilizations.counted(a, b, lex, ev, frames, one, out, evidence);
        scan.mobilizations.started(a, b, lex, frames, hits, suppressed, one, out, evidence);
        scan.mobilizations.reportedCallUp(a, b, lex, ev, hits, suppressed, one, evidence);
        scan.cooperation.failedTalks(a, b, lex, frames, hits, one, out, evidence);
        scan.cooperation.withoutOneSidedExchanges(one.values());
        scan.demands.onRequestOf(a, b, lex, evidence).ifPresent(e -> one.putIfAbsent(e.type() + "|" + e.actor1().entity(), e));
        out.addAll(one.values());
    }

    /**
     * The actor named between a verb of causing ({@code causative-verbs.txt}: "prompted", "forcing", "poussé") and
     * the infinitive marker ("@to", "@à" in that file) right before {@code verbStart} ("prompting Beijing to warn", "a poussé Moscou à
     * annoncer"), or null.
     */
    private EntityRef causedSubject(int verbStart, int a, SpeechLexicon lex) {
        Set<String> causative = words(lex.language(), "causative-verbs.txt");
        // (the verb's start may be its infinitive marker itself)
        int marker = causative.contains("@" + ix.form(verbStart)) ? verbStart : verbStart - 1;
        if (marker <= a || !words(lex.language(), "causative-verbs.txt").contains("@" + ix.form(marker))) return null;
        Mention m = actorMention(marker - 1);
        if (m == null || ix.lastTokenEndingBy(m.end()) != marker - 1) return null;
        int before = ix.firstTokenAtOrAfter(m.start()) - 1;
        while (before > a && lex.isDeterminer(ix.form(before))) before--;
        return before >= a && words(lex.language(), "causative-verbs.txt").contains(ix.form(before)) ? seats.resolve(refs.actor(m)) : null;
    }

    /** The speaker named with the reporting verb at {@code reporting} (after it, else right before it), or null. */
    private EntityRef reportingSpeaker(int reporting, int verbStart, int a, SpeechLexicon lex) {
        if (reporting < 0) return null;
        for (int k = reporting + 1; k < verbStart; k++) {
            Mention m = actorMention(k);
            if (m != null) return seats.resolve(refs.actor(m));
        }
        int k = reporting - 1;
        while (k > a && lex.is(ix.form(k), Kind.AUX)) k--;
        Mention before = k >= a && !ix.isPunct(k) ? actorMention(k) : null;
        return before == null ? null : seats.resolve(refs.actor(before));
    }

    /** Whether the phrase starting at token {@code k} (its determiners before it) follows a copula ({@code copulas.txt}). */
    private boolean afterCopula(int k, int a, SpeechLexicon lex) {
        int j = k - 1;
        while (j >= a && lex.isDeterminer(ix.form(j))) j--;
        // ("Lessaria's request": the clitic "'s" is a possessive there, not "is")
        return j >= a && listed(j, "copulas.txt") && !ix.form(j).startsWith("'") && !ix.form(j).startsWith("’");
    }

    /** Where the name starting at token k ends, within {@code [a, b)}; -1 when no name starts there. */
    private java.util.function.IntUnaryOperator nameEnd(int a, int b) {
        return k -> {
            Mention name = ix.mention(k);
            return name == null || k > a && ix.mention(k - 1) == name ? -1 : Math.min(b, ix.firstTokenAtOrAfter(name.end()));
        };
    }

    private List<Frm> frames(EventLexicon ev, int a, int b) {
        List<Frm> frames = new ArrayList<>();
        for (PhraseMatcher.Match<FrameWord> m : ev.frames().findAll(ix.forms(), a, b)) frames.add(new Frm(m.start(), m.end(), m.value()));
        return frames;
    }

    /**
     * Adds to {@code hits} (kept in text order) the acts no single cue names but a verb and its neighbours do
     * ({@link EventPatterns}), on tokens no trigger covers and outside direct quotes: "a qualifié ces chiffres
     * d'exagérés" (a rejection of a claim; with any other object, an accusation), "maintient 90 000 hommes près de",
     * "90 000 soldats restent près de" (deployments), "a ordonné à quatre diplomates de quitter le pays" (an
     * expulsion). The hits then go through the same actor search as cue hits. These patterns were written for the
     * press this engine reads, as the cues were: like a cue, one wins over a trigger derived from the PETRARCH
     * dictionary on the same verb ("called the expulsions absurd" is a judgement, not the dictionary's "called ...
     * expulsion", a threat); only hits starting at a team cue ({@code team}) stop them.
     */
    private void patternHits(int a, int b, SpeechLexicon lex, EventLexicon ev, List<Hit> hits, Set<Integer> team) {
        EventPatterns p = EventPatterns.of(lex.language());
        List<String> forms = ix.forms();
        BitSet covered = new BitSet();
        for (Hit h : hits) if (team.contains(h.start())) covered.set(h.start(), h.end());
        List<Hit> found = new ArrayList<>();
        for (int k = a; k < b; k++) {
            if (covered.get(k) || quoted.get(k)) continue;
            int end = p.endAt(EventPatterns.Role.JUDGE, forms, k, b);
            Hit h = end > 0 ? scan.verbal.judgement(p, k, end, b) : null;
            if (h == null && (end = p.endAt(EventPatterns.Role.BARE, forms, k, b)) > 0) h = scan.verbal.bareJudgement(p, k, end, b);
            if (h == null && (end = p.endAt(EventPatterns.Role.KEEP, forms, k, b)) > 0) h = scan.force.troopsKept(p, k, end, b, covered, false);
            if (h == null && (end = p.endAt(EventPatterns.Role.SEND, forms, k, b)) > 0) h = scan.force.troopsKept(p, k, end, b, covered, true);
            if (h == null && (end = p.endAt(EventPatterns.Role.HOST, forms, k, b)) > 0) h = scan.cooperation.hosted(p, k, end, b, lex);
            if (h == null && (end = p.endAt(EventPatterns.Role.CONCERN, forms, k, b)) > 0) h = scan.verbal.concern(p, k, end, b);
            if (h == null && (end = p.endAt(EventPatterns.Role.STAY, forms, k, b)) > 0) h = scan.force.troopsStaying(p, ev, k, end, a, b);
            if (h == null && (end = p.endAt(EventPatterns.Role.ORDER, forms, k, b)) > 0) h = scan.force.orderedToLeave(p, k, end, b);
            if (h == null && (end = p.endAt(EventPatterns.Role.GIVE, forms, k, b)) > 0) h = scan.cooperation.contribution(p, k, end, b, lex);
            if (h == null && (end = p.endAt(EventPatterns.Role.DENY, forms, k, b)) > 0) h = scan.cooperation.permissionDenied(k, end, b);
            if (h == null && (end = p.endAt(EventPatterns.Role.FIRE, forms, k, b)) > 0) h = scan.launches.launchIntoSea(p, k, end, b, covered);
            if (h == null && (end = p.endAt(EventPatterns.Role.EXCLUDE, forms, k, b)) > 0) h = scan.suspensions.memberTakenOut(p, k, end, b, lex);
            if (h == null && (end = p.endAt(EventPatterns.Role.VETO, forms, k, b)) > 0) h = scan.vetoes.vetoedText(p, k, end, b, lex);
            if (h == null && (end = p.endAt(EventPatterns.Role.RECALL, forms, k, b)) > 0) h = scan.recalls.recalledEnvoy(p, k, end, b, lex);
            if (h != null && covered.get(h.start(), h.end()).isEmpty()) {
                found.add(h);
                covered.set(h.start(), h.end());
                k = h.end() - 1;
            }
        }
        if (found.isEmpty()) return;
        hits.removeIf(h -> {
            for (Hit f : found) if (h.start() < f.end() && f.start() < h.end()) return true;
            return false;
        });
        hits.addAll(found);
        hits.sort(Comparator.comparingInt(Hit::start));
    }

    /**
     * The city a visit goes to when the text ties it to the visitor's own state ("la présidente du Conseil italien
     * doit se rendre à X", with X given to Italy for want of its own state): no one visits their own side, so the
     * city is only where the visit takes place; null for any other act or destination.
     */
    private EntityRef visitHome(Hit hit, EntityRef place, EntityRef actor1, EntityRef actor2) {
        if (!"visit".equals(hit.trigger().mode()) || place == null || actor2 == null || actor1 == null) return null;
        if (!seats.sideOf(actor2).equals(seats.sideOf(actor1))) return null;
        return place.entity().equals(actor2.entity()) ? null : place;
    }

    /**
     * "La France et l'Allemagne ont imposé des sanctions à X": the noun object of a support verb is the act of each
     * coordinated subject of that verb, as a verb's own act is ({@link Actors#coordinated}); symmetric acts pair their
     * parties elsewhere.
     */
    private List<Event> coordinatedSupport(Event e, Hit hit, int a, SpeechLexicon lex, EventLexicon ev, List<Frm> frames) {
        if (SYMMETRIC.contains(e.type())) return List.of();
        int support = scan.clauses.supportVerb(frames, hit, a, lex);
        if (support < 0) return List.of();
        int head = scan.clauses.verbStart(new Hit(support, support + 1, hit.trigger()), a, lex, ev, frames);
        return scan.actors.coordinated(e, scan.actors.conjuncts(a, head, lex));
    }

    /**
     * Whether the support verb of a nominal trigger, starting at {@code support}, is one of receiving ({@code @light}
     * rows of mode {@code received}: "a reçu une aide du Togo"): its subject is on the receiving end, as for the
     * verb cues of target {@code received}.
     */
    private static boolean receivingVerb(List<Frm> frames, int support) {
        if (support < 0) return false;
        for (Frm f : frames) if (f.start() == support && f.word().frame() == Frame.LIGHT && RECEIVED.equals(f.word().mode())) return true;
        return false;
    }

    private static final String RECEIVED = "received";

    /**
     * A visit whose target is the visitor's own state ("le Premier ministre espagnol ... doit se rendre à X", X tied to
     * Spain by the title's demonym): no one is the foreign party of a visit to their own side.
     */
    private boolean ownSideVisited(Hit hit, EntityRef actor1, EntityRef actor2) {
        return "visit".equals(hit.trigger().mode()) && actor1 != null && actor2 != null && !actor1.entity().equals(actor2.entity())
                && seats.sideOf(actor2).equals(seats.sideOf(actor1));
    }

    private Event event(Hit hit, int a, int b, SpeechLexicon lex, EventLexicon ev, List<Frm> frames, List<Hit> hits,
                        Span evidence) {
        if (scan.clauses.irrealis(frames, hit) || scan.clauses.conditional(frames, hit, lex) || scan.clauses.othersInfinitive(frames, hit, a, lex)) return null;
        if (scan.clauses.reducedRelative(hit, a, b, lex, ev, frames)) return null;
        if (scan.cooperation.meetingAsSetting(hit, hits, a, lex, frames)) return null;
        if (scan.verbal.reducedAccusation(hit, a, b, frames, lex)) return null;
        if (scan.demands.obliged(hit, a, lex, ev, frames)) return null;
        if (scan.actors.contest(hit, a, b)) return null;
        boolean noun = hit.trigger().noun();
        // "a lancé des manœuvres", "a promis une aide": the object of a support verb is its subject's act
        int support = noun ? scan.clauses.supportVerb(frames, hit, a, lex) : -1;
        if (noun && support < 0 && scan.clauses.judged(hit, a, lex)) return null;
        int verbStart = scan.clauses.verbStart(hit, a, lex, ev, frames);
        // "was withdrawing" is a progressive, not a passive
        int acrossAdverbs = scan.clauses.passiveAcrossAdverbs(frames, hit, a, lex);
        if (acrossAdverbs >= 0) verbStart = Math.min(verbStart, acrossAdverbs);
        boolean passive = (hasFrame(frames, Frame.PASSIVE, Math.max(a, hit.start() - 2), hit.end()) || acrossAdverbs >= 0)
                && !endsWithListed(hit.start(), "gerund-endings.txt");
        if (!noun && scan.force.weaponRelative(frames, hit, a, lex)) return null;
        Mention agent = mentionAfterFrame(frames, Frame.BY, hit.end(), Math.min(b, hit.end() + 8));
        if (agent == null && passive) agent = scan.verbal.detachedAccuser(frames, hit, b);
        int weapon = agent == null ? -1 : scan.forceActors.weaponAfter(agent, b, lex);
        // "was blown up by a BAK missile fired by rebels": the name qualifying a weapon is its make; the one who used
        // it follows as the agent of the weapon's own participle, or is not named
        if (weapon >= 0) {
            // ("was targeted by dozens of Russian drones": a state's adjective before the weapon names whose weapons they
            // are, the attacker, unless the weapon's own participle names another or the state only made it, "Iranian-made")
            Mention user = mentionAfterFrame(frames, Frame.BY, weapon + 1, Math.min(b, weapon + 10));
            int next = ix.firstTokenAtOrAfter(agent.end());
            boolean owner = ix.type(agent) == EntityType.GPE && next < b && !ix.form(next).equals("-");
            agent = user != null || !owner ? user : agent;
        }
        if (scan.forceActors.figurativeBlow(hit, frames, agent, b, lex, ev, hits)) return null;
        Mention agentPerson = agent == null ? null : scan.actors.personInPhrase(ix.firstTokenAtOrAfter(agent.start()), Math.min(b, ix.firstTokenAtOrAfter(agent.start()) + 8), lex);
        if (agentPerson != null && ix.type(agent) != EntityType.PER) agent = agentPerson;
        // talks and agreements are "between" their parties even across an apposition ("talks, hosted by X, between")
        int clauseFrom = SYMMETRIC.contains(hit.trigger().type()) ? b : hit.end();
        // "clashed between", "mediated between": for a verb of no symmetric act, the parties follow it closely; further
        // on, "between X and Y" qualifies something else ("closed its borders because of fighting between X and Y")
        int betweenTo = SYMMETRIC.contains(hit.trigger().type()) ? hit.end() + 12 : hit.end() + 3;
        // "is prepared to impose martial law as battles raged between X and Y": the object of a support verb is its
        // subject's act, whose parties are not those of a "between" further on
        boolean anywhere = noun && (support < 0 || SYMMETRIC.contains(hit.trigger().type()));
        Mention[] between = scan.actors.between(frames, hit, anywhere ? a : hit.end(), anywhere ? b : Math.min(b, betweenTo), clauseFrom, lex);
        if (between != null && !noun && !SYMMETRIC.contains(hit.trigger().type()) && scan.clauses.betweenOfObject(frames, hit)) between = null;
        // "a mediation mission between X and Y": the parties are those the mediator meets, not the actors of the act
        if (between != null && MEDIATE.equals(hit.trigger().mode())) between = null;
        // ("a visit by X": a noun naming its own agent is not the act of a coordinated subject)
        boolean nounAgent = noun && startsFrame(frames, Frame.BY, hit.end());
        // ("X and Y mediated between Z and W": co-mediators do not mediate between each other)
        boolean coMediators = MEDIATE.equals(hit.trigger().mode()) && !startsFrame(frames, Frame.BY, hit.end());
        Mention[] pair = SYMMETRIC.contains(hit.trigger().type()) && !nounAgent && !coMediators
                ? scan.actors.coordinatedSubject(a, verbStart, lex) : null;
        // "X and Y welcome the resumption of talks with Z", "X and Y met with Z": a partner named after the trigger is
        // the one both meet
        if (pair != null && scan.actors.partnerOutside(frames, hit, b, pair) != null) pair = null;

        EntityRef actor1 = null, actor2 = null;
        Hit sharing = null;
        boolean sharedHead = false;
        // "an accord signed by X and Y", "l'accord a été signé par X et Y": the coordinated agent of an agreement are
        // its parties; the agents of talks "hosted" or "mediated by X and Y" are third parties (ev15cues)
        List<EntityRef> parties = hit.trigger().type() == EventType.AGREE && hit.trigger().mode() == null && !noun
                ? scan.actors.coordinatedAgent(hit, b, lex, frames) : List.of();
        if (parties.size() >= 2) {
            actor1 = parties.get(0);
            actor2 = parties.get(1);
        } else if (passive && agent != null) {
            actor1 = refs.actor(agent);
            Referent subject = scan.actors.subjectOf(verbStart, a);
            // "the civilians imprisoned for acting against Moscow were released by ...": a name inside a
            // prepositional phrase of the subject is not the one acted upon
            if (subject != null && subject.span() != null && scan.actors.afterPreposition(ix.firstTokenAtOrAfter(subject.span().start()), a, lex, frames)) {
                subject = null;
            } else {
                // "the Russian building was demolished by ...": the state qualifying the subject phrase is the target
                actor2 = subject == null ? scan.actors.qualifierBefore(scan.clauses.clauseStart(verbStart, a, lex), verbStart, agent) : subject.ref();
            }
        } else if (between != null && (noun || pair == null)) {
            actor1 = refs.actor(between[0]);
            actor2 = refs.actor(between[1]);
        } else if (pair != null) {
            actor1 = refs.actor(pair[0]);
            actor2 = refs.actor(pair[1]);
            // "Canada and Brazil visited Spain", "... signed an accord with Spain": a partner of the verb's own, outside
            // the coordinated subject, is each member's partner ({@link Actors#coordinated}), not the pair (ev13frames)
            // (only the verb's direct object or its "with" partner right after it: "agreed to let monitors from Z in"
            // names no partner)
            int k = hit.end();
            while (k < b && lex.isDeterminer(ix.form(k))) k++;
            for (Frm f : frames) if (f.start() == k && f.word().frame() == Frame.WITH) k = f.end();
            while (k < b && lex.isDeterminer(ix.form(k))) k++;
            Mention partner = k < b ? actorMention(k) : null;
            if (partner != null && ix.firstTokenAtOrAfter(partner.start()) == k && !partner.entityId().equals(pair[0].entityId())
                    && !partner.entityId().equals(pair[1].entityId())) {
                actor1 = refs.actor(pair[1]);
                actor2 = refs.actor(partner);
            }
        } else if (noun) {
            boolean embedded = support < 0 && scan.clauses.embedded(hit, a, lex);
            boolean follows = FOLLOWS_SUBJECT.contains(hit.trigger().type());
            Mention protester = embedded && !follows ? scan.verbal.protestingGroup(hit, a, lex, frames) : null;
            if (embedded && !follows && protester == null) return null;
            if (scan.clauses.opensReportedClause(hit, a, lex)) {
                // "said the exercises were ...": the noun is the subject of what is said, not the speaker's act
                Mention own = scan.actors.nounActor(hit, a, b, lex);
                if (own == null) return null;
            }
            Mention own = follows || VerbalConflictRules.protestVerb(frames, hit) ? null : scan.actors.nounActor(hit, a, b, lex);
            if (own != null && hit.trigger().mode() != null && Clauses.DONE_TO_PERSONS.contains(hit.trigger().mode()) && own.start() >= ix.token(hit.end() - 1).end()) {
                // "the release of X", "l'arrestation de X": the complement of an act done to persons is the one it is
                // done to, never its actor
                own = null;
            }
            boolean ownAction = hit.trigger().type() == EventType.MOBILIZE || hit.trigger().type() == EventType.RETREAT;
            if (scan.clauses.causeAfterBy(hit, a, lex, frames)) {
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
                head = Math.max(a, Clauses.intentBefore(frames, head));
                // "X s'est entretenu avec Y et a promis le soutien ...": a support verb coordinated to an earlier
                // verb shares its subject
                if (head - 1 > a && lex.is(ix.form(head - 1), Kind.STOP)) {
                    Hit first = null;
                    for (Hit o : hits) if (o.end() < head - 1 && !o.trigger().noun()) first = o;
                    if (first != null) head = scan.clauses.verbStart(first, a, lex, ev, frames);
                }
            } else {
                head = verbStart;
            }
            Referent subject = scan.actors.subjectOf(head, a);
            if (support < 0) subject = scan.cooperation.meetingSubject(subject, hit, hits, a, lex, ev, frames);
            EntityRef clauseSubject = subject == null ? null : scan.actors.reportedSubject(subject, head, a, lex);
            EntityRef group = scan.groups.qualifiedGroupSubject(subject, a, lex);
            if (group != null) clauseSubject = group;
            // "a court in Guyana has issued arrest warrants for ...": a qualified group noun is the clause's subject
            if (clauseSubject == null) {
                clauseSubject = scan.groups.groupActor(scan.clauses.clauseStart(head, a, lex), head, lex, ev, null);
            }
            // "spoke with X, who pledged new military aid": the subject of a relative after a comma is the actor named
            // right before it, for a support verb as for a verb trigger
            EntityRef antecedent = support >= 0 ? scan.cooperation.relativeAntecedent(head, a, lex) : null;
            if (antecedent != null) clauseSubject = antecedent;
            if (own != null && (ownAction || clauseSubject == null)) actor1 = refs.actor(own);
            else actor1 = clauseSubject;
            if (own == null && support < 0 && follows) {
                // "during a visit by the Chilean foreign minister to Lima": a meeting noun naming its agent after
                // "by" is that agent's act, not the clause subject's
                Mention byAgent = nounAgent ? scan.actors.mentionAfterFrame(frames, Frame.BY, hit.end(), hit.end() + 1) : null;
                if (byAgent != null) actor1 = refs.actor(byAgent);
            }
            if (actor1 == null && agent != null && !scan.verbal.protestedAgent(frames, hit)) actor1 = refs.actor(agent);
            if (protester != null) actor1 = refs.actor(protester);
            // "the Russian building was demolished by a Ukrainian protestor": the act named by the agent of a
            // passive is aimed at the passive's subject
            if (actor1 != null) actor2 = scan.actors.passiveSubjectForAgent(hit, a, lex, frames, actor1);
            Mention owner = support < 0 ? scan.actors.possessor(hit, a) : null;
            // "a agi sous la menace des armes", "acted under threat of sanctions": a noun of an act not done, governed
            // by a preposition, with no holder of its own, is no act of the clause's subject (ev15cues)
            if (hit.trigger().scope() && support < 0 && own == null && owner == null && agent == null
                    && scan.actors.afterPreposition(hit.start(), a, lex, frames)) return null;
            // "la Pologne estime que la Russie est une menace": the attribute of a copula is what someone is seen as
            if (hit.trigger().scope() && support < 0 && afterCopula(hit.start(), a, lex)) return null;
            if (owner != null) {
                // "at Lessaria's request", "Russia's invasion": the possessor of the act's noun is its actor, whoever
                // the clause is about; a request granted by the clause's subject was made to it
                EntityRef subjectRef = clauseSubject;
                actor1 = refs.actor(owner);
                if (hit.trigger().type() == EventType.REQUEST && subjectRef != null && !subjectRef.entity().equals(actor1.entity())) {
                    actor2 = subjectRef;
                }
            }
            if (own == null && agent != null && scan.clauses.byRightAfter(frames, hit) && !passive) {
                // "a subi des attaques de la part de la Serbie": the agent named right after the noun does the act,
                // to the one the clause is about
                EntityRef by = refs.actor(agent);
                if (by != null) {
                    if (clauseSubject != null && !clauseSubject.entity().equals(by.entity())) actor2 = clauseSubject;
                    actor1 = by;
                }
            }
            if (agent != null && own != null && !own.entityId().equals(agent.entityId()) && scan.clauses.headsPassiveSubject(hit, a, lex, frames, agent)) {
                // ("les menaces de la Russie ont été condamnées par la Pologne": a threat or demand heading the subject of
                // a passive is what the agent answers, no event of its own; its complement is its holder, ev15cues)
                if (hit.trigger().scope()) return null;
                // "Evidence against Russia was presented by the US": a noun heading the subject of a passive is the
                // agent's act, aimed at the noun's own complement
                actor1 = refs.actor(agent);
                actor2 = refs.actor(own);
            }
        } else {
            if (passive && !Clauses.movesItself(hit.trigger())) {
                // "four children were killed", "the diplomats were expelled on Friday": the subject of a passive
                // with no agent is the one acted upon, and the actor is not named
                return null;
            }
            // "vowed to retaliate after Lessaria expelled": the subject of a background clause is inside it
            int floor = a;
            for (Frm f : frames) if (f.word().frame() == Frame.BACKGROUND && f.end() <= verbStart) floor = Math.max(floor, f.end());
            Referent subject = scan.actors.subjectOf(verbStart, floor);
            actor1 = subject == null ? null : scan.actors.reportedSubject(subject, verbStart, floor, lex);
            // "..., Manila said, accusing Beijing of": the participle is the named speaker's, before or after the verb
            // "prompting Beijing to warn Washington": the object of a verb of causing is the subject of its infinitive (ev16)
            EntityRef caused = causedSubject(verbStart, a, lex);
            if (caused != null) actor1 = caused;
            EntityRef speaker = reportingSpeaker(scan.clauses.reportingVerbBeforeParticiple(hit, verbStart, a, lex), verbStart, a, lex);
            if (speaker != null) actor1 = speaker;
            sharing = speaker != null ? null : scan.clauses.sharedClause(hit, verbStart, a, lex, hits);
            if (sharing != null) {
                // "L'Iran a expulsé deux diplomates, les accusant d'espionnage": a participle after a comma shares
                // the subject of the verb it is attached to
                int main = scan.clauses.verbStart(sharing, a, lex, ev, frames);
                Referent shared = scan.actors.subjectOf(main, a);
                if (shared != null) actor1 = scan.actors.reportedSubject(shared, main, a, lex);
            }
            EntityRef coordinated = scan.verbal.coordinatedVerbSubject(hit, verbStart, a, lex, ev, frames, hits);
            if (coordinated != null) actor1 = coordinated;
            EntityRef reporter = coordinated == null ? scan.statements.reportedCoordinate(verbStart, a, lex, hits) : null;
            if (reporter != null) actor1 = reporter;
            EntityRef antecedent = scan.cooperation.relativeAntecedent(verbStart, a, lex);
            if (antecedent != null) actor1 = antecedent;
            EntityRef group = scan.groups.qualifiedGroupSubject(subject, floor, lex);
            if (group != null) actor1 = group;
            // "..., which each side blamed on the other": the subject of an object relative is after its pronoun
            int relative = scan.verbal.relativeSubjectStart(hit, verbStart, a, lex);
            // ("a annoncé qu'elle accuserait X": a pronoun there is the subject the search above has resolved)
            if (relative >= 0 && !(verbStart - relative == 1 && lex.pronoun(ix.form(relative)) != null)) actor1 = scan.verbal.relativeSubject(relative, verbStart);
            if (floor > a) {
                // the background word reads as a preposition ("after Lessaria"): the name right after it is the subject
                int k = floor;
                while (k < verbStart && lex.isDeterminer(ix.form(k))) k++;
                Mention m = k < verbStart ? actorMention(k) : null;
                // (the mention itself, not the quotes' seat guess, which takes "after Lessaria" for a place)
                if (m != null && ix.firstTokenAtOrAfter(m.end()) == verbStart) actor1 = ix.ref(m);
            }
            // "Peruvian troops backed by Chile attacked": a name inside a participle modifying the subject is not it (evvp)
            EntityRef modified = scan.actors.subjectBeforeModifier(verbStart, floor, lex, hits);
            if (modified != null) {
                actor1 = modified;
                sharedHead = true;
            }
            // "Rebels attacked Arica and seized the port", "said that rebels had attacked Arica and seized the port":
            // a verb after "and" with no subject of its own is an act of the first verb's actor (evvp)
            Hit head = scan.actors.coordinationHead(hit, verbStart, a, lex, hits, frames);
            if (head != null) {
                boolean passiveHead = hasFrame(frames, Frame.PASSIVE, Math.max(a, head.start() - 2), head.end());
                // "X has been indicted and will resign": a verb with an auxiliary of its own after the conjunction
                // is active, and its subject is the passive's, the one acted upon in the first verb
                boolean ownAux = hasFrame(frames, Frame.AUX, Math.max(head.end(), hit.start() - 2), hit.start());
                if (passiveHead && ownAux) {
                    int headVerb = scan.clauses.verbStart(head, a, lex, ev, frames);
                    Referent passiveSubject = scan.actors.subjectOf(headVerb, a);
                    actor1 = passiveSubject == null ? null : scan.actors.reportedSubject(passiveSubject, headVerb, a, lex);
                    sharedHead = actor1 != null;
                }
                // ("the port was shelled and seized": the second participle is passive too, its actor unnamed)
                else if (passiveHead && agent == null) return null;
                if (!passiveHead) {
                    Event first = event(head, a, b, lex, ev, frames, hits, evidence);
                    if (first == null) return null;
                    actor1 = first.actor1();
                    sharedHead = true;
                }
            }
            if (actor1 == null) actor1 = scan.groups.groupActor(scan.clauses.clauseStart(verbStart, a, lex), verbStart, lex, ev, null);
            if (actor1 == null) actor1 = scan.statements.speakerForUnnamedTroops(hit, verbStart, a, lex);
            if (actor1 == null) actor1 = scan.demands.speakersGovernment(verbStart, a, lex, ev);
            if (actor1 == null) {
                // "a report released in the Rwandan capital alleged ...": a subject phrase naming no actor speaks
                // for the state a place adjective in it names
                // (a person named there is the subject the search could not take, not a reason to take the state)
                int from = scan.clauses.clauseStart(verbStart, a, lex);
                boolean person = false;
                for (int k = from; k < verbStart; k++) if (ix.mention(k) != null && ix.type(ix.mention(k)) == EntityType.PER) person = true;
                for (int k = from; k < verbStart && actor1 == null && !person; k++) if (scan.groups.isStateAdjective(k)) actor1 = refs.actor(ix.mention(k));
            }
        }
        if (!noun && hit.trigger().type() == EventType.MOBILIZE) {
            // "le nombre de troupes valdoriennes massées", "the number of Valdorian troops massed": a participle
            // after a qualified group noun is that group's deployment, whoever counts it
            EntityRef troops = scan.groups.qualifiedGroupBefore(hit.start(), a, ev);
            if (troops != null) actor1 = troops;
        }
        if (actor1 == null) actor1 = scan.forceActors.ownForces(hit, a, lex);
        // "Chile said its troops had shelled the port": forces a possessive gives to the speaker (evvp)
        if (actor1 == null) actor1 = scan.actors.speakersTroops(hit, verbStart, a, lex);
        if (actor1 == null) actor1 = scan.verbal.unmarkedProtesters(hit, a, lex);
        if (actor1 == null) actor1 = scan.verbal.protestersPlace(frames, hit, b);
        if (actor1 == null) return null;
        if (!noun && !sharedHead && !(passive && agent != null) && GroupActors.isGroup(actor1.entity()) && !scan.clauses.rightBefore(actor1, verbStart, a)) {
            // a group named earlier in the clause ("three civilians were killed when shells hit") is rarely the
            // subject of a later verb: a group acts as the subject right before its verb ("Insurgents bombarded")
            return null;
        }
        if (actor2 == null) actor2 = scan.cooperation.sanctionedQualifier(hit, b, lex, actor1);
        if (actor2 == null) actor2 = scan.demands.qualifiedObject(hit, b, lex, ev, hits, actor1);
        if (actor2 == null) actor2 = scan.statements.ownGovernment(hit, b, lex, actor1);
        if (actor2 == null) actor2 = scan.actors.object(hit, b, lex, frames, hits, actor1, a);
        if (actor2 == null && (hit.trigger().type() == EventType.AGREE || "return".equals(hit.trigger().mode()))) actor2 = scan.actors.beneficiary(hit, b, lex, frames, actor1);
        if (actor2 == null) actor2 = scan.verbal.threatened(hit, b, lex, frames, hits, actor1, a);
        if (actor2 == null) actor2 = scan.forceTargets.warnedAct(hit, b, lex, frames, hits, actor1, a);
        if (actor2 == null && hit.trigger().type() == EventType.ACCUSE && !noun) actor2 = scan.verbal.accusedBeforeComma(hit, a, actor1);
        if (actor2 == null) actor2 = scan.verbal.counterpartObject(hit, b, lex, actor1);
        if (actor2 == null && noun && support >= 0) actor2 = scan.cooperation.dativeBefore(support, hit, lex, actor1);
        if (actor2 == null && !noun && hit.trigger().type() == EventType.AID) actor2 = scan.cooperation.recipientOf(hit, b, lex, actor1);
        if (actor2 == null) actor2 = scan.cooperation.accessInto(hit, b, lex, actor1);
        if (actor2 == null) actor2 = scan.cooperation.meetingPartnerOfRelative(hit, a, lex, ev, frames, hits, actor1);
        if (actor2 == null) actor2 = scan.cooperation.concededTo(hit, b, lex, frames, actor1);
        if (scan.cooperation.visitedPlace(hit, hits, b, lex, actor2)) actor2 = null;
        // "a visit by X to Y", "during a trip to Y": the place visited, past the noun's own agent
        if (actor2 == null && noun && "visit".equals(hit.trigger().mode())) actor2 = scan.cooperation.placeVisited(hit, b, lex);
        if (actor2 == null && hit.trigger().type() == EventType.MOBILIZE) actor2 = scan.forceTargets.acrossBorder(hit, a, b, lex, actor1);
        if (actor2 == null && noun && "expel".equals(hit.trigger().mode())) actor2 = scan.forceTargets.expelledBefore(hit, a, lex, actor1);
        if (actor2 == null && sharing != null && (scan.clauses.objectClitic(verbStart - 1, lex) || lex.isDeterminer(ix.form(verbStart - 1))
                || hit.end() < b && scan.clauses.objectClitic(hit.end(), lex))) {
            // "..., les accusant de ...": the pronoun stands for the object of the verb the participle is attached to
            actor2 = scan.actors.object(sharing, b, lex, frames, hits, actor1, a);
        }
        // ("deployed troops in Iraq", "a déployé des troupes en Pologne": the forces a deployment moves are the mover's
        // own, placed where the phrase says, not a party it acts on, as "sent troops to Poland" (ev13frames))
        if (actor2 == null && !noun && hit.trigger().type() != EventType.MOBILIZE) actor2 = scan.groups.groupActor(hit.end(), scan.clauses.objectEnd(hit, b, lex, hits), lex, ev, actor1);
        if (actor2 == null && !noun && scan.groups.groupOfAfter(actor1, hit.end(), scan.clauses.objectEnd(hit, b, lex, hits), ev)
                && scan.groups.distinctGroups(actor1, a, b, ev)) {
            // "Georgian demonstrators attacked the Georgian government": one group of the state against another
            actor2 = actor1;
        }
        // (a judgement's party is in the judged phrase, never after the word of fault)
        if (scan.statements.judging(hit, b, lex)) actor2 = scan.statements.judgedParty(hit, b, lex, actor1);
        if (scan.statements.gerundObject(hit, b)) actor2 = null;
        EntityRef[] forced = scan.forceActors.forceActors(hit, a, b, lex, frames, hits, actor1, actor2);
        actor1 = forced[0];
        actor2 = scan.forceTargets.featureTarget(hit, b, lex, scan.forceTargets.withdrawalTarget(hit, b, frames, forced[1]));
        actor2 = scan.forceTargets.protestPlace(hit, b, lex, frames, actor2);
        if (actor1 == null) return null;
        actor2 = scan.cooperation.qualifiedOrganisation(actor2, hit.end(), b);
        actor1 = seats.resolve(actor1);
        EntityRef place = actor2;
        actor2 = seats.resolve(actor2);
        if (scan.cooperation.deniedAct(hit, b, lex) || scan.cooperation.reducedPassiveAgent(hit, b, frames, actor2, lex)) actor2 = null;
        EntityRef ownCity = visitHome(hit, place, actor1, actor2);
        if (ownCity != null || ownSideVisited(hit, actor1, actor2)) actor2 = null;
        if (noun && support >= 0 && FOLLOWS_SUBJECT.contains(hit.trigger().type()) && actor2 != null
                && seats.sideOf(actor2).equals(seats.sideOf(actor1))) {
            // "X a promis le soutien de l'Allemagne": a complement on the actor's own side is the giver; the one
            // supported is the partner named before
            actor2 = seats.resolve(scan.actors.personBefore(hit.start(), a, actor1));
        }
        // a city the text ties to no state stays the first actor ("Korvan a rejeté toute critique" is still a
        // rejection, by whoever Korvan speaks for); as a target it is only where the act happened
        EntityRef visited = null;
        if (seats.unresolvedCity(actor2)) {
            visited = actor2;
            // "les forces valdoriennes ont pilonné Dravnik": in a story between two states, a town struck,
            // threatened or accused by one side belongs to the other
            actor2 = TOWARD_OTHER_SIDE.contains(hit.trigger().type()) ? seats.counterpart(actor1) : null;
            // "fired missiles at Kyiv" with no other side in the story: the city struck belongs to the state the
            // knowledge base places it in, as "shelled Kyiv" does, unless that is the actor's own
            EntityRef struck = actor2 == null && TOWARD_OTHER_SIDE.contains(hit.trigger().type()) ? seats.knownState(visited) : null;
            if (struck != null && !struck.entity().equals(seats.sideOf(actor1))) actor2 = struck;
            // "doit se rendre à Varsovie", "is due to travel to Lima": the host of a visit is the state of the city
            // visited, named or not, unless it is the visitor's own (ev12dev)
            EntityRef host = actor2 == null && "visit".equals(hit.trigger().mode()) ? seats.knownState(visited) : null;
            if (host != null && !host.entity().equals(seats.sideOf(actor1))) actor2 = host;
            if (actor2 == null && ACCESS.equals(hit.trigger().mode())) {
                // "allowed aid trucks into Gaza": humanitarian access is granted to the people of the place it leads
                // into, that place itself, city or territory (unlike a visit, whose host is a state)
                actor2 = visited;
                visited = null;
            }
        }
        if (seats.unresolvedCity(actor1) && actor2 != null) {
            // "Miravel avait expulsé quatre diplomates valdoriens": a city acting against one side of a two-state
            // story speaks for the other
            EntityRef other = seats.counterpart(actor2);
            if (other != null) actor1 = other;
        }
        if (actor2 == null && !noun && hit.trigger().type() == EventType.REJECT) {
            // "a rejeté la proposition de Moscou": the owner of the proposal is the one rejected
            Mention owner = scan.clauses.proposalOwner(frames, hit, b, lex.language());
            if (owner != null) actor2 = seats.resolve(refs.actor(owner));
        }
        if (actor2 == null && !noun && hit.trigger().type() == EventType.REJECT && scan.clauses.proposalRejected(frames, hit, b)) {
            // "X a déclaré qu'elle avait proposé ..., mais que la Valdorie avait rejeté l'idée": the idea is the
            // speaker's, who is the one rejected
            actor2 = scan.actors.reportingSpeaker(hit, a, lex);
        }
        if (actor2 != null && actor2.entity().equals(actor1.entity()) && !scan.groups.distinctGroups(actor1, a, b, ev)) actor2 = null;
        // (after the target is chosen: residents may act toward their own state's government)
        actor1 = seats.resolve(scan.groups.residents(actor1, a, hit.start(), lex, frames));
        actor2 = scan.forceTargets.namedTarget(hit, b, lex, actor2);
        // "X and Y fought near the town of Z", "... fought in a village": sides that fight each other are each other's
        // target, whatever place or victims follow the verb (the place stays where it happened) (ev16)
        if (actor2 == null && !noun && hit.trigger().type() == EventType.COERCE && "restrict".equals(hit.trigger().mode())) {
            // "blocked two Philippine supply boats": the state whose adjective qualifies the ships or convoys a
            // restriction stops (the verb's object, a few words on) is the one acted on (ev16)
            for (int k = hit.start() + 1; k < b && k < hit.end() + 4 && actor2 == null && !ix.isPunct(k) && lex.kindAt(ix, k) != Kind.PREP; k++) {
                Mention m = actorMention(k);
                if (m == null || ix.type(m) != EntityType.GPE) continue;
                EntityRef owner = seats.resolve(refs.actor(m));
                if (!seats.sideOf(owner).equals(seats.sideOf(actor1))) actor2 = owner;
            }
        }
        if (actor2 == null) actor2 = scan.actors.mutualPartner(hit, a, verbStart, lex, actor1);
        boolean victims = actor2 == null && visited == null && scan.forceTargets.unnamedVictims(hit, b, lex, hits);
        if (actor2 == null && visited == null) actor2 = scan.forceTargets.otherSide(hit, actor1, victims, lex);
        if (actor2 == null && visited == null) actor2 = scan.forceTargets.countryNoun(hit, b, lex, actor1);
        if (actor2 == null && visited == null && !victims && noun && support >= 0 && hit.trigger().type() == EventType.ASSAULT) {
            // "launched an offensive in Rafah", "a lancé une opération militaire en Syrie": an offensive its actor
            // launches on another state's territory is aimed at that state
            actor2 = scan.forceTargets.territoryOf(scan.actors.location(frames, a, b, actor1, null), actor1);
        }
        if ((DYADIC.contains(hit.trigger().type()) || hit.trigger().needsTarget()) && actor2 == null && visited == null && !victims) return null;
        // (an agent right after the noun, "de la part de X", has already been made the giver)
        boolean byGiver = agent != null && scan.clauses.byRightAfter(frames, hit);
        if (hit.trigger().received() || noun && !byGiver && receivingVerb(frames, support)) {
            // "Georgian demonstrators received weapons from the government": the giver acts, the subject receives
            if (actor2 == null) return null;
            EntityRef giver = actor2;
            actor2 = actor1;
            actor1 = giver;
        }

        String mode = hit.trigger().mode();
        if (hit.trigger().type() == EventType.CONSULT) {
            for (Frm f : frames) if (f.word().frame() == Frame.MODE && f.word().mode() != null) mode = f.word().mode();
        }
        EntityRef location = scan.actors.location(frames, a, b, actor1, actor2);
        if (location == null && hit.trigger().type() == EventType.RETREAT && hit.trigger().mode() == null) location = scan.actors.withdrawnFrom(hit, b, lex, frames, actor1);
        if (location == null) location = visited;
        if (location == null) location = ownCity;
        if (actor2 == null && "visit".equals(hit.trigger().mode()) && location != null) {
            // "doit se rendre à Varsovie à la fin du mois": the city the visit takes place in is its host's
            EntityRef host = seats.knownState(location);
            if (host != null && !host.entity().equals(seats.sideOf(actor1))) actor2 = host;
        }
        if (victims) actor2 = scan.forceTargets.placeStruck(hit, b, lex, hits, actor1, actor2, location);
        actor2 = scan.forceTargets.domesticGroup(hit, actor1, actor2, location, lex);
        String date = scan.actors.date(evidence, hit);
        boolean negated = scan.clauses.negated(hit, verbStart, a, ev);
        EventType type = hit.trigger().type();
        if (PURPOSE.equals(mode) && !scan.clauses.intended(frames, hit)) return null;
        if (scan.clauses.intended(frames, hit) || scan.force.announcedForce(frames, hit, a, lex)) {
            // PLOVER codes a stated intention, not the act: force, pressure or troops announced are a threat,
            // cooperation, aid, talks or a release announced are an agreement (CAMEO 03 and 13)
            EventType intent = Clauses.INTENT.get(type);
            if (intent != null) {
                type = intent;
                mode = null;
            }
        }
        if (scan.clauses.possible(hit, a, lex, ev, frames)) {
            // "said it could impose sanctions", "might strike": force one could use is a threat (CAMEO 13), as with
            // "may"; any other act only possible is no event (ev13frames)
            if (Clauses.INTENT.get(type) != EventType.THREATEN) return null;
            type = EventType.THREATEN;
            mode = null;
        }
        return new Event(type, mode, actor1, actor2, location, date, negated, evidence);
    }
}

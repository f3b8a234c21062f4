package org.vigie.nlp.events;

import org.vigie.core.model.*;
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
 * The family of cooperation: offers, restrictions lifted, phone calls, visits hosted, failed talks, and the one a
 * promised support is given to.
 */
final class CooperationRules extends ScanPart {
    CooperationRules(Scan scan) {
        super(scan);
    }

    /**
     * "a promis à l'Ukraine un soutien indéfectible", "a promis une aide militaire à Taïwan": the one a support
     * verb's noun object is given to, after a dative preposition ({@code dative} in {@link EventPatterns}) between
     * the verb and the noun or right after the noun (where the object search takes "à Taïwan" for a place).
     */
    EntityRef dativeBefore(int support, Hit hit, SpeechLexicon lex, EntityRef actor1) {
        EventPatterns p = EventPatterns.of(lex.language());
        int after = Math.min(ix.sentenceEnd(ix.sentenceOf(hit.start())), hit.end() + 3);
        for (int k = support + 1; k < after; k++) {
            if (k >= hit.start() && k < hit.end()) continue;
            if (!p.startsAt(EventPatterns.Role.DATIVE, ix.forms(), k, k + 1)) continue;
            int j = k + 1;
            int limit = k < hit.start() ? hit.start() : after + 2;
            while (j < limit && lex.isDeterminer(ix.form(j))) j++;
            Mention m = j < limit ? actorMention(j) : null;
            if (m != null && !quoted.get(j) && !m.entityId().equals(actor1.entity())) return refs.actor(m);
        }
        return null;
    }

    /**
     * "donated 300 tents to X", "will contribute 5 million dollars to the fund": the one aid given by a verb is
     * given to, after a dative preposition a few words on in the verb's clause; null when none is named.
     */
    EntityRef recipientOf(Hit hit, int b, SpeechLexicon lex, EntityRef actor1) {
        EventPatterns p = EventPatterns.of(lex.language());
        for (int k = hit.end(); k < b && k < hit.end() + 10; k++) {
            if (clauseStop(k) || lex.is(ix.form(k), Kind.THAT)) return null;
            if (!p.startsAt(EventPatterns.Role.DATIVE, ix.forms(), k, k + 1)) continue;
            int j = k + 1;
            while (j < b && lex.isDeterminer(ix.form(j))) j++;
            Mention m = j < b ? actorMention(j) : null;
            return m == null || quoted.get(j) || m.entityId().equals(actor1.entity()) ? null : refs.actor(m);
        }
        return null;
    }

    /**
     * "criticised X for delays at the negotiations", "hailed X's part in the summit": a meeting noun after a preposition
     * and a determiner, in the clause of an earlier verb act with no partner or agent named after it ("with",
     * "between", "by": "during a visit by X to Y" reports that visit) and no place visited ("during a visit to Y"), is
     * the setting of that act, a meeting already known, not one this sentence reports.
     */
    boolean meetingAsSetting(Hit hit, List<Hit> hits, int a, SpeechLexicon lex, List<Frm> frames) {
        if (!hit.trigger().noun() || hit.trigger().type() != EventType.CONSULT) return false;
        int d = hit.start() - 1;
        if (d - 1 < a || !lex.isDeterminer(ix.form(d)) || lex.is(ix.form(d), Kind.POSS) || lex.pronoun(ix.form(d)) != null) return false;
        if (!scan.actors.afterPreposition(hit.start(), a, lex, frames) || startsFrame(frames, Frame.WITH, d - 1)) return false;
        int b = ix.sentenceEnd(ix.sentenceOf(hit.start()));
        for (Frm f : frames) {
            boolean partner = f.word().frame() == Frame.WITH || f.word().frame() == Frame.BETWEEN || f.word().frame() == Frame.BY;
            if (partner && f.start() >= hit.end() && f.start() <= hit.end() + 2) return false;
        }
        // ("during a visit to X": a trip to a named place is one the sentence reports)
        if (VISIT.equals(hit.trigger().mode()) && placeVisited(hit, b, lex) != null) return false;
        for (Hit o : hits) {
            if (o.trigger().noun() || o.end() > hit.start() || o.trigger().type() == EventType.CONSULT) continue;
            boolean clause = true;
            for (int k = o.end(); k < hit.start() && k < b; k++) clause &= !ix.isPunct(k) && !lex.is(ix.form(k), Kind.THAT);
            if (clause) return true;
        }
        return false;
    }

    /**
     * "pulled its units out of a post in X following negotiations with Y": the subject found for a meeting noun inside
     * a prepositional phrase ("with X") is no party; the meeting is the subject's of the verb act before it in the
     * clause. The given subject otherwise.
     */
    Referent meetingSubject(Referent subject, Hit hit, List<Hit> hits, int a, SpeechLexicon lex, EventLexicon ev, List<Frm> frames) {
        if (subject == null || subject.span() == null || hit.trigger().type() != EventType.CONSULT || !hit.trigger().noun()) return subject;
        if (!scan.actors.afterPreposition(ix.firstTokenAtOrAfter(subject.span().start()), a, lex, frames)) return subject;
        Hit main = null;
        for (Hit o : hits) if (!o.trigger().noun() && o.end() <= hit.start() && o.end() <= ix.firstTokenAtOrAfter(subject.span().start())) main = o;
        if (main == null || punctuationBetween(main.end(), hit.start())) return subject;
        Referent own = scan.actors.subjectOf(scan.clauses.verbStart(main, a, lex, ev, frames), a);
        return own == null || own.ref() == null ? subject : own;
    }

    /**
     * "has never allowed the monitors to enter", "would not let the inspectors in": a permission refused
     * ({@code deny} in {@link EventPatterns}: a negation and a verb of permission) to an actor named a few words on
     * in its clause is a REJECT of that actor by the subject (CAMEO 12, refuse), and the act after it is
     * not done (the hit has scope). The hit covers the negation, which is the refusal, not a denial of it.
     */
    Hit permissionDenied(int k, int end, int b) {
        for (int j = end; j < b && j < end + 6; j++) {
            if (clauseStop(j) || ix.form(j).equals(",")) return null;
            if (actorMention(j) != null) return new Hit(k, end, new Trigger(EventType.REJECT, null, true, false, true, false));
        }
        return null;
    }

    /** A dative preposition and an actor within a few words after {@code from} ("... à l'Ukraine"). */
    boolean recipientAfter(EventPatterns p, int from, int b) {
        for (int k = from; k < b && k < from + 4; k++) {
            if (clauseStop(k) || ix.form(k).equals(",")) return false;
            if (!p.startsAt(EventPatterns.Role.DATIVE, ix.forms(), k, k + 1)) continue;
            for (int j = k + 1; j < b && j < k + 3; j++) if (actorMention(j) != null) return true;
        }
        return false;
    }

    /**
     * "called off the strike after talks with X", "suspended the boycott following an agreement with X": an act
     * given up after talks or an agreement with a party is a concession to that party: the actor right after the
     * {@code @with} of a meeting or agreement trigger later in the sentence (at most two words between it and
     * "with"); null when there is none or it is the actor's own entity.
     */
    EntityRef concededTo(Hit hit, int b, SpeechLexicon lex, List<Frm> frames, EntityRef actor1) {
        if (hit.trigger().type() != EventType.CONCEDE) return null;
        Optional<EventLexicon> ev = EventLexicon.of(lex.language());
        if (ev.isEmpty()) return null;
        for (Frm f : frames) {
            if (f.word().frame() != Frame.WITH || f.start() <= hit.end() || f.start() >= b) continue;
            // (the words of the talks, whether or not they are still an event of the sentence)
            boolean talks = false;
            for (PhraseMatcher.Match<Trigger> o : ev.get().triggers().findAll(ix.forms(), hit.end(), f.end())) {
                EventType t = o.value().type();
                talks |= (t == EventType.CONSULT || t == EventType.AGREE) && o.start() < f.start() && f.start() - o.end() <= 2;
            }
            if (!talks) continue;
            Mention m = mentionAfterFrame(frames, Frame.WITH, f.start(), f.start() + 1);
            if (m != null && (actor1 == null || !m.entityId().equals(actor1.entity()))) return refs.actor(m);
        }
        return null;
    }

    /**
     * "welcomed the Ghanaian president", "gave a warm welcome on Monday to X": a welcome (a verb or noun of the
     * language's {@code welcome} patterns) whose object is a person or a dignitary (a name of a person, or a title of
     * the {@code dignitary} patterns), before any preposition of content, agent or origin or any statement noun, is
     * a visit hosted (CAMEO 043, PLOVER CONSULT visit), not praise; a welcomed decision, plan or statement stays
     * support. Replaces the hit in place; the noun keeps its object after the dative ("to").
     */
    void welcomedVisitors(int b, SpeechLexicon lex, List<Hit> hits) {
        EventPatterns p = EventPatterns.of(lex.language());
        if (!p.has(EventPatterns.Role.WELCOME)) return;
        List<String> forms = ix.forms();
        Set<String> statements = words(lex.language(), "statement-nouns.txt");
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            if (hit.trigger().type() != EventType.SUPPORT || !p.startsAt(EventPatterns.Role.WELCOME, forms, hit.start(), hit.end())) continue;
            boolean visitor = false;
            for (int k = hit.end(); k < b && k < hit.end() + 9; k++) {
                String f = forms.get(k);
                if (clauseStop(k) || f.equals(",") || lex.is(f, Kind.THAT) || statements.contains(f)) break;
                if (listed(k, "of-prepositions.txt") || listed(k, "agent-prepositions.txt") || listed(k, "group-prepositions.txt")) break;
                Mention m = ix.mention(k);
                if (m != null && ix.type(m) == EntityType.PER) {
                    int after = ix.lastTokenEndingBy(m.end()) + 1;
                    // ("welcomed Tinubu's decision": the person's act is what is welcomed)
                    visitor = !possessive(after, b);
                    break;
                }
                if (m == null && p.startsAt(EventPatterns.Role.DIGNITARY, forms, k, b)) {
                    int end = p.endAt(EventPatterns.Role.DIGNITARY, forms, k, b);
                    // ("the president's plan", "President Tinubu's plan": a title, or its holder's name, owning the object)
                    Mention holder = end < b ? ix.mention(end) : null;
                    if (holder != null && ix.type(holder) == EntityType.PER) end = ix.lastTokenEndingBy(holder.end()) + 1;
                    visitor = !possessive(end, b);
                    break;
                }
            }
            if (visitor) hits.set(h, new Hit(hit.start(), hit.end(), new Trigger(EventType.CONSULT, "visit", false, hit.trigger().noun(), false, false)));
        }
    }

    /**
     * "Le président français a appelé son homologue allemand", "a appelé Olaf Scholz": a call verb whose object is a
     * person or a dignitary, with no "à" of what is asked after it in the clause, is a phone call, not an appeal
     * ("a appelé Moscou à expliquer" stays a request). Replaces the request hit in place.
     */
    void phoneCalls(int b, SpeechLexicon lex, List<Hit> hits) {
        EventPatterns p = EventPatterns.of(lex.language());
        List<String> forms = ix.forms();
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            if (hit.trigger().type() != EventType.REQUEST || hit.trigger().noun()) continue;
            boolean call = false;
            for (int k = hit.start(); k < hit.end(); k++) call |= p.startsAt(EventPatterns.Role.CALL, forms, k, hit.end());
            if (!call || hit.end() >= b) continue;
            int k = hit.end();
            Mention m = ix.mention(k);
            boolean person = m != null && ix.type(m) == EntityType.PER;
            if (!person && !(lex.isDeterminer(forms.get(k)) && p.startsAt(EventPatterns.Role.DIGNITARY, forms, k + 1, b))) continue;
            boolean asked = false;
            for (int x = k + 1; x < b && !clauseStop(x) && !forms.get(x).equals(",") && !lex.is(forms.get(x), Kind.THAT); x++) {
                asked |= p.startsAt(EventPatterns.Role.DATIVE, forms, x, x + 1);
            }
            if (!asked) hits.set(h, new Hit(hit.start(), hit.end(), new Trigger(EventType.CONSULT, "phone", false, false, true, false)));
        }
    }

    /**
     * "a reçu mardi le président mauritanien", "received the Somali president", "received William Ruto": a host
     * verb whose object, after a date or an adverb, is a dignitary (a state's adjective may open the title) or a
     * person is a visit received (the fixed cues "a reçu le président" need the title right after the verb); a
     * person's or title's possession ("received Ruto's letter") is no visitor.
     */
    Hit hosted(EventPatterns p, int k, int end, int b, SpeechLexicon lex) {
        List<String> forms = ix.forms();
        Hit visit = new Hit(k, end, new Trigger(EventType.CONSULT, "visit", false, false, false, false));
        for (int j = end; j < b && j < end + 7; j++) {
            if (clauseStop(j) || forms.get(j).equals(",") || lex.is(forms.get(j), Kind.THAT)) return null;
            Mention m = ix.mention(j);
            // a preposition before any person or title ("received aid from the president", "a reçu à Dakar le
            // président") opens a phrase of its own: what is received is a thing, or the title is not the object
            if (m == null && (lex.is(forms.get(j), Kind.PREP) || listed(j, "agent-prepositions.txt")
                    || listed(j, "of-prepositions.txt") || listed(j, "group-prepositions.txt"))) return null;
            if (m != null) {
                int after = ix.lastTokenEndingBy(m.end()) + 1;
                // "received William Ruto" (not "received Ruto's letter"): the person received is the visitor
                if (ix.type(m) == EntityType.PER) return possessive(after, b) ? null : visit;
                // "received the Somali president": the state's adjective before the title
                boolean adjective = after < b && p.startsAt(EventPatterns.Role.DIGNITARY, forms, after, b);
                if (!adjective) return null;
                j = after;
            }
            if (p.startsAt(EventPatterns.Role.DIGNITARY, forms, j, b)) {
                int title = p.endAt(EventPatterns.Role.DIGNITARY, forms, j, b);
                // ("received President Diaz-Canel": a title before its holder's name)
                Mention holder = title < b ? ix.mention(title) : null;
                if (holder != null && ix.type(holder) == EntityType.PER) title = ix.lastTokenEndingBy(holder.end()) + 1;
                boolean object = j > end && lex.isDeterminer(forms.get(j - 1)) || m != null || holder != null && ix.type(holder) == EntityType.PER;
                // ("received the president's letter": the title owns the object)
                return object && !possessive(title, b) ? visit : null;
            }
        }
        return null;
    }

    /**
     * "Les pourparlers d'Istanbul s'étaient soldés par un échec": talks that ended without agreement are a
     * meeting of their parties and a negated agreement between them. Parties named in the sentence (a meeting found
     * with a partner) are kept; otherwise the talks are the story's, whose parties are those of the first agreement
     * or meeting between two actors reported earlier in the document. Single-party meetings or agreements found in
     * the sentence ("d'Istanbul" read as a party) give way. Talks with an agent and no parties named ("talks
     * mediated by X ended without agreement", "les pourparlers organisés par X") are the agent's meeting only: a
     * host or mediator is no party to the agreement that failed, and the story's parties are not those of the talks
     * the text names this way.
     */
    void failedTalks(int a, int b, SpeechLexicon lex, List<Frm> frames, List<Hit> hits, Map<String, Event> one,
                             List<Event> out, Span evidence) {
        EventPatterns p = EventPatterns.of(lex.language());
        int failed = -1;
        for (int k = a; k < b && failed < 0; k++) if (!quoted.get(k) && p.startsAt(EventPatterns.Role.FAILED, ix.forms(), k, b)) failed = k;
        if (failed < 0) return;
        Hit talks = null;
        for (Hit h : hits) if (talks == null && h.start() < failed && h.trigger().noun() && h.trigger().type() == EventType.CONSULT) talks = h;
        // "X and Y failed to reach an agreement at talks in Z": the talks may follow the words of failure closely
        for (Hit h : hits) {
            if (talks == null && h.start() > failed && h.start() <= failed + TALKS_AFTER_FAILURE && h.trigger().noun()
                    && h.trigger().type() == EventType.CONSULT && !punctuationBetween(failed, h.start())) talks = h;
        }
        if (talks == null) return;
        Event named = null;
        for (Event e : one.values()) if (named == null && e.type() == EventType.CONSULT && e.actor2() != null) named = e;
        if (named == null && agentOfTalks(frames, talks, failed)) {
            one.values().removeIf(e -> e.type() == EventType.AGREE && e.actor2() == null);
            return;
        }
        EntityRef x = named == null ? null : named.actor1(), y = named == null ? null : named.actor2();
        if (named == null) {
            for (Event e : out) {
                if (x == null && EventFinder.SYMMETRIC.contains(e.type()) && e.actor2() != null) {
                    x = e.actor1();
                    y = e.actor2();
                }
            }
        }
        if (x == null) return;
        one.values().removeIf(e -> (e.type() == EventType.CONSULT || e.type() == EventType.AGREE) && e.actor2() == null);
        EntityRef location = scan.actors.location(frames, a, b, x, y);
        String date = scan.actors.date(evidence, talks);
        one.putIfAbsent(EventType.CONSULT + "|" + x.entity(), new Event(EventType.CONSULT, "meeting", x, y, location, date, false, evidence));
        boolean agreed = false;
        for (Event e : one.values()) agreed |= e.type() == EventType.AGREE && Actors.samePair(e, x, y);
        if (!agreed) one.put(EventType.AGREE + "|" + x.entity() + "|failed", new Event(EventType.AGREE, null, x, y, location, date, true, evidence));
    }

    /** How far after the words of their failure the talks noun may stand ("failed to reach an agreement at talks"). */
    private static final int TALKS_AFTER_FAILURE = 9;

    /** Whether a passive agent ("by X", "par X") stands between the talks noun and the words of their failure. */
    private static boolean agentOfTalks(List<Frm> frames, Hit talks, int failed) {
        for (Frm f : frames) if (f.word().frame() == Frame.BY && f.start() >= talks.end() && f.start() < failed) return true;
        return false;
    }

    /**
     * "lifted a night curfew", "eased emergency measures", "cancelled restrictions on ...", "called off the
     * blockade": a restriction (a coercive or sanctioning noun, or a noun of mode {@code restriction} in
     * event-cues.tsv) ended by a verb of release, yielding or cancellation at most three words before it (further
     * on, "released two activists held under martial law" frees persons) is one act, a
     * concession (PLOVER CONCEDE: ease administrative sanctions, restrictions, curfews), not the restriction. A noun
     * of mode {@code restriction} with no such verb is no act of its own.
     */
    List<Hit> liftedRestrictions(List<Hit> hits) {
        List<Hit> out = new ArrayList<>(hits);
        for (int h = 0; h < out.size(); h++) {
            Hit noun = out.get(h);
            boolean marker = RESTRICTION.equals(noun.trigger().mode());
            boolean restriction = noun.trigger().noun() && (marker || noun.trigger().type() == EventType.COERCE
                    || noun.trigger().type() == EventType.SANCTION);
            if (!restriction) continue;
            Hit verb = null;
            for (int v = h - 1; v >= 0 && verb == null; v--) {
                Hit o = out.get(v);
                if (o.trigger().noun() || noun.start() - o.end() > 3) break;
                boolean punct = false;
                for (int k = o.end(); k < noun.start(); k++) punct |= ix.isPunct(k);
                if (punct) break;
                EventType t = o.trigger().type();
                if (t == EventType.CONCEDE || t == EventType.SANCTION || t == EventType.RETREAT && "release".equals(o.trigger().mode())) verb = o;
            }
            if (verb == null) {
                if (marker) out.remove(h--);
                continue;
            }
            int v = out.indexOf(verb);
            out.set(v, new Hit(verb.start(), verb.end(), new Trigger(EventType.CONCEDE, null, false, false, false, false)));
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
    List<Hit> offers(List<Hit> hits, EventLexicon ev) {
        List<Hit> out = new ArrayList<>(hits);
        for (int h = 0; h < out.size(); h++) {
            Hit offer = out.get(h);
            if (!OFFER.equals(offer.trigger().mode())) continue;
            Optional<PhraseMatcher.Match<FrameWord>> intent = ev.frames().longestAt(ix.forms(), offer.start(), ix.size());
            if (intent.isPresent() && intent.get().value().frame() == Frame.INTENT) {
                out.remove(h--);
                continue;
            }
            Hit content = h + 1 < out.size() ? out.get(h + 1) : null;
            boolean close = content != null && content.trigger().noun() && content.start() - offer.end() <= 3;
            for (int k = offer.end(); close && k < content.start(); k++) close = !ix.isPunct(k);
            if (close && (content.trigger().type() == EventType.AID || content.trigger().type() == EventType.SUPPORT)) {
                out.remove(h--);
                continue;
            }
            if (close) out.remove(h + 1);
            out.set(h, new Hit(offer.start(), offer.end(), new Trigger(offer.trigger().type(), null, false, false, true, false)));
        }
        return out;
    }

    /**
     * "signed a border agreement", "struck a trade deal", "have inked a security pact": a verb of concluding
     * ({@code sign} in {@link EventPatterns}) whose object, a few words on in its clause, is an agreement noun
     * ({@code pact}) is AGREE (CAMEO 057, sign formal agreement), whatever the agreement is about: the verb hits its
     * words gave (a PETRARCH pattern coding "defence" as cooperation, a noun of the agreement's content) give way.
     * The same verb as the participle of an agreement noun right before it, its own or across a passive auxiliary,
     * with an agent after "by" ("an accord signed by X and Y", "the treaty was signed by X", "l'accord signé par X et
     * Y") is AGREE too, between its signatories ({@link Actors#coordinatedAgent}) (ev15cues).
     */
    List<Hit> signedPacts(List<Hit> hits, int a, int b, SpeechLexicon lex) {
        EventPatterns p = EventPatterns.of(lex.language());
        List<String> forms = ix.forms();
        List<Hit> out = new ArrayList<>(hits);
        for (int k = a; k < b; k++) {
            int end = p.endAt(EventPatterns.Role.SIGN, forms, k, b);
            if (end < 0 || quoted.get(k)) continue;
            if (signedByAgent(p, k, end, a, b, lex)) {
                final int from = k, to = end;
                if (out.stream().anyMatch(h -> h.start() < to && h.end() > from && h.trigger().type() == EventType.AGREE)) continue;
                out.removeIf(h -> h.start() < to && h.end() > from);
                int at = 0;
                while (at < out.size() && out.get(at).start() < k) at++;
                out.add(at, new Hit(k, end, new Trigger(EventType.AGREE, null, false, false, false, false)));
                continue;
            }
            int pact = -1;
            for (int j = end; j < b && j < end + 5 && pact < 0; j++) {
                if (ix.isPunct(j) || clauseStop(j)) break;
                if (p.startsAt(EventPatterns.Role.PACT, forms, j, b)) pact = j;
            }
            if (pact < 0) continue;
            final int from = k, to = pact + 1;
            boolean agreed = out.stream().anyMatch(h -> h.start() < to && h.end() > from && h.trigger().type() == EventType.AGREE && !h.trigger().noun());
            if (agreed) continue;
            out.removeIf(h -> h.start() < to && h.end() > from);
            int at = 0;
            while (at < out.size() && out.get(at).start() < k) at++;
            out.add(at, new Hit(k, end, new Trigger(EventType.AGREE, null, false, false, false, false)));
        }
        return out;
    }

    /**
     * Whether the verb of concluding over {@code [k, end)} is the participle of an agreement noun ending right before
     * it or before its passive auxiliaries ("the accord was signed", "l'accord a été signé"), with a coordinated agent
     * right after it: one party alone ("l'accord a été conclu par le Kenya") names no agreement between parties.
     */
    private boolean signedByAgent(EventPatterns p, int k, int end, int a, int b, SpeechLexicon lex) {
        if (end >= b || !ev(lex).frames().longestAt(ix.forms(), end, b).map(m -> m.value().frame() == Frame.BY).orElse(false)) return false;
        List<Frm> frames = new ArrayList<>();
        for (PhraseMatcher.Match<FrameWord> m : ev(lex).frames().findAll(ix.forms(), end, b)) frames.add(new Frm(m.start(), m.end(), m.value()));
        if (scan.actors.coordinatedAgent(new Hit(k, end, null), b, lex, frames).size() < 2) return false;
        int j = k - 1;
        while (j > a && (lex.is(ix.form(j), Kind.AUX) || ev(lex).frames().longestAt(ix.forms(), j, k).map(m -> m.value().frame() == Frame.PASSIVE).orElse(false))) j--;
        if (j < a) return false;
        for (int s = Math.max(a, j - 2); s <= j; s++) {
            int pact = p.endAt(EventPatterns.Role.PACT, ix.forms(), s, b);
            if (pact == j + 1) return true;
        }
        return false;
    }

    private static EventLexicon ev(SpeechLexicon lex) {
        return EventLexicon.of(lex.language()).orElseThrow();
    }

    /**
     * "allowed aid trucks into X", "is letting relief through to X": humanitarian access (mode {@code access}) is
     * granted toward the place it leads into, the first actor after a preposition of entry ({@code entry} in
     * {@link EventPatterns}) a few words on in the clause; null when none is named.
     */
    EntityRef accessInto(Hit hit, int b, SpeechLexicon lex, EntityRef actor1) {
        if (hit.trigger().type() != EventType.RETREAT || !"access".equals(hit.trigger().mode())) return null;
        EventPatterns p = EventPatterns.of(lex.language());
        for (int k = hit.end(); k < b && k < hit.end() + 6; k++) {
            if (ix.isPunct(k) || clauseStop(k) || lex.is(ix.form(k), Kind.THAT)) return null;
            if (!p.startsAt(EventPatterns.Role.ENTRY, ix.forms(), k, k + 1)) continue;
            int j = k + 1;
            // ("through to X": prepositions of entry may follow each other)
            while (j < b && (lex.isDeterminer(ix.form(j)) || p.startsAt(EventPatterns.Role.ENTRY, ix.forms(), j, j + 1))) j++;
            Mention m = j < b ? actorMention(j) : null;
            return m == null || quoted.get(j) || m.entityId().equals(actor1.entity()) ? null : refs.actor(m);
        }
        return null;
    }

    /**
     * "denied sending weapons to X", "has denied that it armed X": a denial whose object is an act (a gerund or a
     * that-clause) rejects a charge whose maker is not named there; the denied act's own object or recipient is
     * not the one rejected.
     */
    boolean deniedAct(Hit hit, int b, SpeechLexicon lex) {
        if (hit.trigger().type() != EventType.REJECT || hit.trigger().noun() || !hit.trigger().scope() || hit.end() >= b) return false;
        String next = ix.form(hit.end());
        return next.length() > 4 && endsWithListed(hit.end(), "gerund-endings.txt") || lex.is(next, Kind.THAT);
    }

    /**
     * "freed 30 prisoners under a deal brokered by X", "signed the accord drafted by X": the agent of a past participle
     * inside the verb's object phrase acts in that participle (a reduced passive); it is not the one the verb's act
     * is aimed at. True when {@code target} is such an agent. Only for acts that give, free or settle
     * ({@link #GIVING}): a reaction to a deed ("protested the tariffs imposed by X") is aimed at the deed's author.
     */
    boolean reducedPassiveAgent(Hit hit, int b, List<Frm> frames, EntityRef target, SpeechLexicon lex) {
        if (target == null || hit.trigger().noun() || !GIVING.contains(hit.trigger().type())) return false;
        for (Frm f : frames) {
            if (f.word().frame() != Frame.BY || f.start() <= hit.end() + 1 || f.start() >= b) continue;
            if (!endsWithListed(f.start() - 1, "past-participle-endings.txt")) continue;
            boolean clause = true;
            for (int k = hit.end(); k < f.start(); k++) clause &= !ix.isPunct(k) && !clauseStop(k);
            if (!clause) continue;
            int j = f.end();
            while (j < b && lex.isDeterminer(ix.form(j))) j++;
            Mention m = j < b ? actorMention(j) : null;
            if (m != null && seats.resolve(refs.actor(m)).entity().equals(target.entity())) return true;
        }
        return false;
    }

    /**
     * "added 12 Cuban firms to a trade blacklist", "has put two banks on its sanctions list": a verb of adding
     * ({@code add} in {@link EventPatterns}) whose clause goes on, after "to" or "on" ({@code onto}) and at most two modifiers, to a
     * list of sanctioned parties ({@code listing}) is a sanction (CAMEO 163, PLOVER SANCTION) by its subject; the
     * hits of its words (the noun "sanctions") give way.
     */
    List<Hit> listings(List<Hit> hits, int a, int b, SpeechLexicon lex) {
        EventPatterns p = EventPatterns.of(lex.language());
        List<String> forms = ix.forms();
        List<Hit> out = new ArrayList<>(hits);
        for (int k = a; k < b; k++) {
            int end = p.endAt(EventPatterns.Role.ADD, forms, k, b);
            if (end < 0 || quoted.get(k)) continue;
            int list = -1;
            for (int j = end; j < b && j < end + 8 && list < 0; j++) {
                if (ix.isPunct(j) || clauseStop(j) || lex.is(forms.get(j), Kind.THAT)) break;
                if (!p.startsAt(EventPatterns.Role.ONTO, forms, j, j + 1)) continue;
                int m = j + 1;
                while (m < b && lex.isDeterminer(forms.get(m))) m++;
                for (int x = m; x < b && x <= m + 2 && list < 0; x++) {
                    int e = p.endAt(EventPatterns.Role.LISTING, forms, x, b);
                    if (e > 0) list = e;
                }
            }
            if (list < 0) continue;
            final int from = k, to = list;
            out.removeIf(h -> h.start() < to && h.end() > from);
            int at = 0;
            while (at < out.size() && out.get(at).start() < k) at++;
            out.add(at, new Hit(k, end, new Trigger(EventType.SANCTION, null, false, false, false, false)));
        }
        return out;
    }

    /**
     * "banned imports of Chilean copper", "froze the assets of Peruvian banks", "added 12 Cuban firms to": an
     * economic or diplomatic measure is aimed at the state qualifying its object (CAMEO 16: the sanctioned party),
     * a state adjective in the object phrase or the state named after its "of" (a person or organisation the adjective
     * qualifies, "Russian banker Ivan Petrov", is the one named); null when the phrase names none. The
     * phrase ends at a preposition of what follows the object ({@code measured} in {@link EventPatterns}: "to",
     * "on", "over"); a language listing none has no such search.
     */
    EntityRef sanctionedQualifier(Hit hit, int b, SpeechLexicon lex, EntityRef actor1) {
        if (hit.trigger().type() != EventType.SANCTION || hit.trigger().noun()) return null;
        EventPatterns p = EventPatterns.of(lex.language());
        if (!p.has(EventPatterns.Role.MEASURED)) return null;
        List<String> forms = ix.forms();
        for (int k = hit.end(); k < b && k < hit.end() + 6; k++) {
            String f = forms.get(k);
            if (ix.isPunct(k) || clauseStop(k) || lex.is(f, Kind.THAT) || p.startsAt(EventPatterns.Role.MEASURED, forms, k, k + 1)) return null;
            Mention m = actorMention(k);
            boolean ofState = m != null && k > hit.end() && listed(k - 1, "genitive-prepositions.txt");
            if (scan.groups.isStateAdjective(k) || ofState) {
                // "sanctioned Russian banker Ivan Petrov", "blacklisted the Afghan Taliban": a person or organisation
                // the adjective qualifies is the one named, as for any qualified organisation
                int after = ix.firstTokenAtOrAfter(ix.mention(k).end());
                for (int j = after; j < b && j < after + 3; j++) {
                    if (ix.isPunct(j) || p.startsAt(EventPatterns.Role.MEASURED, forms, j, j + 1)) break;
                    Mention named = actorMention(j);
                    if (named != null && (ix.type(named) == EntityType.PER || ix.type(named) == EntityType.ORG
                            && !org.vigie.nlp.entities.GroupActors.isGroup(named.entityId()))) return refs.actor(named);
                }
                EntityRef r = refs.actor(ix.mention(k));
                return r == null || r.entity().equals(actor1.entity()) ? null : r;
            }
            // ("of Chilean copper": a demonym before goods is no mention of its own)
            EntityRef demonym = m == null ? scan.groups.unmarkedDemonym(k, lex) : null;
            if (demonym != null) return demonym.entity().equals(actor1.entity()) ? null : demonym;
        }
        return null;
    }

    /**
     * "urged calm during a visit to X", "demanded a truce on a trip to X": the place after a visit noun is the one
     * visited, where the other acts of the sentence happen, not their addressee. True when {@code target} is the
     * actor named right after such a noun's preposition of entry ({@code entry}) and the hit is another act.
     */
    boolean visitedPlace(Hit hit, List<Hit> hits, int b, SpeechLexicon lex, EntityRef target) {
        if (target == null || VISIT.equals(hit.trigger().mode())) return false;
        for (Hit v : hits) {
            if (v == hit || !v.trigger().noun() || !VISIT.equals(v.trigger().mode())) continue;
            EntityRef place = placeVisited(v, b, lex);
            if (place != null && place.entity().equals(target.entity())) return true;
        }
        return false;
    }

    /**
     * "a visit to X", "a visit by the Chilean president to X": the actor after the preposition of entry
     * ({@code entry}) that follows a visit noun, past its own agent ("by ..."), within a few words and no
     * punctuation; null when none is named.
     */
    EntityRef placeVisited(Hit visit, int b, SpeechLexicon lex) {
        EventPatterns p = EventPatterns.of(lex.language());
        if (!p.has(EventPatterns.Role.ENTRY)) return null;
        for (int k = visit.end(); k < b && k < visit.end() + 8; k++) {
            if (ix.isPunct(k) || clauseStop(k) || lex.is(ix.form(k), Kind.THAT)) return null;
            if (!p.startsAt(EventPatterns.Role.ENTRY, ix.forms(), k, k + 1)) continue;
            int j = k + 1;
            while (j < b && lex.isDeterminer(ix.form(j))) j++;
            Mention m = j < b ? actorMention(j) : null;
            return m == null || quoted.get(j) ? null : refs.actor(m);
        }
        return null;
    }

    /**
     * "approved Ghana's bid to join", "endorsed Chile's application for membership": a verb of approval
     * ({@code approve} in {@link EventPatterns}) whose object, a few words on in its clause, is a bid or request
     * ({@code bid}) endorses the one who made it (the PETRARCH verb dictionary codes APPROVE * REQUEST 051, PLOVER
     * SUPPORT); the request named there is not reported again, nor are the words' own hits.
     */
    List<Hit> endorsedBids(List<Hit> hits, int a, int b, SpeechLexicon lex) {
        EventPatterns p = EventPatterns.of(lex.language());
        List<String> forms = ix.forms();
        List<Hit> out = new ArrayList<>(hits);
        for (int k = a; k < b; k++) {
            int end = p.endAt(EventPatterns.Role.APPROVE, forms, k, b);
            if (end < 0 || quoted.get(k)) continue;
            int bid = -1;
            for (int j = end; j < b && j < end + 5 && bid < 0; j++) {
                if (clauseStop(j) || forms.get(j).equals(",") || lex.is(forms.get(j), Kind.THAT)) break;
                int e = p.endAt(EventPatterns.Role.BID, forms, j, b);
                if (e > 0) bid = e;
            }
            if (bid < 0) continue;
            final int from = k, to = bid;
            out.removeIf(h -> h.start() < to && h.end() > from);
            int at = 0;
            while (at < out.size() && out.get(at).start() < k) at++;
            out.add(at, new Hit(k, end, new Trigger(EventType.SUPPORT, null, false, false, true, false)));
        }
        return out;
    }

    /**
     * "met Afghan Taliban officials", "hosted Colombian FARC negotiators": a state adjective right before a named
     * organisation only qualifies it; the organisation is the party. The organisation for such a {@code target}
     * found in {@code [from, b)}, else the target.
     */
    EntityRef qualifiedOrganisation(EntityRef target, int from, int b) {
        if (target == null) return null;
        for (int k = Math.max(0, from); k < b; k++) {
            Mention m = ix.mention(k);
            // ("Afghan" is shorter than its state's name: any surface other than the name is the adjective)
            boolean adjective = m != null && ix.type(m) == EntityType.GPE && ix.entityOf(m) != null
                    && !ix.surface(k).equalsIgnoreCase(ix.entityOf(m).name());
            if (!adjective) continue;
            EntityRef state = refs.actor(m);
            if (state == null || !state.entity().equals(target.entity())) continue;
            int n = ix.firstTokenAtOrAfter(m.end());
            Mention o = n < b ? ix.mention(n) : null;
            // (a group noun the entities layer qualified, "Chilean farmers", stands for the state: no organisation)
            boolean named = o != null && o != m && ix.type(o) == EntityType.ORG && !org.vigie.nlp.entities.GroupActors.isGroup(o.entityId());
            if (named && !quoted.get(n)) return refs.actor(o);
            return target;
        }
        return target;
    }

    /**
     * "met X, who urged restraint", "spoke with Y, who promised more arms": a verb right after a relative pronoun
     * that follows a comma is the act of the actor named right before the comma, not of the main clause's subject.
     * Null when no actor ends there.
     */
    EntityRef relativeAntecedent(int verbStart, int a, SpeechLexicon lex) {
        int rel = verbStart - 1;
        if (rel - 2 < a || !lex.is(ix.form(rel), Kind.REL) || !ix.form(rel - 1).equals(",")) return null;
        Mention m = actorMention(rel - 2);
        return m == null || ix.firstTokenAtOrAfter(m.end()) != rel - 1 ? null : refs.actor(m);
    }

    /** Acts of giving or promising that a relative clause about a meeting's partner aims at the other party. */
    private static final Set<EventType> PROMISED = EnumSet.of(EventType.AID, EventType.AGREE, EventType.COOPERATE);

    /**
     * "spoke with X, who promised more arms", "met Y, who pledged new aid": an act of giving or promising in a
     * relative clause about the partner of a meeting (the actor named right before ", who") is aimed at the other
     * party of that meeting, the subject of the meeting verb; null for other acts or constructions. (A reaction in
     * the relative, "who condemned the attack", is aimed at what it reacts to, not at the one met.)
     */
    EntityRef meetingPartnerOfRelative(Hit hit, int a, SpeechLexicon lex, EventLexicon ev, List<Frm> frames, List<Hit> hits,
                                       EntityRef actor1) {
        if (actor1 == null || !PROMISED.contains(hit.trigger().type())) return null;
        int rel = -1;
        for (int k = hit.start() - 1; k > a + 1 && k >= hit.start() - 4; k--) {
            if (lex.is(ix.form(k), Kind.REL) && ix.form(k - 1).equals(",")) {
                rel = k;
                break;
            }
            if (ix.isPunct(k)) return null;
        }
        if (rel < 0) return null;
        Mention partner = actorMention(rel - 2);
        if (partner == null || ix.firstTokenAtOrAfter(partner.end()) != rel - 1) return null;
        if (!seats.resolve(refs.actor(partner)).entity().equals(seats.resolve(actor1).entity())) return null;
        Hit meeting = null;
        for (Hit h : hits) {
            if (h.trigger().type() == EventType.CONSULT && !h.trigger().noun() && h.end() <= ix.firstTokenAtOrAfter(partner.start())) meeting = h;
        }
        if (meeting == null) return null;
        int verb = scan.clauses.verbStart(meeting, a, lex, ev, frames);
        Referent subject = scan.actors.subjectOf(verb, a);
        EntityRef other = subject == null ? null : scan.actors.reportedSubject(subject, verb, a, lex);
        // ("Chile's minister met X, who ...": a subject phrase naming no actor stands for the state qualifying it)
        if (other == null) other = scan.actors.qualifierBefore(scan.clauses.clauseStart(verb, a, lex), verb, partner);
        // (the two parties of a meeting are distinct by construction: the side a text ties a person to may be the
        // partner's, as in "Peru's president met Chancellor X")
        return other == null || seats.resolve(other).entity().equals(seats.resolve(actor1).entity()) ? null : other;
    }

    /**
     * "X and Y exchanged prisoners": an exchange (trigger mode {@code exchange}) is the same act by each party toward
     * the other (the PETRARCH verb dictionary codes EXCHANGE PRISONERS 0841:0841, a release both ways): every ordered
     * pair of the coordinated parties, or the actor and its partner both ways when the partner is named ("exchanged
     * prisoners with Y"). Nothing for other acts or when there is no second party.
     */
    List<Event> exchanges(Event e, List<Mention> parties) {
        if (!EXCHANGE.equals(e.mode())) return List.of();
        List<EntityRef> sides = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Mention m : parties) {
            EntityRef r = seats.resolve(refs.actor(m));
            if (r != null && seen.add(r.entity())) sides.add(r);
        }
        if (e.actor2() != null && seen.isEmpty()) {
            sides.add(e.actor1());
            sides.add(e.actor2());
        }
        List<Event> out = new ArrayList<>();
        if (sides.size() < 2 || !sides.stream().anyMatch(r -> r.entity().equals(e.actor1().entity()))) return out;
        for (EntityRef x : sides) {
            for (EntityRef y : sides) {
                if (x == y) continue;
                out.add(new Event(e.type(), e.mode(), x, y, e.location(), e.date(), e.negated(), e.evidence()));
            }
        }
        return out;
    }

    /**
     * "pledged to contribute 5 million dollars to X", "donated 300 troops": a verb of giving ({@code give} in
     * {@link EventPatterns}) whose own object, after numbers and counting words only, is money (a currency of
     * {@code units.tsv}), troops or arms is aid (CAMEO 07: economic, military or peacekeeping aid); with any other
     * object ("contributed to the crisis") it is no event.
     */
    Hit contribution(EventPatterns p, int k, int end, int b, SpeechLexicon lex) {
        List<String> forms = ix.forms();
        Set<String> money = tableWords(lex.language(), "units.tsv", "kind", "currency", "form");
        boolean counted = false;
        for (int j = end; j < b && j < end + 8; j++) {
            String f = forms.get(j);
            boolean given = money.contains(f) || p.startsAt(EventPatterns.Role.TROOPS, forms, j, b) || p.startsAt(EventPatterns.Role.ARMS, forms, j, b);
            if (given && counted) return new Hit(k, end, new Trigger(EventType.AID, null, false, false, false, false));
            boolean count = p.countAt(forms, j) || money.contains(f);
            if (!count) return null;
            counted = true;
        }
        return null;
    }

    /** An exchange found with its other side replaces the same party's exchange found with none. */
    void withoutOneSidedExchanges(Collection<Event> events) {
        Set<String> paired = new HashSet<>();
        for (Event e : events) if (EXCHANGE.equals(e.mode()) && e.actor2() != null) paired.add(e.actor1().entity());
        events.removeIf(e -> EXCHANGE.equals(e.mode()) && e.actor2() == null && paired.contains(e.actor1().entity()));
    }

    private static final Set<EventType> GIVING = EnumSet.of(EventType.RETREAT, EventType.AGREE, EventType.AID,
            EventType.COOPERATE, EventType.CONSULT, EventType.SUPPORT);

    private static final String EXCHANGE = "exchange";

    private static final String VISIT = "visit";

    private static final String OFFER = "offer";

    private static final String RESTRICTION = "restriction";
}

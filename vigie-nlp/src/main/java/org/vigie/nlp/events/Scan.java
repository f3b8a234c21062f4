package org.vigie.nlp.events;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.*;
import org.vigie.nlp.events.EventLexicon.FrameWord;
import org.vigie.nlp.events.EventLexicon.Trigger;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.nlp.quotes.OrganisationDescriptions;
import org.vigie.nlp.quotes.Referents;
import org.vigie.nlp.quotes.SpeechLexicon;
import org.vigie.nlp.quotes.SpeechLexicon.Kind;
import org.vigie.nlp.quotes.TextIndex;

import java.util.*;

/**
 * The state every part of an {@link EventFinder} reads on one document (token index, per-sentence speech lexicons,
 * quoted tokens, referents, times, body paragraphs, seats), and the parts themselves, which call each other through
 * it. Built once per document; the parts hold no state of their own.
 */
final class Scan {
    record Hit(int start, int end, Trigger trigger) {
    }

    record Frm(int start, int end, FrameWord word) {
    }

    final Document doc;
    final TextIndex ix;
    final SpeechLexicon[] speech;
    final BitSet quoted = new BitSet();
    /** Names in a clause of experience after an event noun ({@link ExperienceClauses}): no actors. */
    final BitSet experiencers = new BitSet();
    final Referents refs;
    final List<TimeExpression> times;
    final List<Span> paragraphs;
    final Seats seats;

    final Clauses clauses;
    final Actors actors;
    final ActorGroups groups;
    final ForceRules force;
    final ForceActors forceActors;
    final ForceTargets forceTargets;
    final VerbalConflictRules verbal;
    final DemandRules demands;
    final CooperationRules cooperation;
    final HitFilters filters;
    final SeaLaunches launches;
    final Suspensions suspensions;
    final Vetoes vetoes;
    final EnvoyRecalls recalls;
    final Statements statements;
    final Mobilizations mobilizations;
    final ExperienceClauses experience;
    final Reprisals reprisals;

    Scan(Document doc, List<SpeechLexicon> all) {
        this.doc = doc;
        this.ix = TextIndex.of(OrganisationDescriptions.withDescriptions(doc));
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
        this.clauses = new Clauses(this);
        this.actors = new Actors(this);
        this.groups = new ActorGroups(this);
        this.force = new ForceRules(this);
        this.forceActors = new ForceActors(this);
        this.forceTargets = new ForceTargets(this);
        this.verbal = new VerbalConflictRules(this);
        this.demands = new DemandRules(this);
        this.cooperation = new CooperationRules(this);
        this.filters = new HitFilters(this);
        this.launches = new SeaLaunches(this);
        this.suspensions = new Suspensions(this);
        this.vetoes = new Vetoes(this);
        this.recalls = new EnvoyRecalls(this);
        this.statements = new Statements(this);
        this.mobilizations = new Mobilizations(this);
        this.experience = new ExperienceClauses(this);
        this.reprisals = new Reprisals(this);
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
}

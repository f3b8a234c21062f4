package org.vigie.nlp.events;

import org.vigie.core.Annotator;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityRef;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Event;
import org.vigie.nlp.entities.GroupActors;
import org.vigie.nlp.kb.KbEntry;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.nlp.quotes.SpeechLexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Events in the 16 PLOVER types from French and English sentences (and any language given an
 * {@code event-cues.tsv}): a trigger word or phrase gives the type and mode; actors are entity mentions in subject
 * and object position (a passive's agent becomes the first actor, "entre X et Y" gives both), resolved through
 * roles, institutions and pronouns like quote speakers; the location is a place named after a locative preposition,
 * the date the value of a time expression of the sentence; a negation before the trigger marks it negated.
 * A trigger governed by a denial, demand, threat or intent ("X a démenti préparer une invasion") is not an event of
 * its own: the denial is. Triggers inside direct quotes are speech, not reported actions, and are skipped.
 * <p>
 * A city in an actor slot stands for its state ({@link Seats}: the knowledge base's country, a dateline "KORVAN,
 * Valdoria (AP)", or the state whose people the text places there, "À Korvan, le ministre valdorien"); a city tied
 * to no state is never a target, only the location. A group noun ({@code actor-nouns.txt}: "the troops of X",
 * "X's rebels") stands for the state or organisation qualifying it; a group entity of the entities annotator
 * ({@link org.vigie.nlp.entities.GroupActors}: "Syrian rebels", "insurgents", "les manifestants") is an actor like any
 * entity, as the subject right before its verb, a passive's agent or an object. A coordinated subject ("The US,
 * Russia, and Switzerland met", "la France et l'Allemagne ont accusé l'Iran") gives one meeting, agreement or
 * cooperation per pair of parties, and for other acts with a named target one event per party. A noun trigger heading
 * the subject of a passive ("evidence against X was presented by Y") is the agent's act. A stated intention ({@code @intent}: "wants to attack", "pledged to supply")
 * is coded as PLOVER codes intents: THREATEN for force, pressure or troops, AGREE for cooperation, aid, talks or
 * release.
 * <p>
 * In a story between two states ({@link Seats}: the two states named most, others far behind), a capital the text
 * ties to neither stands for the other side once one capital is placed, and a town struck, threatened or addressed
 * by one side belongs to the other. A direct quote negating force ("« elles ne menacent personne »") is a REJECT by
 * its speaker. A later event of the same type between the same actors on no other date repeats an earlier one and
 * is dropped: one event per reported action.
 * <p>
 * An actor the rules infer without the entities layer having produced it (a capital's state the text never names, a
 * demonym the entities layer left unmarked, a group of people such as a state's residents) is listed in
 * {@link LayerKind#EVENT_ACTORS}, written with the record's entities, so that every reference points into them.
 */
public final class EventAnnotator implements Annotator {
    private final List<SpeechLexicon> speech = SpeechLexicon.all();

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<LayerKind<?>> requires() {
        return Set.of(LayerKind.SENTENCES, LayerKind.TOKENS, LayerKind.MENTIONS, LayerKind.ENTITIES, LayerKind.TIMES);
    }

    @Override
    public Set<LayerKind<?>> produces() {
        return Set.of(LayerKind.EVENTS, LayerKind.EVENT_ACTORS);
    }

    @Override
    public Layers annotate(Document doc) {
        List<Event> events = new EventFinder(doc, speech).run();
        return Layers.builder().put(LayerKind.EVENTS, events).put(LayerKind.EVENT_ACTORS, inferredActors(events, doc)).build();
    }

    /** The entities the events refer to that the document's entities layer does not hold, in order of first use. */
    static List<Entity> inferredActors(List<Event> events, Document doc) {
        Set<String> known = new HashSet<>();
        for (Entity e : doc.layerOrEmpty(LayerKind.ENTITIES)) known.add(e.id());
        Map<String, Entity> out = new LinkedHashMap<>();
        for (Event e : events) {
            for (EntityRef r : new EntityRef[]{e.actor1(), e.actor2(), e.location()}) {
                if (r == null || known.contains(r.entity()) || out.containsKey(r.entity())) continue;
                out.put(r.entity(), new Entity(r.entity(), r.name(), typeOf(r), List.of()));
            }
        }
        return new ArrayList<>(out.values());
    }

    /** A group of people is an organisation-like actor (as the entities layer types groups); others as the knowledge base has them. */
    private static EntityType typeOf(EntityRef r) {
        if (GroupActors.isGroup(r.entity())) return EntityType.ORG;
        return KnowledgeBase.get().entry(r.entity()).map(KbEntry::type).orElse(EntityType.GPE);
    }
}

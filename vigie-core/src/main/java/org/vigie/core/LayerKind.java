package org.vigie.core;

import org.vigie.core.model.*;

import java.util.List;
import java.util.Objects;

/**
 * The closed catalogue of layers a {@link Document} can hold. Each layer is an immutable list of one
 * record type; document-level facts (title, language...) are layers of at most one element.
 *
 * @param <T> the record type of the layer's elements
 */
public final class LayerKind<T> {
    /** The text with damaged characters repaired in place (see {@link Reading}); at most one element. */
    public static final LayerKind<Reading> READING = new LayerKind<>("reading", Reading.class, "reading");
    public static final LayerKind<Block> BLOCKS = new LayerKind<>("blocks", Block.class, "blocks");
    public static final LayerKind<LanguageSpan> LANGUAGES = new LayerKind<>("languages", LanguageSpan.class, "language");
    public static final LayerKind<DocumentLanguage> LANGUAGE = new LayerKind<>("language", DocumentLanguage.class, "language");
    public static final LayerKind<Title> TITLE = new LayerKind<>("title", Title.class, "title");
    public static final LayerKind<Published> PUBLISHED = new LayerKind<>("published", Published.class, "published");
    public static final LayerKind<StorySegment> STORIES = new LayerKind<>("stories", StorySegment.class, "blocks");
    public static final LayerKind<Sentence> SENTENCES = new LayerKind<>("sentences", Sentence.class, "segment");
    public static final LayerKind<Token> TOKENS = new LayerKind<>("tokens", Token.class, "segment");
    public static final LayerKind<Mention> MENTIONS = new LayerKind<>("mentions", Mention.class, "entities");
    public static final LayerKind<Entity> ENTITIES = new LayerKind<>("entities", Entity.class, "entities");
    public static final LayerKind<SourceCredit> SOURCES = new LayerKind<>("sources", SourceCredit.class, "sources");
    public static final LayerKind<Artefact> ARTEFACTS = new LayerKind<>("artefacts", Artefact.class, "artefacts");
    public static final LayerKind<Quote> QUOTES = new LayerKind<>("quotes", Quote.class, "quotes");
    public static final LayerKind<Quantity> QUANTITIES = new LayerKind<>("quantities", Quantity.class, "quantities");
    public static final LayerKind<TimeExpression> TIMES = new LayerKind<>("times", TimeExpression.class, "times");
    public static final LayerKind<Event> EVENTS = new LayerKind<>("events", Event.class, "events");
    /**
     * Entities an event refers to that the entities layer did not produce (a state inferred from a capital or an
     * unmarked demonym, a group of people the rules name): written with the entities, so that every reference of the
     * record points into them.
     */
    public static final LayerKind<Entity> EVENT_ACTORS = new LayerKind<>("event-actors", Entity.class, "events");
    public static final LayerKind<StoryAssignment> STORY = new LayerKind<>("story", StoryAssignment.class, "story");
    public static final LayerKind<Diagnostic> DIAGNOSTICS = new LayerKind<>("diagnostics", Diagnostic.class, "pipeline");

    public static final List<LayerKind<?>> ALL = List.of(READING, BLOCKS, LANGUAGES, LANGUAGE, TITLE, PUBLISHED, STORIES,
            SENTENCES, TOKENS, MENTIONS, ENTITIES, SOURCES, ARTEFACTS, QUOTES, QUANTITIES, TIMES, EVENTS, EVENT_ACTORS,
            STORY, DIAGNOSTICS);

    private final String name;
    private final Class<T> type;
    private final String usualProducer;

    private LayerKind(String name, Class<T> type, String usualProducer) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.usualProducer = usualProducer;
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    /** The annotator that normally produces this layer, named in error messages. */
    public String usualProducer() {
        return usualProducer;
    }

    public static LayerKind<?> byName(String name) {
        for (LayerKind<?> k : ALL) {
            if (k.name.equals(name)) return k;
        }
        throw new IllegalArgumentException("no layer named '" + name + "'");
    }

    @Override
    public String toString() {
        return name;
    }
}

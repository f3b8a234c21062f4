package org.vigie.core;

import org.vigie.core.model.*;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.*;

/**
 * An input document: its id (SHA-256 of the input bytes), where it came from, its text and the
 * stand-off layers annotators added. Immutable: {@link #with(Layers)} returns a new document that
 * shares the text and the existing layers. The typed accessors below are the table of contents.
 */
public final class Document {
    private final String id;
    private final Input input;
    private final String text;
    private final Metadata metadata;
    private final Map<LayerKind<?>, List<?>> layers;

    private Document(String id, Input input, String text, Metadata metadata, Map<LayerKind<?>, List<?>> layers) {
        this.id = Objects.requireNonNull(id, "id");
        this.input = Objects.requireNonNull(input, "input");
        this.text = Objects.requireNonNull(text, "text");
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.layers = layers;
    }

    public static Document of(String id, Input input, String text, Metadata metadata) {
        return new Document(id, input, text, metadata, Map.of());
    }

    /** A document made from a string, for tests and pasted text: the id hashes the UTF-8 bytes. */
    public static Document ofText(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return of(sha256(bytes), Input.ofPath(null, "text/plain", bytes.length), text, Metadata.EMPTY);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }

    public String id() { return id; }
    public Input input() { return input; }
    public String text() { return text; }
    public Metadata metadata() { return metadata; }

    public String text(Span span) {
        return text.substring(span.start(), span.end());
    }

    /** The text as the annotators read it: the {@link LayerKind#READING} layer's when there is one, else the text. */
    public String reading() {
        return single(LayerKind.READING).map(Reading::text).orElse(text);
    }

    /**
     * This document with its reading as its text, the same layers and offsets: what an annotator that reads words
     * is given. Itself when there is no reading.
     */
    public Document asRead() {
        String r = reading();
        return r == text ? this : new Document(id, input, r, metadata, layers);
    }

    public Document withMetadata(Metadata newMetadata) {
        return new Document(id, input, text, newMetadata, layers);
    }

    /** A new document with these layers added; a layer that is already present cannot be written again. */
    public Document with(Layers added) {
        Map<LayerKind<?>, List<?>> merged = new LinkedHashMap<>(layers);
        for (Map.Entry<LayerKind<?>, List<?>> e : added.asMap().entrySet()) {
            if (merged.containsKey(e.getKey())) {
                throw new IllegalStateException("layer " + e.getKey() + " is already present; a layer is written once");
            }
            merged.put(e.getKey(), e.getValue());
        }
        for (Object r : added.asMap().getOrDefault(LayerKind.READING, List.of())) {
            if (((Reading) r).text().length() != text.length()) {
                throw new IllegalStateException("a reading must keep the text's offsets: " + ((Reading) r).text().length()
                        + " chars for a text of " + text.length());
            }
        }
        return new Document(id, input, text, metadata, Collections.unmodifiableMap(merged));
    }

    /** A new document without the given layers, used to re-run part of a pipeline (e.g. story assignment). */
    public Document without(LayerKind<?>... kinds) {
        Map<LayerKind<?>, List<?>> kept = new LinkedHashMap<>(layers);
        for (LayerKind<?> k : kinds) kept.remove(k);
        return new Document(id, input, text, metadata, Collections.unmodifiableMap(kept));
    }

    public boolean has(LayerKind<?> kind) {
        return layers.containsKey(kind);
    }

    public Set<LayerKind<?>> kinds() {
        return Collections.unmodifiableSet(layers.keySet());
    }

    /** The layer's elements; throws, naming the annotator that produces it, if the layer was not produced. */
    @SuppressWarnings("unchecked")
    public <T> List<T> layer(LayerKind<T> kind) {
        List<?> l = layers.get(kind);
        if (l == null) {
            throw new IllegalStateException("layer '" + kind + "' was not produced: add the '" + kind.usualProducer()
                    + "' annotator before the one that reads it");
        }
        return (List<T>) l;
    }

    /** The layer's elements, or an empty list if it was not produced. */
    @SuppressWarnings("unchecked")
    public <T> List<T> layerOrEmpty(LayerKind<T> kind) {
        List<?> l = layers.get(kind);
        return l == null ? List.of() : (List<T>) l;
    }

    private <T> Optional<T> single(LayerKind<T> kind) {
        List<T> l = layerOrEmpty(kind);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    public List<Block> blocks() { return layer(LayerKind.BLOCKS); }
    public List<LanguageSpan> languages() { return layer(LayerKind.LANGUAGES); }
    public Optional<String> language() { return single(LayerKind.LANGUAGE).map(DocumentLanguage::code); }
    public Optional<Title> title() { return single(LayerKind.TITLE); }
    public Optional<Published> published() { return single(LayerKind.PUBLISHED); }
    public List<StorySegment> stories() { return layer(LayerKind.STORIES); }
    public List<Sentence> sentences() { return layer(LayerKind.SENTENCES); }
    public List<Token> tokens() { return layer(LayerKind.TOKENS); }
    public List<Mention> mentions() { return layer(LayerKind.MENTIONS); }
    public List<Entity> entities() { return layer(LayerKind.ENTITIES); }
    public List<SourceCredit> sources() { return layer(LayerKind.SOURCES); }
    public List<Artefact> artefacts() { return layer(LayerKind.ARTEFACTS); }
    public List<Quote> quotes() { return layer(LayerKind.QUOTES); }
    public List<Quantity> quantities() { return layer(LayerKind.QUANTITIES); }
    public List<TimeExpression> times() { return layer(LayerKind.TIMES); }
    public List<Event> events() { return layer(LayerKind.EVENTS); }
    public Optional<String> story() { return single(LayerKind.STORY).map(StoryAssignment::storyId); }
    public List<Diagnostic> diagnostics() { return layerOrEmpty(LayerKind.DIAGNOSTICS); }

    /** The language of the block or language span covering this offset, else the document language. */
    public Optional<String> languageAt(int offset) {
        for (LanguageSpan l : layerOrEmpty(LayerKind.LANGUAGES)) {
            if (l.span().contains(offset)) return Optional.of(l.language());
        }
        return language();
    }

    @Override
    public String toString() {
        return "Document[" + id.substring(0, Math.min(12, id.length())) + ", " + text.length() + " chars, layers=" + layers.keySet() + "]";
    }
}

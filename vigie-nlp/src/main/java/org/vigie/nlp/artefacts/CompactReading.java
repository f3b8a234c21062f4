package org.vigie.nlp.artefacts;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A document's reading without the fillers of its repairs ("fé·vrier" -> "février"), with the layers an annotator
 * reads carried over to the shorter offsets and its findings carried back. For annotators that match regular
 * expressions over the text (dates), which a filler inside a word would break; token-based annotators read the
 * fillers as part of their word and need no such view.
 */
public final class CompactReading {
    private final Document original;
    private final String text;
    /** For each offset of the compact text (and its end), the offset of the same character in the original. */
    private final int[] toOriginal;
    /** For each offset of the original (and its end), the number of non-filler characters before it. */
    private final int[] toCompact;

    private CompactReading(Document original, String reading) {
        this.original = original;
        StringBuilder sb = new StringBuilder(reading.length());
        toOriginal = new int[reading.length() + 1];
        toCompact = new int[reading.length() + 1];
        for (int i = 0; i < reading.length(); i++) {
            toCompact[i] = sb.length();
            if (reading.charAt(i) == Reading.FILLER) continue;
            toOriginal[sb.length()] = i;
            sb.append(reading.charAt(i));
        }
        toCompact[reading.length()] = sb.length();
        toOriginal[sb.length()] = reading.length();
        this.text = sb.toString();
    }

    /** The compact view of a document as an annotator reads it, or empty when its reading has no filler. */
    public static Optional<CompactReading> of(Document doc) {
        String reading = doc.text();
        return reading.indexOf(Reading.FILLER) < 0 ? Optional.empty() : Optional.of(new CompactReading(doc, reading));
    }

    /** The document on the compact text, with its blocks, languages, sentences, tokens and publication date. */
    public Document document() {
        Document d = Document.of(original.id(), original.input(), text, original.metadata());
        Layers.Builder b = Layers.builder();
        if (original.has(LayerKind.BLOCKS)) {
            b.put(LayerKind.BLOCKS, original.blocks().stream().map(x -> new Block(compact(x.span()), x.role(), x.kind())).toList());
        }
        if (original.has(LayerKind.LANGUAGES)) {
            b.put(LayerKind.LANGUAGES, original.languages().stream()
                    .map(x -> new LanguageSpan(compact(x.span()), x.language(), x.confidence())).toList());
        }
        if (original.has(LayerKind.LANGUAGE)) b.put(LayerKind.LANGUAGE, original.layer(LayerKind.LANGUAGE));
        if (original.has(LayerKind.SENTENCES)) {
            b.put(LayerKind.SENTENCES, original.sentences().stream().map(x -> new Sentence(compact(x.span()))).toList());
        }
        if (original.has(LayerKind.TOKENS)) {
            List<Token> tokens = new ArrayList<>();
            for (Token t : original.tokens()) {
                Span s = compact(t.span());
                // a token of fillers only pads a repaired sign: nothing is left of it
                if (!s.isEmpty()) tokens.add(new Token(s, t.kind()));
            }
            b.put(LayerKind.TOKENS, tokens);
        }
        if (original.has(LayerKind.PUBLISHED)) {
            b.put(LayerKind.PUBLISHED, original.layer(LayerKind.PUBLISHED).stream()
                    .map(p -> new Published(p.value(), p.evidence() == null ? null : compact(p.evidence()), p.method())).toList());
        }
        return d.with(b.build());
    }

    /** A span of the original on the compact text. */
    public Span compact(Span s) {
        return new Span(toCompact[s.start()], toCompact[s.end()]);
    }

    /** A span of the compact text on the original: from its first character to its last, fillers inside included. */
    public Span original(Span s) {
        if (s.isEmpty()) return new Span(toOriginal[s.start()], toOriginal[s.start()]);
        return new Span(toOriginal[s.start()], toOriginal[s.end() - 1] + 1);
    }
}

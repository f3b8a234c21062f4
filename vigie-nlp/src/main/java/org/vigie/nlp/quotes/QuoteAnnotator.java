package org.vigie.nlp.quotes;

import org.vigie.core.Annotator;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.Quote;

import java.util.List;
import java.util.Set;

/**
 * Direct quotes (text between quotation marks, across sentences and paragraphs) and reported speech ("X a déclaré
 * que ...", "selon X, ...", "X said ...", "..., according to X"), each with its speaker resolved to an entity (a name,
 * a role phrase or a pronoun), its cue and its language. Speech verbs, pronouns and roles come from each language's
 * {@code speech-cues.tsv}, {@code pronouns.tsv}, {@code speaker-roles.tsv} and {@code gender-cues.tsv}.
 *
 * <p>Short quoted terms of one to three words («&nbsp;provocations&nbsp;») are kept only when a speech cue attributes
 * them; without one they are scare quotes or titles, not speech, and are skipped.
 */
public final class QuoteAnnotator implements Annotator {
    private final QuoteMarks marks = new QuoteMarks();
    private final List<SpeechLexicon> lexicons = SpeechLexicon.all();

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<LayerKind<?>> requires() {
        return Set.of(LayerKind.SENTENCES, LayerKind.TOKENS, LayerKind.MENTIONS, LayerKind.ENTITIES);
    }

    @Override
    public Set<LayerKind<?>> produces() {
        return Set.of(LayerKind.QUOTES);
    }

    @Override
    public Layers annotate(Document doc) {
        List<Quote> quotes = attribute(doc).stream().map(Attribution::quote).toList();
        return Layers.of(LayerKind.QUOTES, quotes);
    }

    /** The quotes of a document with the source phrase of each, in text order (what {@link #annotate} reports). */
    public List<Attribution> attribute(Document doc) {
        return new Attributor(doc, marks, lexicons).run();
    }
}

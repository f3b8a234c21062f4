package org.vigie.nlp.artefacts;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sentences left in another language than the document's ({@code mixed-language}), as machine translation does
 * when it skips a sentence: the LANGUAGES layer's language for the sentence when it has one of its own, else a
 * guess from function words. Quoted speech is left alone: a minister quoted in German in a French article is
 * legitimate text.
 */
final class MixedLanguage {
    /** Sentences shorter than this many words are too short to tell their language. */
    private static final int MIN_WORDS = 6;
    private static final int MIN_HITS = 3;
    private final LanguageGuess guess;

    MixedLanguage(LanguageGuess guess) {
        this.guess = guess;
    }

    void find(Document doc, List<Artefact> out) {
        String text = doc.text();
        Optional<String> main = doc.language().filter(l -> !l.equals(DocumentLanguage.UNDETERMINED));
        if (main.isEmpty()) main = guess.guessDocument(doc);
        if (main.isEmpty()) return;
        List<Token> tokens = doc.tokens();
        List<LanguageSpan> spans = doc.layerOrEmpty(LayerKind.LANGUAGES);
        List<Block> blocks = doc.blocks();
        int b = 0;
        int t = 0;
        List<Span> quoted = List.of();
        for (Sentence s : doc.sentences()) {
            Block block = null;
            while (b < blocks.size() && blocks.get(b).end() < s.end()) b++;
            if (b < blocks.size() && blocks.get(b).span().contains(s.span())) block = blocks.get(b);
            while (t < tokens.size() && tokens.get(t).start() < s.start()) t++;
            int first = t;
            while (t < tokens.size() && tokens.get(t).end() <= s.end()) t++;
            if (block == null || !block.isBody()) continue;
            if (quoted.isEmpty() || !block.span().contains(quoted.get(0))) quoted = Quotations.regions(text, block.start(), block.end());
            if (mostlyQuoted(s.span(), quoted)) continue;
            List<Token> words = tokens.subList(first, t).stream().filter(x -> x.kind() == Token.Kind.WORD).toList();
            if (words.size() < MIN_WORDS) continue;
            Optional<String> language = spanLanguage(spans, s.span()).or(() -> guess.guess(text, words, MIN_HITS));
            if (language.isPresent() && !language.get().equals(main.get())) {
                out.add(new Artefact(s.span(), Artefact.Kind.MIXED_LANGUAGE, null));
            }
        }
    }

    /** The language of a LANGUAGES span that fits the sentence more closely than its block does. */
    private static Optional<String> spanLanguage(List<LanguageSpan> spans, Span sentence) {
        for (LanguageSpan l : spans) {
            if (l.span().contains(sentence) && l.span().length() < 2 * sentence.length() + 2) return Optional.of(l.language());
        }
        return Optional.empty();
    }

    private static boolean mostlyQuoted(Span sentence, List<Span> quoted) {
        int inside = 0;
        for (Span q : quoted) inside += Math.max(0, Math.min(q.end(), sentence.end()) - Math.max(q.start(), sentence.start()));
        return inside * 2 > sentence.length();
    }
}

package org.vigie.nlp.artefacts;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.Span;
import org.vigie.core.model.Token;
import org.vigie.nlp.lang.LanguagePack;

import java.util.*;

/**
 * A cheap language guess from each language's {@code function-words.txt}, for when no LANGUAGES layer is
 * present: the language whose function words are clearly the most frequent in a stretch of text. Too few or
 * too evenly shared cues give no guess rather than a wrong one.
 */
public final class LanguageGuess {
    private static final double DOCUMENT_RATIO = 1.5;
    private final Map<String, Set<String>> words = new LinkedHashMap<>();

    /** The languages listed in {@code multi/fact-languages.txt}, in order, keeping those that have {@code file}. */
    public static List<String> configured(String file) {
        List<String> out = new ArrayList<>();
        for (String code : LanguagePack.of("multi").orderedWords("fact-languages.txt")) {
            LanguagePack pack = LanguagePack.of(code);
            if (file == null || !pack.words(file).isEmpty()) out.add(code);
        }
        return List.copyOf(out);
    }

    public LanguageGuess(List<String> languages) {
        for (String l : languages) {
            Set<String> set = new HashSet<>();
            for (String w : LanguagePack.of(l).words("function-words.txt")) set.add(LanguagePack.normalize(w));
            words.put(l, Set.copyOf(set));
        }
    }

    /**
     * The languages to read a sentence with: the language the LANGUAGES layer (or the document language) gives
     * at its offset when it is one of ours; else this guess for the sentence, else the document guess; else all.
     */
    public List<String> candidates(Document doc, Span sentence, List<Token> sentenceTokens, Optional<String> documentGuess) {
        if (doc.has(LayerKind.LANGUAGES) || doc.language().isPresent()) {
            Optional<String> known = doc.languageAt(sentence.start());
            if (known.isPresent() && words.containsKey(known.get())) return List.of(known.get());
        }
        Optional<String> g = guess(doc.text(), sentenceTokens, 2);
        if (g.isEmpty()) g = documentGuess;
        return g.map(List::of).orElse(List.copyOf(words.keySet()));
    }

    /** The guessed language of the whole document's tokens: the clear majority, even when other languages are mixed in. */
    public Optional<String> guessDocument(Document doc) {
        return guess(doc.text(), doc.tokens(), 3, DOCUMENT_RATIO);
    }

    /** The guessed language of the tokens, if at least {@code minHits} cues point to it and twice as many as to any other. */
    public Optional<String> guess(String text, List<Token> tokens, int minHits) {
        return guess(text, tokens, minHits, 2);
    }

    /** The guessed language, if at least {@code minHits} cues point to it and {@code ratio} times as many as to any other. */
    public Optional<String> guess(String text, List<Token> tokens, int minHits, double ratio) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        for (Token t : tokens) {
            if (t.kind() != Token.Kind.WORD) continue;
            String w = LanguagePack.normalize(t.span().of(text));
            for (Map.Entry<String, Set<String>> e : words.entrySet()) {
                if (e.getValue().contains(w)) hits.merge(e.getKey(), 1, Integer::sum);
            }
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return first >= minHits && first >= ratio * second ? Optional.ofNullable(best) : Optional.empty();
    }
}

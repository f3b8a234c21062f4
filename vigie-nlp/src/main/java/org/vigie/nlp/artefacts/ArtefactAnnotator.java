package org.vigie.nlp.artefacts;

import org.vigie.core.Annotator;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.Artefact;
import org.vigie.core.model.Block;
import org.vigie.core.model.Token;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.nlp.lang.LanguagePack;

import java.util.*;

/**
 * Noise in the text, each finding with its repair when one is justified: figures damaged by machine translation
 * ({@code mt-number}), UTF-8 read as Windows-1252 and HTML character references left in the text ({@code encoding}), sentences left in another language
 * ({@code mixed-language}), doubled punctuation and words glued at line joins ({@code other}), and, when the
 * entities are known, misspelt person names ({@code name-variant}, see {@link NameSpellings}). Only body blocks (headlines and paragraphs) are read: noise in boilerplate
 * lines is not the article's. Legitimate text is left alone: ellipses, quotes in a foreign language, years next
 * to figures, accented capitals.
 */
public final class ArtefactAnnotator implements Annotator {
    private final List<String> languages;
    private final LanguageGuess guess;
    private final Typography typography;
    private final MixedLanguage mixed;
    private final Map<String, char[]> marks = new HashMap<>();

    /** Reads the languages of {@code multi/fact-languages.txt}. */
    public ArtefactAnnotator() {
        this(LanguageGuess.configured(null));
    }

    public ArtefactAnnotator(List<String> languages) {
        this.languages = List.copyOf(languages);
        this.guess = new LanguageGuess(this.languages);
        this.typography = new Typography(this.languages);
        this.mixed = new MixedLanguage(guess);
        for (String l : this.languages) {
            Map<String, String> format = new HashMap<>();
            for (Map<String, String> row : LanguagePack.of(l).table("number-format.tsv")) format.put(row.get("key"), row.get("value"));
            marks.put(l, new char[]{first(format.get("decimal")), first(format.get("group"))});
        }
    }

    private static char first(String s) {
        return s == null || s.isEmpty() ? 0 : s.charAt(0);
    }

    @Override
    public String name() {
        return "artefacts";
    }

    /** The damage is what this annotator reports: it reads the characters as they are, not their repaired reading. */
    @Override
    public boolean readsOriginalText() {
        return true;
    }

    @Override
    public Set<LayerKind<?>> requires() {
        return Set.of(LayerKind.BLOCKS, LayerKind.TOKENS);
    }

    @Override
    public Set<LayerKind<?>> produces() {
        return Set.of(LayerKind.ARTEFACTS);
    }

    @Override
    public Layers annotate(Document doc) {
        String text = doc.text();
        List<Artefact> out = new ArrayList<>();
        Optional<String> documentGuess = guess.guessDocument(doc);
        List<Token> tokens = doc.tokens();
        int t = 0;
        for (Block b : doc.blocks()) {
            while (t < tokens.size() && tokens.get(t).start() < b.start()) t++;
            int first = t;
            while (t < tokens.size() && tokens.get(t).end() <= b.end()) t++;
            // damage is reported where the article's text is: a navigation line or a caption is not read as the
            // article, and its glued links ("Article précédentLes ...") would only bury the findings that matter
            if (!b.isBody()) continue;
            List<Token> blockTokens = tokens.subList(first, t);
            List<String> candidates = guess.candidates(doc, b.span(), blockTokens, documentGuess);
            String language = candidates.size() == 1 ? candidates.get(0) : null;
            char[] m = language == null ? new char[]{0, 0} : marks.getOrDefault(language, new char[]{0, 0});
            MtNumberFinder.find(text, blockTokens, language, m[0], m[1], out);
            for (Mojibake.Finding f : Mojibake.find(text, b.start(), b.end())) {
                out.add(new Artefact(f.span(), Artefact.Kind.ENCODING, f.repair()));
            }
            for (Mojibake.Finding f : CharacterReferences.find(text, b.start(), b.end())) {
                out.add(new Artefact(f.span(), Artefact.Kind.ENCODING, f.repair()));
            }
            typography.find(text, b.start(), b.end(), out);
        }
        if (doc.has(LayerKind.SENTENCES)) mixed.find(doc, out);
        // the knowledge base of the moment: extension files may be added after this annotator was built
        if (doc.has(LayerKind.ENTITIES)) new NameSpellings(KnowledgeBase.get()).find(doc, out);
        out.sort(Comparator.comparing(Artefact::span));
        return Layers.of(LayerKind.ARTEFACTS, out);
    }
}

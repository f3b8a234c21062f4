package org.vigie.nlp.quantities;

import org.vigie.core.Annotator;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;
import org.vigie.nlp.artefacts.LanguageGuess;

import java.util.*;

/**
 * Figures and what they count ("100 000 soldats", "$2.3 billion", "des centaines de chars"), with their value,
 * an English unit, whether they are approximate or damaged by machine translation, and who claims them.
 * Per-language knowledge (number words, units, approximators, ranges, claim cues, number format) comes from
 * each language's resource files; the sentence's language is the one at its offset when LANGUAGES exists,
 * else a guess from function words, else every supported language is tried and the reading that finds the
 * most quantities wins.
 */
public final class QuantityAnnotator implements Annotator {
    private final List<String> languages;
    private final boolean spanIncludesApproximator;
    private final LanguageGuess guess;

    /** Reads the languages of {@code multi/fact-languages.txt} that have a {@code units.tsv}. */
    public QuantityAnnotator() {
        this(LanguageGuess.configured("units.tsv"), false);
    }

    /**
     * @param languages                languages to try when a sentence's language is unknown, each with its resources
     * @param spanIncludesApproximator whether a quantity's span starts at its approximator ("près de 100 000 soldats")
     */
    public QuantityAnnotator(List<String> languages, boolean spanIncludesApproximator) {
        this.languages = List.copyOf(languages);
        this.spanIncludesApproximator = spanIncludesApproximator;
        for (String l : this.languages) QuantityLanguage.of(l);
        this.guess = new LanguageGuess(this.languages);
    }

    /**
     * The figures that count something in one sentence, read as {@code language} (or as each language when it is
     * not one of ours): lets another annotator tell "2014 soldats" from the year 2014.
     */
    public List<Span> countedFigures(String text, List<Token> sentenceTokens, String language) {
        if (sentenceTokens.isEmpty()) return List.of();
        TokenView v = new TokenView(text, sentenceTokens);
        List<Span> out = new ArrayList<>();
        for (String code : languages.contains(language) ? List.of(language) : languages) {
            for (QuantityFinder.Found f : new QuantityFinder(QuantityLanguage.of(code)).find(v, text, null)) {
                out.add(new Span(v.start(f.figureStart()), v.end(f.figureEnd() - 1)));
            }
        }
        return out;
    }

    private static Block blockOf(List<Block> blocks, Span span) {
        for (Block b : blocks) if (b.span().contains(span)) return b;
        return null;
    }

    @Override
    public String name() {
        return "quantities";
    }

    @Override
    public Set<LayerKind<?>> requires() {
        return Set.of(LayerKind.SENTENCES, LayerKind.TOKENS, LayerKind.ENTITIES);
    }

    @Override
    public Set<LayerKind<?>> produces() {
        return Set.of(LayerKind.QUANTITIES);
    }

    @Override
    public Layers annotate(Document doc) {
        String text = doc.text();
        List<Token> tokens = doc.tokens();
        List<Claimants.Mention> mentions = new ArrayList<>();
        for (Entity e : doc.entities()) {
            for (Span s : e.mentions()) mentions.add(new Claimants.Mention(s, EntityRef.of(e), e.type()));
        }
        mentions.sort(Comparator.comparing(Claimants.Mention::span));
        List<Claimants.QuoteSpan> quotes = new ArrayList<>();
        for (Quote q : doc.layerOrEmpty(LayerKind.QUOTES)) quotes.add(new Claimants.QuoteSpan(q.span(), q.speaker()));
        List<Span> damaged = new ArrayList<>();
        List<Artefact> encodings = new ArrayList<>();
        for (Artefact a : doc.layerOrEmpty(LayerKind.ARTEFACTS)) {
            if (a.kind() == Artefact.Kind.MT_NUMBER) damaged.add(a.span());
            if (a.kind() == Artefact.Kind.ENCODING && a.repair() != null) encodings.add(a);
        }
        Optional<String> documentGuess = guess.guessDocument(doc);
        List<Quantity> out = new ArrayList<>();
        List<Block> blocks = doc.layerOrEmpty(LayerKind.BLOCKS);
        Block block = null;
        String previousUnit = null;
        int t = 0;
        for (Sentence s : doc.sentences()) {
            while (t < tokens.size() && tokens.get(t).start() < s.start()) t++;
            int first = t;
            while (t < tokens.size() && tokens.get(t).end() <= s.end()) t++;
            Block here = blockOf(blocks, s.span());
            if (here != block) {
                block = here;
                previousUnit = null;
            }
            // figures in navigation, related headlines or counters are not facts of this article
            if (first == t || (here != null && !here.isBody())) continue;
            List<Artefact> sentenceEncodings = encodings.stream().filter(a -> s.span().contains(a.span())).toList();
            TokenView v = TokenView.repaired(text, tokens.subList(first, t), sentenceEncodings);
            List<String> candidates = guess.candidates(doc, s.span(), v.tokens(), documentGuess);
            QuantityLanguage lang = null;
            List<QuantityFinder.Found> found = List.of();
            for (String code : candidates) {
                if (!languages.contains(code)) continue;
                QuantityLanguage l = QuantityLanguage.of(code);
                List<QuantityFinder.Found> f = new QuantityFinder(l).find(v, text, previousUnit);
                if (lang == null || f.size() > found.size()) {
                    lang = l;
                    found = f;
                }
            }
            if (lang == null) continue;
            List<Span> figures = found.stream().map(f -> new Span(v.start(f.start()), v.end(f.end() - 1))).toList();
            List<Claimants.Mention> inSentence = mentions.stream().filter(m -> s.span().contains(m.span())).toList();
            for (QuantityFinder.Found f : found) {
                int startToken = spanIncludesApproximator ? f.approximatorStart() : f.start();
                Span span = new Span(v.start(startToken), v.end(f.end() - 1));
                Span figure = new Span(v.start(f.figureStart()), v.end(f.figureEnd() - 1));
                boolean artefact = f.artefact() || damaged.stream().anyMatch(d -> d.overlaps(figure));
                EntityRef claimant = Claimants.claimant(v, lang, f.start(), f.end(), inSentence, quotes, figures);
                // a repaired figure is a reading and an unreadable one a guess at best: both are approximate
                out.add(new Quantity(span, f.value(), f.unit(), f.approximate() || artefact,
                        artefact, claimant));
                if (f.kind() == Units.Kind.COUNT) previousUnit = f.unit();
            }
        }
        return Layers.of(LayerKind.QUANTITIES, out);
    }
}

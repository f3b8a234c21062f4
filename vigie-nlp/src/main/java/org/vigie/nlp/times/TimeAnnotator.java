package org.vigie.nlp.times;

import org.vigie.core.Annotator;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;
import org.vigie.core.model.TimeExpression.Granularity;
import org.vigie.nlp.artefacts.CompactReading;
import org.vigie.nlp.artefacts.LanguageGuess;
import org.vigie.nlp.quantities.QuantityAnnotator;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.*;
import java.util.regex.Matcher;

/**
 * Date expressions ("le 3 mars 2025", "March 21", "10/02/2022", "mardi dernier", "la semaine prochaine",
 * "two weeks ago", "2014") resolved against the publication date (PUBLISHED; without it relative expressions get
 * no value). Every language's patterns are tried on every sentence, since copies mix languages; the tense that
 * places a bare weekday comes from the sentence's language. Boilerplate blocks (bylines, time stamps) are skipped.
 * Durations ("pendant trois jours") have no pattern and are never dates; a year-like figure that counts
 * something ("2014 soldats") is not a year.
 */
public final class TimeAnnotator implements Annotator {
    private final List<String> languages;
    private final List<TimeGrammar> grammars = new ArrayList<>();
    private final LanguageGuess guess;
    private final QuantityAnnotator counts = new QuantityAnnotator();
    private final TimeOfDay timeOfDay;

    /** Reads the languages of {@code multi/fact-languages.txt} that have a {@code weekdays.tsv}. */
    public TimeAnnotator() {
        this(LanguageGuess.configured("weekdays.tsv"));
    }

    public TimeAnnotator(List<String> languages) {
        this.languages = List.copyOf(languages);
        for (String l : this.languages) {
            grammars.add(TimeGrammar.of(l));
            Tense.of(l);
        }
        this.guess = new LanguageGuess(this.languages);
        this.timeOfDay = new TimeOfDay(this.languages);
    }

    @Override
    public String name() {
        return "times";
    }

    @Override
    public Set<LayerKind<?>> requires() {
        return Set.of(LayerKind.SENTENCES, LayerKind.TOKENS, LayerKind.PUBLISHED);
    }

    @Override
    public Set<LayerKind<?>> produces() {
        return Set.of(LayerKind.TIMES);
    }

    @Override
    public Layers annotate(Document doc) {
        // the date patterns are regular expressions over the text: a repaired reading is read without its fillers
        Optional<CompactReading> compact = CompactReading.of(doc);
        if (compact.isEmpty()) return Layers.of(LayerKind.TIMES, find(doc));
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression e : find(compact.get().document())) {
            out.add(new TimeExpression(compact.get().original(e.span()), e.value(), e.granularity()));
        }
        return Layers.of(LayerKind.TIMES, out);
    }

    private List<TimeExpression> find(Document doc) {
        String text = doc.text();
        LocalDate published = doc.published().map(p -> parseDate(p.value())).orElse(null);
        char order = NumericDates.documentOrder(text);
        Optional<String> documentGuess = guess.guessDocument(doc);
        List<Span> boilerplate = doc.layerOrEmpty(LayerKind.BLOCKS).stream().filter(b -> !b.isBody()).map(Block::span).toList();
        List<Token> tokens = doc.tokens();
        List<TimeExpression> out = new ArrayList<>();
        LocalDate anchor = null;
        int t = 0;
        for (Sentence s : doc.sentences()) {
            while (t < tokens.size() && tokens.get(t).start() < s.start()) t++;
            int first = t;
            while (t < tokens.size() && tokens.get(t).end() <= s.end()) t++;
            if (first == t || boilerplate.stream().anyMatch(b -> b.contains(s.span()))) continue;
            List<Token> sentenceTokens = tokens.subList(first, t);
            List<String> candidates = guess.candidates(doc, s.span(), sentenceTokens, documentGuess);
            List<Tense> tenses = candidates.stream().map(Tense::of).toList();
            char sentenceOrder = order != 0 ? order : TimeGrammar.of(candidates.get(0)).dateOrder;
            for (Candidate c : select(matches(text, s.span(), sentenceTokens, sentenceOrder, candidates))) {
                TimeExpression e;
                if (c.numeric != null) {
                    e = new TimeExpression(c.span, c.numeric, Granularity.DAY);
                } else {
                    Tense.Kind tense = Tense.around(text, sentenceTokens, c.span, tenses);
                    DateResolver.Resolved r = DateResolver.resolve(c.rule, c.slots, c.grammar, published, tense, anchor);
                    if (r == null) continue;
                    e = new TimeExpression(c.span, r.value(), r.granularity());
                }
                if (e.granularity() == Granularity.DAY && e.value() != null) {
                    anchor = LocalDate.parse(e.value());
                    TimeOfDay.Found time = timeOfDay.at(text, e.end(), s.end());
                    if (time != null) {
                        e = new TimeExpression(new Span(e.start(), time.end()), e.value() + "T" + time.time(), Granularity.DATETIME);
                    }
                }
                out.add(e);
            }
        }
        return out;
    }

    /** A match of one rule (or a numeric date, with its value) in a sentence. */
    private record Candidate(Span span, Rule rule, Map<String, String> slots, TimeGrammar grammar, int order, String numeric) {
    }

    private List<Candidate> matches(String text, Span sentence, List<Token> tokens, char order, List<String> candidates) {
        List<Candidate> out = new ArrayList<>();
        int index = 0;
        String sentenceText = sentence.of(text);
        for (TimeGrammar g : grammars) {
            for (Rule rule : g.rulesFor(sentenceText)) {
                Matcher m = rule.regex().matcher(text).region(sentence.start(), sentence.end()).useTransparentBounds(true);
                while (m.find()) {
                    Span span = trim(text, m.start("span"), m.end("span"));
                    if (span.isEmpty() || (isBareYear(rule) && !isYear(text, span, tokens, g, candidates))) continue;
                    out.add(new Candidate(span, rule, slots(m), g, index, null));
                }
                index++;
            }
        }
        for (NumericDates.Found f : NumericDates.find(text, sentence.start(), sentence.end(), order)) {
            out.add(new Candidate(f.span(), null, null, null, -1, f.value()));
        }
        return out;
    }

    /** Longest matches first, then earlier rules; overlapping shorter ones are dropped. Result in text order. */
    private static List<Candidate> select(List<Candidate> all) {
        List<Candidate> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt((Candidate c) -> -c.span.length()).thenComparingInt(c -> c.order)
                .thenComparingInt(c -> c.span.start()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            if (kept.stream().noneMatch(k -> k.span.overlaps(c.span))) kept.add(c);
        }
        kept.sort(Comparator.comparing(c -> c.span));
        return kept;
    }

    private static boolean isBareYear(Rule rule) {
        return rule.unit() == Rule.Unit.DATE && rule.source().trim().equals("{y}");
    }

    private static final List<String> SLOTS = List.of("wd", "month", "d", "y", "n");

    private static Map<String, String> slots(Matcher m) {
        Map<String, String> out = new HashMap<>();
        for (String name : SLOTS) {
            if (!m.pattern().pattern().contains("(?<" + name + ">")) continue;
            String v = m.group(name);
            if (v != null) out.put(name, v);
        }
        return out;
    }

    /**
     * A four-digit number is a year when it stands alone as a token, counts nothing, and either follows a year
     * cue (en, depuis, in, since...) or ends a clause ("... depuis 2024, ce que").
     */
    private boolean isYear(String text, Span span, List<Token> tokens, TimeGrammar g, List<String> candidates) {
        Token own = null;
        Token previous = null;
        for (Token tk : tokens) {
            if (tk.start() == span.start()) own = tk;
            if (tk.end() <= span.start()) previous = tk;
        }
        if (own == null || own.end() != span.end()) return false;
        for (String l : candidates) {
            for (Span f : counts.countedFigures(text, tokens, l)) if (f.overlaps(span)) return false;
        }
        if (previous != null) {
            String p = org.vigie.nlp.lang.LanguagePack.normalize(previous.span().of(text));
            if (g.yearCues.contains(p) || candidates.stream().anyMatch(l -> TimeGrammar.of(l).yearCues.contains(p))) return true;
            if (previous.kind() == Token.Kind.NUMBER || previous.kind() == Token.Kind.SYMBOL) return false;
        }
        int next = span.end();
        while (next < text.length() && text.charAt(next) == ' ') next++;
        return next >= text.length() || ",.;:)".indexOf(text.charAt(next)) >= 0 && !(next + 1 < text.length()
                && Character.isDigit(text.charAt(next + 1)));
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || ",;".indexOf(text.charAt(start)) >= 0)) start++;
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ",;".indexOf(text.charAt(end - 1)) >= 0)) end--;
        return new Span(start, end);
    }

    static LocalDate parseDate(String value) {
        if (value == null || value.length() < 10) return null;
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }
}

package org.vigie.eval.quotes;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Pipeline;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Quote;
import org.vigie.core.model.Span;
import org.vigie.eval.WrittenDocuments;

import java.io.PrintStream;
import java.util.*;

/**
 * Quotes in news paragraphs the team wrote with their gold quotes ({@code written/<lang>.txt} for development and
 * {@code written/<lang>-test.txt} held out, for each of {@link #LANGUAGES}; format in the files' headers): how the
 * quotes annotator does on Spanish, German and Italian speech, and on quotes in one language inside a paragraph of
 * another. Each document runs through the default pipeline up to the quotes (the entity annotator included, so a
 * speaker it misses is a wrong speaker). Spans are scored by {@link QuoteScorer} (exact and overlap P/R/F1); the
 * speaker of a matched quote is right when the predicted entity answers to the gold name (its own name, one of its
 * mention texts or a knowledge-base name, without case or accents), or when both say nobody. Needs no corpus.
 */
public final class WrittenQuotes {
    /** The written sets, one per language, each with a development and a held-out {@code -test} file. */
    public static final List<String> LANGUAGES = List.of("es", "de", "it");

    private WrittenQuotes() {
    }

    /** A gold quote: its content as written, direct or reported, and its speaker's name (null for nobody). */
    record Gold(String text, boolean direct, String speaker) {
    }

    /** A document of paragraphs and its gold quotes. */
    record Written(String text, List<Gold> quotes) {
    }

    /** Reads a written set: blank-line separated documents of paragraph lines then {@code = kind | text | speaker} lines. */
    static List<Written> parse(List<String> lines) {
        return WrittenDocuments.parse(lines, "=", "gold quote", (paragraphs, specs) -> document(paragraphs, specs.stream().map(WrittenQuotes::gold).toList()));
    }

    private static Written document(List<String> paragraphs, List<Gold> quotes) {
        String text = String.join("\n", paragraphs);
        for (Gold g : quotes) {
            if (!text.contains(g.text())) throw new IllegalArgumentException("gold quote not in its document: '" + g.text() + "' in: " + text);
        }
        return new Written(text, List.copyOf(quotes));
    }

    private static Gold gold(String spec) {
        String[] f = spec.split("\\|", -1);
        if (f.length != 3) throw new IllegalArgumentException("expected 'direct|reported | text | speaker': " + spec);
        String kind = f[0].strip();
        if (!kind.equals("direct") && !kind.equals("reported")) {
            throw new IllegalArgumentException("kind must be 'direct' or 'reported', not '" + kind + "': " + spec);
        }
        String text = f[1].strip(), speaker = f[2].strip();
        if (text.isEmpty()) throw new IllegalArgumentException("empty quote text: " + spec);
        if (speaker.isEmpty()) throw new IllegalArgumentException("missing speaker (write '-' for nobody): " + spec);
        return new Gold(text, kind.equals("direct"), speaker.equals("-") ? null : speaker);
    }

    static List<Written> read(String set) {
        return parse(org.vigie.eval.Resources.lines(WrittenQuotes.class, "written/" + set + ".txt"));
    }

    /**
     * Scores one analysed document: gold speakers are turned into the id of the predicted document's entity that
     * answers to their name (or kept as a name no entity has, which no prediction can equal).
     */
    static void score(Written w, Document doc, QuoteScorer scorer, java.util.function.Consumer<String> errors) {
        List<QuoteScorer.Item> gold = new ArrayList<>();
        for (Gold g : w.quotes()) {
            int start = w.text().indexOf(g.text());
            Span span = new Span(start, start + g.text().length());
            gold.add(new QuoteScorer.Item(span, g.direct(), null, null, speakerId(g.speaker(), doc), true));
        }
        List<QuoteScorer.Item> pred = new ArrayList<>();
        for (Quote q : doc.layerOrEmpty(LayerKind.QUOTES)) {
            pred.add(new QuoteScorer.Item(q.span(), q.direct(), q.cue(), null, q.speaker() == null ? null : q.speaker().entity(), true));
        }
        scorer.add(w.text(), gold, pred, errors);
    }

    private static String speakerId(String name, Document doc) {
        if (name == null) return null;
        String k = WrittenDocuments.key(name);
        for (Entity e : doc.layerOrEmpty(LayerKind.ENTITIES)) if (WrittenDocuments.names(e, doc).contains(k)) return e.id();
        return "name not found among entities: " + name;
    }

    /** The default pipeline's annotators up to and including the quotes annotator. */
    static Pipeline pipeline() {
        return WrittenDocuments.pipelineThrough("quotes");
    }

    /** Runs the pipeline on every written set and prints one row per language and half; errors of development sets only. */
    public static int run(PrintStream out, boolean showErrors) {
        Pipeline pipeline = pipeline();
        out.println(WrittenDocuments.pipelineLine("quotes", pipeline));
        out.println("set       docs  gold  pred   exact P     R    F1   overlap P     R    F1   speaker (on matched)");
        List<String> errorLines = new ArrayList<>();
        for (String suffix : List.of("", "-test")) {
            for (String language : LANGUAGES) {
                String set = language + suffix;
                List<Written> docs = read(set);
                QuoteScorer scorer = new QuoteScorer();
                for (Written w : docs) {
                    Document doc = WrittenDocuments.analyse(pipeline, w.text(), set, out);
                    List<String> errors = new ArrayList<>();
                    score(w, doc, scorer, errors::add);
                    if (showErrors && suffix.isEmpty() && !errors.isEmpty()) {
                        errorLines.add(set + ": " + w.text().replace('\n', ' '));
                        errors.forEach(e -> errorLines.add("  " + e));
                    }
                }
                out.printf(Locale.ROOT, "%-8s  %4d  %4d  %4d   %7.3f %5.3f %5.3f   %9.3f %5.3f %5.3f   %.3f (%d/%d)%n", set,
                        docs.size(), scorer.goldCount(), scorer.predictedCount(), scorer.exactPrecision(),
                        scorer.exactRecall(), scorer.exactF1(), scorer.overlapPrecision(), scorer.overlapRecall(),
                        scorer.overlapF1(), scorer.speakerAccuracy(), scorer.speakersRight(), scorer.speakersScored());
            }
        }
        errorLines.forEach(out::println);
        return 0;
    }
}

package org.vigie.eval.quantities;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Pipeline;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityRef;
import org.vigie.core.model.Quantity;
import org.vigie.core.model.Span;
import org.vigie.eval.Resources;
import org.vigie.eval.WrittenDocuments;

import java.io.PrintStream;
import java.util.*;
import java.util.function.BiPredicate;

/**
 * Quantities in news paragraphs the team wrote with their gold figures ({@code written/<lang>.txt} for development,
 * {@code written/<lang>-test.txt} held out, for each of {@link #LANGUAGES}; format in the files' headers): how the
 * quantities annotator does on news its rules were not written for (number formats, vague counts, ranges, money,
 * percentages, tolls, machine-translation damage, numbers that are not quantities). Each document runs through the
 * default pipeline up to the quantities (the entity annotator included, so a claimant it misses is a wrong claimant).
 * Spans and attributes are scored by {@link QuantityEvaluator#score}; a claimant is right when the predicted entity
 * answers to one of the gold names (its own name, one of its mention texts or a knowledge-base name, without case or
 * accents), or when both say nobody. Needs no corpus.
 */
public final class WrittenQuantities {
    /** The written sets, one per language, each with a development and a held-out {@code -test} file. */
    public static final List<String> LANGUAGES = List.of("en", "fr");

    private WrittenQuantities() {
    }

    /** A document and its gold quantities; a gold claimant is an {@link EntityRef} whose name lists accepted names. */
    record Written(String text, List<Quantity> quantities) {
    }

    /** Reads a written set: blank-line separated documents of paragraph lines then {@code Q ...} lines. */
    static List<Written> parse(List<String> lines) {
        return WrittenDocuments.parse(lines, "Q ", "gold quantity", WrittenQuantities::document);
    }

    private static Written document(List<String> paragraphs, List<String> specs) {
        String text = String.join("\n", paragraphs);
        List<Quantity> gold = new ArrayList<>();
        for (String spec : specs) gold.add(gold(text, spec));
        gold.sort(Comparator.comparingInt((Quantity q) -> q.span().start()));
        return new Written(text, List.copyOf(gold));
    }

    private static Quantity gold(String text, String spec) {
        String[] f = spec.split("\\|", -1);
        if (f.length != 6) {
            throw new IllegalArgumentException("expected 'SPAN | VALUE | UNIT | APPROX | ARTEFACT | CLAIMANT': " + spec);
        }
        String spanText = f[0].strip();
        int occurrence = 1;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*\\S)\\s+#(\\d+)$").matcher(spanText);
        if (m.matches()) {
            spanText = m.group(1);
            occurrence = Integer.parseInt(m.group(2));
        }
        if (spanText.isEmpty()) throw new IllegalArgumentException("empty span: " + spec);
        int start = -1;
        for (int i = 0; i < occurrence; i++) {
            start = text.indexOf(spanText, start + 1);
            if (start < 0) throw new IllegalArgumentException("span '" + spanText + "' (occurrence " + occurrence + ") not in its document: " + text);
        }
        Double value;
        String v = f[1].strip();
        try {
            value = v.equals("-") ? null : Double.valueOf(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("value must be a number or '-': " + spec);
        }
        String unit = f[2].strip();
        if (unit.isEmpty()) throw new IllegalArgumentException("missing unit (write '-' for none): " + spec);
        String approx = f[3].strip(), artefact = f[4].strip(), claimant = f[5].strip();
        if (!approx.equals("~") && !approx.equals("-")) throw new IllegalArgumentException("approximate must be '~' or '-': " + spec);
        if (!artefact.equals("artefact") && !artefact.equals("-")) throw new IllegalArgumentException("artefact must be 'artefact' or '-': " + spec);
        if (claimant.isEmpty()) throw new IllegalArgumentException("missing claimant (write '-' for nobody): " + spec);
        return new Quantity(new Span(start, start + spanText.length()), value, unit.equals("-") ? null : unit,
                approx.equals("~"), artefact.equals("artefact"), claimant.equals("-") ? null : new EntityRef("gold", claimant));
    }

    static List<Written> read(String set) {
        return parse(Resources.lines(WrittenQuantities.class, "written/" + set + ".txt"));
    }

    /**
     * Whether a predicted claimant is the gold one: both nobody, or the predicted entity (or, when the document has
     * no entity of that id, the predicted name) answers to one of the gold's " / "-separated names.
     */
    static BiPredicate<EntityRef, EntityRef> claimants(Document doc) {
        return (gold, predicted) -> {
            if (gold == null || predicted == null) return gold == predicted;
            Set<String> names = new HashSet<>();
            names.add(WrittenDocuments.key(predicted.name()));
            for (Entity e : doc.layerOrEmpty(LayerKind.ENTITIES)) if (e.id().equals(predicted.entity())) names.addAll(WrittenDocuments.names(e, doc));
            for (String alternative : gold.name().split(" / ")) if (names.contains(WrittenDocuments.key(alternative))) return true;
            return false;
        };
    }

    /** The default pipeline's annotators up to and including the quantities annotator. */
    static Pipeline pipeline() {
        return WrittenDocuments.pipelineThrough("quantities");
    }

    /** Scores one written set with {@code pipeline}; {@code errors} receives each document's errors after its text. */
    static QuantityEvaluator.Score score(String set, List<Written> docs, Pipeline pipeline, PrintStream out, List<String> errors) {
        QuantityEvaluator.Score total = QuantityEvaluator.Score.empty();
        for (int i = 0; i < docs.size(); i++) {
            Written w = docs.get(i);
            Document doc = WrittenDocuments.analyse(pipeline, w.text(), set, out);
            QuantityEvaluator.Score s = QuantityEvaluator.score(set + "#" + (i + 1), w.text(), w.quantities(),
                    doc.layerOrEmpty(LayerKind.QUANTITIES), claimants(doc));
            if (errors != null && !s.errors().isEmpty()) {
                errors.add(set + "#" + (i + 1) + ": " + w.text().replace('\n', ' '));
                s.errors().forEach(e -> errors.add("  " + e));
            }
            total = total.plus(s);
        }
        return total;
    }

    /** Runs the pipeline on every written set and prints one row per language and half; errors of development sets only. */
    public static int run(PrintStream out, boolean showErrors) {
        Pipeline pipeline = pipeline();
        out.println(WrittenDocuments.pipelineLine("quantities", pipeline));
        out.println("set      docs gold pred  exact P     R    F1  overlap P     R    F1  | on matched: value  unit approx artef claim");
        List<String> errorLines = new ArrayList<>();
        for (String suffix : List.of("", "-test")) {
            for (String language : LANGUAGES) {
                String set = language + suffix;
                List<Written> docs = read(set);
                QuantityEvaluator.Score s = score(set, docs, pipeline, out, showErrors && suffix.isEmpty() ? errorLines : null);
                out.printf(Locale.ROOT, "%-8s %4d %4d %4d  %7.3f %5.3f %5.3f  %9.3f %5.3f %5.3f  | %4d matched: %5.3f %5.3f %6.3f %5.3f %5.3f%n",
                        set, docs.size(), s.exact().gold(), s.exact().system(), s.exact().precision(), s.exact().recall(),
                        s.exact().f1(), s.overlap().precision(), s.overlap().recall(), s.overlap().f1(), s.matched(),
                        s.accuracy(s.value()), s.accuracy(s.unit()), s.accuracy(s.approximate()), s.accuracy(s.artefact()),
                        s.accuracy(s.claimant()));
            }
        }
        errorLines.forEach(out::println);
        return 0;
    }
}

package org.vigie.eval.entities;

import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Span;
import org.vigie.eval.Prf;
import org.vigie.nlp.DefaultPipeline;

import java.io.PrintStream;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entity mentions in the languages that have no NER corpus here (German, Spanish, Italian): news sentences the team
 * wrote with their mentions marked {@code [TYPE text]} ({@code written/<lang>.txt}), scored on exact spans, typed and
 * untyped, per language and per type. Each language has a development set ({@code <lang>.txt}, whose errors
 * {@code --errors} lists and which rules may be tuned on) and a held-out set ({@code <lang>-test.txt}, written before
 * any tuning, scored only). The sets are small (20 to 30 sentences each): they show the level and the kinds of error,
 * not a precise score.
 */
public final class WrittenSentences {
    /** The languages with a written set, in the order they are printed. */
    public static final List<String> LANGUAGES = List.of("de", "es", "it");
    private static final List<String> STEPS = List.of("blocks", "language", "segment", "published", "entities");
    private static final Pattern MARK = Pattern.compile("\\[(PER|ORG|GPE|LOC|MISC) ([^\\]]+)]");

    /** A sentence: its plain text and its gold mentions. */
    record Sentence(String text, List<Mention> mentions) {
    }

    record Mention(Span span, EntityType type) {
    }

    private WrittenSentences() {
    }

    /** Reads one marked line: the text without the marks, and a mention per mark. */
    static Sentence parse(String line) {
        StringBuilder text = new StringBuilder();
        List<Mention> mentions = new ArrayList<>();
        Matcher m = MARK.matcher(line);
        int last = 0;
        while (m.find()) {
            text.append(line, last, m.start());
            int start = text.length();
            text.append(m.group(2));
            mentions.add(new Mention(new Span(start, text.length()), EntityType.valueOf(m.group(1))));
            last = m.end();
        }
        text.append(line, last, line.length());
        if (text.indexOf("[") >= 0 || text.indexOf("]") >= 0) {
            throw new IllegalArgumentException("malformed mark in: " + line);
        }
        return new Sentence(text.toString(), mentions);
    }

    static List<Sentence> read(String set) {
        List<Sentence> out = new ArrayList<>();
        for (String line : org.vigie.eval.Resources.lines(WrittenSentences.class, "written/" + set + ".txt")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            out.add(parse(line.strip()));
        }
        return out;
    }

    /** Scores of one language: typed and untyped mentions, and typed per type. */
    record Scores(Prf typed, Prf untyped, Map<EntityType, Prf> perType) {
        static Scores empty() {
            Map<EntityType, Prf> per = new EnumMap<>(EntityType.class);
            for (EntityType t : EntityType.values()) per.put(t, Prf.ZERO);
            return new Scores(Prf.ZERO, Prf.ZERO, per);
        }
    }

    /** Compares gold and predicted mentions of one sentence on exact spans. */
    static Scores score(List<Mention> gold, List<Mention> predicted, Scores into, String text, PrintStream errors) {
        Map<Span, EntityType> g = new LinkedHashMap<>();
        for (Mention m : gold) g.putIfAbsent(m.span(), m.type());
        Map<Span, EntityType> p = new LinkedHashMap<>();
        for (Mention m : predicted) p.putIfAbsent(m.span(), m.type());
        int untypedTp = 0, typedTp = 0;
        Map<EntityType, int[]> per = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) per.put(t, new int[3]);
        for (var e : g.entrySet()) {
            per.get(e.getValue())[2]++;
            EntityType found = p.get(e.getKey());
            if (found == null) {
                if (errors != null) errors.println("  missed " + e.getValue() + " '" + e.getKey().of(text) + "'");
                continue;
            }
            untypedTp++;
            if (found == e.getValue()) {
                typedTp++;
                per.get(found)[0]++;
            } else if (errors != null) {
                errors.println("  typed " + found + " instead of " + e.getValue() + " '" + e.getKey().of(text) + "'");
            }
        }
        for (var e : p.entrySet()) {
            per.get(e.getValue())[1]++;
            if (!g.containsKey(e.getKey()) && errors != null) {
                errors.println("  spurious " + e.getValue() + " '" + e.getKey().of(text) + "'");
            }
        }
        Map<EntityType, Prf> perType = new EnumMap<>(into.perType());
        for (EntityType t : EntityType.values()) {
            int[] c = per.get(t);
            perType.merge(t, new Prf(c[0], c[1] - c[0], c[2] - c[0]), Prf::plus);
        }
        return new Scores(into.typed().plus(new Prf(typedTp, p.size() - typedTp, g.size() - typedTp)),
                into.untyped().plus(new Prf(untypedTp, p.size() - untypedTp, g.size() - untypedTp)), perType);
    }

    static List<Mention> predicted(Document doc) {
        List<Mention> out = new ArrayList<>();
        for (Entity e : doc.entities()) {
            if (NamedEntities.scored(e)) for (Span s : e.mentions()) out.add(new Mention(s, e.type()));
        }
        return out;
    }

    /** Runs the pipeline up to the entities on every written set and prints the tables. */
    public static int run(PrintStream out, boolean showErrors) {
        List<String> steps = new ArrayList<>();
        for (String step : STEPS) if (DefaultPipeline.names().contains(step)) steps.add(step);
        Pipeline pipeline = DefaultPipeline.create(steps);
        out.println("entity mentions in team-written news sentences (exact spans; pipeline: " + String.join(",", steps) + ")");
        table(out, pipeline, "development sets", "", showErrors);
        table(out, pipeline, "held-out sets (errors not listed)", "-test", false);
        return 0;
    }

    private static void table(PrintStream out, Pipeline pipeline, String title, String suffix, boolean showErrors) {
        out.println(title);
        out.println("language  sentences  gold  typed P    R     F1   untyped F1   PER   ORG   GPE   LOC  MISC (typed F1)");
        Scores all = Scores.empty();
        for (String language : LANGUAGES) {
            List<Sentence> sentences = read(language + suffix);
            Scores s = Scores.empty();
            for (Sentence sentence : sentences) {
                if (showErrors) out.println(language + ": " + sentence.text());
                Document predicted = pipeline.run(Document.ofText(sentence.text()));
                s = score(sentence.mentions(), predicted(predicted), s, sentence.text(), showErrors ? out : null);
            }
            print(out, language, sentences.size(), s);
            Map<EntityType, Prf> perType = new EnumMap<>(all.perType());
            s.perType().forEach((t, prf) -> perType.merge(t, prf, Prf::plus));
            all = new Scores(all.typed().plus(s.typed()), all.untyped().plus(s.untyped()), perType);
        }
        print(out, "all", -1, all);
    }

    private static void print(PrintStream out, String label, int sentences, Scores s) {
        StringBuilder types = new StringBuilder();
        for (EntityType t : EntityType.values()) {
            Prf p = s.perType().get(t);
            types.append(p.gold() == 0 ? "     -" : String.format(Locale.ROOT, " %5.3f", p.f1()));
        }
        out.printf(Locale.ROOT, "%-8s  %9s  %4d  %6.3f %5.3f %5.3f  %10.3f %s%n", label,
                sentences < 0 ? "" : Integer.toString(sentences), s.typed().gold(), s.typed().precision(),
                s.typed().recall(), s.typed().f1(), s.untyped().f1(), types);
    }
}

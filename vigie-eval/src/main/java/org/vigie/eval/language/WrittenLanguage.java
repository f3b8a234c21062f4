package org.vigie.eval.language;

import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.core.model.DocumentLanguage;
import org.vigie.eval.Resources;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Short one-sentence news items the team wrote with their language ({@code written/sentences.txt}, development,
 * and {@code written/sentences-test.txt}, held-out; format in the files' headers), each read as a one-sentence
 * document: the case where character n-grams are weakest and a wrong verdict costs every later annotator.
 */
final class WrittenLanguage {
    static final String DEVELOPMENT = "sentences";
    static final String HELD_OUT = "sentences-test";

    private WrittenLanguage() {
    }

    /** The labelled sentences of a set read from its lines; blank lines and {@code #} comments are skipped. */
    static List<LabelledText> parse(List<String> lines, String source) {
        List<LabelledText> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            int tab = line.indexOf('\t');
            if (tab < 2 || tab == line.length() - 1) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": expected \"<code><TAB><sentence>\": " + line);
            }
            out.add(new LabelledText(line.substring(0, tab).strip().toLowerCase(Locale.ROOT), line.substring(tab + 1).strip(), source));
        }
        return out;
    }

    static List<LabelledText> read(String set) {
        return parse(Resources.lines(WrittenLanguage.class, "written/" + set + ".txt"), set);
    }

    /** Scores the document language the pipeline gives each sentence; errors are printed only when asked. */
    static LanguageScore score(List<LabelledText> texts, Pipeline pipeline, PrintStream out, boolean showErrors) {
        LanguageScore score = new LanguageScore();
        for (LabelledText t : texts) {
            String predicted = pipeline.run(Document.ofText(t.text())).language().orElse(DocumentLanguage.UNDETERMINED);
            score.add(t.language(), predicted, t.text().length());
            if (showErrors && !predicted.equals(t.language())) out.println("  " + t.language() + " -> " + predicted + ": " + t.text());
        }
        return score;
    }

    /** Development set (errors listed with {@code showErrors}), then the held-out set, scored only. */
    static void run(Pipeline pipeline, PrintStream out, boolean showErrors) {
        out.println("team-written one-sentence documents (annotator, document language):");
        LanguageScore dev = score(read(DEVELOPMENT), pipeline, out, showErrors);
        LanguageScore held = score(read(HELD_OUT), pipeline, out, false);
        out.println("  language   development      held-out");
        java.util.SortedSet<String> languages = new java.util.TreeSet<>(dev.perLanguage().keySet());
        languages.addAll(held.perLanguage().keySet());
        for (String l : languages) {
            out.printf(Locale.ROOT, "    %-8s %s   %s%n", l, cell(dev.perLanguage().get(l)), cell(held.perLanguage().get(l)));
        }
        out.printf(Locale.ROOT, "    %-8s %s   %s%n", "all", cell(new int[]{(int) Math.round(dev.accuracy() * dev.total()), dev.total()}),
                cell(new int[]{(int) Math.round(held.accuracy() * held.total()), held.total()}));
    }

    private static String cell(int[] c) {
        return c == null ? String.format(Locale.ROOT, "%13s", "-") : String.format(Locale.ROOT, "%3d/%-3d %.3f", c[0], c[1], c[0] / (double) c[1]);
    }
}

package org.vigie.eval;

import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Span;
import org.vigie.nlp.DefaultPipeline;
import org.vigie.nlp.kb.KbEntry;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.nlp.lang.LanguagePack;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * What the team-written evaluation sets share (quotes, quantities): documents written as paragraph lines followed by
 * gold lines and separated by blank lines, names compared without case, accents or punctuation, and the default
 * pipeline run up to the annotator under test.
 */
public final class WrittenDocuments {
    private WrittenDocuments() {
    }

    /**
     * Reads blank-line separated documents: paragraph lines, then gold lines starting with {@code goldPrefix} (passed
     * to {@code document} without it); {@code #} lines are comments. A gold line before any paragraph, or a paragraph
     * after gold lines with no blank line between, is an error naming {@code what} is wrong.
     */
    public static <T> List<T> parse(List<String> lines, String goldPrefix, String what,
                                    BiFunction<List<String>, List<String>, T> document) {
        List<T> out = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("#")) continue;
            if (line.isEmpty()) {
                if (!paragraphs.isEmpty()) out.add(document.apply(List.copyOf(paragraphs), List.copyOf(gold)));
                paragraphs.clear();
                gold.clear();
            } else if (line.startsWith(goldPrefix)) {
                if (paragraphs.isEmpty()) throw new IllegalArgumentException(what + " before any paragraph: " + raw);
                gold.add(line.substring(goldPrefix.length()));
            } else {
                if (!gold.isEmpty()) throw new IllegalArgumentException("paragraph after " + what + " lines without a blank line: " + raw);
                paragraphs.add(line);
            }
        }
        if (!paragraphs.isEmpty()) out.add(document.apply(List.copyOf(paragraphs), List.copyOf(gold)));
        return out;
    }

    /** A name as compared: lower case, no accents, each run of other characters one space. */
    public static String key(String name) {
        return LanguagePack.normalize(name).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The names an entity of a document answers to: its own, its mentions' texts and its knowledge-base names. */
    public static Set<String> names(Entity e, Document doc) {
        Set<String> out = new HashSet<>();
        out.add(key(e.name()));
        for (Span s : e.mentions()) out.add(key(doc.text(s)));
        KnowledgeBase.get().entry(e.id()).map(KbEntry::allNames).ifPresent(all -> all.forEach(n -> out.add(key(n))));
        out.remove("");
        return out;
    }

    /** The default pipeline's annotators up to and including {@code last}. */
    public static Pipeline pipelineThrough(String last) {
        List<String> steps = new ArrayList<>();
        for (String name : DefaultPipeline.names()) {
            steps.add(name);
            if (name.equals(last)) break;
        }
        return DefaultPipeline.create(steps);
    }

    /** The analysed document; when the pipeline fails, says so on {@code out} and scores the bare text instead. */
    public static Document analyse(Pipeline pipeline, String text, String set, PrintStream out) {
        try {
            return pipeline.run(Document.ofText(text));
        } catch (RuntimeException e) {
            out.println("  " + set + ": pipeline failed (" + e + ") on: " + text);
            return Document.ofText(text);
        }
    }

    /** The header line naming the annotators a written evaluation ran. */
    public static String pipelineLine(String what, Pipeline pipeline) {
        return what + " in team-written news paragraphs (pipeline: "
                + String.join(",", pipeline.annotators().stream().map(a -> a.name()).toList()) + ")";
    }
}

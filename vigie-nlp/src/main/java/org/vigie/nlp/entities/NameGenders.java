package org.vigie.nlp.entities;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.Pipeline;
import org.vigie.core.model.DocumentLanguage;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Mention;
import org.vigie.core.model.Sentence;
import org.vigie.core.model.Token;
import org.vigie.nlp.DefaultPipeline;
import org.vigie.nlp.ner.NerSentence;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.stream.Stream;

/**
 * Derives the genders of given names from raw news text, for {@code given-name-genders.tsv}: each text runs
 * through blocks, segmentation and the entity annotator; its person mentions of two words or more become the PER
 * spans of {@link GivenNames.Counter}, which votes the gendered pronouns after each name in its sentence and,
 * when no other person is named, in the next one, and keeps the names that pass its thresholds with a gender of
 * at least {@value #MIN_VOTES} votes and a {@value #SHARE} majority.
 * Usage: {@code NameGenders <language> <folder of .txt files>...}; only training texts may be given.
 */
public final class NameGenders {
    static final int MIN_VOTES = 8;
    static final double SHARE = 0.85;

    private NameGenders() {
    }

    /** The sentences of one document as words tagged B-PER/I-PER from its person mentions. */
    static List<NerSentence> sentences(Document doc, String name) {
        String text = doc.text();
        List<NerSentence> out = new ArrayList<>();
        List<Mention> people = doc.mentions().stream().filter(m -> m.type() == EntityType.PER).toList();
        for (Sentence s : doc.sentences()) {
            List<String> words = new ArrayList<>(), tags = new ArrayList<>();
            for (Token t : doc.tokens()) {
                if (t.start() < s.start() || t.end() > s.end()) continue;
                words.add(t.span().of(text));
                String tag = "O";
                for (Mention m : people) {
                    if (t.start() >= m.start() && t.end() <= m.end()) {
                        tag = t.start() == m.start() ? "B-PER" : "I-PER";
                        break;
                    }
                }
                tags.add(tag);
            }
            if (!words.isEmpty()) out.add(new NerSentence(name, words, tags));
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: NameGenders <language> <folder of .txt files>...");
            System.exit(2);
        }
        String language = args[0];
        GivenNames.Counter counter = GivenNames.counter(language);
        Pipeline pipeline = DefaultPipeline.create(List.of("blocks", "segment", "entities"));
        for (int i = 1; i < args.length; i++) {
            List<Path> files;
            try (Stream<Path> list = Files.list(Path.of(args[i]))) {
                files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) {
                Document raw = Document.ofText(Files.readString(f, StandardCharsets.UTF_8))
                        .with(Layers.of(LayerKind.LANGUAGE, List.of(new DocumentLanguage(language))));
                for (NerSentence s : sentences(pipeline.run(raw), f.getFileName().toString())) counter.add(s);
            }
        }
        counter.writeGenders(new PrintStream(System.out, true, StandardCharsets.UTF_8), MIN_VOTES, SHARE);
    }
}

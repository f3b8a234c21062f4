package org.vigie.nlp.ner;

import org.vigie.core.InputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens a named-entity corpus file whatever its format (HIPE TSV by its header, WikiNEuRal {@code .conllu}
 * by its tab-separated index column, otherwise CoNLL-2003), optionally keeping one part of it.
 *
 * <p>A part is chosen by a suffix on the file name: {@code val.conllu#train} keeps the sentences whose
 * index in the file (from 0) is not 4 modulo 5, {@code val.conllu#heldout} keeps every fifth sentence
 * (index % 5 == 4). This is the fixed split used to evaluate on WikiNEuRal, whose train files are not
 * available: models are trained on the {@code #train} four fifths and scored on the {@code #heldout} fifth.
 */
public final class NerCorpus {
    public static final String TRAIN = "train";
    public static final String HELD_OUT = "heldout";
    private static final int FOLDS = 5;

    private NerCorpus() {
    }

    /** True for the sentences of the held-back fifth. */
    public static boolean isHeldOut(int sentenceIndex) {
        return sentenceIndex % FOLDS == FOLDS - 1;
    }

    /** How a training or test file is named in manifests: its folder and file name, with any part. */
    public static String name(Path fileWithPart) {
        Path parent = fileWithPart.getParent();
        String file = String.valueOf(fileWithPart.getFileName());
        return parent == null || parent.getFileName() == null ? file : parent.getFileName() + "/" + file;
    }

    public static List<NerSentence> read(Path fileWithPart) throws IOException {
        String name = fileWithPart.getFileName() == null ? "" : fileWithPart.getFileName().toString();
        int hash = name.lastIndexOf('#');
        Path file = fileWithPart;
        String part = null;
        if (hash > 0 && !Files.exists(fileWithPart)) {
            part = name.substring(hash + 1);
            file = fileWithPart.resolveSibling(name.substring(0, hash));
            if (!part.equals(TRAIN) && !part.equals(HELD_OUT)) {
                throw new InputException(fileWithPart.toString(), "unknown part #" + part + " (use #" + TRAIN + " or #" + HELD_OUT + ")");
            }
        }
        if (!Files.isRegularFile(file)) throw new InputException(file.toString(), "no such file");
        List<NerSentence> all = readWhole(file);
        if (part == null) return all;
        List<NerSentence> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (isHeldOut(i) == part.equals(HELD_OUT)) kept.add(all.get(i));
        }
        return kept;
    }

    /** The sentence as a title-case headline: the first word and every word of four letters or more capitalised. */
    public static NerSentence titleCased(NerSentence s) {
        List<String> words = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            String w = s.words().get(i);
            boolean capitalise = (i == 0 || w.length() >= 4) && Character.isLowerCase(w.charAt(0));
            words.add(capitalise ? w.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + w.substring(1) : w);
        }
        return new NerSentence(s.document(), words, s.tags(), s.spaceAfter());
    }

    /** The sentence in capitals, as wire headlines often are. */
    public static NerSentence upperCased(NerSentence s) {
        List<String> words = new ArrayList<>(s.size());
        for (String w : s.words()) words.add(w.toUpperCase(java.util.Locale.ROOT));
        return new NerSentence(s.document(), words, s.tags(), s.spaceAfter());
    }

    private static List<NerSentence> readWhole(Path file) throws IOException {
        String first = null;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    first = line.startsWith("\uFEFF") ? line.substring(1) : line;
                    break;
                }
            }
        }
        if (first == null) return List.of();
        if (first.startsWith("TOKEN\t")) return HipeReader.read(file);
        String[] cols = first.split("\t", -1);
        if (cols.length >= 3 && cols[0].chars().allMatch(Character::isDigit)) return ConlluNerReader.read(file);
        return ConllNerReader.read(file);
    }
}

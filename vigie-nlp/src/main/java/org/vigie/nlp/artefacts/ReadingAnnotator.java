package org.vigie.nlp.artefacts;

import org.vigie.core.Annotator;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.Reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The text as the other annotators read it: UTF-8 read as Windows-1252 ("Korvan dÃ©nonce des Â« fantasmes Â»")
 * and HTML character references left undecoded ("d&amp;eacute;clar&amp;eacute;") repaired in place, so that cue words, names and quotation marks are found in damaged copies as in clean ones.
 * Each repair is padded to the damaged run's length with {@link Reading#FILLER}, which keeps every offset; no layer
 * when nothing is damaged. The damage itself is reported by the {@code artefacts} annotator, which reads the
 * original characters.
 */
public final class ReadingAnnotator implements Annotator {
    @Override
    public String name() {
        return "reading";
    }

    @Override
    public Set<LayerKind<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<LayerKind<?>> produces() {
        return Set.of(LayerKind.READING);
    }

    @Override
    public boolean readsOriginalText() {
        return true;
    }

    @Override
    public Layers annotate(Document doc) {
        String text = doc.text();
        // repaired run by run, not word by word: the sound characters between two repairs keep their offsets
        List<Mojibake.Finding> findings = new ArrayList<>(Mojibake.runs(text, 0, text.length()));
        findings.addAll(CharacterReferences.references(text, 0, text.length()));
        if (findings.isEmpty()) return Layers.of(LayerKind.READING, List.of());
        findings.sort(Comparator.comparing(Mojibake.Finding::span));
        StringBuilder reading = new StringBuilder(text);
        int done = 0;
        for (Mojibake.Finding f : findings) {
            if (f.span().start() < done) continue;
            done = f.span().end();
            String padded = padded(f.span().of(text), f.repair());
            if (padded != null) reading.replace(f.span().start(), f.span().end(), padded);
        }
        return Layers.of(LayerKind.READING, List.of(new Reading(reading.toString())));
    }

    /**
     * The repair of a damaged run at the run's length: the fillers follow the first repaired character when it is a
     * letter or digit, so the word stays one word, and precede it otherwise, so that a repaired apostrophe or
     * quotation mark still touches the word after it. Null when the repair is longer.
     */
    static String padded(String damaged, String repair) {
        int fill = damaged.length() - repair.length();
        if (fill < 0) return null;
        int p = 0;
        while (p < repair.length() && repair.charAt(p) == damaged.charAt(p)) p++;
        if (p == repair.length()) return fill == 0 ? repair : null;
        int cp = repair.codePointAt(p);
        int at = Character.isLetterOrDigit(cp) ? p + Character.charCount(cp) : p;
        return repair.substring(0, at) + String.valueOf(Reading.FILLER).repeat(fill) + repair.substring(at);
    }
}

package org.vigie.nlp.artefacts;

import org.vigie.core.Annotator;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.Reading;

import java.util.List;
import java.util.Set;

/**
 * The text as the other annotators read it: UTF-8 read as Windows-1252 ("Korvan dÃ©nonce des Â« fantasmes Â»")
 * repaired in place, so that cue words, names and quotation marks are found in damaged copies as in clean ones.
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
        List<Mojibake.Finding> findings = Mojibake.find(text, 0, text.length());
        if (findings.isEmpty()) return Layers.of(LayerKind.READING, List.of());
        StringBuilder reading = new StringBuilder(text);
        for (Mojibake.Finding f : findings) {
            String padded = padded(f.span().of(text), f.repair());
            if (padded != null) reading.replace(f.span().start(), f.span().end(), padded);
        }
        return Layers.of(LayerKind.READING, List.of(new Reading(reading.toString())));
    }

    /**
     * The repair of a damaged word at the damaged word's length: the fillers follow the first repaired character
     * when it is a letter or digit, so the word stays one word, and precede it otherwise, so that a repaired
     * apostrophe or quotation mark still touches the word after it. Null when the repair is not shorter.
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

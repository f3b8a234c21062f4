package org.vigie.stories;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.*;
import org.vigie.nlp.lang.LanguagePack;

import java.util.*;

/**
 * What story grouping needs to know about a document: a MinHash of its body's word shingles (copies and
 * edits), its content words (same-language similarity), and language-independent evidence — linked
 * entity ids, figures and dates — that lets a translation meet its original.
 */
public record Fingerprint(String documentId, String language, String date, String title, long[] minHash,
                          Map<String, Double> words, Set<String> entities, Set<String> figures, Set<String> dates,
                          int length) {

    static final int SHINGLE = 4;
    static final MinHash MINHASH = new MinHash(64, 20250301L);

    public static Fingerprint of(Document doc) {
        String text = bodyText(doc);
        String language = doc.language().orElse("und");
        List<String> tokens = words(text);
        Set<String> stop = LanguagePack.of(language).words("stopwords.txt");
        Map<String, Double> words = new HashMap<>();
        for (String t : tokens) {
            if (t.length() < 3 || stop.contains(t) || Character.isDigit(t.charAt(0))) continue;
            words.merge(t, 1.0, Double::sum);
        }
        List<Long> shingles = new ArrayList<>();
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + SHINGLE; k++) h = 31 * h + tokens.get(k).hashCode();
            shingles.add(h);
        }
        if (shingles.isEmpty() && !tokens.isEmpty()) shingles.add((long) String.join(" ", tokens).hashCode());
        Set<String> entities = new TreeSet<>();
        for (Entity e : doc.layerOrEmpty(LayerKind.ENTITIES)) {
            if (e.type() != EntityType.MISC) entities.add(e.id());
        }
        Set<String> figures = new TreeSet<>();
        for (Quantity q : doc.layerOrEmpty(LayerKind.QUANTITIES)) {
            if (q.value() != null && q.value() >= 2) figures.add(String.valueOf(q.value().longValue()));
        }
        Set<String> dates = new TreeSet<>();
        for (TimeExpression t : doc.layerOrEmpty(LayerKind.TIMES)) {
            if (t.value() != null && t.granularity() == TimeExpression.Granularity.DAY) dates.add(t.value());
        }
        String date = doc.published().map(Published::value).map(v -> v.length() >= 10 ? v.substring(0, 10) : v).orElse(null);
        String title = doc.title().map(Title::text).orElse(null);
        return new Fingerprint(doc.id(), language, date, title, MINHASH.signature(shingles), words, entities, figures, dates,
                tokens.size());
    }

    /** The body blocks' text (all text when blocks are unknown), so boilerplate does not make copies look different. */
    static String bodyText(Document doc) {
        List<Block> blocks = doc.layerOrEmpty(LayerKind.BLOCKS);
        if (blocks.isEmpty()) return doc.text();
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (b.isBody()) sb.append(doc.text(b.span())).append('\n');
        }
        return sb.length() == 0 ? doc.text() : sb.toString();
    }

    static List<String> words(String text) {
        String n = LanguagePack.normalize(text);
        List<String> out = new ArrayList<>();
        int i = 0, len = n.length();
        while (i < len) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int s = i;
                while (i < len && Character.isLetterOrDigit(n.charAt(i))) i++;
                out.add(n.substring(s, i));
            } else {
                i++;
            }
        }
        return out;
    }
}

package org.vigie.bench.stories;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;
import org.vigie.nlp.lang.LanguagePack;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Replays an analysed document as if it came from another time and world: generation {@code g} of document
 * {@code k} gets its own id, dates moved by {@link #DAYS_PER_GENERATION} days per generation, capitalised names
 * and entity ids renamed for the generation (so each generation tells new events about new actors, the same way in
 * every language: the renaming keeps the first letters that name keys compare), figures changed, and a few typos.
 * Lengths never change, so every span of the analysis stays valid.
 */
final class Replay {
    static final int DAYS_PER_GENERATION = 7;
    /** Share of longer lower-case words that get a typo. */
    static final double TYPO_RATE = 0.03;

    private Replay() {
    }

    static Document of(Document base, int generation, int index) {
        String text = rewrite(base.text(), generation, new SplittableRandom(generation * 1_000_003L + index));
        Layers.Builder layers = Layers.builder();
        copy(base, layers, LayerKind.BLOCKS);
        copy(base, layers, LayerKind.LANGUAGE);
        copy(base, layers, LayerKind.SOURCES);
        copy(base, layers, LayerKind.ARTEFACTS);
        base.title().ifPresent(t -> layers.put(LayerKind.TITLE, List.of(new Title(rewrite(t.text(), generation, new SplittableRandom(generation)), t.evidence()))));
        base.published().ifPresent(p -> layers.put(LayerKind.PUBLISHED, List.of(new Published(shift(p.value(), generation), p.evidence(), p.method()))));
        List<Entity> entities = new ArrayList<>();
        for (Entity e : base.layerOrEmpty(LayerKind.ENTITIES)) entities.add(new Entity(id(e.id(), generation), e.name(), e.type(), e.mentions()));
        layers.put(LayerKind.ENTITIES, entities);
        List<TimeExpression> times = new ArrayList<>();
        for (TimeExpression t : base.layerOrEmpty(LayerKind.TIMES)) times.add(new TimeExpression(t.span(), shift(t.value(), generation), t.granularity()));
        layers.put(LayerKind.TIMES, times);
        List<Quote> quotes = new ArrayList<>();
        for (Quote q : base.layerOrEmpty(LayerKind.QUOTES)) {
            EntityRef s = q.speaker() == null ? null : new EntityRef(id(q.speaker().entity(), generation), q.speaker().name());
            quotes.add(new Quote(q.span(), q.direct(), s, q.cue(), q.language()));
        }
        layers.put(LayerKind.QUOTES, quotes);
        // Figures are read from the rewritten text (the quantities layer would keep the original values).
        String id = id(generation, index);
        return Document.of(id, Input.ofPath(null, "text/plain", text.length()), text, Metadata.EMPTY).with(layers.build());
    }

    /**
     * The entity id of the generation: the words of an engine id renamed as names are in the text (so the same entity
     * gets the same id in every language), a Wikidata id numbered for the generation.
     */
    static String id(String entityId, int generation) {
        if (entityId.matches("Q[0-9]+")) return "vigie:q" + entityId.substring(1) + "-gen" + generation;
        int colon = entityId.indexOf(':');
        char[] slug = entityId.substring(colon + 1).toCharArray();
        int i = 0;
        while (i < slug.length) {
            if (!Character.isLetter(slug[i])) {
                i++;
                continue;
            }
            int s = i;
            while (i < slug.length && Character.isLetter(slug[i])) i++;
            if (i - s >= 3) rename(slug, s, i, generation);
        }
        return entityId.substring(0, colon + 1) + new String(slug);
    }

    private static <T> void copy(Document from, Layers.Builder to, LayerKind<T> kind) {
        if (from.has(kind)) to.put(kind, from.layer(kind));
    }

    static String id(int generation, int index) {
        long a = mix(generation * 0x9E3779B97F4A7C15L + index), b = mix(a ^ 0xD1B54A32D192ED03L), c = mix(b), d = mix(c);
        java.util.HexFormat hex = java.util.HexFormat.of();
        return hex.toHexDigits(a) + hex.toHexDigits(b) + hex.toHexDigits(c) + hex.toHexDigits(d);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static String shift(String isoDate, int generation) {
        if (isoDate == null || isoDate.length() < 10) return isoDate;
        try {
            return LocalDate.parse(isoDate.substring(0, 10)).plusDays((long) generation * DAYS_PER_GENERATION) + isoDate.substring(10);
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }

    /** The text with names renamed, long numbers changed and a few typos, letter for letter. */
    static String rewrite(String text, int generation, SplittableRandom typos) {
        char[] out = text.toCharArray();
        int i = 0;
        while (i < out.length) {
            if (Character.isLetter(out[i])) {
                int s = i;
                while (i < out.length && Character.isLetter(out[i])) i++;
                if (Character.isUpperCase(out[s]) && i - s >= 3) {
                    rename(out, s, i, generation);
                } else if (i - s >= 5 && typos.nextDouble() < TYPO_RATE) {
                    int at = s + 1 + typos.nextInt(i - s - 2);
                    if (out[at] >= 'a' && out[at] <= 'z') out[at] = (char) ('a' + (out[at] - 'a' + 1 + typos.nextInt(24)) % 26);
                }
            } else if (Character.isDigit(out[i])) {
                int s = i;
                while (i < out.length && Character.isDigit(out[i])) i++;
                if (i - s >= 2) for (int j = s; j < i; j++) out[j] = (char) ('0' + (out[j] - '0' + generation) % 10);
            } else {
                i++;
            }
        }
        return new String(out);
    }

    /**
     * Renames a capitalised word for the generation: letters 2 to 5 are replaced according to the word's
     * normalised first five letters, so "Valdoria" and "Valdorie" still share a name key.
     */
    private static void rename(char[] out, int start, int end, int generation) {
        String key = LanguagePack.normalize(new String(out, start, Math.min(5, end - start)));
        long h = mix(key.hashCode() * 31L + generation);
        for (int j = start + 1; j < Math.min(start + 5, end); j++) {
            if (!Character.isLetter(out[j])) continue;
            char c = (char) ('a' + (int) Math.floorMod(h, 26L));
            out[j] = Character.isUpperCase(out[j]) ? Character.toUpperCase(c) : c;
            h = mix(h);
        }
    }
}

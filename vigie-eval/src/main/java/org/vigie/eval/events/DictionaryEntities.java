package org.vigie.eval.events;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Mention;
import org.vigie.core.model.Span;
import org.vigie.eval.quotes.CapitalisedEntities;
import org.vigie.nlp.entities.GroupActors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in entity layer for sentences whose actors are only known to a TABARI/PETRARCH actor dictionary (the
 * fictional states and people of the PETRARCH unit-test suite, coded by {@code PETR.Validate.actors.txt}): the
 * dictionary's names found in a sentence become entities, merged with the pipeline's own entity layer.
 * <p>
 * Each root line and {@code +synonym} of the dictionary is a name of the root's entity; a phrase ending with
 * {@code _} must end at a word boundary, any other is a stem, its last word matched by any word it begins
 * ("ARGENTIN" finds "Argentine"), as the dictionary format defines. A match starts on a capitalised word (the
 * dictionaries name proper nouns), is bounded by non-letters (so "Dagolath's" is the name plus a possessive), and
 * the longest match wins where matches overlap. The entity is named by its root phrase (so the name finds its code
 * again through {@link ActorCodes}) and typed GPE when the root's code is a bare three-letter state code, ORG
 * otherwise: the dictionary does not mark persons, so none is typed PER. Merging: dictionary spans win, a pipeline
 * mention overlapping one is dropped (and a pipeline entity left with no mention goes with it), as is a group
 * mention of no state right after a dictionary state ("Gondor police"): the pipeline's group rule makes such an
 * agent of a named state that state, and the comparison adds the agent's sector back.
 */
final class DictionaryEntities {
    private record Name(Pattern pattern, String root, EntityType type) {
    }

    record Hit(int start, int end, Name name) {
    }

    private static final Pattern STATE_CODE = Pattern.compile("[A-Za-z]{3}");

    private final List<Name> names = new ArrayList<>();

    private DictionaryEntities() {
    }

    static DictionaryEntities read(Path actors) throws IOException {
        return of(Files.readAllLines(actors, StandardCharsets.UTF_8));
    }

    /** The names of dictionary lines (root lines, {@code +synonyms}, tab-indented code lines). */
    static DictionaryEntities of(List<String> lines) {
        DictionaryEntities d = new DictionaryEntities();
        String root = null;
        List<String> phrases = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
            if (line.isBlank() || line.strip().startsWith("<!")) continue;
            boolean codeOnly = Character.isWhitespace(line.charAt(0)) && line.strip().startsWith("[");
            Matcher m = Pattern.compile("\\[([^\\]]+)]").matcher(line);
            List<String> here = new ArrayList<>();
            while (m.find()) here.add(m.group(1).strip());
            if (codeOnly) {
                codes.addAll(here);
                continue;
            }
            String phrase = line.replaceAll("\\[[^\\]]*]", "").strip();
            if (phrase.startsWith("+")) {
                phrases.add(phrase.substring(1).strip());
                codes.addAll(here);
                continue;
            }
            d.flush(root, phrases, codes);
            root = phrase;
            phrases = new ArrayList<>(List.of(phrase));
            codes = new ArrayList<>(here);
        }
        d.flush(root, phrases, codes);
        return d;
    }

    private void flush(String root, List<String> phrases, List<String> codes) {
        if (root == null || root.isEmpty()) return;
        // the default code is the one without a date restriction, else the first
        String code = codes.stream().filter(c -> !c.contains(" ")).findFirst()
                .orElse(codes.isEmpty() ? "" : codes.get(0).split("\\s+")[0]);
        EntityType type = STATE_CODE.matcher(code).matches() ? EntityType.GPE : EntityType.ORG;
        String name = title(root.replace('_', ' ').strip());
        for (String p : phrases) {
            Pattern pattern = pattern(p);
            if (pattern != null) names.add(new Name(pattern, name, type));
        }
    }

    /** A phrase's pattern: words separated by blanks, the last one a stem unless the phrase ends with {@code _}. */
    static Pattern pattern(String phrase) {
        boolean exact = phrase.endsWith("_");
        String[] words = phrase.replace('_', ' ').strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) return null;
        StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < words.length; i++) {
            // the suite's texts sometimes keep the dictionary's underscore ("Dol_Amroth")
            if (i > 0) re.append("[\\s_]+");
            re.append(Pattern.quote(words[i]));
        }
        if (!exact) re.append("\\p{L}*");
        re.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String title(String s) {
        StringBuilder out = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
            if (w.isEmpty()) continue;
            if (out.length() > 0) out.append(' ');
            out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return out.toString();
    }

    /** The dictionary names found in a text: longest first where they overlap, in text order. */
    List<Hit> find(String text) {
        List<Hit> all = new ArrayList<>();
        for (Name n : names) {
            Matcher m = n.pattern.matcher(text);
            while (m.find()) {
                if (m.end() > m.start() && Character.isUpperCase(text.charAt(m.start()))) all.add(new Hit(m.start(), m.end(), n));
            }
        }
        all.sort(Comparator.comparingInt((Hit h) -> h.start - h.end).thenComparingInt(h -> h.start));
        List<Hit> kept = new ArrayList<>();
        for (Hit h : all) if (kept.stream().noneMatch(k -> k.start < h.end && h.start < k.end)) kept.add(h);
        kept.sort(Comparator.comparingInt(Hit::start));
        return kept;
    }

    /** The document with its entity layers replaced by the dictionary names merged with the pipeline's entities. */
    Document merge(Document doc) {
        List<Hit> hits = find(doc.text());
        List<Mention> mentions = new ArrayList<>();
        Map<String, Entity> byId = new LinkedHashMap<>();
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        List<Span> states = new ArrayList<>();
        for (Hit h : hits) {
            String id = "vigie:" + CapitalisedEntities.slug(h.name.root);
            Span s = new Span(h.start, h.end);
            mentions.add(new Mention(s, h.name.type, id, 1.0));
            spans.computeIfAbsent(id, k -> new ArrayList<>()).add(s);
            byId.putIfAbsent(id, new Entity(id, h.name.root, h.name.type, List.of()));
            if (h.name.type == EntityType.GPE) states.add(s);
        }
        Set<String> dropped = new HashSet<>();
        List<Mention> pipeline = doc.layerOrEmpty(LayerKind.MENTIONS);
        for (Mention m : pipeline) {
            boolean overlaps = hits.stream().anyMatch(h -> h.start < m.span().end() && m.span().start() < h.end);
            boolean agentOfState = GroupActors.parse(m.entityId()).map(g -> g.country() == null).orElse(false)
                    && states.stream().anyMatch(s -> s.end() <= m.span().start()
                    && doc.text().substring(s.end(), m.span().start()).isBlank());
            if (overlaps || agentOfState) {
                dropped.add(m.entityId());
                continue;
            }
            mentions.add(m);
        }
        Set<String> kept = new HashSet<>();
        for (Mention m : mentions) kept.add(m.entityId());
        List<Entity> entities = new ArrayList<>();
        for (Entity e : byId.values()) entities.add(new Entity(e.id(), e.name(), e.type(), spans.get(e.id())));
        for (Entity e : doc.layerOrEmpty(LayerKind.ENTITIES)) {
            if (byId.containsKey(e.id())) continue;
            if (dropped.contains(e.id()) && !kept.contains(e.id())) continue;
            List<Span> left = e.mentions().stream()
                    .filter(s -> hits.stream().noneMatch(h -> h.start < s.end() && s.start() < h.end)).toList();
            entities.add(new Entity(e.id(), e.name(), e.type(), left));
        }
        mentions.sort(Comparator.comparing(Mention::span));
        return doc.without(LayerKind.MENTIONS, LayerKind.ENTITIES).with(Layers.builder()
                .put(LayerKind.MENTIONS, mentions).put(LayerKind.ENTITIES, entities).build());
    }
}

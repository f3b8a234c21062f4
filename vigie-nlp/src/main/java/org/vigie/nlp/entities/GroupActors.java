package org.vigie.nlp.entities;

import org.vigie.core.ConfigException;
import org.vigie.core.Document;
import org.vigie.core.model.*;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.nlp.lang.LanguagePack;

import java.util.*;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Group actors: a noun phrase headed by an agent noun of {@code group-actors.tsv} ("insurgents", "Syrian rebels",
 * "les manifestants", "congress") becomes an entity {@code vigie:group:<noun>}, or
 * {@code vigie:group:<country>:<noun>} when a demonym, a country or a possessive qualifies it ("Syrian rebels", "les
 * rebelles syriens", "Syria's rebels"), where {@code <country>} is the state's QID or the slug of its {@code vigie:}
 * id and {@code <noun>} the slug of the English plural; type ORG, name the English phrase ("Syrian rebels"), mentions
 * the agent noun's spans (the demonym stays a mention of its state). An agent of a state ("troops", "police",
 * "parliament") qualified by a state is that state, as the demo guidelines settle, and gives no group; so does a
 * capitalised noun inside a name ("the Senate" of a named state is the name tagger's), and so does one tied to a state
 * named elsewhere by an article, a possessive or a count ("his troops", "les troupes", "40,000 soldiers"). Coordinated
 * qualifiers ("US and British activists") make one group each; the noun is a mention of the first only, since a
 * mention belongs to one entity, and the others are entities without mentions (as office holders named only by
 * their role are), for the events annotator to find.
 * <p>
 * Only phrases in an argument position become entities: a group noun governed by a preposition of circumstance
 * ({@code group-prepositions.txt}: "in clashes with", "among civilians") is left out, so that the entity list names the
 * groups that act or are acted upon, not every crowd the text mentions. The test is light on purpose: the entities
 * annotator runs before the events annotator and cannot know which phrases will be actors, and an entity list can be
 * written only once. Group entities are not named entities: entity scoring leaves them out.
 */
public final class GroupActors {
    /** The id prefix of group entities. */
    public static final String PREFIX = "vigie:group:";

    /** A group id read back: the qualifying state's entity id (null when bare) and the English noun slug. */
    public record Group(String country, String noun) {
    }

    /**
     * A group noun: {@code state} for a state's agent; {@code body} for an organised non-governmental body (a rights
     * group, an aid agency), which a state it is placed in ("a watchdog in X") qualifies as its demonym does, since a
     * body works where it is registered, unlike a crowd ("refugees in X" are not X's).
     */
    private record Noun(String name, String agent, boolean state, boolean body) {
    }

    private static final Map<String, GroupActors> CACHE = new ConcurrentHashMap<>();

    private final Map<String, Noun> nouns = new HashMap<>();
    /** The most words of a noun of the table. */
    private final int longest;
    private final Set<String> prepositions = new HashSet<>();
    /** Link words by role ("and", "possessive", "of", "origin"), from {@code group-links.tsv}. */
    private final Map<String, Set<String>> links = new HashMap<>();

    private GroupActors(String code) {
        String path = "org/vigie/nlp/lang/" + code + "/group-actors.tsv";
        int most = 1;
        for (Map<String, String> row : LanguagePack.of(code).table("group-actors.tsv")) {
            String noun = LanguagePack.normalize(row.getOrDefault("noun", "").strip());
            String name = row.getOrDefault("name", "").strip();
            String agent = row.getOrDefault("agent", "").strip();
            String kind = row.getOrDefault("kind", "").strip();
            if (noun.isEmpty() || name.isEmpty() || !agent.matches("[A-Z]{3}") || !Set.of("group", "state", "body").contains(kind)) {
                throw new ConfigException(path + ": bad row " + row);
            }
            nouns.put(noun, new Noun(name, agent, kind.equals("state"), kind.equals("body")));
            most = Math.max(most, noun.split(" ").length);
        }
        longest = most;
        for (String p : LanguagePack.of(code).words("group-prepositions.txt")) prepositions.add(LanguagePack.normalize(p));
        for (Map<String, String> row : LanguagePack.of(code).table("group-links.tsv")) {
            String word = LanguagePack.normalize(row.getOrDefault("word", "").strip());
            if (!word.isEmpty()) links.computeIfAbsent(row.getOrDefault("role", "").strip(), r -> new HashSet<>()).add(word);
        }
    }

    static GroupActors of(String code) {
        return CACHE.computeIfAbsent(code.toLowerCase(Locale.ROOT), GroupActors::new);
    }

    /** The id of the group of a noun slug ("rebels"), qualified by a state's entity id ("Q858") or not (null). */
    public static String id(String countryId, String nounSlug) {
        if (countryId == null) return PREFIX + nounSlug;
        return PREFIX + (countryId.startsWith("vigie:") ? countryId.substring("vigie:".length()) : countryId) + ":" + nounSlug;
    }

    /** Whether an entity id is a group's. */
    public static boolean isGroup(String entityId) {
        return entityId != null && entityId.startsWith(PREFIX);
    }

    /** The qualifying state and noun of a group id; empty for any other id. */
    public static Optional<Group> parse(String entityId) {
        if (!isGroup(entityId)) return Optional.empty();
        String rest = entityId.substring(PREFIX.length());
        int colon = rest.lastIndexOf(':');
        if (colon < 0) return rest.isEmpty() ? Optional.empty() : Optional.of(new Group(null, rest));
        String country = rest.substring(0, colon), noun = rest.substring(colon + 1);
        if (country.isEmpty() || noun.isEmpty()) return Optional.empty();
        return Optional.of(new Group(country.matches("Q[0-9]+") ? country : "vigie:" + country, noun));
    }

    /** The CAMEO agent code ("REB", "OPP", "LEG") of a group noun slug ("rebels"), from any language's table. */
    public static Optional<String> agentCode(String nounSlug) {
        return Optional.ofNullable(Agents.BY_NOUN.get(nounSlug));
    }

    /** Agent codes by English noun slug, read once, on first use, from every language's table. */
    private static final class Agents {
        static final Map<String, String> BY_NOUN = load();

        private static Map<String, String> load() {
            Map<String, String> m = new HashMap<>();
            for (String l : EntityAnnotator.LANGUAGES) for (Noun n : of(l).nouns.values()) m.putIfAbsent(slug(n.name), n.agent);
            return Map.copyOf(m);
        }
    }

    /** A sentence to look for groups in: its tokens and language. */
    record Sentence(List<Token> tokens, String language) {
    }

    /**
     * The entity layers with the groups of the given sentences added: mentions (type ORG, confidence 0.5) and one
     * entity per group id, after the named entities.
     */
    static org.vigie.core.Layers addTo(org.vigie.core.Layers base, String text, List<Sentence> sentences, KnowledgeBase kb) {
        List<Mention> mentions = new ArrayList<>(base.get(org.vigie.core.LayerKind.MENTIONS));
        Map<String, String> names = new HashMap<>();
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            if (s.language() == null || !EntityAnnotator.LANGUAGES.contains(s.language())) continue;
            of(s.language()).find(text, s.tokens(), mentions, kb, names, spans);
        }
        if (spans.isEmpty()) return base;
        List<Entity> entities = new ArrayList<>(base.get(org.vigie.core.LayerKind.ENTITIES));
        for (Map.Entry<String, List<Span>> e : spans.entrySet()) {
            for (Span s : e.getValue()) mentions.add(new Mention(s, EntityType.ORG, e.getKey(), 0.5));
            entities.add(new Entity(e.getKey(), names.get(e.getKey()), EntityType.ORG, List.copyOf(new TreeSet<>(e.getValue()))));
        }
        mentions.sort(Comparator.comparing(Mention::span));
        return org.vigie.core.Layers.builder().put(org.vigie.core.LayerKind.MENTIONS, mentions)
                .put(org.vigie.core.LayerKind.ENTITIES, entities).build();
    }

    /**
     * The group mentions of one sentence ({@code tokens} of the document, {@code mentions} the entity mentions found so
     * far), added to {@code out} keyed by group id, each with the group's name.
     */
    void find(String text, List<Token> tokens, List<Mention> mentions, KnowledgeBase kb, Map<String, String> names,
              Map<String, List<Span>> out) {
        if (nouns.isEmpty() || tokens.isEmpty()) return;
        List<String> forms = new ArrayList<>(tokens.size());
        for (Token t : tokens) forms.add(LanguagePack.normalize(t.span().of(text)));
        Mention[] at = new Mention[tokens.size()];
        Span sentence = new Span(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
        for (Mention m : mentions) {
            if (!m.span().overlaps(sentence)) continue;
            for (int k = 0; k < tokens.size(); k++) if (m.span().contains(tokens.get(k).span())) at[k] = m;
        }
        for (int i = 0; i < tokens.size(); i++) {
            int end = i + 1;
            Noun noun = null;
            // the longest noun of the table ("human rights group" before "rights group")
            for (int w = Math.min(longest, tokens.size() - i); w >= 2 && noun == null; w--) {
                noun = nouns.get(String.join(" ", forms.subList(i, i + w)));
                if (noun != null) end = i + w;
            }
            if (noun == null) noun = nouns.get(forms.get(i));
            if (noun == null) continue;
            boolean named = false;
            for (int k = i; k < end; k++) if (at[k] != null) named = true;
            String surface = tokens.get(i).span().of(text);
            // "the Senate", "Congress": a capitalised noun inside a sentence is a name, the name tagger's business; an
            // acronym of the table ("NGOs", "des ONG") is a common noun written in capitals
            if (named || i > 0 && Character.isUpperCase(surface.charAt(0)) && !acronym(surface)) {
                i = end - 1;
                continue;
            }
            Noun modifier = null;
            if (!noun.state) {
                // "opposition activists", "militants de l'opposition": two group nouns of one phrase are one group, the
                // head's, and the mention is the whole phrase as written
                int m = end;
                if (m < tokens.size() && is("of", forms.get(m)) && !is("origin", forms.get(m))) {
                    m++;
                    if (m < tokens.size() && is("determiner", forms.get(m))) m++;
                    Noun after = groupNounAt(text, tokens, forms, at, m);
                    if (after != null) {
                        modifier = after;
                        end = m + 1;
                    }
                }
                Noun next = modifier == null ? groupNounAt(text, tokens, forms, at, end) : null;
                if (next != null) {
                    modifier = noun;
                    noun = next;
                    end++;
                }
            }
            int[] phraseStart = {i};
            List<Mention> others = new ArrayList<>();
            Mention qualifier = qualifier(text, tokens, forms, at, i, end, phraseStart, others, noun.body);
            // "UN troops", "Hamas fighters": a group of a named organisation is the organisation's
            boolean organisation = i > 0 && at[i - 1] != null && at[i - 1].type() == EntityType.ORG && !hyphenated(text, at[i - 1]);
            if (organisation || noun.state && (qualifier != null || ofState(forms, at, end) || owned(tokens, forms, phraseStart[0]))) {
                i = end - 1;
                continue;
            }
            // "rights group Amnesty International", "l'ONG Amnesty": a body's common noun right before an organisation's
            // name describes the name, which is the actor
            if (noun.body && end < tokens.size() && at[end] != null && at[end].type() == EntityType.ORG) {
                i = end - 1;
                continue;
            }
            if (circumstance(tokens, forms, at, phraseStart[0])) {
                i = end - 1;
                continue;
            }
            String country = qualifier == null ? null : qualifier.entityId();
            String slug = slug(noun.name);
            String id = id(country, slug);
            String name = modifier == null ? noun.name : modifier.name + " " + noun.name;
            names.putIfAbsent(id, country == null ? name : adjective(country, kb) + " " + name);
            out.computeIfAbsent(id, x -> new ArrayList<>()).add(new Span(tokens.get(i).start(), tokens.get(end - 1).end()));
            if (qualifier != null) {
                // "US and British activists": the noun is a mention of the first group only (a mention belongs to one
                // entity); the others are entities without a mention of their own, for the events annotator
                for (Mention o : others) {
                    if (o.entityId().equals(country)) continue;
                    String other = id(o.entityId(), slug);
                    names.putIfAbsent(other, adjective(o.entityId(), kb) + " " + noun.name);
                    out.computeIfAbsent(other, x -> new ArrayList<>());
                }
            }
            i = end - 1;
        }
    }

    /** A word of two or more capitals, a plural "s" aside ("NGO", "NGOs"). */
    private static boolean acronym(String surface) {
        String w = surface.endsWith("s") ? surface.substring(0, surface.length() - 1) : surface;
        return w.length() >= 2 && w.chars().allMatch(Character::isUpperCase);
    }

    /** A group noun (not a state agent) of one lower-case word at {@code k}, outside any name; else null. */
    private Noun groupNounAt(String text, List<Token> tokens, List<String> forms, Mention[] at, int k) {
        if (k >= tokens.size() || at[k] != null || !Character.isLowerCase(tokens.get(k).span().of(text).charAt(0))) return null;
        Noun n = nouns.get(forms.get(k));
        return n == null || n.state ? null : n;
    }

    /**
     * The state qualifying the noun at {@code [i, end)}: a state mention right before it ("Syrian rebels", "US
     * activists"; the first of coordinated ones, "US and British activists", the others added to {@code others}),
     * a possessive ("Syria's rebels") or a lower-case demonym right after it ("les rebelles syriens"). "pro-Russia
     * rebels" are not Russia's. Sets {@code phraseStart[0]} to the first token of the phrase.
     */
    private boolean is(String role, String form) {
        return links.getOrDefault(role, Set.of()).contains(form);
    }

    private Mention qualifier(String text, List<Token> tokens, List<String> forms, Mention[] at, int i, int end, int[] phraseStart,
                              List<Mention> others, boolean body) {
        Mention found = null;
        int k = i - 1;
        if (k >= 1 && is("possessive", forms.get(k)) && state(at[k - 1])) {
            found = at[k - 1];
            k = first(tokens, at[k - 1], k - 1);
            phraseStart[0] = k;
            return hyphenated(text, found) ? null : found;
        }
        while (k >= 0 && state(at[k])) {
            if (found != null && !hyphenated(text, found)) others.add(found);
            found = at[k];
            k = first(tokens, at[k], k);
            phraseStart[0] = k;
            // "US and British activists", "Russian, Chinese and Iranian officials"
            int before = k - 1;
            if (before >= 1 && is("and", forms.get(before))
                    && state(at[before - 1])) {
                k = before - 1;
                continue;
            }
            break;
        }
        if (found != null) return hyphenated(text, found) ? null : found;
        if (end < tokens.size() && state(at[end]) && Character.isLowerCase(tokens.get(end).span().of(text).charAt(0))) {
            // "des militants allemands et italiens"
            int k2 = end;
            while (k2 + 1 < tokens.size() && at[k2 + 1] == at[k2]) k2++;
            while (k2 + 2 < tokens.size() && is("and", forms.get(k2 + 1)) && state(at[k2 + 2])
                    && Character.isLowerCase(tokens.get(k2 + 2).span().of(text).charAt(0))) {
                others.add(at[k2 + 2]);
                k2 += 2;
                while (k2 + 1 < tokens.size() && at[k2 + 1] == at[k2]) k2++;
            }
            return at[end];
        }
        // "dissidents from Myanmar", "dissidents from military-ruled Myanmar": where the group comes from; "a rights
        // group in Myanmar": where a body works
        if (end < tokens.size() && (is("origin", forms.get(end)) || body && is("place", forms.get(end)))) {
            for (int k2 = end + 1; k2 < tokens.size() && k2 <= end + 2; k2++) {
                if (state(at[k2])) return hyphenated(text, at[k2]) ? null : at[k2];
                if (tokens.get(k2).kind() == Token.Kind.PUNCT) break;
            }
        }
        return null;
    }

    private static int first(List<Token> tokens, Mention m, int k) {
        while (k > 0 && m.span().contains(tokens.get(k - 1).span())) k--;
        return k;
    }

    private static boolean state(Mention m) {
        return m != null && m.type() == EntityType.GPE;
    }

    /** "pro-Russia", "anti-Assad": a name glued by a hyphen to a word before it does not qualify. */
    private static boolean hyphenated(String text, Mention m) {
        int s = m.span().start(), e = m.span().end();
        if (s > 0 && (text.charAt(s - 1) == '-' || text.charAt(s - 1) == '‑')) return true;
        // "Al-Qaeda-linked", "Iran-backed": a compound adjective of relation
        String surface = m.span().of(text);
        int h = surface.lastIndexOf('-');
        return e < text.length() && text.charAt(e) == '-'
                || h > 0 && h + 1 < surface.length() && Character.isLowerCase(surface.charAt(h + 1));
    }

    /**
     * "the troops of Valdoria", "les forces de la Valdorie", "police in Guyana": a state after "of"/"de" or a place
     * preposition (an article between).
     */
    private boolean ofState(List<String> forms, Mention[] at, int end) {
        if (end >= forms.size() || !is("of", forms.get(end)) && !is("place", forms.get(end))) return false;
        for (int k = end + 1; k < forms.size() && k <= end + 2; k++) if (state(at[k])) return true;
        return false;
    }

    /**
     * A state agent tied to a state named elsewhere: an article, possessive or demonstrative right before it ("his
     * troops", "les troupes", "her country's forces"), "of" ("the number of troops"), or a count within two words ("40,000 troops", "175 000
     * soldats"): the troops counted or owned are a state's, not a group of their own.
     */
    private boolean owned(List<Token> tokens, List<String> forms, int start) {
        if (start == 0) return false;
        String before = forms.get(start - 1);
        // "the number of troops", "le retrait des troupes": a state agent after "of" is someone's
        if (is("determiner", before) || is("possessive", before) || is("of", before)) return true;
        for (int k = start - 1; k >= 0 && k >= start - 2; k--) {
            if (tokens.get(k).kind() == Token.Kind.NUMBER || forms.get(k).chars().anyMatch(Character::isDigit)) return true;
        }
        return false;
    }

    /** A preposition of circumstance among the three words before the phrase, back to punctuation or a name. */
    private boolean circumstance(List<Token> tokens, List<String> forms, Mention[] at, int start) {
        for (int k = start - 1; k >= 0 && k >= start - 3; k--) {
            if (tokens.get(k).kind() == Token.Kind.PUNCT || at[k] != null) return false;
            // "more than 40 demonstrators", "about 200 protesters": before a count, the word measures the group
            if (prepositions.contains(forms.get(k))) return k + 1 >= start || tokens.get(k + 1).kind() != Token.Kind.NUMBER;
        }
        return false;
    }

    /** The id slug of an English group name ("riot police" -> "riot-police"). */
    private static String slug(String name) {
        return KnowledgeBase.slug(name).substring("vigie:".length());
    }

    /** The English demonym of a state ("Syrian"), else its name. */
    private static String adjective(String country, KnowledgeBase kb) {
        for (Map<String, String> row : LanguagePack.of("en").table("demonyms.tsv")) {
            if (country.equals(row.get("country"))) {
                String forms = row.getOrDefault("forms", "");
                if (!forms.isBlank()) return forms.split("\\|")[0];
            }
        }
        return kb.entry(country).map(e -> e.name()).orElseGet(() -> titleCase(country.startsWith("vigie:") ? country.substring(6) : country));
    }

    /** A name read back from an engine id's slug: "new-lessaria" -> "New Lessaria". */
    private static String titleCase(String slug) {
        StringBuilder out = new StringBuilder();
        for (String w : slug.split("-")) {
            if (w.isEmpty()) continue;
            if (out.length() > 0) out.append(' ');
            out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return out.toString();
    }
}

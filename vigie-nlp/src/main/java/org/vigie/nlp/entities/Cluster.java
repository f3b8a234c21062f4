package org.vigie.nlp.entities;

import org.vigie.core.model.EntityType;

import java.util.*;

/** Mentions grouped as one entity while a document is read. */
final class Cluster {
    final List<Candidate> members = new ArrayList<>();
    /** The distinct forms of the members (demonyms aside) and of the knowledge-base names, keys computed once. */
    final List<Form> forms = new ArrayList<>();
    private final Set<String> formTexts = new HashSet<>();
    String kbId;
    String kbName;
    EntityType kbType;
    int lastSentence;

    Cluster(String kbId, String kbName, EntityType kbType) {
        this.kbId = kbId;
        this.kbName = kbName;
        this.kbType = kbType;
    }

    void addForm(String text) {
        if (formTexts.add(text)) forms.add(new Form(text));
    }

    void add(Candidate c) {
        members.add(c);
        if (c.source != Candidate.Source.DEMONYM && c.source != Candidate.Source.DERIVED_DEMONYM) addForm(c.text);
        c.cluster = this;
        lastSentence = Math.max(lastSentence, c.sentence);
    }

    /** The knowledge-base type, else the best-supported type (strong evidence counts three times). */
    EntityType type() {
        if (kbType != null) return kbType;
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        for (Candidate c : members) {
            if (c.source == Candidate.Source.DERIVED_DEMONYM) continue;
            // strong evidence (a title, a cue word) outweighs any number of guesses; a lone word's default guess counts least
            int weight = c.strong() ? 12 : c.confidence >= CapitalisedNameTagger.WEAK ? 4 : c.words().length > 1 ? 2 : 1;
            votes.merge(c.type, weight, Integer::sum);
        }
        if (fullPersonName()) return EntityType.PER;
        EntityType best = EntityType.MISC;
        int bestVotes = -1;
        for (EntityType t : List.of(EntityType.PER, EntityType.ORG, EntityType.GPE, EntityType.LOC, EntityType.MISC)) {
            int v = votes.getOrDefault(t, 0);
            if (v > bestVotes) {
                best = t;
                bestVotes = v;
            }
        }
        return best;
    }

    /**
     * A strongly typed person's name of two words or more among mentions that are otherwise single words: the
     * single words are its surname used alone ("Hillary Clinton ... Clinton said"), whatever place or
     * organisation the same word also names.
     */
    private boolean fullPersonName() {
        boolean full = false;
        for (Candidate c : members) {
            if (c.source == Candidate.Source.DERIVED_DEMONYM) continue;
            if (c.type == EntityType.PER && c.strong() && c.words().length >= 2) full = true;
            else if (c.type != EntityType.PER && c.words().length >= 2) return false;
        }
        return full;
    }

    /** Whether a strongly typed mention of this type may join: strong evidence of two different types keeps them apart. */
    boolean accepts(Candidate c) {
        if (!c.strong()) return true;
        if (kbType != null) return compatible(kbType, c.type);
        for (Candidate m : members) if (m.strong() && !compatible(m.type, c.type)) return false;
        return true;
    }

    private static boolean compatible(EntityType a, EntityType b) {
        return a == b || (a == EntityType.GPE && b == EntityType.LOC) || (a == EntityType.LOC && b == EntityType.GPE);
    }

    /**
     * The canonical name: the knowledge-base name, else the most complete form (most words, then most frequent, then
     * first). A place is never named by a demonym derived from another of its forms ("Valdorian" next to "Valdoria"),
     * however often the demonym is written: the demonym is the adjective, the other form the place's name.
     */
    String name() {
        if (kbName != null) return kbName;
        Map<String, Integer> freq = new HashMap<>();
        for (Candidate c : members) if (c.source != Candidate.Source.DERIVED_DEMONYM) freq.merge(display(c.text), 1, Integer::sum);
        Set<String> derived = new HashSet<>();
        EntityType type = type();
        if (type == EntityType.GPE || type == EntityType.LOC) {
            for (String d : freq.keySet()) for (String base : freq.keySet()) if (derivedFrom(d, base)) derived.add(d);
        }
        String best = null;
        int bestWords = -1;
        int bestFreq = -1;
        for (Candidate c : members) {
            if (c.source == Candidate.Source.DERIVED_DEMONYM) continue;
            String d = display(c.text);
            if (derived.contains(d)) continue;
            int words = d.split("[\\s-]+").length;
            int f = freq.get(d);
            if (words > bestWords || (words == bestWords && f > bestFreq)) {
                best = d;
                bestWords = words;
                bestFreq = f;
            }
        }
        return best == null ? display(members.get(0).text) : best;
    }

    /**
     * Whether one single-word form is a word derived from another by an ending ("Valdorian" from "Valdoria",
     * "valdoriens" from "Valdorie"): it starts with all of the other but a final letter, and is longer.
     */
    static boolean derivedFrom(String form, String base) {
        if (form.contains(" ") || base.contains(" ") || base.length() < 4 || form.length() <= base.length()) return false;
        String f = VariantKey.foldCaseAndAccents(form), b = VariantKey.foldCaseAndAccents(base);
        return f.startsWith(b.substring(0, b.length() - 1));
    }

    /** ALL-CAPS forms become Title Case so "VERENKO" shows as "Verenko"; acronyms stay as they are. */
    static String display(String text) {
        String t = text.strip().replaceAll("[\\s\\u00A0]+", " ");
        if (!Gazetteer.isAllCaps(t) || CapitalisedNameTagger.isAcronym(t)) return t;
        StringBuilder sb = new StringBuilder(t.length());
        boolean startOfWord = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            sb.append(startOfWord ? c : Character.toLowerCase(c));
            startOfWord = !Character.isLetter(c);
        }
        return sb.toString();
    }
}

package org.vigie.nlp.entities;

import org.vigie.nlp.lang.LanguagePack;
import org.vigie.core.model.EntityType;
import org.vigie.nlp.kb.KnowledgeBase;

import java.util.ArrayList;
import java.util.List;

/**
 * Names that contain a known place without being one: organisations built around a place ("University of
 * Michigan", "Ohio Democratic Party", "Boston Consulting Group", "Université de Lyon", "Universität Hamburg",
 * "FC Barcelona", "Leeds United") and people whose surname is a place ("said Josh Schwerin"). The gazetteer would
 * otherwise claim the place and split the name; the guidelines count a place inside a full organisation name as no
 * mention of its own. Runs before the gazetteer, on knowledge-base places it finds.
 */
final class PlaceNames {
    /**
     * A name found around a place: tokens [start, end), its type, and the knowledge-base id when the name is the
     * place's own formal name ("the Kingdom of Spain"), else null.
     */
    record Found(int start, int end, EntityType type, String id, boolean outlet) {
        Found(int start, int end, EntityType type) {
            this(start, end, type, null, false);
        }
    }

    /** Articles that may stand between "of" and a country ("the Republic of the Philippines"). */
    private static final java.util.Set<String> ARTICLES = LanguagePack.wordsOfAll(LanguagePack.DEFAULT_LANGUAGES, "articles.txt");

    /** Capitalised words between a place and the organisation word that closes the name ("Ohio Democratic Party"). */
    private static final int MAX_AFTER = 3;
    /** Capitalised words before the organisation word of "X ... of Place" ("Federal Reserve Bank of New York"). */
    private static final int MAX_BEFORE = 4;

    private PlaceNames() {
    }

    /**
     * The names around the places of one sentence, left to right, none overlapping; {@code blocked} tokens (role
     * phrases) belong to none. {@code headline}: in Title Case lines every word has a capital, so only the patterns
     * with a preposition or a club word hold.
     */
    static List<Found> find(EntityLexicon lex, KnowledgeBase kb, Gazetteer gaz, List<String> t, List<String> k,
                            boolean[] blocked, boolean headline, boolean nounsCapitalised) {
        List<Found> out = new ArrayList<>();
        int claimedTo = 0;
        for (List<Gazetteer.Hit> group : gaz.find(t, k, blocked)) {
            if (!isPlace(group)) continue;
            int ps = group.get(0).start(), pe = group.get(0).end();
            if (ps < claimedTo) continue;
            boolean country = "country".equals(group.get(0).target().entryKind());
            int formal = country ? formalStart(lex, t, k, blocked, ps, claimedTo) : -1;
            if (formal >= 0) {
                out.add(new Found(formal, pe, EntityType.GPE, group.get(0).target().id(), false));
                claimedTo = pe;
                continue;
            }
            Found f = around(lex, kb, t, k, blocked, ps, pe, headline, nounsCapitalised, claimedTo, group.get(0).target().entryKind());
            if (f == null && clubAfterArticle(lex, kb, group.get(0), t, k, blocked, claimedTo)) f = new Found(ps, pe, EntityType.ORG);
            if (f == null) continue;
            out.add(f);
            claimedTo = f.end();
        }
        return out;
    }

    /**
     * The start of a formal state name ending with the country at {@code ps} ("the Kingdom of Spain", "la République
     * fédérale d'Allemagne", "das Königreich Spanien"), or -1. The formal word must have its capital: "le royaume de
     * Belgique" is a common noun and a mention of the country.
     */
    static int formalStart(EntityLexicon lex, List<String> t, List<String> k, boolean[] blocked, int ps, int from) {
        int o = ps - 1;
        if (o >= from && free(blocked, o) && ARTICLES.contains(k.get(o)) && !cap(t, o)) o--;
        boolean of = o >= from && free(blocked, o) && lex.ofPrepositions.contains(k.get(o)) && !cap(t, o);
        for (EntityLexicon.StateForm f : lex.stateForms) {
            int m = f.words().size();
            int end = switch (f.pattern()) {
                case OF -> of ? o : -1;
                case BEFORE -> ps;
                default -> -1;
            };
            if (end < 0 || end - m < from || !k.subList(end - m, end).equals(f.words()) || !cap(t, end - m)) continue;
            boolean taken = false;
            for (int j = end - m; j < end; j++) taken |= !free(blocked, j);
            if (!taken) return end - m;
        }
        return -1;
    }

    private static Found around(EntityLexicon lex, KnowledgeBase kb, List<String> t, List<String> k, boolean[] blocked,
                                int ps, int pe, boolean headline, boolean nounsCapitalised, int from, String placeKind) {
        int n = t.size();
        boolean country = "country".equals(placeKind);
        // "FC Barcelona", "Werder Bremen", "Bayern München" (a club word that is itself a place too)
        if (ps - 1 >= from && free(blocked, ps - 1) && lex.clubBefore.contains(t.get(ps - 1))) {
            int end = pe < n && free(blocked, pe) && lex.clubAfter.contains(t.get(pe)) ? pe + 1 : pe;
            return new Found(ps - 1, end, EntityType.ORG);
        }
        // "Leeds United", "Barcelona FC"
        if (pe < n && free(blocked, pe) && lex.clubAfter.contains(t.get(pe))) return new Found(ps, pe + 1, EntityType.ORG);
        // "University of Michigan", "Banque de France", "Universität zu Köln": a capitalised organisation word, an
        // "of" and perhaps an article before the place
        int o = ps - 1;
        // "Universidad de la Rioja": a name particle that is no preposition itself stands between
        if (o - 1 >= from && lex.particles.contains(k.get(o)) && !lex.ofPrepositions.contains(k.get(o))) o--;
        if (o - 1 >= from && free(blocked, o) && lex.ofPrepositions.contains(k.get(o)) && !cap(t, o)) {
            int head = o - 1;
            // "the Government of Ukraine" is the state itself, as an actor or a speaker
            boolean state = country && lex.stateInstitutions.contains(k.get(head));
            boolean masthead = head >= from && lex.mastheads.contains(k.get(head));
            if (head >= from && free(blocked, head) && cap(t, head) && (lex.orgCues.contains(k.get(head)) || masthead) && !state) {
                int start = extendLeft(lex, t, k, blocked, head, from, headline || nounsCapitalised);
                // "University of Texas School of Law": the name may go on after the place
                int end = headline || nounsCapitalised ? pe : after(lex, t, k, blocked, pe);
                if (end < 0) end = pe;
                if (end == pe && !headline && lex.campusWords.contains(k.get(head))) {
                    int campus = campus(lex, t, k, blocked, pe, placeKind, nounsCapitalised);
                    if (campus > 0) end = campus;
                }
                return new Found(start, end, EntityType.ORG, null, masthead || lex.mastheads.contains(k.get(end - 1)));
            }
        }
        // "Rhein Zeitung", "Nice Matin": a newspaper title word right after the place
        if (!headline && pe < n && free(blocked, pe) && cap(t, pe) && lex.mastheads.contains(k.get(pe))
                && (pe + 1 == n || !cap(t, pe + 1))) {
            return new Found(ps, pe + 1, EntityType.ORG, null, true);
        }
        // "Universität Hamburg", "Freie Universität Berlin": where the organisation word stands right before the place
        if (nounsCapitalised && ps - 1 >= from && free(blocked, ps - 1) && cap(t, ps - 1) && lex.orgCues.contains(k.get(ps - 1))) {
            int start = extendLeft(lex, t, k, blocked, ps - 1, from, true);
            return new Found(start, pe, EntityType.ORG);
        }
        if (headline || nounsCapitalised) return null;
        // "Ohio Democratic Party", "Boston Consulting Group", "Michigan State University": capitalised words after
        // the place up to an organisation word
        int end = after(lex, t, k, blocked, pe);
        if (end > 0) {
            // "George Washington University", "Clingendael Netherlands Institute": a capitalised word before the place
            // opens the name, unless it opens the sentence (any word has a capital there)
            int start = ps;
            while (start - 1 >= from && start - 1 > 0 && ps - start < 2 && nameWord(lex, t, k, blocked, start - 1)
                    && Character.isLetter(t.get(start - 1).charAt(0)) && !lex.demonymKeys.containsKey(k.get(start - 1))
                    && kb.lookup(t.get(start - 1)).isEmpty()) {
                start--;
            }
            return new Found(start, end, EntityType.ORG, null, lex.mastheads.contains(k.get(end - 1)));
        }
        return person(lex, kb, t, k, blocked, ps, pe, from);
    }

    /**
     * The end of the capitalised words from {@code from} up to an organisation word ("... Democratic Party"), with
     * the parts that a connector joins to it ("Board of Elections", "Institute for Near East Policy"); -1 if none.
     */
    private static int after(EntityLexicon lex, List<String> t, List<String> k, boolean[] blocked, int from) {
        int n = t.size();
        int last = -1;
        for (int j = from; j < n && j < from + MAX_AFTER + 1 && nameWord(lex, t, k, blocked, j); j++) {
            // a newspaper word that is also a title ("Leader") closes a name only as its last word (below)
            if (lex.orgCues.contains(k.get(j)) || lex.mastheads.contains(k.get(j)) && lex.titles.longest(k, j) <= j) last = j;
        }
        if (last < 0) return -1;
        int end = last + 1;
        // "New Hampshire Union Leader", "... Coalition Convention": one more capitalised word that closes the run of
        // capitals is the name's last word; before another capitalised word it may open a title and a person's name
        if (end < n && nameWord(lex, t, k, blocked, end) && (lex.titles.longest(k, end) <= end || lex.mastheads.contains(k.get(end)))
                && (end + 1 == n || !cap(t, end + 1))) {
            end++;
        }
        while (end + 1 < n && free(blocked, end) && !cap(t, end) && lex.nameConnectors.contains(k.get(end))
                && nameWord(lex, t, k, blocked, end + 1)) {
            int j = end + 1;
            while (j < n && j < end + 1 + MAX_AFTER + 1 && nameWord(lex, t, k, blocked, j)) j++;
            end = j;
        }
        return end;
    }

    /**
     * The end of the campus after a university's name built on a place ("... at Austin", "... à Montréal"; with a
     * comma after a region, "University of California, Berkeley"), or -1. After a comma the campus must close the
     * phrase: "University of Texas, Austin and Dallas" lists places, "..., Smith and Jones" names people.
     */
    private static int campus(EntityLexicon lex, List<String> t, List<String> k, boolean[] blocked, int pe, String placeKind,
                              boolean nounsCapitalised) {
        int n = t.size();
        if (pe + 1 >= n || !free(blocked, pe)) return -1;
        boolean connector = lex.campusConnectors.contains(k.get(pe)) && !cap(t, pe);
        boolean comma = t.get(pe).equals(",") && "region".equals(placeKind) && !nounsCapitalised;
        if (!connector && !comma) return -1;
        // where nouns are capitalised, the word after the campus may be any noun: the campus is one word there
        int max = nounsCapitalised ? 1 : 3;
        int j = pe + 1;
        while (j < n && j < pe + 1 + max && nameWord(lex, t, k, blocked, j) && !lex.orgCues.contains(k.get(j))
                && Character.isLetter(t.get(j).charAt(0))) {
            j++;
        }
        if (j == pe + 1) return -1;
        if (comma) {
            if (lex.givenNames.contains(k.get(pe + 1))) return -1;
            if (j < n && Character.isLetterOrDigit(t.get(j).charAt(0)) && !Character.isLowerCase(t.get(j).charAt(0))) return -1;
            if (j + 1 < n && cap(t, j + 1) && (t.get(j).equals(",") || Character.isLowerCase(t.get(j).charAt(0)) && t.get(j).length() <= 3)) return -1;
        }
        return j;
    }

    /** A capitalised word that may be inside a name: not claimed, not a stop word, not an acronym unless a cue. */
    private static boolean nameWord(EntityLexicon lex, List<String> t, List<String> k, boolean[] blocked, int j) {
        return free(blocked, j) && cap(t, j) && !lex.stopwords.contains(k.get(j))
                && !(CapitalisedNameTagger.isAllCapsWord(t.get(j)) && !lex.orgCues.contains(k.get(j)));
    }

    /**
     * "said Josh Schwerin", "Mr. Enner Valencia", "Josh Schwerin said": a capitalised word nobody knows right before a
     * one-word place, after a title or a speech verb or before a speech verb, is a given name and the place a surname.
     */
    private static Found person(EntityLexicon lex, KnowledgeBase kb, List<String> t, List<String> k, boolean[] blocked,
                                int ps, int pe, int from) {
        int g = ps - 1;
        if (pe - ps != 1 || g < from || !free(blocked, g) || !cap(t, g) || CapitalisedNameTagger.isAllCapsWord(t.get(g))
                || Gazetteer.letters(t.get(g)) < 3 || Gazetteer.letters(t.get(g)) != t.get(g).length()) {
            return null;
        }
        String key = k.get(g);
        if (lex.stopwords.contains(key) || lex.orgCues.contains(key) || lex.particles.contains(key) || lex.demonymKeys.containsKey(key)
                || lex.looksLikeDemonym(key) || lex.speechVerbs.contains(key) || !kb.lookup(t.get(g)).isEmpty()) {
            return null;
        }
        boolean titled = false;
        for (int j = Math.max(0, g - 4); j < g && !titled; j++) titled = lex.titles.longest(k, j) == g;
        // "Joel Pollak of Breitbart California observed": after a preposition the word is more likely a name of its own
        if (g > 0 && (lex.ofPrepositions.contains(k.get(g - 1)) || lex.placePrepositions.contains(k.get(g - 1))
                || lex.nameConnectors.contains(k.get(g - 1)))) {
            return null;
        }
        // "said Josh Schwerin, a spokesman": the speaker of an inverted incise closes it; "telling Breitbart London:"
        // names an addressee, often an outlet
        boolean closes = pe == t.size() || t.get(pe).equals(",") || t.get(pe).equals(".");
        boolean verbBefore = g > 0 && lex.speechVerbs.contains(k.get(g - 1)) && !cap(t, g - 1) && closes;
        boolean verbAfter = pe < t.size() && lex.speechVerbs.contains(k.get(pe)) && !cap(t, pe);
        // a sentence-initial capital before the place may be any word ("Yesterday Moscow said"): there only the
        // title counts, since the speech verb would fit the place acting as its government
        boolean initial = g == 0 || !Character.isLetterOrDigit(t.get(g - 1).charAt(0)) && !t.get(g - 1).equals(",");
        if (titled || verbBefore || verbAfter && !initial) return new Found(g, pe, EntityType.PER);
        return null;
    }

    /**
     * "il Milan", "la Roma", "el Barcelona": where towns take no article, a city right after one (and not before an
     * "of": "la Roma dei papi") is its football club. Cities whose own name opens with an article ("Il Cairo") are not.
     */
    private static boolean clubAfterArticle(EntityLexicon lex, KnowledgeBase kb, Gazetteer.Hit h, List<String> t, List<String> k,
                                            boolean[] blocked, int from) {
        int ps = h.start(), pe = h.end();
        String kind = h.target().entryKind();
        // the article may open the sentence ("Il Milan ha vinto")
        boolean opens = ps - 1 == 0 || ps - 2 >= 0 && !Character.isLetterOrDigit(t.get(ps - 2).charAt(0));
        if (ps - 1 < from || !free(blocked, ps - 1) || cap(t, ps - 1) && !opens || !lex.orgArticles.contains(k.get(ps - 1))) return false;
        if (!"city".equals(kind) && !"capital".equals(kind)) return false;
        if (pe < t.size() && (lex.ofPrepositions.contains(k.get(pe)) || lex.nameConnectors.contains(k.get(pe)))) return false;
        String article = k.get(ps - 1);
        for (String name : kb.entry(h.target().id()).map(e -> e.allNames()).orElse(List.of())) {
            String key = EntityLexicon.norm(name);
            if (key.startsWith(article + " ") || article.endsWith("'") && key.startsWith(article)) return false;
        }
        return true;
    }

    /** Capitalised words before an organisation word that belong to its name ("Federal Reserve Bank"). */
    private static int extendLeft(EntityLexicon lex, List<String> t, List<String> k, boolean[] blocked, int head, int from, boolean cuesOnly) {
        int start = head;
        while (start - 1 >= from && head - start < MAX_BEFORE && free(blocked, start - 1) && cap(t, start - 1)
                && Character.isLetter(t.get(start - 1).charAt(0)) && !lex.stopwords.contains(k.get(start - 1))
                && (!cuesOnly || adjectiveShaped(k.get(start - 1)))) {
            start--;
        }
        return start;
    }

    /** German adjectives before a noun inflect ("Freie", "Technische", "Europäischen"). */
    private static boolean adjectiveShaped(String key) {
        return key.length() >= 4 && (key.endsWith("e") || key.endsWith("en"));
    }

    private static boolean isPlace(List<Gazetteer.Hit> group) {
        boolean place = false;
        for (Gazetteer.Hit h : group) {
            EntityType type = h.target().type();
            if (h.target().kind() != Gazetteer.Kind.NAME) return false;
            if (type == EntityType.PER || type == EntityType.ORG) return false;
            if (type == EntityType.GPE || type == EntityType.LOC) place = true;
        }
        return place;
    }


    private static boolean free(boolean[] blocked, int i) {
        return !blocked[i];
    }

    private static boolean cap(List<String> t, int i) {
        return CapitalisedNameTagger.isCap(t.get(i));
    }
}

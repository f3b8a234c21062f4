package org.vigie.nlp.entities;

import org.vigie.nlp.lang.LanguagePack;
import org.vigie.core.Document;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Sentence;
import org.vigie.core.model.Span;
import org.vigie.core.model.Token;

import java.util.*;

/**
 * Finds names the knowledge base does not know: runs of capitalised words (with particles such as "de", "von"),
 * titles kept out of the span ("M. Verenko" -> Verenko), organisation names headed by a cue word ("ministère de
 * la Défense", "Organisation du traité ... (OTBC)"), acronyms, dateline places. Types come from the context:
 * title or given name -> PER, cue word or acronym -> ORG, place cue or preposition -> GPE/LOC. Confidence says how
 * sure the span is a name: {@value #UNSURE} marks sentence-initial or headline words that need another sighting in
 * the document before they count.
 */
public final class CapitalisedNameTagger implements NameTagger {
    static final double STRONG = 0.75;
    static final double WEAK = 0.55;
    static final double DEFAULT = 0.45;
    static final double UNSURE = 0.3;

    private static final Set<String> ARTICLES = LanguagePack.wordsOfAll(LanguagePack.DEFAULT_LANGUAGES, "articles.txt");

    private final Map<String, EntityLexicon> lexicons;
    private final EntityLexicon fallback;

    CapitalisedNameTagger(Map<String, EntityLexicon> lexicons, EntityLexicon fallback) {
        this.lexicons = lexicons;
        this.fallback = fallback;
    }

    @Override
    public List<NameSpan> tag(Document doc, Sentence sentence, List<Token> tokens, String language) {
        return tag(doc.text(), tokens, language, new boolean[tokens.size()], isBlockStart(doc, sentence), false, Set.of());
    }

    private static boolean isBlockStart(Document doc, Sentence sentence) {
        int s = sentence.start();
        return s == 0 || doc.text().charAt(s - 1) == '\n';
    }

    /** The rules on one sentence; {@code blocked} tokens (already claimed by the gazetteer or a role phrase) are skipped. */
    List<NameSpan> tag(String text, List<Token> tokens, String language, boolean[] blocked, boolean blockStart, boolean headline,
                       Set<String> acronyms) {
        return tag(text, tokens, language, blocked, blockStart, headline, false, acronyms);
    }

    /**
     * As above; {@code nounsCapitalised} for languages that capitalise common nouns (German): there a bare capital is
     * as weak as in a headline, but a title, a name cue, a given name or a place preposition still makes a name sure.
     */
    List<NameSpan> tag(String text, List<Token> tokens, String language, boolean[] blocked, boolean blockStart, boolean headline,
                       boolean nounsCapitalised, Set<String> acronyms) {
        EntityLexicon lex = lexicons.getOrDefault(language, fallback);
        int n = tokens.size();
        List<String> t = new ArrayList<>(n);
        List<String> k = new ArrayList<>(n);
        for (Token tok : tokens) {
            String s = tok.span().of(text);
            t.add(s);
            k.add(EntityLexicon.norm(s));
        }
        boolean[] title = new boolean[n];
        boolean[] afterTitle = new boolean[n];
        for (int i = 0; i < n; i++) {
            int end = Math.max(Math.max(lex.titles.longest(k, i), fallback.titles.longest(k, i)), roleEnd(lex, k, i));
            // "Edwin M. Truman": in a language without that title, one capital and a period after a capitalised word
            // is a middle initial, not another language's "M." (Monsieur)
            if (end == i + 1 && lex.titles.longest(k, i) <= i && i > 0 && isInitial(t.get(i)) && isCap(t.get(i - 1)) && !isInitial(t.get(i - 1))
                    && tokens.get(i - 1).kind() == Token.Kind.WORD) end = i;
            // "Justice Department", "General Assembly": a title word before an organisation cue is part of the name
            if (end > i && end < n && isCap(t.get(end)) && !lex.orgCues.contains(k.get(end))) {
                for (int j = i; j < end; j++) title[j] = true;
                afterTitle[end] = true;
                i = end - 1;
            } else if (end > i && end + 1 < n && !isCap(t.get(end)) && (lex.looksLikeDemonym(k.get(end)) || lex.demonymKeys.containsKey(k.get(end)))
                    && isCap(t.get(end + 1))) {
                // "la présidente brastovienne Dana Orel": title, demonym, name
                for (int j = i; j < end; j++) title[j] = true;
                afterTitle[end + 1] = true;
                i = end;
            }
        }
        int firstWord = 0;
        while (firstWord < n && tokens.get(firstWord).kind() != Token.Kind.WORD) firstWord++;
        List<NameSpan> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (blocked[i] || title[i] || tokens.get(i).kind() != Token.Kind.WORD) {
                i++;
                continue;
            }
            int start = i;
            if (isPartyTag(t, i)) {
                // "Mitch Reed, R-Ky., said", "(D-N.Y.)": a party and state label after a politician's name, with the
                // rest of a state written with periods ("Y.", "Va.")
                boolean period = t.get(i).endsWith(".");
                i++;
                while (period && i < n && t.get(i).length() <= 3 && t.get(i).endsWith(".") && isCap(t.get(i))) i++;
                continue;
            }
            if (!isCap(t.get(i)) || (lex.stopwords.contains(k.get(i)) && !afterTitle[i])) {
                i++;
                continue;
            }
            int roleEnd = roleEnd(lex, k, i);
            if (roleEnd > i && !afterTitle[i]) {
                // "the CEO said", "Chief Executive": the word for an organisation's head is no name
                i = roleEnd;
                continue;
            }
            int cueEnd = capitalisedCue(t, k, tokens, blocked, lex, i);
            if (cueEnd > i) {
                // "die Gewerkschaft Verdi", "Operation Northern Shield": a capitalised cue word announces the name
                // after it and stays out of the span
                i = cueEnd;
                continue;
            }
            if (nounsCapitalised && !afterTitle[i] && i + 2 < n && !lex.givenNames.contains(k.get(i)) && lex.givenNames.contains(k.get(i + 1))
                    && !blocked[i + 1] && isCap(t.get(i + 2))) {
                // "Bankchef Andreas Kern", "der Virologe Christian Fuchs": where every noun has a capital, a word
                // before a given name and a surname is the person's role, a common noun, not the start of the name
                i++;
                continue;
            }
            if (nounsCapitalised && !afterTitle[i] && commonNounShaped(k.get(i), lex)) {
                // "Stationierung", "Regierung": the endings of abstract German nouns
                i++;
                continue;
            }
            int end = extend(t, k, tokens, blocked, title, lex, i, nounsCapitalised);
            boolean capOrgHead = lex.orgCues.contains(k.get(start)) && isCap(t.get(start));
            // where every noun has a capital, the last capitalised word is no end of an organisation's name ("Armee
            // meldete Angriffe im Süden ...")
            if (capOrgHead && !nounsCapitalised) end = extendOrgName(t, k, blocked, title, lex, start, end, acronyms);
            // a lone "Regierung", "Brigade", "Parlement" is a common noun with a capital, typed below
            if (end - start == 1) capOrgHead = false;
            // strip trailing stop words picked up as capitalised words ("Korvan Lundi" never; "Valdoria Le" rarely)
            while (end - 1 > start && lex.stopwords.contains(k.get(end - 1)) && !lex.particles.contains(k.get(end - 1))) end--;
            while (end - 1 > start && lex.particles.contains(k.get(end - 1))) end--;
            Span span = new Span(tokens.get(start).start(), tokens.get(end - 1).end());
            out.add(type(t, k, tokens, lex, start, end, afterTitle[start], capOrgHead, firstWord, blockStart, headline, nounsCapitalised, span));
            i = end;
        }
        return out;
    }

    private int extend(List<String> t, List<String> k, List<Token> tokens, boolean[] blocked, boolean[] title,
                              EntityLexicon lex, int i, boolean nounsCapitalised) {
        int end = i + 1;
        while (end < t.size()) {
            if (blocked[end] || title[end] || tokens.get(end).kind() != Token.Kind.WORD) break;
            // "the Korvex CEO": the head's title after an organisation's name is no part of it
            if (roleEnd(lex, k, end) > end) break;
            // "das Technische Hilfswerk Rettungsteams": where nouns are capitalised, a name ends at its head word
            if (nounsCapitalised && end - i >= 2 && isHead(k.get(end - 1), lex)) break;
            if (isCap(t.get(end)) && !(lex.stopwords.contains(k.get(end)) && !lex.particles.contains(k.get(end)))) {
                end++;
                continue;
            }
            // a capitalised common word inside a name ("Korvan News Agency") when a capitalised name word follows
            if (isCap(t.get(end)) && k.get(end).length() >= 4 && end + 1 < t.size() && !blocked[end + 1] && !title[end + 1]
                    && isCap(t.get(end + 1)) && !lex.stopwords.contains(k.get(end + 1))) {
                end += 2;
                continue;
            }
            int j = end;
            // "in Erfurt das Programm": where nouns are capitalised, an article right after a name starts a common
            // noun phrase ("von der Leyen" keeps its article after "von")
            if (nounsCapitalised && ARTICLES.contains(k.get(j))) break;
            while (j < t.size() && lex.particles.contains(k.get(j)) && !blocked[j]) {
                // a capitalised article starts a new name ("Europe La Brastovie"), except inside a person's name after a given name
                if (isCap(t.get(j)) && ARTICLES.contains(k.get(j)) && !lex.givenNames.contains(k.get(end - 1))) break;
                j++;
            }
            if (j > end && j < t.size() && !blocked[j] && isCap(t.get(j)) && !lex.stopwords.contains(k.get(j))) {
                end = j + 1;
                continue;
            }
            break;
        }
        return end;
    }

    /**
     * "Organisation du traité de la Baltique centrale (OTBC)": lower-case words up to a following acronym in
     * brackets, else up to the longest extension whose initials are an acronym of the document, else up to the last
     * capitalised word.
     */
    private static int extendOrgName(List<String> t, List<String> k, boolean[] blocked, boolean[] title, EntityLexicon lex, int start,
                                     int end, Set<String> acronyms) {
        int n = t.size();
        int j = end;
        int limit = Math.min(n, end + 8);
        int best = end;
        int byInitials = -1;
        // lower-case words inside a name are function words ("Center for Media and Public Affairs", "traité de la
        // Baltique centrale"); past a content word ("Guardia Civil detuvo en Algeciras", "the Department mishandled the
        // case and Democrats ...") only an acronym of the document vouches for the span; a title opens a person's name,
        // past the organisation's ("el Tribunal Supremo rechazó ... del expresidente X")
        boolean gap = false;
        while (j < limit && !blocked[j] && !title[j]) {
            String w = t.get(j);
            if (w.equals("(") && j + 2 < n && isAcronym(t.get(j + 1)) && t.get(j + 2).equals(")")) return j;
            if (!Character.isLetter(w.charAt(0))) break;
            if (!isCap(w) && !lex.stopwords.contains(k.get(j)) && !lex.particles.contains(k.get(j))) gap = true;
            if (isCap(w) && !lex.stopwords.contains(k.get(j)) && !gap) best = j + 1;
            if (!lex.particles.contains(k.get(j)) && acronyms.contains(Linker.initials(String.join(" ", t.subList(start, j + 1))))) byInitials = j + 1;
            j++;
        }
        return Math.max(best, byInitials);
    }

    private NameSpan type(List<String> t, List<String> k, List<Token> tokens, EntityLexicon lex, int start, int end,
                          boolean titled, boolean org, int firstWord, boolean blockStart, boolean headline,
                          boolean nounsCapitalised, Span span) {
        int len = end - start;
        String first = t.get(start);
        if (titled) return new NameSpan(span, EntityType.PER, STRONG, "rules");
        if (org) return new NameSpan(span, EntityType.ORG, STRONG, "rules");
        if (len == 1 && lex.orgCues.contains(k.get(start)) && !isAcronym(first)) {
            // a lone "Parlement", "Office", "Union": a common noun with a capital, not a name
            return new NameSpan(span, EntityType.ORG, UNSURE, "rules");
        }
        for (int j = start; j < end; j++) {
            if (lex.orgCues.contains(k.get(j)) && (j == start || j == end - 1)) return new NameSpan(span, EntityType.ORG, STRONG, "rules");
        }
        if (nounsCapitalised && len >= 2 && endsWithCue(k.get(end - 1), lex.orgCues)) {
            // German compounds end in the cue: "Internationaler Strafgerichtshof", "Europäische Zentralbank"
            return new NameSpan(span, EntityType.ORG, headline ? UNSURE : STRONG, "rules");
        }
        for (EntityLexicon.NameCue c : lex.nameCues) {
            // "Schwarzes Meer", "Sarre Valley": a capitalised cue that closes the name types it
            int m = c.words().size();
            if (!c.before() && c.inSpan() && end - m > start && k.subList(end - m, end).equals(c.words()) && isCap(t.get(end - 1))) {
                return new NameSpan(span, c.type(), headline ? UNSURE : STRONG, "rules");
            }
        }
        if (blockStart && isAllCapsWord(first) && datelineStart(t, start, firstWord) && end < t.size()
                && (t.get(end).equals(",") || t.get(end).equals("/") || t.get(end).equals("(") || t.get(end).equals("-") || t.get(end).equals("–") || t.get(end).equals("—"))) {
            return new NameSpan(span, EntityType.GPE, STRONG, "rules");
        }
        EntityLexicon cueLex = lex;
        int[] cue = nameCue(k, lex, start, end);
        if (cue == null && lex != fallback) {
            // a name cue of another language, in a quote or a copied paragraph ("valle del ...")
            cue = nameCue(k, fallback, start, end);
            cueLex = fallback;
        }
        for (EntityLexicon.NameCue c : lex.nameCues) {
            // "Stretto di Messina", "Golfo de México": a capitalised cue that belongs to the name opens it
            int m = c.words().size();
            if (c.before() && c.inSpan() && end > start + m && k.subList(start, start + m).equals(c.words())) {
                return new NameSpan(span, c.type(), headline ? UNSURE : STRONG, "rules");
            }
        }
        if (cue != null) {
            EntityLexicon.NameCue c = cueLex.nameCues.get(cue[0]);
            Span withCue = c.inSpan() ? new Span(tokens.get(cue[1]).start(), tokens.get(cue[2] - 1).end()) : span;
            return new NameSpan(withCue, c.type(), headline ? UNSURE : STRONG, "rules");
        }
        boolean initial = start == firstWord || (start > 0 && (isOpening(t.get(start - 1)) || t.get(start - 1).equals(":")));
        double unsure = headline || nounsCapitalised ? UNSURE : -1;
        if (len >= 2 && lex.givenNames.contains(k.get(start))) return new NameSpan(span, EntityType.PER, headline ? UNSURE : STRONG, "rules");
        if (nextToOrgRole(t, k, lex, start, end)) {
            // "the Korvex CEO", "Korvex's chief executive", "le PDG de Korvex": the organisation the head leads
            return new NameSpan(span, EntityType.ORG, headline ? UNSURE : STRONG, "rules");
        }
        if (len == 1 && isAcronym(first)) {
            // "KV17", "COP26", "H5N1": capitals with digits code a thing (a flight, a conference, a virus), not an
            // organisation; the groups written so ("G7", "G20") are in the knowledge base
            boolean code = first.chars().anyMatch(Character::isDigit);
            return new NameSpan(span, code ? EntityType.MISC : EntityType.ORG, WEAK, "rules");
        }
        boolean prep = start > 0 && lex.placePrepositions.contains(k.get(start - 1));
        double c = unsure > 0 ? unsure : initial ? (len >= 2 ? WEAK : UNSURE) : (len >= 2 ? WEAK : DEFAULT);
        // every country is in the knowledge base, so an unknown one-word name (whatever its ending) that gives its name to a government
        // ("the Bush administration", "le régime Assad") is the leader it is named after, not a place
        boolean eponym = len == 1 && end < k.size() && lex.eponymNounsAfterName.contains(k.get(end))
                || len == 1 && start > 0 && lex.eponymNounsBeforeName.contains(k.get(start - 1));
        if (eponym) return new NameSpan(span, EntityType.PER, c, "rules");
        // "in Sunni areas", "Sharia courts": a word of creed is no place, whatever stands around it
        if (len == 1 && lex.creedWords.contains(k.get(start))) return new NameSpan(span, EntityType.MISC, c, "rules");
        if (len == 1 && modifiesThing(t, k, lex, start, end)) {
            // "the Brexit deal", "a Diwali holiday": between a determiner and the noun it qualifies, an unknown word
            // names a thing of that noun's kind; only a place noun ("the X border") leaves it a place
            return new NameSpan(span, EntityType.MISC, c, "rules");
        }
        if (prep) return new NameSpan(span, EntityType.GPE, Math.max(c, WEAK), "rules");
        if (len == 1 && hasDemonymEnding(k.get(start), lex)) return new NameSpan(span, EntityType.GPE, c, "rules");
        if (len == 1 && start > 0 && lex.orgArticles.contains(k.get(start - 1))) {
            // "la Juventus", "l'Inter": where towns take no article, a one-word name after one is an organisation
            return new NameSpan(span, EntityType.ORG, c, "rules");
        }
        // no evidence: a guess ({@value #GUESS}) that a statistical tagger's type for the same words overrides
        if (len >= 2) return new NameSpan(span, EntityType.PER, c, GUESS);
        if (lex.givenNames.contains(k.get(start))) return new NameSpan(span, EntityType.PER, c, "rules");
        return new NameSpan(span, EntityType.GPE, c, GUESS);
    }

    /**
     * The end of a word for an organisation's head at {@code i} in the sentence's language or, in a quoted or copied
     * passage, another one ("le PDG de ..." in English text), else -1.
     */
    private int roleEnd(EntityLexicon lex, List<String> k, int i) {
        return Math.max(lex.orgRoles.longest(k, i), fallback.orgRoles.longest(k, i));
    }

    /**
     * Whether the one word at {@code start} stands between a determiner ({@code modifier-determiners.txt}) and a
     * lower-case word that is neither a function word, a speech verb nor a place noun: the noun the name qualifies.
     */
    private static boolean modifiesThing(List<String> t, List<String> k, EntityLexicon lex, int start, int end) {
        if (start == 0 || end >= k.size() || !lex.modifierDeterminers.contains(k.get(start - 1))) return false;
        String next = t.get(end);
        if (!Character.isLowerCase(next.charAt(0)) || !next.chars().allMatch(Character::isLetter)) return false;
        String key = k.get(end);
        return !lex.stopwords.contains(key) && !lex.speechVerbs.contains(key) && !lex.placeNouns.contains(key);
    }

    /** Origin of a rule span typed without evidence (a run of capitalised words as PER, a lone one as GPE). */
    static final String GUESS = "rules-guess";

    /**
     * Whether a word for an organisation's head stands right after the name (after a possessive "'s" too: "Korvex's
     * chief executive") or right before it with an "of" word between ("chief executive of Korvex", "PDG d'Korvex").
     */
    private boolean nextToOrgRole(List<String> t, List<String> k, EntityLexicon lex, int start, int end) {
        int after = end;
        if (after < k.size() && (k.get(after).equals("'s") || k.get(after).equals("’s") || k.get(after).equals("'"))) after++;
        if (after < k.size() && roleEnd(lex, k, after) > after) return true;
        if (start >= 2 && (lex.ofPrepositions.contains(k.get(start - 1)) || fallback.ofPrepositions.contains(k.get(start - 1)))) {
            for (int from = Math.max(0, start - 5); from < start - 1; from++) if (roleEnd(lex, k, from) == start - 1) return true;
        }
        return false;
    }

    /**
     * The end of a capitalised name cue at {@code i} that announces a capitalised name right after it and stays out of
     * the mention ("Gewerkschaft Verdi", "Operation Northern Shield"), else {@code i}.
     */
    private static int capitalisedCue(List<String> t, List<String> k, List<Token> tokens, boolean[] blocked, EntityLexicon lex, int i) {
        for (EntityLexicon.NameCue cue : lex.nameCues) {
            int m = cue.words().size();
            if (!cue.before() || cue.inSpan() || i + m >= k.size() || !k.subList(i, i + m).equals(cue.words())) continue;
            int next = i + m;
            if (!blocked[next] && tokens.get(next).kind() == Token.Kind.WORD && isCap(t.get(next)) && !lex.stopwords.contains(k.get(next))) return next;
        }
        return i;
    }

    /** A word that closes a name: an organisation word (compounds too) or a capitalised place word after a name ("Meer"). */
    private static boolean isHead(String key, EntityLexicon lex) {
        if (endsWithCue(key, lex.orgCues)) return true;
        for (EntityLexicon.NameCue c : lex.nameCues) if (!c.before() && c.words().size() == 1 && c.words().get(0).equals(key)) return true;
        return false;
    }

    /** A compound ending in one of the cue words ("strafgerichtshof"), the cue at least three letters and not the whole word. */
    private static boolean endsWithCue(String key, Set<String> cues) {
        for (int i = 2; i + 3 <= key.length(); i++) if (cues.contains(key.substring(i))) return true;
        return cues.contains(key);
    }

    /** A word with an ending of the language's common nouns ("-ung", "-heit"), long enough not to be a short name. */
    private static boolean commonNounShaped(String key, EntityLexicon lex) {
        for (String s : lex.commonNounSuffixes) if (key.length() >= s.length() + 3 && key.endsWith(s)) return true;
        return false;
    }

    /** The cue announcing the name at [start, end): its index in the lexicon and the token range of name plus cue, or null. */
    private static int[] nameCue(List<String> k, EntityLexicon lex, int start, int end) {
        List<EntityLexicon.NameCue> cues = lex.nameCues;
        for (int ci = 0; ci < cues.size(); ci++) {
            EntityLexicon.NameCue cue = cues.get(ci);
            int m = cue.words().size();
            if (cue.before()) {
                int j = start;
                while (j > 0 && (lex.particles.contains(k.get(j - 1)) || ARTICLES.contains(k.get(j - 1)))) j--;
                if (j > 0 && lex.looksLikeDemonym(k.get(j - 1)) && j - 1 - m >= 0 && k.subList(j - 1 - m, j - 1).equals(cue.words())) {
                    return new int[]{ci, start, end};
                }
                if (cue.inSpan() && j > 0 && Character.isLowerCase(k.get(j - 1).charAt(0)) && !lex.particles.contains(k.get(j - 1))
                        && j - 1 - m >= 0 && k.subList(j - 1 - m, j - 1).equals(cue.words())) {
                    // "la vallée contestée de la Dorna": one adjective between the cue and the name
                    return new int[]{ci, j - 1 - m, end};
                }
                if (j - m >= 0 && k.subList(j - m, j).equals(cue.words())) return new int[]{ci, j - m, end};
            } else {
                int j = end;
                while (j < k.size() && lex.particles.contains(k.get(j)) && j + 1 < k.size()) j++;
                if (j > end) j = end;
                if (j + m <= k.size() && k.subList(j, j + m).equals(cue.words())) return new int[]{ci, start, j + m};
            }
        }
        return null;
    }

    /** The place of a dateline opens its line, alone or after another place and a slash ("MIRAVEL/KORVAN, 21 mars"). */
    private static boolean datelineStart(List<String> t, int start, int firstWord) {
        if (start == firstWord) return true;
        return start >= 2 && t.get(start - 1).equals("/") && isAllCapsWord(t.get(start - 2)) && datelineStart(t, start - 2, firstWord);
    }

    private static boolean hasDemonymEnding(String key, EntityLexicon lex) {
        for (String s : lex.demonymSuffixes) if (key.length() >= s.length() + 4 && key.endsWith(s)) return true;
        return false;
    }

    private static boolean isOpening(String s) {
        return s.equals("«") || s.equals("\"") || s.equals("“") || s.equals("-") || s.equals("–") || s.equals("—") || s.equals("(");
    }

    /**
     * A US-style party and state label: one capital letter, a hyphen and a capitalised abbreviation ("R-Ky",
     * "D-N", "I-Vt"), right after an opening bracket or a comma and followed by a period, bracket or comma.
     */
    static boolean isPartyTag(List<String> t, int i) {
        String w = t.get(i);
        if (w.length() < 3 || w.length() > 8 || w.charAt(1) != '-' || !Character.isUpperCase(w.charAt(0))
                || !Character.isUpperCase(w.charAt(2))) return false;
        // "D-N." keeps its period as an abbreviation when the state is written with periods ("D-N.Y.")
        boolean period = w.endsWith(".");
        for (int c = 3; c < w.length() - (period ? 1 : 0); c++) if (!Character.isLetter(w.charAt(c))) return false;
        if (i == 0 || i + 1 >= t.size()) return false;
        String before = t.get(i - 1), after = t.get(i + 1);
        return (before.equals("(") || before.equals(",")) && (period || after.equals(".") || after.equals(")") || after.equals(",")
                || after.startsWith("."));
    }

    private static boolean isInitial(String s) {
        return s.length() == 2 && Character.isUpperCase(s.charAt(0)) && s.charAt(1) == '.';
    }

    static boolean isCap(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0)) && Character.isLetter(s.charAt(0));
    }

    static boolean isAllCapsWord(String s) {
        return Gazetteer.letters(s) >= 2 && Gazetteer.isAllCaps(s);
    }

    static boolean isAcronym(String s) {
        int l = Gazetteer.letters(s);
        return l >= 2 && l <= 5 && Gazetteer.isAllCaps(s);
    }
}

package org.vigie.nlp.quotes;

import org.vigie.core.ConfigException;
import org.vigie.core.model.DocumentLanguage;
import org.vigie.nlp.lang.LanguagePack;

import java.util.*;

/**
 * The speech knowledge of one language, read from its pack: {@code speech-cues.tsv} (speech verbs, "selon",
 * complementisers, auxiliaries, determiners...), {@code pronouns.tsv}, {@code speaker-roles.tsv} and
 * {@code gender-cues.tsv}. A language is supported when it has a {@code speech-cues.tsv}.
 */
public final class SpeechLexicon {
    public enum Kind {
        VERB, VERB_BARE, VERB_OBJ, SOURCE,
        /** A postposition after the source that opens the sentence, the content following it ("Dem Bericht zufolge ist ..."). */
        SOURCE_AFTER,
        THAT, AUX, AUDIENCE, DET, POSS, ADJUNCT, PREP, STOP, LINK, REL, INF, SUB, PARTICIPLE,
        /** A verb that closes an incise after a quote but never introduces content ("continued"). */
        INCISE,
        /**
         * A word opening an indirect question or a condition reported as content ("asked whether ...", "said if
         * ..."); kept apart from the cue matcher, as such a word may also have another kind ("if" is also sub).
         */
        QUESTION,
        /** A conjunction opening a source clause before the content ("As Reed noted, ..."), kept apart like QUESTION. */
        LIKE,
        /** The particle before an infinitive ("to explain why"), kept apart like QUESTION ("to" is no cue). */
        INF_MARK,
        /**
         * A negation particle ("not", "ne", "pas"), skipped like an auxiliary between a subject and its verb; kept
         * apart like QUESTION ("plus" is no cue).
         */
        NEG,
        /**
         * A finite auxiliary, modal or copula ("would", "was", "had") that shows a clause after a short subject;
         * kept apart like QUESTION ("had" is also an auxiliary of the cue).
         */
        FINITE;

        public boolean isVerb() { return this == VERB || this == VERB_BARE || this == VERB_OBJ; }
    }

    /** A pronoun or possessive: gender m, f, n (a state or organisation) or x (any), and number. */
    public record Pronoun(char gender, boolean plural, String use, boolean things) {
        public Pronoun(char gender, boolean plural, String use) {
            this(gender, plural, use, false);
        }

        public boolean subject() { return use.isEmpty() || use.equals("subject"); }
        public boolean object() { return use.equals("object"); }

        /** Whether a person of this grammatical gender ('?' when unknown) fits. */
        public boolean fits(char entityGender) {
            return gender == 'x' || entityGender == '?' || entityGender == gender;
        }

        /** Personal pronouns point to persons; neuter and plural ones to states and organisations. */
        public boolean personal() {
            return !plural && (gender == 'm' || gender == 'f');
        }
    }

    private static final Map<String, Optional<SpeechLexicon>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private final String language;
    private final PhraseMatcher<Kind> cues = new PhraseMatcher<>();
    private final Map<String, Kind> singleKinds = new HashMap<>();
    /** Kinds of accented forms whose accent-free key is taken by another word ("à" vs "a"), by lower-case surface. */
    private final Map<String, Kind> accentedKinds = new HashMap<>();
    private final Map<String, Pronoun> pronouns = new HashMap<>();
    /** Pronouns whose accent-free form is another listed word ("él" and "el"), by lower-case surface. */
    private final Map<String, Pronoun> accentedPronouns = new HashMap<>();
    private final List<String> infinitiveEndings = new ArrayList<>();
    private final List<String> participleEndings = new ArrayList<>();
    private final Set<String> questionWords = new HashSet<>();
    private final Set<String> likeWords = new HashSet<>();
    private final Set<String> infinitiveMarks = new HashSet<>();
    private final Set<String> negations = new HashSet<>();
    private final Set<String> finites = new HashSet<>();
    private final PhraseMatcher<String> roles = new PhraseMatcher<>();
    private final PhraseMatcher<Character> genderCues = new PhraseMatcher<>();
    private final Map<String, NameGender> nameDeterminers = new HashMap<>();
    private final Map<String, NameGender> nameEndings = new HashMap<>();
    private final Map<String, NameGender> nameForms = new HashMap<>();
    private final Map<String, NameGender> nameHeads = new HashMap<>();
    private NameGender nameDefault;

    /** The grammatical gender ('m', 'f' or 'x' for either) and number of a state's or an organisation's name. */
    public record NameGender(char gender, boolean plural) {}

    private SpeechLexicon(String language, List<Map<String, String>> cueRows) {
        this.language = language;
        LanguagePack pack = LanguagePack.of(language);
        for (Map<String, String> row : cueRows) {
            Kind kind = kind(pack, row.get("kind"));
            String form = row.get("form");
            if (kind == Kind.INF && form.startsWith("-")) {
                infinitiveEndings.add(LanguagePack.normalize(form.substring(1)));
                continue;
            }
            if (kind == Kind.QUESTION || kind == Kind.LIKE || kind == Kind.INF_MARK || kind == Kind.NEG || kind == Kind.FINITE) {
                Set<String> set = kind == Kind.QUESTION ? questionWords : kind == Kind.LIKE ? likeWords
                        : kind == Kind.INF_MARK ? infinitiveMarks : kind == Kind.NEG ? negations : finites;
                set.add(LanguagePack.normalize(form.strip()));
                continue;
            }
            if (kind == Kind.PARTICIPLE) {
                participleEndings.add(LanguagePack.normalize(form.substring(form.startsWith("-") ? 1 : 0)));
                continue;
            }
            cues.add(form, kind);
            String norm = LanguagePack.normalize(form.strip());
            if (!norm.contains(" ")) {
                Kind previous = singleKinds.putIfAbsent(norm, kind);
                if (previous != null && previous != kind) accentedKinds.put(form.strip().toLowerCase(Locale.ROOT), kind);
            }
        }
        for (Map<String, String> row : pack.table("pronouns.tsv")) {
            String g = row.getOrDefault("gender", "x");
            Pronoun pronoun = new Pronoun(g.isEmpty() ? 'x' : g.charAt(0), "pl".equals(row.get("number")),
                    row.getOrDefault("use", ""), "yes".equals(row.get("things")));
            String norm = LanguagePack.normalize(row.get("form").strip());
            String written = row.get("form").strip().toLowerCase(Locale.ROOT);
            // Spanish "él" is "el" once accents are removed: the pronoun is told by its accent, the bare form stays
            // the determiner
            if (singleKinds.containsKey(norm) && !written.equals(norm)) accentedPronouns.put(written, pronoun);
            else pronouns.put(norm, pronoun);
        }
        for (Map<String, String> row : pack.table("name-genders.tsv")) {
            String g = row.getOrDefault("gender", "x");
            NameGender ng = new NameGender(g.isEmpty() ? 'x' : g.charAt(0), "pl".equals(row.get("number")));
            String form = LanguagePack.normalize(row.get("form").strip());
            switch (row.getOrDefault("kind", "")) {
                case "det" -> nameDeterminers.put(form, ng);
                case "ending" -> nameEndings.put(form, ng);
                case "name" -> nameForms.put(form, ng);
                case "head" -> nameHeads.put(form, ng);
                case "default" -> nameDefault = ng;
                default -> throw new ConfigException("org/vigie/nlp/lang/" + language + "/name-genders.tsv: unknown kind '"
                        + row.get("kind") + "'");
            }
        }
        for (Map<String, String> row : pack.table("speaker-roles.tsv")) roles.add(row.get("form"), row.get("role"));
        for (Map<String, String> row : pack.table("gender-cues.tsv")) {
            String g = row.getOrDefault("gender", "");
            if (!g.isEmpty()) genderCues.add(row.get("form"), g.charAt(0));
        }
    }

    private static Kind kind(LanguagePack pack, String k) {
        try {
            return Kind.valueOf(k.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ConfigException("org/vigie/nlp/lang/" + pack.code() + "/speech-cues.tsv: unknown kind '" + k + "'");
        }
    }

    /** The lexicon of a language, or empty when the language has no speech-cues.tsv. */
    public static Optional<SpeechLexicon> of(String language) {
        return CACHE.computeIfAbsent(language.toLowerCase(Locale.ROOT), code -> {
            List<Map<String, String>> rows = LanguagePack.of(code).table("speech-cues.tsv");
            return rows.isEmpty() ? Optional.empty() : Optional.of(new SpeechLexicon(code, rows));
        });
    }

    /** Every language with a speech lexicon among the ISO 639-1 codes, so a language is added by resources alone. */
    public static List<SpeechLexicon> all() {
        List<SpeechLexicon> out = new ArrayList<>();
        for (String code : Locale.getISOLanguages()) of(code).ifPresent(out::add);
        return List.copyOf(out);
    }

    public String language() { return language; }

    public PhraseMatcher<Kind> cues() { return cues; }

    public PhraseMatcher<String> roles() { return roles; }

    public PhraseMatcher<Character> genderCues() { return genderCues; }

    /** The kind of a single normalised token, or null. */
    public Kind kindOf(String form) { return singleKinds.get(form); }

    /** Whether a normalised token is a negation particle ("not", "n't", "ne", "pas"). */
    public boolean isNegation(String form) { return negations.contains(form); }

    public boolean is(String form, Kind kind) { return singleKinds.get(form) == kind; }

    /** The kind of a token, telling "à" from "a" by its accent where both are listed. */
    public Kind kindAt(TextIndex ix, int tok) {
        Kind accented = accentedKinds.isEmpty() ? null : accentedKinds.get(ix.surface(tok).toLowerCase(Locale.ROOT));
        return accented != null ? accented : singleKinds.get(ix.form(tok));
    }

    /** A determiner or possessive: a speech-verb form right after one is a noun. */
    public boolean isDeterminer(String form) {
        Kind k = singleKinds.get(form);
        return k == Kind.DET || k == Kind.POSS;
    }

    public Pronoun pronoun(String form) { return pronouns.get(form); }

    /** A determiner or possessive at a token; not a pronoun told by its accent ("Él explicó", not "El anuncio"). */
    public boolean isDeterminerAt(TextIndex ix, int tok) {
        if (!accentedPronouns.isEmpty() && accentedPronouns.containsKey(ix.surface(tok).toLowerCase(Locale.ROOT))) return false;
        return isDeterminer(ix.form(tok));
    }

    /** The pronoun at a token, telling "él" from "el" by its accent where the bare form is another word. */
    public Pronoun pronounAt(TextIndex ix, int tok) {
        Pronoun accented = accentedPronouns.isEmpty() ? null : accentedPronouns.get(ix.surface(tok).toLowerCase(Locale.ROOT));
        return accented != null ? accented : pronouns.get(ix.form(tok));
    }

    /** The gender and number an article right before a name gives it ("la", "les"; {@code name-genders.tsv}), or null. */
    public NameGender determinerGender(String form) { return nameDeterminers.get(form); }

    /**
     * The gender and number of a name by its own words ({@code name-genders.tsv}): a state's name by its listed form,
     * its longest listed ending or else the table's default, an organisation's by its first word; null when the
     * table does not tell.
     */
    public NameGender nameGender(List<String> words, boolean state) {
        if (words.isEmpty()) return null;
        if (!state) return nameHeads.get(words.get(0));
        NameGender listed = nameForms.get(String.join(" ", words));
        if (listed != null) return listed;
        String last = words.get(words.size() - 1);
        String longest = null;
        for (String ending : nameEndings.keySet()) {
            if (last.length() > ending.length() && last.endsWith(ending) && (longest == null || ending.length() > longest.length())) longest = ending;
        }
        return longest != null ? nameEndings.get(longest) : nameDefault;
    }

    /** Whether a normalised token opens an indirect question reported as content ("whether", "if", "si"). */
    public boolean opensQuestion(String form) { return questionWords.contains(form); }

    /** Whether a normalised token is a finite auxiliary, modal or copula ("would", "was", "had"). */
    public boolean isFinite(String form) { return finites.contains(form); }

    /** Whether a normalised token marks an infinitive after it ("to"). */
    public boolean marksInfinitive(String form) { return infinitiveMarks.contains(form); }

    /** Whether a normalised token opens a source clause before the content ("as", "comme"). */
    public boolean opensSourceClause(String form) { return likeWords.contains(form); }

    /**
     * A present participle, told by its ending ("-ing", "-ant") in languages that list one: the verb of a clause
     * that shares the subject of the clause it is attached to ("Reed attacked the plan, saying ...").
     */
    public boolean isParticiple(String form) {
        for (String e : participleEndings) if (form.length() > e.length() + 2 && form.endsWith(e)) return true;
        return false;
    }

    /** An infinitive, told by its form ("avoir") or ending ("-er", "-ir") in languages that list them. */
    public boolean isInfinitive(String form) {
        if (singleKinds.get(form) == Kind.INF) return true;
        if (singleKinds.containsKey(form)) return false;
        for (String e : infinitiveEndings) if (form.length() > e.length() + 2 && form.endsWith(e)) return true;
        return false;
    }

    /**
     * The lexicon for each sentence of a document: its block's language (LANGUAGES), else the document language
     * when the block's language has no lexicon (a Spanish quote paragraph in a French article keeps French cues);
     * null where the language is known and unsupported. Without any language layer, the lexicon whose own words
     * the document uses most; a word shared by several lexicons ("a" is French "has" and English "a") counts for each
     * of them by its share.
     */
    public static SpeechLexicon[] forSentences(TextIndex ix, List<SpeechLexicon> all) {
        return forSentences(ix, all, new BitSet());
    }

    /**
     * As {@link #forSentences(TextIndex, List)}, telling the language of a sentence that holds a quote by its words
     * outside the quotation marks ({@code quoted} tokens), when they are more of another lexicon's words than of the
     * block's: a German quote with its French incise ("» Wir ... «, a déclaré la ministre") is a German block whose
     * cue is French.
     */
    public static SpeechLexicon[] forSentences(TextIndex ix, List<SpeechLexicon> all, BitSet quoted) {
        SpeechLexicon[] out = new SpeechLexicon[ix.sentenceCount()];
        Optional<String> docLanguage = ix.doc().language().filter(l -> !l.equals(DocumentLanguage.UNDETERMINED));
        SpeechLexicon voted = null;
        boolean voteDone = false;
        for (int s = 0; s < ix.sentenceCount(); s++) {
            Optional<String> lang = ix.languageAt(ix.sentenceStart(s)).filter(l -> !l.equals(DocumentLanguage.UNDETERMINED));
            Optional<SpeechLexicon> own = lang.flatMap(SpeechLexicon::of);
            if (own.isEmpty() && lang.isPresent()) own = docLanguage.flatMap(SpeechLexicon::of);
            int from = ix.sentenceStart(s), to = ix.sentenceEnd(s);
            int firstQuoted = quoted.nextSetBit(from);
            if (own.isPresent() && firstQuoted >= 0 && firstQuoted < to) {
                // the words around a quote (its incise) may be in another language than the quote and its block
                double[] score = scores(ix, all, from, to, quoted);
                int mine = all.indexOf(own.get()), best = mine;
                for (int i = 0; i < score.length; i++) if (score[i] > (best < 0 ? 0 : score[best])) best = i;
                if (best >= 0 && best != mine) own = Optional.of(all.get(best));
            }
            if (own.isPresent()) {
                out[s] = own.get();
            } else if (lang.isEmpty() || docLanguage.isEmpty()) {
                if (!voteDone) {
                    voted = vote(ix, all);
                    voteDone = true;
                }
                out[s] = voted;
            }
        }
        return out;
    }

    private static SpeechLexicon vote(TextIndex ix, List<SpeechLexicon> all) {
        // a word several lexicons list ("a" is French "has", English "a", Spanish and Italian "to") gives each of
        // them an equal share of one vote, so that a short text's few words still tell its language
        double[] score = scores(ix, all, 0, ix.size(), new BitSet());
        SpeechLexicon best = null;
        double bestScore = 0;
        for (int i = 0; i < all.size(); i++) {
            if (score[i] > bestScore) {
                best = all.get(i);
                bestScore = score[i];
            }
        }
        return best;
    }

    /** Each lexicon's share of the votes of the tokens {@code [from, to)} outside {@code skipped} ones. */
    private static double[] scores(TextIndex ix, List<SpeechLexicon> all, int from, int to, BitSet skipped) {
        double[] score = new double[all.size()];
        for (int k = from; k < to; k++) {
            if (skipped.get(k)) continue;
            String f = ix.form(k);
            int owners = 0;
            for (SpeechLexicon lex : all) if (lex.kindOf(f) != null || lex.pronoun(f) != null) owners++;
            if (owners == 0) continue;
            for (int i = 0; i < all.size(); i++) {
                SpeechLexicon lex = all.get(i);
                if (lex.kindOf(f) != null || lex.pronoun(f) != null) score[i] += 1.0 / owners;
            }
        }
        return score;
    }
}

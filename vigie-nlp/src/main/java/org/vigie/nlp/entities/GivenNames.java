package org.vigie.nlp.entities;

import org.vigie.nlp.lang.LanguagePack;
import org.vigie.nlp.ner.NerCorpus;
import org.vigie.nlp.ner.NerSentence;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.*;

/**
 * Given names of one language, from its {@code given-names.tsv} (normalised name, count, gender m/f or empty), and
 * the tool that derives that table from the PER spans of named-entity training corpora ({@link #main}).
 *
 * <p>Derivation: a word is a given name when it opens a PER span of two or more words at least {@value #MIN_COUNT}
 * times, opens such a span in at least {@value #MIN_SHARE} of its capitalised occurrences (so that titles,
 * place words and surnames that also open names are left out), is not a title of the language and is written in
 * lower case at most {@value #MAX_LOWER} times per name use. Its gender is the majority of the gendered personal
 * pronouns (the language's {@code pronouns.tsv}, genders m and f) in the rest of the sentence after the name,
 * recorded only with {@value #MIN_GENDER_VOTES} votes or more and a {@value #GENDER_SHARE} majority.
 */
public final class GivenNames {
    static final int MIN_COUNT = 3;
    static final double MIN_SHARE = 0.5;
    /** A word written in lower case more than this many times per name use is a common word ("mind", "mother"). */
    static final int MAX_LOWER = 2;
    static final int MIN_GENDER_VOTES = 4;
    static final double GENDER_SHARE = 0.85;
    private static final String FILE = "given-names.tsv";

    /** Genders derived from news text ({@link NameGenders}), for names whose gender the main table lacks. */
    private static final String GENDER_FILE = "given-name-genders.tsv";

    private final Map<String, Character> genders;
    private final Map<String, Character> newsGenders;

    private GivenNames(Map<String, Character> genders, Map<String, Character> newsGenders) {
        this.genders = genders;
        this.newsGenders = newsGenders;
    }

    private static final Map<String, GivenNames> TABLES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The table of a language (empty when the language has none), read once. */
    public static GivenNames of(String language) {
        return TABLES.computeIfAbsent(language, GivenNames::load);
    }

    private static GivenNames load(String language) {
        Map<String, Character> g = new HashMap<>();
        for (Map<String, String> r : LanguagePack.of(language).table(FILE)) {
            String gender = r.getOrDefault("gender", "");
            g.put(LanguagePack.normalize(r.get("name").strip()), gender.isBlank() ? '?' : gender.strip().charAt(0));
        }
        Map<String, Character> extra = new HashMap<>();
        for (Map<String, String> r : LanguagePack.of(language).table(GENDER_FILE)) {
            String gender = r.getOrDefault("gender", "").strip();
            if (gender.equals("m") || gender.equals("f")) extra.put(LanguagePack.normalize(r.get("name").strip()), gender.charAt(0));
        }
        return new GivenNames(Map.copyOf(g), Map.copyOf(extra));
    }

    /** Whether a word (any case, accents allowed) is a given name of the table. */
    public boolean contains(String word) {
        return genders.containsKey(LanguagePack.normalize(word));
    }

    /** 'm', 'f', or '?' when the gender is not known (or the word is not a given name). */
    public char gender(String word) {
        String key = LanguagePack.normalize(word);
        Character g = genders.get(key);
        if (g == null) return '?';
        // the news-derived votes also count words that are not given names ("San Antonio", "Capitol Hill"): they only
        // complete names the table already holds
        return g != '?' ? g : newsGenders.getOrDefault(key, '?');
    }

    public Set<String> names() {
        return genders.keySet();
    }

    /** Counts gathered from corpus sentences; {@link #write} applies the thresholds. */
    static final class Counter {
        private final Map<String, Integer> opens = new HashMap<>();
        private final Map<String, Integer> capitalised = new HashMap<>();
        private final Map<String, Integer> lower = new HashMap<>();
        private final Map<String, int[]> votes = new HashMap<>();
        private final Map<String, Character> pronouns;

        private final Set<String> titles;

        /** @param titles normalised titles and gendered role nouns, which open PER spans in some corpora ("Mother Teresa") */
        Counter(Map<String, Character> pronouns, Set<String> titles) {
            this.pronouns = pronouns;
            this.titles = titles;
        }

        /** Given names whose sentence ended without another person: the next sentence's pronouns may refer to them. */
        private List<String> pending = List.of();
        private String pendingDocument;

        void add(NerSentence s) {
            List<String> w = s.words(), tags = s.tags();
            if (!pending.isEmpty() && Objects.equals(pendingDocument, s.document())) {
                for (int j = 0; j < w.size() && !tags.get(j).endsWith("-PER"); j++) {
                    Character g = pronouns.get(w.get(j).toLowerCase(Locale.ROOT));
                    if (g != null) for (String k : pending) votes.computeIfAbsent(k, x -> new int[2])[g == 'm' ? 0 : 1]++;
                }
            }
            List<String> last = new ArrayList<>();
            for (int i = 0; i < w.size(); i++) {
                String word = w.get(i);
                if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) capitalised.merge(key(word), 1, Integer::sum);
                else if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) lower.merge(key(word), 1, Integer::sum);
            }
            for (int i = 0; i < w.size(); i++) {
                if (!tags.get(i).equals("B-PER")) continue;
                int end = i + 1;
                while (end < w.size() && tags.get(end).equals("I-PER")) end++;
                String first = w.get(i);
                if (end - i < 2 || !isNameWord(first)) continue;
                String k = key(first);
                opens.merge(k, 1, Integer::sum);
                boolean alone = true;
                for (int j = end; j < w.size(); j++) {
                    if (tags.get(j).endsWith("-PER")) {
                        alone = false;
                        break;
                    }
                    Character g = pronouns.get(w.get(j).toLowerCase(Locale.ROOT));
                    if (g != null) votes.computeIfAbsent(k, x -> new int[2])[g == 'm' ? 0 : 1]++;
                }
                last = alone ? List.of(k) : List.of();
                i = end - 1;
            }
            pending = last;
            pendingDocument = s.document();
        }

        void write(PrintStream out) {
            List<String> names = names();
            out.println("name\tcount\tgender");
            for (String n : names) {
                int[] v = votes.getOrDefault(n, new int[2]);
                int total = v[0] + v[1];
                String g = total < MIN_GENDER_VOTES ? "" : v[0] >= GENDER_SHARE * total ? "m" : v[1] >= GENDER_SHARE * total ? "f" : "";
                out.println(n + "\t" + opens.get(n) + "\t" + g);
            }
        }

        /**
         * The names with a gender, with their votes: {@code given-name-genders.tsv}. News text names several people
         * per paragraph, so its pronouns are noisier votes than NER corpus sentences: the caller sets stricter
         * thresholds.
         */
        void writeGenders(PrintStream out, int minVotes, double share) {
            List<String> names = names();
            out.println("name\the\tshe\tgender");
            for (String n : names) {
                int[] v = votes.getOrDefault(n, new int[2]);
                int total = v[0] + v[1];
                String g = total < minVotes ? "" : v[0] >= share * total ? "m" : v[1] >= share * total ? "f" : "";
                if (!g.isEmpty()) out.println(n + "\t" + v[0] + "\t" + v[1] + "\t" + g);
            }
        }

        /** The words that open person names often enough, and rarely anything else, most frequent first. */
        private List<String> names() {
            List<String> names = new ArrayList<>();
            for (Map.Entry<String, Integer> e : opens.entrySet()) {
                int cap = capitalised.getOrDefault(e.getKey(), e.getValue());
                if (e.getValue() >= MIN_COUNT && e.getValue() >= MIN_SHARE * cap && !titles.contains(e.getKey())
                        && lower.getOrDefault(e.getKey(), 0) <= MAX_LOWER * e.getValue()) names.add(e.getKey());
            }
            names.sort(Comparator.comparing((String n) -> -opens.get(n)).thenComparing(n -> n));
            return names;
        }

        private static boolean isNameWord(String w) {
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) return false;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (!Character.isLetter(c) && c != '-' && c != '\'') return false;
            }
            // initials and all-capital words are not given names ("J.", "JOHN" in a headline)
            return Character.isLowerCase(w.charAt(1));
        }

        private static String key(String w) {
            return LanguagePack.normalize(w);
        }
    }

    /** A counter with the language's gendered singular pronouns and its titles. */
    static Counter counter(String language) {
        Map<String, Character> pronouns = new HashMap<>();
        for (Map<String, String> r : LanguagePack.of(language).table("pronouns.tsv")) {
            String g = r.getOrDefault("gender", "").strip();
            if ((g.equals("m") || g.equals("f")) && "sg".equals(r.getOrDefault("number", "").strip())) pronouns.put(r.get("form").strip().toLowerCase(Locale.ROOT), g.charAt(0));
        }
        Set<String> titles = new HashSet<>();
        for (Map<String, String> r : LanguagePack.of(language).table("titles.tsv")) titles.add(LanguagePack.normalize(r.get("title").strip()));
        for (Map<String, String> r : LanguagePack.of(language).table("gender-cues.tsv")) titles.add(LanguagePack.normalize(r.get("form").strip()));
        return new Counter(pronouns, titles);
    }

    /**
     * Writes a language's table to standard output: {@code GivenNames <language> <corpus>...}, each corpus a file
     * {@link NerCorpus} reads (a {@code #train} suffix keeps WikiNEuRal's four training fifths). Only training parts
     * may be given: the table ships with the annotator that development and test sets measure.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GivenNames <language> <corpus file[#train]>...");
            System.exit(2);
        }
        Counter counter = counter(args[0]);
        for (int i = 1; i < args.length; i++) {
            for (NerSentence s : NerCorpus.read(Path.of(args[i]))) counter.add(s);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        counter.write(out);
    }
}

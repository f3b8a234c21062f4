package org.vigie.stories;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.*;
import org.vigie.nlp.lang.LanguagePack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.*;

/**
 * Computes a {@link Fingerprint} from an analysed document. Layers are used when present (body blocks, language,
 * title, published date, sources, entities, quantities, quotes, times); without them the text itself gives words,
 * capitalised names and figures, so grouping degrades gracefully with a shorter pipeline.
 */
final class FingerprintBuilder {
    static final int SHINGLE = 4;
    static final MinHash MINHASH = new MinHash(64, 20250301L);
    /** Name keys are cut to this length so that "Valdoria", "Valdorie" and "Valdorien" meet across languages. */
    static final int NAME_KEY = 5;
    /** Figures below this are mostly days of the month, ranks and small counts that do not tell events apart. */
    static final double MIN_FIGURE = 32;
    /** Languages tried, by their stopword lists, when the document's language was not detected. */
    private static final List<String> GUESSES = List.of("en", "fr", "de", "es", "it", "pt", "nl");

    private FingerprintBuilder() {
    }

    /** A word or number of the body, with its normalised form. */
    private record Tok(int start, int end, String norm, boolean number, double value, boolean initial, boolean capitalised,
                       boolean allCaps) {
    }

    static Fingerprint build(Document doc) {
        String text = doc.text();
        List<Span> body = bodySpans(doc);
        List<Tok> tokens = new ArrayList<>();
        for (Span s : body) scan(text, s, tokens);
        tokens = repaired(doc, tokens);
        String language = language(doc, tokens);
        Set<String> stop = LanguagePack.of(language).words("stopwords.txt");
        Set<String> notNames = notNames(language);
        boolean shouting = shouting(tokens);

        // content words: count, name and title flags
        Set<String> titleWords = new HashSet<>();
        doc.title().ifPresent(t -> {
            List<Tok> tt = new ArrayList<>();
            scan(t.text(), new Span(0, t.text().length()), tt);
            for (Tok x : tt) if (!x.number()) titleWords.add(stem(x.norm()));
        });
        Map<String, int[]> words = new HashMap<>();
        for (Tok t : tokens) {
            if (t.number() || t.norm().length() < 3 || stop.contains(t.norm())) continue;
            int[] c = words.computeIfAbsent(stem(t.norm()), k -> new int[2]);
            c[0]++;
            if (isName(t, shouting) && !notNames.contains(t.norm())) c[1] = 1;
        }
        for (String w : titleWords) {
            if (w.length() >= 3 && !stop.contains(w)) words.computeIfAbsent(w, k -> new int[]{1, 0});
        }
        Map<Integer, Integer> merged = new HashMap<>(words.size() * 2);
        long languageHash = Features.start(language);
        for (Map.Entry<String, int[]> e : words.entrySet()) {
            int h = Features.hash(languageHash, e.getKey());
            int flags = Math.min(Fingerprint.COUNT_MASK, e.getValue()[0]) | (e.getValue()[1] == 1 ? Fingerprint.NAME_FLAG : 0)
                    | (titleWords.contains(e.getKey()) ? Fingerprint.TITLE_FLAG : 0);
            merged.merge(h, flags, (a, b) -> Math.max(a & Fingerprint.COUNT_MASK, b & Fingerprint.COUNT_MASK) | ((a | b) & ~Fingerprint.COUNT_MASK));
        }
        int[] termHashes = new int[merged.size()];
        int k = 0;
        for (int h : merged.keySet()) termHashes[k++] = h;
        Arrays.sort(termHashes);
        byte[] termCounts = new byte[termHashes.length];
        for (int i = 0; i < termHashes.length; i++) termCounts[i] = (byte) (int) merged.get(termHashes[i]);

        // shingles of all body words and numbers, for near-duplicates (a repeated shingle is rare in news and
        // changes nothing in a MinHash; it is counted twice in the size, which only serves to estimate containment)
        long[] wordHashes = new long[tokens.size()];
        for (int i = 0; i < wordHashes.length; i++) wordHashes[i] = MinHash.mix(tokens.get(i).norm().hashCode() + 0x51AF1DL);
        long[] shingles = new long[Math.max(tokens.isEmpty() ? 0 : 1, tokens.size() - SHINGLE + 1)];
        for (int i = 0; i < shingles.length; i++) {
            long h = 1125899906842597L;
            for (int j = i; j < Math.min(i + SHINGLE, wordHashes.length); j++) h = (h ^ wordHashes[j]) * 0x100000001b3L + j - i;
            shingles[i] = h;
        }
        int distinct = shingles.length;

        Evidence ev = evidence(doc, tokens, body, shouting, notNames);
        int[] published = published(doc);
        Origin o = origin(doc);
        int damage = Math.min(127, doc.layerOrEmpty(LayerKind.ARTEFACTS).size());
        return new Fingerprint(doc.id(), language, published[0], published[1], o.origin, o.source, damage, distinct,
                MINHASH.signature(shingles, distinct), termHashes, termCounts, ev.evidence, ev.skeleton);
    }

    /**
     * The tokens with each repaired artefact (mojibake, machine-translation damage, misspelt names) read as its
     * repair, so that a damaged copy still shares its shingles and words with the clean original.
     */
    private static List<Tok> repaired(Document doc, List<Tok> tokens) {
        List<Artefact> repairs = doc.layerOrEmpty(LayerKind.ARTEFACTS).stream().filter(a -> a.repair() != null).toList();
        if (repairs.isEmpty()) return tokens;
        List<Tok> out = new ArrayList<>(tokens.size());
        int next = 0;
        for (Artefact a : repairs) {
            int start = a.span().start(), end = a.span().end();
            while (next < tokens.size() && tokens.get(next).end() <= start) out.add(tokens.get(next++));
            boolean initial = next < tokens.size() && tokens.get(next).initial();
            boolean any = false;
            while (next < tokens.size() && tokens.get(next).start() < end) {
                next++;
                any = true;
            }
            if (!any) continue;
            List<Tok> fixed = new ArrayList<>();
            scan(a.repair(), new Span(0, a.repair().length()), fixed);
            for (int i = 0; i < fixed.size(); i++) {
                Tok t = fixed.get(i);
                int at = Math.min(end - 1, start + t.start());
                out.add(new Tok(at, end, t.norm(), t.number(), t.value(), i == 0 ? initial : t.initial(), t.capitalised(), t.allCaps()));
            }
        }
        while (next < tokens.size()) out.add(tokens.get(next++));
        return out;
    }

    private static final Map<String, Set<String>> NOT_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Capitalised words of a language that are not names: its stopwords, its name stopwords, and the month and
     * weekday names of its {@code months.tsv} and {@code weekdays.tsv} (English capitalises them, French does not, so
     * as names they would tell a translation from its original). Files a language lacks add nothing.
     */
    static Set<String> notNames(String language) {
        return NOT_NAMES.computeIfAbsent(language, code -> {
            LanguagePack pack = LanguagePack.of(code);
            Set<String> out = new HashSet<>();
            for (String w : pack.words("stopwords.txt")) out.add(normalize(w));
            for (String w : pack.words("name-stopwords.txt")) out.add(normalize(w));
            for (String table : List.of("months.tsv", "weekdays.tsv")) {
                for (Map<String, String> row : pack.table(table)) {
                    for (String cell : row.values()) {
                        String w = normalize(cell.strip()).replaceAll("\\.$", "");
                        if (!w.isEmpty() && Character.isLetter(w.charAt(0))) out.add(w);
                    }
                }
            }
            return Set.copyOf(out);
        });
    }

    static String stem(String w) {
        // Plural folding shared by the languages Vigie reads (troops/troop, soldats/soldat): a suffix rule, not a word list.
        if (w.length() >= 5 && w.endsWith("s") && !w.endsWith("ss")) return w.substring(0, w.length() - 1);
        return w;
    }

    private static boolean isName(Tok t, boolean shouting) {
        if (t.number() || t.initial() || !t.capitalised() || t.norm().length() < 3) return false;
        if (t.allCaps()) return !shouting && t.norm().length() <= 6;
        return true;
    }

    /** Text mostly in capitals (wire headers, shouting copies): capitals say nothing about names there. */
    private static boolean shouting(List<Tok> tokens) {
        int letters = 0, caps = 0;
        for (Tok t : tokens) {
            if (t.number() || t.norm().length() < 3) continue;
            letters++;
            if (t.allCaps()) caps++;
        }
        return letters > 0 && caps * 2 > letters;
    }

    static List<Span> bodySpans(Document doc) {
        List<Span> out = new ArrayList<>();
        for (Block b : doc.layerOrEmpty(LayerKind.BLOCKS)) if (b.isBody()) out.add(b.span());
        if (out.isEmpty()) out.add(new Span(0, doc.text().length()));
        return out;
    }

    /** Splits a span into words and numbers; "40 000", "40,000" and "1.5" are one number each. */
    static void scan(String text, Span span, List<Tok> out) {
        int i = span.start(), end = span.end();
        boolean initial = true;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                int s = i;
                StringBuilder digits = new StringBuilder();
                while (i < end && Character.isDigit(text.charAt(i))) digits.append(text.charAt(i++));
                while (i + 3 < end + 1 && i < end && isGroupSeparator(text.charAt(i)) && digitsAt(text, i + 1, end) == 3) {
                    digits.append(text, i + 1, i + 4);
                    i += 4;
                }
                if (i < end && (text.charAt(i) == '.' || text.charAt(i) == ',')) {
                    int n = digitsAt(text, i + 1, end);
                    if (n >= 1 && n <= 2) {
                        digits.append('.').append(text, i + 1, i + 1 + n);
                        i += 1 + n;
                    }
                }
                String num = digits.toString();
                double value;
                try {
                    value = Double.parseDouble(num);
                } catch (NumberFormatException e) {
                    value = Double.NaN;
                }
                out.add(new Tok(s, i, canonical(num), true, value, initial, false, false));
                initial = false;
            } else if (Character.isLetter(c)) {
                int s = i;
                while (i < end && (Character.isLetterOrDigit(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) i++;
                String word = text.substring(s, i);
                boolean capitalised = Character.isUpperCase(word.codePointAt(0));
                boolean allCaps = capitalised && word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(word.toLowerCase(Locale.ROOT));
                out.add(new Tok(s, i, normalize(word), false, Double.NaN, initial, capitalised, allCaps));
                initial = false;
            } else {
                if (endsSentence(c) || (c == '-' && i + 1 < end && text.charAt(i + 1) == ' ')) initial = true;
                i++;
            }
        }
    }

    private static boolean endsSentence(char c) {
        return switch (c) {
            case '.', '!', '?', ':', ';', '"', '«', '»', '“', '”', '„', '—', '–', '|', '•', '(', '\n' -> true;
            default -> false;
        };
    }

    /** {@link LanguagePack#normalize}, with a fast path for plain ASCII words, which are most words. */
    static String normalize(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x80 || c == '`') return LanguagePack.normalize(word);
        }
        return word.toLowerCase(Locale.ROOT);
    }

    private static boolean isGroupSeparator(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == ',' || c == '.' || c == '\'';
    }

    /** How many digits follow at {@code i} (stopping at {@code end}), 0 when they are followed by a letter. */
    private static int digitsAt(String text, int i, int end) {
        int n = 0;
        while (i + n < end && Character.isDigit(text.charAt(i + n))) n++;
        if (i + n < end && Character.isLetter(text.charAt(i + n))) return 0;
        return n;
    }

    static String canonical(String number) {
        try {
            return new BigDecimal(number).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return number;
        }
    }

    private static String language(Document doc, List<Tok> tokens) {
        Optional<String> declared = doc.language().filter(l -> !l.isBlank() && !DocumentLanguage.UNDETERMINED.equals(l));
        if (declared.isPresent()) return declared.get();
        String best = DocumentLanguage.UNDETERMINED;
        int bestHits = 0, words = 0;
        for (Tok t : tokens) if (!t.number()) words++;
        for (String code : GUESSES) {
            Set<String> stop = LanguagePack.of(code).words("stopwords.txt");
            if (stop.isEmpty()) continue;
            int hits = 0;
            for (Tok t : tokens) if (!t.number() && stop.contains(t.norm())) hits++;
            if (hits > bestHits) {
                bestHits = hits;
                best = code;
            }
        }
        return bestHits >= 3 && bestHits * 20 >= words ? best : DocumentLanguage.UNDETERMINED;
    }

    private record Evidence(int[] evidence, int[] skeleton) {
    }

    private static Evidence evidence(Document doc, List<Tok> tokens, List<Span> body, boolean shouting, Set<String> notNames) {
        BitSet inBody = new BitSet(doc.text().length());
        for (Span s : body) inBody.set(s.start(), s.end());
        Set<Integer> evidence = new HashSet<>();
        // each mark is (offset << 32 | key hash): sorting them gives the evidence in text order
        LongList marks = new LongList();
        BitSet mentioned = new BitSet(doc.text().length());
        for (Entity e : doc.layerOrEmpty(LayerKind.ENTITIES)) {
            int key = Features.evidence(Features.ENTITY, e.id());
            evidence.add(key);
            List<String> nameKeys = e.isWikidata() ? List.of() : slugKeys(e.id(), notNames);
            for (String k : nameKeys) evidence.add(Features.evidence(Features.NAME, k));
            int mark = mark(e.id(), notNames);
            for (Span m : e.mentions()) {
                if (!inBody.get(m.start())) continue;
                mentioned.set(m.start(), m.end());
                marks.add(m.start(), mark);
            }
        }
        // Capitalised words stand in for entities only when there is no entity layer: with one, they add mostly
        // words capitalised by convention (weekdays, months and titles in English) that a translation lacks.
        boolean names = !doc.has(LayerKind.ENTITIES) || doc.layerOrEmpty(LayerKind.ENTITIES).isEmpty();
        for (Tok t : tokens) {
            if (!names || !isName(t, shouting) || notNames.contains(t.norm()) || mentioned.get(t.start())) continue;
            String key = t.norm().length() > NAME_KEY ? t.norm().substring(0, NAME_KEY) : t.norm();
            int h = Features.evidence(Features.NAME, key);
            evidence.add(h);
            marks.add(t.start(), h);
        }
        if (doc.has(LayerKind.QUANTITIES)) {
            for (Quantity q : doc.layerOrEmpty(LayerKind.QUANTITIES)) {
                if (q.value() == null || !inBody.get(q.span().start()) || Math.abs(q.value()) < MIN_FIGURE && q.value() == Math.rint(q.value())) continue;
                int h = Features.evidence(Features.FIGURE, canonical(BigDecimal.valueOf(q.value()).toPlainString()));
                evidence.add(h);
                marks.add(q.span().start(), h);
            }
        } else {
            for (Tok t : tokens) {
                if (!t.number() || Double.isNaN(t.value()) || t.value() < MIN_FIGURE && t.value() == Math.rint(t.value())) continue;
                int h = Features.evidence(Features.FIGURE, t.norm());
                evidence.add(h);
                marks.add(t.start(), h);
            }
        }
        for (TimeExpression t : doc.layerOrEmpty(LayerKind.TIMES)) {
            if (t.value() == null || t.granularity() != TimeExpression.Granularity.DAY || !inBody.get(t.span().start())) continue;
            evidence.add(Features.evidence(Features.DATE, t.value()));
        }
        for (Quote q : doc.layerOrEmpty(LayerKind.QUOTES)) {
            if (!inBody.get(q.span().start())) continue;
            marks.add(q.span().start(), Features.hash("q:" + (q.speaker() == null ? 0 : mark(q.speaker().entity(), notNames))));
        }
        long[] sorted = marks.sorted();
        Set<Integer> bigrams = new HashSet<>();
        int previous = 0;
        for (long m : sorted) {
            int key = (int) m;
            if (key == previous) continue;
            if (previous != 0) {
                int b = (int) (MinHash.mix(((long) previous << 32) ^ (key & 0xffffffffL)) >>> 32);
                bigrams.add(b == 0 ? 1 : b);
            }
            previous = key;
        }
        return new Evidence(toArray(evidence), toArray(bigrams));
    }

    /**
     * The key of an entity in the order signature: its Wikidata id, else the alphabetically first of its slug's name
     * keys, which does not depend on the order words take in each language ("central-baltic-treaty-organization",
     * "organisation-du-traite-de-la-baltique-centrale": {@code balti}).
     */
    static int mark(String entityId, Set<String> notNames) {
        if (entityId.matches("Q[0-9]+")) return Features.evidence(Features.ENTITY, entityId);
        List<String> keys = slugKeys(entityId, notNames);
        if (keys.isEmpty()) return Features.evidence(Features.ENTITY, entityId);
        return Features.evidence(Features.NAME, Collections.min(keys));
    }

    /**
     * Name keys of an engine entity id ({@code vigie:teodor-vasko}): the first letters of each word of its slug. An
     * entity linked to no knowledge base gets an id spelt after the language of the text ({@code vigie:teodor-vasco},
     * {@code vigie:organisation-du-traite-de-la-baltique-centrale}); its words' first letters still meet their
     * counterparts in another language ({@code teodo}, {@code vasko}/{@code vasco} differ, {@code balti}, {@code centr}
     * and {@code organ} match).
     */
    static List<String> slugKeys(String id, Set<String> notNames) {
        int colon = id.indexOf(':');
        String slug = colon >= 0 ? id.substring(colon + 1) : id;
        List<String> out = new ArrayList<>();
        for (String w : slug.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() < 4 || notNames.contains(w)) continue;
            String k = w.length() > NAME_KEY ? w.substring(0, NAME_KEY) : w;
            if (!out.contains(k)) out.add(k);
        }
        return out;
    }

    /** Offsets with key hashes, packed in longs. */
    private static final class LongList {
        private long[] items = new long[64];
        private int size;

        void add(int offset, int key) {
            if (size == items.length) items = Arrays.copyOf(items, size * 2);
            items[size++] = ((long) offset << 32) | (key & 0xffffffffL);
        }

        long[] sorted() {
            long[] out = Arrays.copyOf(items, size);
            Arrays.sort(out);
            return out;
        }
    }

    private static int[] toArray(Set<Integer> set) {
        int[] out = new int[set.size()];
        int i = 0;
        for (int x : set) out[i++] = x;
        Arrays.sort(out);
        return out;
    }

    /** Publication day (epoch day) and minute of day, from the published layer, else the input's metadata. */
    static int[] published(Document doc) {
        String value = doc.published().map(Published::value).orElse(doc.metadata().published());
        if (value == null || value.length() < 10) return new int[]{Fingerprint.NO_DATE, -1};
        try {
            int day = (int) LocalDate.parse(value.substring(0, 10)).toEpochDay();
            int minute = -1;
            if (value.length() >= 16 && value.charAt(10) == 'T') {
                minute = Integer.parseInt(value.substring(11, 13)) * 60 + Integer.parseInt(value.substring(14, 16));
            }
            return new int[]{day, minute};
        } catch (DateTimeParseException | NumberFormatException e) {
            return new int[]{Fingerprint.NO_DATE, -1};
        }
    }

    private record Origin(Fingerprint.Origin origin, int source) {
    }

    private static Origin origin(Document doc) {
        String credited = null, publisher = null;
        for (SourceCredit s : doc.layerOrEmpty(LayerKind.SOURCES)) {
            String key = sourceKey(s);
            if (s.role() == SourceCredit.Role.CREDITED && credited == null) credited = key;
            if (s.role() == SourceCredit.Role.PUBLISHER && publisher == null) publisher = key;
        }
        if (publisher == null && doc.metadata().siteName() != null) publisher = LanguagePack.normalize(doc.metadata().siteName());
        if (credited != null) {
            return new Origin(publisher == null || publisher.equals(credited) ? Fingerprint.Origin.WIRE
                    : Fingerprint.Origin.CREDITING_PUBLISHER, Features.hash(credited));
        }
        return new Origin(Fingerprint.Origin.UNCREDITED, publisher == null ? 0 : Features.hash(publisher));
    }

    /** The same outlet under one key: its entity id when linked, else its normalised name. */
    static String sourceKey(SourceCredit s) {
        return s.entityId() != null ? s.entityId() : LanguagePack.normalize(s.name()).strip();
    }
}

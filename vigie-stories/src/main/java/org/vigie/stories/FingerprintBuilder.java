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
            if (isName(t, shouting)) c[1] = 1;
        }
        for (String w : titleWords) {
            if (w.length() >= 3 && !stop.contains(w)) words.computeIfAbsent(w, k -> new int[]{1, 0});
        }
        Map<Integer, Integer> merged = new TreeMap<>();
        for (Map.Entry<String, int[]> e : words.entrySet()) {
            int h = Features.hash(language + '\u0001' + e.getKey());
            int flags = Math.min(Fingerprint.COUNT_MASK, e.getValue()[0]) | (e.getValue()[1] == 1 ? Fingerprint.NAME_FLAG : 0)
                    | (titleWords.contains(e.getKey()) ? Fingerprint.TITLE_FLAG : 0);
            merged.merge(h, flags, (a, b) -> Math.max(a & Fingerprint.COUNT_MASK, b & Fingerprint.COUNT_MASK) | ((a | b) & ~Fingerprint.COUNT_MASK));
        }
        int k = 0;
        int[] termHashes = new int[merged.size()];
        byte[] termCounts = new byte[merged.size()];
        for (Map.Entry<Integer, Integer> e : merged.entrySet()) {
            termHashes[k] = e.getKey();
            termCounts[k++] = (byte) (int) e.getValue();
        }

        // shingles of all body words and numbers, for near-duplicates
        long[] shingles = new long[Math.max(0, tokens.size() - SHINGLE + 1)];
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + SHINGLE; j++) h = MinHash.mix(h * 31 + tokens.get(j).norm().hashCode());
            shingles[i] = h;
        }
        if (shingles.length == 0 && !tokens.isEmpty()) {
            long h = 7;
            for (Tok t : tokens) h = MinHash.mix(h * 31 + t.norm().hashCode());
            shingles = new long[]{h};
        }
        Arrays.sort(shingles);
        int distinct = 0;
        for (int i = 0; i < shingles.length; i++) if (i == 0 || shingles[i] != shingles[i - 1]) shingles[distinct++] = shingles[i];

        Evidence ev = evidence(doc, tokens, body, shouting, stop);
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
                out.add(new Tok(s, i, LanguagePack.normalize(word), false, Double.NaN, initial, capitalised, allCaps));
                initial = false;
            } else {
                if (".!?:;\"«»“”„—–|•(\n".indexOf(c) >= 0 || (c == '-' && i + 1 < end && text.charAt(i + 1) == ' ')) initial = true;
                i++;
            }
        }
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

    /** One piece of evidence at its place in the text. */
    private record Mark(int at, String key) {
    }

    private static Evidence evidence(Document doc, List<Tok> tokens, List<Span> body, boolean shouting, Set<String> stop) {
        Set<Integer> evidence = new TreeSet<>();
        List<Mark> marks = new ArrayList<>();
        List<Entity> entities = doc.layerOrEmpty(LayerKind.ENTITIES);
        List<int[]> mentionSpans = new ArrayList<>();
        List<String> mentionIds = new ArrayList<>();
        for (Entity e : entities) {
            evidence.add(Features.evidence(Features.ENTITY, e.id()));
            for (Span m : e.mentions()) {
                if (!inside(m.start(), body)) continue;
                mentionSpans.add(new int[]{m.start(), m.end()});
                mentionIds.add(e.id());
                marks.add(new Mark(m.start(), "e:" + e.id()));
            }
        }
        for (Tok t : tokens) {
            if (!isName(t, shouting) || stop.contains(t.norm()) || insideAny(t.start(), mentionSpans)) continue;
            String key = t.norm().length() > NAME_KEY ? t.norm().substring(0, NAME_KEY) : t.norm();
            evidence.add(Features.evidence(Features.NAME, key));
            marks.add(new Mark(t.start(), "n:" + key));
        }
        if (doc.has(LayerKind.QUANTITIES)) {
            for (Quantity q : doc.layerOrEmpty(LayerKind.QUANTITIES)) {
                if (q.value() == null || !inside(q.span().start(), body) || Math.abs(q.value()) < MIN_FIGURE && q.value() == Math.rint(q.value())) continue;
                String key = canonical(BigDecimal.valueOf(q.value()).toPlainString());
                evidence.add(Features.evidence(Features.FIGURE, key));
                marks.add(new Mark(q.span().start(), "f:" + key));
            }
        } else {
            for (Tok t : tokens) {
                if (!t.number() || Double.isNaN(t.value()) || t.value() < MIN_FIGURE && t.value() == Math.rint(t.value())) continue;
                evidence.add(Features.evidence(Features.FIGURE, t.norm()));
                marks.add(new Mark(t.start(), "f:" + t.norm()));
            }
        }
        for (TimeExpression t : doc.layerOrEmpty(LayerKind.TIMES)) {
            if (t.value() == null || t.granularity() != TimeExpression.Granularity.DAY || !inside(t.span().start(), body)) continue;
            evidence.add(Features.evidence(Features.DATE, t.value()));
        }
        for (Quote q : doc.layerOrEmpty(LayerKind.QUOTES)) {
            if (!inside(q.span().start(), body)) continue;
            marks.add(new Mark(q.span().start(), "q:" + (q.speaker() == null ? "" : q.speaker().entity())));
        }
        marks.sort(Comparator.comparingInt(Mark::at));
        Set<Integer> bigrams = new TreeSet<>();
        String previous = null;
        for (Mark m : marks) {
            if (m.key().equals(previous)) continue;
            if (previous != null) bigrams.add(Features.hash(previous + '\u0002' + m.key()));
            previous = m.key();
        }
        return new Evidence(toArray(evidence), toArray(bigrams));
    }

    private static boolean inside(int offset, List<Span> body) {
        for (Span s : body) if (offset >= s.start() && offset < s.end()) return true;
        return false;
    }

    private static boolean insideAny(int offset, List<int[]> spans) {
        for (int[] s : spans) if (offset >= s[0] && offset < s[1]) return true;
        return false;
    }

    private static int[] toArray(Set<Integer> sorted) {
        int[] out = new int[sorted.size()];
        int i = 0;
        for (int x : sorted) out[i++] = x;
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

package org.vigie.stories;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.*;

/**
 * Incremental story clustering. Each new document is compared only with the candidates that share a
 * MinHash band (near-duplicates) or a rare feature in the inverted index (content words, linked
 * entities, figures, dates), never with the whole store, so assignment stays sub-linear in store size.
 * A near-duplicate joins its original's story as a copy or an edit; otherwise the document joins the
 * story most similar to it (cosine of content words within a language, overlap of language-independent
 * evidence across languages, discounted by distance in time) when the similarity passes a threshold,
 * or starts a new story.
 */
public final class StoryIndex {
    private static final int BANDS = 16;
    private static final int ROWS = 4;
    /** Postings longer than this belong to features too common to tell stories apart; they are not read. */
    private static final int MAX_POSTINGS = 200;
    private static final int QUERY_WORDS = 12;
    private static final int RECENT_MEMBERS = 30;

    private final Options options;
    private final Map<Long, List<String>> bands = new HashMap<>();
    private final Map<String, List<String>> postings = new HashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, Fingerprint> fingerprints = new HashMap<>();
    private final Map<String, String> storyOf = new HashMap<>();
    private final Map<String, Story> stories = new LinkedHashMap<>();
    private int documents;

    /** Thresholds: near-duplicate MinHash similarity, copy similarity, and the story similarity to join. */
    public record Options(double duplicate, double copy, double join, double crossLanguageJoin, int dayWindow) {
        public static Options defaults() {
            return new Options(0.5, 0.9, 0.4, 0.5, 7);
        }
    }

    public StoryIndex() {
        this(Options.defaults());
    }

    public StoryIndex(Options options) {
        this.options = options;
    }

    public synchronized Assignment add(Fingerprint f) {
        Assignment a = assign(f);
        Story story = stories.computeIfAbsent(a.storyId(), Story::new);
        story.add(f);
        fingerprints.put(f.documentId(), f);
        storyOf.put(f.documentId(), a.storyId());
        index(f, a.storyId());
        return a;
    }

    private Assignment assign(Fingerprint f) {
        String existing = storyOf.get(f.documentId());
        if (existing != null) return new Assignment(f.documentId(), existing, Relation.COPY, f.documentId(), 1.0);
        // 1. near-duplicates through the MinHash bands
        String bestDoc = null;
        double bestSim = 0;
        for (String candidate : bandCandidates(f)) {
            double sim = MinHash.similarity(f.minHash(), fingerprints.get(candidate).minHash());
            if (sim > bestSim) {
                bestSim = sim;
                bestDoc = candidate;
            }
        }
        if (bestDoc != null && bestSim >= options.duplicate()) {
            return new Assignment(f.documentId(), storyOf.get(bestDoc), bestSim >= options.copy() ? Relation.COPY : Relation.EDIT,
                    bestDoc, bestSim);
        }
        // 2. the most similar story among those sharing rare features
        Map<String, Integer> candidates = new HashMap<>();
        for (String feature : queryFeatures(f)) {
            List<String> docs = postings.get(feature);
            if (docs == null || docs.size() > MAX_POSTINGS) continue;
            for (String d : docs) candidates.merge(storyOf.get(d), 1, Integer::sum);
        }
        String bestStory = null;
        double bestScore = 0;
        String closestDoc = null;
        Relation relation = Relation.REPORT;
        for (String storyId : candidates.keySet()) {
            Story story = stories.get(storyId);
            // same language: similarity to the story's centroid (average link, which does not chain like single link)
            double centroid = centroidSimilarity(f, story) * timeDiscount(f.date(), story);
            if (centroid >= options.join() && centroid / options.join() > bestScore) {
                bestScore = centroid / options.join();
                bestStory = storyId;
                closestDoc = closestMember(f, story, true);
                relation = Relation.REPORT;
            }
            // other languages: language-independent evidence against the story's recent members
            List<String> members = story.documents();
            for (String docId : members.subList(Math.max(0, members.size() - RECENT_MEMBERS), members.size())) {
                Fingerprint other = fingerprints.get(docId);
                if (Objects.equals(other.language(), f.language())) continue;
                double score = evidenceSimilarity(f, other) * timeDiscount(f.date(), other.date());
                if (score >= options.crossLanguageJoin() && score / options.crossLanguageJoin() > bestScore) {
                    bestScore = score / options.crossLanguageJoin();
                    bestStory = storyId;
                    closestDoc = docId;
                    relation = Relation.TRANSLATION;
                }
            }
        }
        if (bestStory != null) {
            return new Assignment(f.documentId(), bestStory, relation, closestDoc, bestScore);
        }
        return new Assignment(f.documentId(), "story-" + f.documentId().substring(0, Math.min(16, f.documentId().length())),
                Relation.ORIGINAL, null, 0);
    }

    private Set<String> bandCandidates(Fingerprint f) {
        Set<String> out = new LinkedHashSet<>();
        for (long key : bandKeys(f.minHash())) {
            List<String> docs = bands.get(key);
            if (docs != null) out.addAll(docs);
        }
        return out;
    }

    private static long[] bandKeys(long[] sig) {
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b * 0x9E3779B97F4A7C15L;
            for (int r = 0; r < ROWS; r++) h = MinHash.mix(h ^ sig[b * ROWS + r]);
            keys[b] = h;
        }
        return keys;
    }

    private List<String> queryFeatures(Fingerprint f) {
        List<String> out = new ArrayList<>();
        f.entities().forEach(e -> out.add("e:" + e));
        f.figures().forEach(n -> out.add("n:" + n));
        f.dates().forEach(d -> out.add("d:" + d));
        f.words().entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue() * idf(f.language(), b.getKey()), a.getValue() * idf(f.language(), a.getKey())))
                .limit(QUERY_WORDS).forEach(e -> out.add("w:" + f.language() + ":" + e.getKey()));
        return out;
    }

    private void index(Fingerprint f, String storyId) {
        documents++;
        for (long key : bandKeys(f.minHash())) bands.computeIfAbsent(key, k -> new ArrayList<>(2)).add(f.documentId());
        for (String w : f.words().keySet()) documentFrequency.merge(f.language() + ":" + w, 1, Integer::sum);
        for (String feature : queryFeatures(f)) {
            List<String> docs = postings.computeIfAbsent(feature, k -> new ArrayList<>(2));
            if (docs.size() <= MAX_POSTINGS) docs.add(f.documentId());
        }
    }

    private double idf(String language, String word) {
        int df = documentFrequency.getOrDefault(language + ":" + word, 0);
        return Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
    }

    /** Cosine between the document's tf-idf vector and the story centroid (sum of its members' normalised tf vectors) weighted by idf. */
    double centroidSimilarity(Fingerprint f, Story story) {
        double dot = 0, nf = 0, ns = 0;
        double fnorm = Story.norm(f.words());
        if (fnorm == 0) return 0;
        for (Map.Entry<String, Double> e : f.words().entrySet()) {
            double idf = idf(f.language(), e.getKey());
            double wf = e.getValue() / fnorm * idf;
            nf += wf * wf;
            Double c = story.words().get(e.getKey());
            if (c != null) dot += wf * c * idf;
        }
        if (dot == 0) return 0;
        for (Map.Entry<String, Double> e : story.words().entrySet()) {
            double w = e.getValue() * idf(f.language(), e.getKey());
            ns += w * w;
        }
        return dot / Math.sqrt(nf * ns);
    }

    private String closestMember(Fingerprint f, Story story, boolean sameLanguage) {
        String best = story.documents().get(0);
        double bestSim = -1;
        List<String> members = story.documents();
        for (String docId : members.subList(Math.max(0, members.size() - RECENT_MEMBERS), members.size())) {
            Fingerprint other = fingerprints.get(docId);
            if (sameLanguage != Objects.equals(other.language(), f.language())) continue;
            double sim = wordSimilarity(f, other);
            if (sim > bestSim) {
                bestSim = sim;
                best = docId;
            }
        }
        return best;
    }

    /** Cosine of tf-idf weighted content words. */
    double wordSimilarity(Fingerprint a, Fingerprint b) {
        double dot = 0, na = 0, nb = 0;
        for (Map.Entry<String, Double> e : a.words().entrySet()) {
            double idf = idf(a.language(), e.getKey());
            double wa = e.getValue() * idf;
            na += wa * wa;
            Double tb = b.words().get(e.getKey());
            if (tb != null) dot += wa * tb * idf;
        }
        for (Map.Entry<String, Double> e : b.words().entrySet()) {
            double wb = e.getValue() * idf(b.language(), e.getKey());
            nb += wb * wb;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** Overlap of language-independent evidence: entities, figures and dates (Dice coefficient on their union). */
    static double evidenceSimilarity(Fingerprint a, Fingerprint b) {
        int shared = intersection(a.entities(), b.entities()) + 2 * intersection(a.figures(), b.figures())
                + intersection(a.dates(), b.dates());
        int total = a.entities().size() + b.entities().size() + 2 * (a.figures().size() + b.figures().size())
                + a.dates().size() + b.dates().size();
        return total == 0 ? 0 : 2.0 * shared / total;
    }

    private static int intersection(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) if (b.contains(x)) n++;
        return n;
    }

    private double timeDiscount(String date, Story story) {
        if (date == null || story.firstDate() == null) return 1.0;
        double first = timeDiscount(date, story.firstDate()), last = timeDiscount(date, story.lastDate());
        return Math.max(first, last);
    }

    private double timeDiscount(String a, String b) {
        if (a == null || b == null) return 1.0;
        try {
            long days = Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(a), LocalDate.parse(b)));
            return days <= options.dayWindow() ? 1.0 : Math.max(0.0, 1.0 - (days - options.dayWindow()) / 30.0);
        } catch (DateTimeParseException e) {
            return 1.0;
        }
    }

    public synchronized Optional<Story> story(String id) {
        return Optional.ofNullable(stories.get(id));
    }

    public synchronized Optional<String> storyOf(String documentId) {
        return Optional.ofNullable(storyOf.get(documentId));
    }

    public synchronized Collection<Story> stories() {
        return List.copyOf(stories.values());
    }

    public synchronized int size() {
        return documents;
    }
}

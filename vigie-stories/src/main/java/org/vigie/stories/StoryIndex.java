package org.vigie.stories;

import java.util.*;

/**
 * Incremental story clustering. A new document is compared only with the stories found through an inverted index
 * of features (its weightiest content words and its language-independent evidence), reading at most the most
 * recent postings of each feature, so the cost of an assignment does not grow with the store.
 * <ol>
 *   <li>Republication links: among the best candidate stories, a member with a near-identical body (MinHash) makes
 *   the document a copy or an edit of it; a member in another language whose names, figures and quotes come in
 *   the same order makes it a translation.</li>
 *   <li>Otherwise the document joins the most similar story (idf-weighted cosine with the story's content words in
 *   its language, or with its language-independent evidence, discounted by distance in time) when the similarity
 *   passes a threshold, or starts a story.</li>
 *   <li>A document that links two stories (a translation of one joining the other, or close to both while the two
 *   are close to each other) merges them; a story whose recent members fall into clearly separate groups is
 *   split.</li>
 * </ol>
 * Within a story, republication chains are kept per group: the original is the earliest published (ties: a wire's
 * own copy before a publisher crediting it, then arrival order). Thread-safe: every public method is synchronized.
 */
public final class StoryIndex {
    static final int FIRST_SPLIT_CHECK = 6;
    /** Weightiest content words of a document used as query and indexed. */
    private static final int QUERY_TERMS = 24;
    /** Postings read per feature, newest first: older stories sharing only common words are not candidates. */
    private static final int POSTINGS_READ = 48;
    private static final int CANDIDATES = 24;
    /** Candidate stories whose members are checked for copies and translations. */
    private static final int LINK_STORIES = 3;
    /** Members of a story checked for republication links and in a split check, most recent first. */
    private static final int RECENT_MEMBERS = 64;
    /**
     * Below this MinHash similarity two texts are not an edit of each other whatever their lengths: independent
     * reports of one event in one language share under a tenth of their shingles.
     */
    private static final double MIN_EDIT_JACCARD = 0.2;
    /** Every this many documents, some stories are checked for compaction. */
    private static final int COMPACT_EVERY = 1024;
    private static final int COMPACT_SWEEP = 4096;
    /** A story whose last document is this many days older than the newest document is compacted. */
    private static final int COLD_DAYS = 30;
    /** A story no document joined for this many documents is compacted. */
    private static final int COLD_ARRIVALS = 200_000;
    private static final int COMPACT_WORDS = 96, COMPACT_EVIDENCE = 48;
    /** Stories further away in time than this discount are not scored: they cannot reach the threshold. */
    private static final double MIN_TIME_FACTOR = 0.02;

    /**
     * Thresholds and weights. {@code join}: cosine of content words (same language) to join a story;
     * {@code evidenceJoin}: cosine of language-independent evidence to join; {@code duplicate}: MinHash similarity
     * of a copy or edit, {@code copy}: above it a copy rather than an edit, {@code containment}: share of the
     * shorter text found in the longer for a shortened edit; {@code translation}: overlap of the evidence in text
     * order for a translation; {@code merge}: similarity of two stories a document bridges to merge
     * them; {@code split}: average-link similarity under which parts of a story are split apart; {@code dayWindow}
     * and {@code dayDecay}: days without discount, then the e-folding time of the discount; {@code nameBoost},
     * {@code titleBoost}: weight of capitalised names and title words among content words.
     */
    public record Options(double join, double evidenceJoin, double duplicate, double copy, double containment,
                          double translation, double merge, double split, int dayWindow, double dayDecay,
                          double nameBoost, double titleBoost, double wordWeight) {
        public static Options defaults() {
            return new Options(0.25, 0.60, 0.50, 0.80, 0.60, 0.25, 0.50, 0.25, 1, 2.0, 3.0, 2.0, 0.5);
        }

        public Options withWordWeight(double w) {
            return new Options(join, evidenceJoin, duplicate, copy, containment, translation, merge, split, dayWindow, dayDecay, nameBoost, titleBoost, w);
        }

        public Options withJoin(double j) {
            return new Options(j, evidenceJoin, duplicate, copy, containment, translation, merge, split, dayWindow, dayDecay, nameBoost, titleBoost, wordWeight);
        }

        public Options withEvidenceJoin(double e) {
            return new Options(join, e, duplicate, copy, containment, translation, merge, split, dayWindow, dayDecay, nameBoost, titleBoost, wordWeight);
        }

        public Options withMerge(double m) {
            return new Options(join, evidenceJoin, duplicate, copy, containment, translation, m, split, dayWindow, dayDecay, nameBoost, titleBoost, wordWeight);
        }

        public Options withSplit(double s) {
            return new Options(join, evidenceJoin, duplicate, copy, containment, translation, merge, s, dayWindow, dayDecay, nameBoost, titleBoost, wordWeight);
        }

        public Options withBoosts(double name, double title) {
            return new Options(join, evidenceJoin, duplicate, copy, containment, translation, merge, split, dayWindow, dayDecay, name, title, wordWeight);
        }

        public Options withTranslation(double t) {
            return new Options(join, evidenceJoin, duplicate, copy, containment, t, merge, split, dayWindow, dayDecay, nameBoost, titleBoost, wordWeight);
        }
    }

    private final Options options;
    private final Similarity sim;
    private final Chains chains;
    private Fingerprint[] docs = new Fingerprint[256];
    private int[] storyOf = new int[256];
    private float[] score = new float[256];
    private int count;
    private final Map<String, Integer> docIndex = new HashMap<>();
    private final List<StoryState> stories = new ArrayList<>();
    private final Map<String, Integer> storyIndex = new HashMap<>();
    private final IntObjectMap<IntList> postings = new IntObjectMap<>(1 << 12);
    private final Candidates candidates = new Candidates();
    private final Map<String, IntList> pendingLinks = new HashMap<>();
    private int live;
    private int latestDay = Fingerprint.NO_DATE;
    private int sweep;

    public StoryIndex() {
        this(Options.defaults());
    }

    public StoryIndex(Options options) {
        this.options = Objects.requireNonNull(options, "options");
        this.sim = new Similarity(options);
        this.chains = new Chains(d -> docs[d], options.copy());
    }

    public Options options() {
        return options;
    }

    /** Places a new document; a document already in the index keeps its place. */
    public synchronized Assignment add(Fingerprint f) {
        Integer known = docIndex.get(f.documentId());
        if (known != null) {
            Membership m = membership(known);
            return new Assignment(m, List.of(), List.of(snapshot(stories.get(resolve(storyOf[known])))), List.of(), docs[known]);
        }
        Changes changes = new Changes();
        Decision d = decide(f);
        int doc = append(f);
        int target = d.link != null ? resolve(storyOf[d.link.doc]) : d.story;
        if (target < 0) target = newStory(f.documentId());
        score[doc] = (float) d.score;
        join(doc, target, d.terms, d.query);
        changes.documents.add(doc);
        if (d.link != null) {
            chains.union(doc, d.link.doc);
            chains.rechain(chains.find(doc), x -> changes.touch(x, this));
        }
        for (int other : d.bridged) {
            int o = resolve(other);
            if (o != target && stories.get(o).alive()) merge(target, o, changes);
        }
        maybeSplit(stories.get(resolve(target)), changes);
        if (count % COMPACT_EVERY == 0) compactColdStories();
        return changes.result(this, doc);
    }

    /** Compacts the cold stories among the next {@value #COMPACT_SWEEP} (round robin), so memory follows live stories. */
    private void compactColdStories() {
        int n = stories.size();
        for (int k = 0; k < Math.min(COMPACT_SWEEP, n); k++) {
            sweep = sweep >= n - 1 ? 0 : sweep + 1;
            StoryState s = stories.get(sweep);
            if (!s.alive() || s.compact) continue;
            boolean old = latestDay != Fingerprint.NO_DATE && s.lastDay != Fingerprint.NO_DATE && s.lastDay < latestDay - COLD_DAYS;
            if (old || count - s.lastJoined > COLD_ARRIVALS) {
                s.compact(COMPACT_WORDS, COMPACT_EVIDENCE);
                for (int i = 0; i < s.members.size(); i++) docs[s.members.get(i)] = docs[s.members.get(i)].withoutTerms();
            }
        }
    }

    /**
     * Adds a document at a place decided earlier (reopening a store), without searching: its story (created if
     * new), and its link to the document it repeats.
     */
    public synchronized void restore(Fingerprint f, String storyId, Relation rel, String ofDocument, double similarity) {
        Objects.requireNonNull(storyId, "storyId");
        if (docIndex.containsKey(f.documentId())) return;
        int[] terms = sim.queryTerms(f, this::idf, QUERY_TERMS);
        int doc = append(f);
        Integer s = storyIndex.get(storyId);
        int target = s == null ? createStory(storyId) : resolve(s);
        score[doc] = (float) similarity;
        join(doc, target, terms, null);
        Integer o = ofDocument == null ? null : docIndex.get(ofDocument);
        chains.set(doc, rel, -1);
        if (rel.isRepublication() && o != null) {
            chains.union(doc, o);
            chains.set(doc, rel, o);
        } else if (rel.isRepublication() && ofDocument != null) {
            // the original arrived after its copy: link them when it is restored
            pendingLinks.computeIfAbsent(ofDocument, k -> new IntList(1)).add(doc);
        }
        IntList waiting = pendingLinks.remove(f.documentId());
        if (waiting != null) {
            for (int i = 0; i < waiting.size(); i++) {
                chains.union(waiting.get(i), doc);
                chains.set(waiting.get(i), chains.relation(waiting.get(i)), doc);
            }
        }
    }

    // ---- decision -------------------------------------------------------------------------------------------

    private record Link(int doc, Relation kind, double similarity) {
    }

    private record Decision(int story, Link link, double score, List<Integer> bridged, int[] terms, Similarity.Query query) {
    }

    private Decision decide(Fingerprint f) {
        int[] terms = sim.queryTerms(f, this::idf, QUERY_TERMS);
        Similarity.Query q = sim.query(f, this::idf);
        candidates.reset();
        collect(terms, q.termWeights(terms), 0);
        collect(f.evidence(), q.evidenceWeights(), terms.length);
        List<double[]> scored = new ArrayList<>();
        for (int story : candidates.top(CANDIDATES)) {
            StoryState s = stories.get(story);
            double t = timeFactor(f.day(), s.firstDay, s.lastDay);
            if (t < MIN_TIME_FACTOR) continue;
            double w = sim.wordCosine(q, s, this::idf, count);
            double v = sim.evidenceCosine(q, s, this::idf, count);
            double combined = Math.max(sim.mix(w, v) / options.join(), v / options.evidenceJoin()) * t;
            scored.add(new double[]{story, combined, w, v});
        }
        scored.sort((a, b) -> Double.compare(b[1], a[1]));
        // Copies are found among the stories closest overall, translations among those closest in evidence.
        Set<Integer> linkable = new LinkedHashSet<>();
        for (int i = 0; i < Math.min(LINK_STORIES, scored.size()); i++) linkable.add((int) scored.get(i)[0]);
        List<double[]> byEvidence = new ArrayList<>(scored);
        byEvidence.sort((a, b) -> Double.compare(b[3], a[3]));
        for (int i = 0; i < Math.min(LINK_STORIES, byEvidence.size()); i++) linkable.add((int) byEvidence.get(i)[0]);
        Link link = null;
        for (int story : linkable) {
            Link l = bestLink(f, stories.get(story));
            if (l != null && (link == null || strength(l) > strength(link))) link = l;
        }
        int story = -1;
        double best = 0;
        if (link != null) {
            story = resolve(storyOf[link.doc]);
            best = link.similarity;
        } else if (!scored.isEmpty() && scored.get(0)[1] >= 1) {
            story = (int) scored.get(0)[0];
            best = scored.get(0)[1];
        }
        // An undated document takes the date of the text it repeats; without any date it cannot tell that two
        // stories of different days are one event, so it bridges nothing.
        int day = f.day() == Fingerprint.NO_DATE && link != null ? docs[link.doc].day() : f.day();
        List<Integer> bridged = new ArrayList<>();
        if (story >= 0 && day != Fingerprint.NO_DATE) {
            StoryState target = stories.get(story);
            for (double[] c : scored) {
                int other = (int) c[0];
                if (other == story) continue;
                StoryState o = stories.get(other);
                double t = timeFactor(day, o.firstDay, o.lastDay) * timeFactor(target.firstDay, o.firstDay, o.lastDay)
                        * timeFactor(target.lastDay, o.firstDay, o.lastDay);
                if (t < 1 || c[1] < 1) continue;
                // A translation of a member of one story that would join another story in its own language is the
                // same text in both: the stories tell the same event in two languages.
                boolean translated = link != null && link.kind == Relation.TRANSLATION && c[2] > 0;
                if (translated || sim.storySimilarity(stories.get(story), stories.get(other), this::idf, count) >= options.merge()) {
                    bridged.add(other);
                }
            }
        }
        return new Decision(story, link, best, bridged, terms, q);
    }

    private void collect(int[] features, double[] weights, int firstFeature) {
        for (int i = 0; i < features.length; i++) {
            IntList p = postings.get(features[i]);
            if (p == null) continue;
            for (int j = p.size() - 1, read = 0; j >= 0 && read < POSTINGS_READ; j--, read++) {
                candidates.add(resolve(p.get(j)), firstFeature + i, weights[i]);
            }
        }
    }

    private static double strength(Link l) {
        return switch (l.kind) {
            case COPY -> 3 + l.similarity;
            case EDIT -> 2 + l.similarity;
            default -> 1 + l.similarity;
        };
    }

    private Link bestLink(Fingerprint f, StoryState s) {
        Link best = null;
        IntList m = s.members;
        for (int j = m.size() - 1, seen = 0; j >= 0 && seen < RECENT_MEMBERS; j--, seen++) {
            Fingerprint o = docs[m.get(j)];
            Link l = null;
            if (o.language().equals(f.language())) {
                double jac = MinHash.similarity(f.minHash(), o.minHash());
                if (jac >= options.duplicate()) {
                    l = new Link(m.get(j), jac >= options.copy() ? Relation.COPY : Relation.EDIT, jac);
                } else if (jac >= MIN_EDIT_JACCARD && containment(jac, f.shingles(), o.shingles()) >= options.containment()) {
                    l = new Link(m.get(j), Relation.EDIT, jac);
                }
            } else {
                double t = Similarity.translation(f, o);
                if (t >= options.translation() && fitsGroup(f, m.get(j))) l = new Link(m.get(j), Relation.TRANSLATION, t);
            }
            if (l != null && (best == null || strength(l) > strength(best))) best = l;
        }
        return best;
    }

    /**
     * Whether {@code f} may join {@code member}'s republication group as a translation: if the group already has a
     * text in {@code f}'s language, {@code f} must share words with it, as a second translation or a copy would; a
     * text in that language that shares nothing is an independent report whose facts come in the same order.
     */
    private boolean fitsGroup(Fingerprint f, int member) {
        boolean sameLanguage = false;
        for (int d : chains.group(chains.find(member))) {
            Fingerprint g = docs[d];
            if (!g.language().equals(f.language())) continue;
            sameLanguage = true;
            if (MinHash.similarity(f.minHash(), g.minHash()) >= MIN_EDIT_JACCARD) return true;
        }
        return !sameLanguage;
    }

    /** The share of the smaller shingle set inside the larger one, from their Jaccard similarity and sizes. */
    static double containment(double jaccard, int a, int b) {
        if (a == 0 || b == 0) return 0;
        double intersection = jaccard * (a + b) / (1 + jaccard);
        return Math.min(1, intersection / Math.min(a, b));
    }

    double timeFactor(int day, int first, int last) {
        if (day == Fingerprint.NO_DATE || first == Fingerprint.NO_DATE) return 1;
        int gap = day < first ? first - day : day > last ? day - last : 0;
        if (gap <= options.dayWindow()) return 1;
        return Math.exp(-(gap - options.dayWindow()) / options.dayDecay());
    }

    double idf(int feature) {
        return Math.log((count + 1.0) / (sim.df(feature) + 1.0)) + 1.0;
    }

    // ---- structure ------------------------------------------------------------------------------------------

    private int append(Fingerprint f) {
        if (count == docs.length) {
            int n = docs.length * 2;
            docs = Arrays.copyOf(docs, n);
            storyOf = Arrays.copyOf(storyOf, n);
            score = Arrays.copyOf(score, n);
        }
        int d = count++;
        docs[d] = f;
        chains.add(d);
        docIndex.put(f.documentId(), d);
        return d;
    }

    private int newStory(String firstDocument) {
        String base = "story-" + firstDocument.substring(0, Math.min(16, firstDocument.length()));
        String id = base;
        for (int k = 2; storyIndex.containsKey(id); k++) id = base + "-" + k;
        return createStory(id);
    }

    private int createStory(String id) {
        StoryState s = new StoryState(stories.size(), id);
        stories.add(s);
        storyIndex.put(id, s.index);
        live++;
        return s.index;
    }

    private void join(int doc, int story, int[] indexTerms, Similarity.Query q) {
        StoryState s = stories.get(story);
        Fingerprint f = docs[doc];
        s.members.add(doc);
        storyOf[doc] = story;
        s.lastJoined = count;
        s.compact = false;
        if (f.day() != Fingerprint.NO_DATE && (latestDay == Fingerprint.NO_DATE || f.day() > latestDay)) latestDay = f.day();
        TermVector words = s.words.computeIfAbsent(f.language(), k -> new TermVector());
        Similarity.add(s, f.language(), words, f.terms(), q != null ? q.unitTerms : sim.unitWords(f), q != null ? q.termIdf : null, this::idf);
        Similarity.add(s, "", s.evidence, f.evidence(), q != null ? q.unitEvidence : sim.unitEvidence(f), q != null ? q.evidenceIdf : null, this::idf);
        s.widen(f.day());
        sim.count(f);
        for (int t : indexTerms) post(t, story);
        for (int e : f.evidence()) post(e, story);
    }

    private void post(int feature, int story) {
        IntList p = postings.computeIfAbsent(feature, k -> new IntList(2));
        if (p.isEmpty() || p.last() != story) p.add(story);
    }

    int resolve(int story) {
        int s = story;
        while (stories.get(s).mergedInto >= 0) s = stories.get(s).mergedInto;
        int c = story;
        while (stories.get(c).mergedInto >= 0) {
            int next = stories.get(c).mergedInto;
            stories.get(c).mergedInto = s;
            c = next;
        }
        return s;
    }

    private void merge(int into, int from, Changes changes) {
        // The larger story keeps its id, so most stored documents keep theirs.
        boolean swap = stories.get(from).members.size() > stories.get(into).members.size();
        StoryState a = stories.get(swap ? from : into), b = stories.get(swap ? into : from);
        for (int i = 0; i < b.members.size(); i++) {
            int d = b.members.get(i);
            changes.touch(d, this);
            a.members.add(d);
            storyOf[d] = a.index;
        }
        b.words.forEach((lang, v) -> a.words.computeIfAbsent(lang, k -> new TermVector()).addAll(v, 1f));
        a.evidence.addAll(b.evidence, 1f);
        a.widen(b.firstDay);
        a.widen(b.lastDay);
        a.changed();
        a.snapshot = null;
        b.mergedInto = a.index;
        b.members.removeIf(x -> true);
        b.words.clear();
        live--;
        changes.retired.add(b.id);
        changes.stories.add(a.index);
    }

    // ---- split ----------------------------------------------------------------------------------------------

    private void maybeSplit(StoryState s, Changes changes) {
        if (s.members.size() < s.nextSplitCheck) return;
        s.nextSplitCheck = Math.max(s.members.size() + 2, s.members.size() * 3 / 2);
        List<int[]> parts = Splitter.split(s, docs, this, sim, RECENT_MEMBERS);
        if (parts.size() < 2) return;
        // parts.get(0) stays; every other part becomes a story of its own
        for (int p = 1; p < parts.size(); p++) {
            int[] moved = parts.get(p);
            Set<Integer> all = new LinkedHashSet<>();
            for (int d : moved) for (int g : chains.group(chains.find(d))) if (resolve(storyOf[g]) == s.index) all.add(g);
            int first = Integer.MAX_VALUE;
            for (int d : all) first = Math.min(first, d);
            int t = newStory(docs[first].documentId());
            StoryState ts = stories.get(t);
            for (int d : all) {
                changes.touch(d, this);
                Fingerprint f = docs[d];
                s.words.get(f.language()).addAll(f.terms(), sim.unitWords(f), -1f);
                s.evidence.addAll(f.evidence(), sim.unitEvidence(f), -1f);
                ts.members.add(d);
                storyOf[d] = t;
                ts.words.computeIfAbsent(f.language(), k -> new TermVector()).addAll(f.terms(), sim.unitWords(f), 1f);
                ts.evidence.addAll(f.evidence(), sim.unitEvidence(f), 1f);
                ts.widen(f.day());
                for (int term : sim.queryTerms(f, this::idf, QUERY_TERMS)) post(term, t);
                for (int e : f.evidence()) post(e, t);
            }
            s.members.removeIf(all::contains);
            ts.changed();
            changes.stories.add(t);
        }
        s.firstDay = s.lastDay = Fingerprint.NO_DATE;
        for (int i = 0; i < s.members.size(); i++) s.widen(docs[s.members.get(i)].day());
        s.changed();
        s.snapshot = null;
        changes.stories.add(s.index);
    }

    // ---- views ----------------------------------------------------------------------------------------------

    Membership membership(int d) {
        int o = chains.of(d);
        return new Membership(docs[d].documentId(), stories.get(resolve(storyOf[d])).id, chains.relation(d),
                o < 0 ? null : docs[o].documentId(), score[d]);
    }

    /**
     * The story as it stands. Exact up to {@value #EXACT_SNAPSHOT} documents; a larger story is counted again only
     * when it has grown by a thirty-second or was merged or split, so an addition to a very large story stays cheap.
     */
    Story snapshot(StoryState s) {
        int n = s.members.size();
        if (s.snapshot != null && n > EXACT_SNAPSHOT && n < s.snapshot.documents() + Math.max(1, s.snapshot.documents() / 32)
                && s.snapshot.id().equals(s.id)) {
            Story c = s.snapshot;
            return new Story(c.id(), n, day(s.firstDay), day(s.lastDay), c.languages(), c.groups(), c.independentSources(), c.leadDocument());
        }
        s.snapshot = countedSnapshot(s);
        return s.snapshot;
    }

    private static final int EXACT_SNAPSHOT = 256;

    private Story countedSnapshot(StoryState s) {
        Set<String> languages = new TreeSet<>();
        Map<Integer, Integer> groupSizes = new HashMap<>();
        for (int i = 0; i < s.members.size(); i++) {
            int d = s.members.get(i);
            languages.add(docs[d].language());
            groupSizes.merge(chains.find(d), 1, Integer::sum);
        }
        Set<Integer> sources = new HashSet<>();
        int unsourced = 0;
        int lead = -1, leadSize = 0;
        for (Map.Entry<Integer, Integer> g : groupSizes.entrySet()) {
            int original = chains.originalOf(g.getKey());
            int src = docs[original].source();
            if (src == 0) unsourced++;
            else sources.add(src);
            if (g.getValue() > leadSize || g.getValue() == leadSize && chains.before(original, lead)) {
                lead = original;
                leadSize = g.getValue();
            }
        }
        return new Story(s.id, s.members.size(), day(s.firstDay), day(s.lastDay), List.copyOf(languages), groupSizes.size(),
                sources.size() + unsourced, lead < 0 ? null : docs[lead].documentId());
    }

    private static String day(int epochDay) {
        return epochDay == Fingerprint.NO_DATE ? null : java.time.LocalDate.ofEpochDay(epochDay).toString();
    }

    public synchronized Optional<Story> story(String id) {
        Integer s = storyIndex.get(id);
        if (s == null || !stories.get(s).alive()) return Optional.empty();
        return Optional.of(snapshot(stories.get(s)));
    }

    /** The story a retired (merged) story id now lives in, or the id itself. */
    public synchronized Optional<String> currentId(String id) {
        Integer s = storyIndex.get(id);
        return s == null ? Optional.empty() : Optional.of(stories.get(resolve(s)).id);
    }

    public synchronized Optional<String> storyOf(String documentId) {
        Integer d = docIndex.get(documentId);
        return d == null ? Optional.empty() : Optional.of(stories.get(resolve(storyOf[d])).id);
    }

    public synchronized Optional<Membership> membership(String documentId) {
        Integer d = docIndex.get(documentId);
        return d == null ? Optional.empty() : Optional.of(membership(d));
    }

    /** The members of a story in the order they arrived. */
    public synchronized List<Membership> members(String storyId) {
        Integer s = storyIndex.get(storyId);
        if (s == null || !stories.get(s).alive()) return List.of();
        IntList m = stories.get(s).members;
        int[] sorted = m.toArray();
        Arrays.sort(sorted);
        List<Membership> out = new ArrayList<>(sorted.length);
        for (int d : sorted) out.add(membership(d));
        return out;
    }

    public synchronized List<Story> stories() {
        List<Story> out = new ArrayList<>(live);
        for (StoryState s : stories) if (s.alive()) out.add(snapshot(s));
        return out;
    }

    /** Number of stories (merged stories are gone). */
    public synchronized int storyCount() {
        return live;
    }

    /** Number of documents. */
    public synchronized int size() {
        return count;
    }

    /** The republication group (its root) of document {@code d}. */
    int group(int d) {
        return chains.find(d);
    }

    Fingerprint fingerprint(int d) {
        return docs[d];
    }

    int count() {
        return count;
    }

    /** What one add changed, collected as it happens. */
    private static final class Changes {
        final Set<Integer> documents = new LinkedHashSet<>();
        final Map<Integer, Membership> before = new HashMap<>();
        final Set<Integer> stories = new LinkedHashSet<>();
        final List<String> retired = new ArrayList<>();

        void touch(int d, StoryIndex index) {
            if (documents.add(d)) before.put(d, index.membership(d));
        }

        Assignment result(StoryIndex index, int doc) {
            List<Membership> changed = new ArrayList<>();
            Set<Integer> touchedStories = new LinkedHashSet<>();
            for (int d : documents) {
                Membership now = index.membership(d);
                if (!now.equals(before.get(d))) changed.add(now);
                touchedStories.add(index.resolve(index.storyOf[d]));
            }
            for (int s : stories) touchedStories.add(index.resolve(s));
            List<Story> snapshots = new ArrayList<>();
            for (int s : touchedStories) if (index.stories.get(s).alive()) snapshots.add(index.snapshot(index.stories.get(s)));
            return new Assignment(index.membership(doc), changed, snapshots, retired, index.docs[doc]);
        }
    }
}

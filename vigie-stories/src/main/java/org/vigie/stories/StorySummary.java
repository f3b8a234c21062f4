package org.vigie.stories;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.*;

import java.util.*;

/**
 * What an analyst reads about one story, computed from the stored analysis records of its documents and their
 * memberships: a title, the time span, the documents grouped by source and language with their place in the
 * republication chains, the events as a timeline, the main quotes with their speakers, and the claims ledger (every
 * figure by unit and claimant, with dates, documents and damage flags; units where claims disagree are marked).
 * <p>
 * Copies, edits and translations repeat their original: everywhere below, "independent sources" counts the
 * distinct outlets behind the originals, so a wire story republished ten times counts once.
 */
public record StorySummary(String id, String title, String firstDate, String lastDate, int documents, int independentSources,
                           List<String> languages, List<SourceGroup> sources, List<TimelineEvent> timeline,
                           List<KeyQuote> quotes, List<ClaimGroup> claims) {

    /** A document of the story with its place in its republication chain ({@code of}: the document it repeats). */
    public record Entry(String id, String title, String published, String language, String source, Relation relation,
                        String of, String ofTitle) {
    }

    public record LanguageGroup(String language, List<Entry> documents) {
    }

    /** The documents credited to (or published by) one outlet, by language. */
    public record SourceGroup(String source, List<LanguageGroup> languages) {
        public int documents() {
            return languages.stream().mapToInt(l -> l.documents().size()).sum();
        }
    }

    /** One event as reported, merged across documents by type, actors, date and polarity. */
    public record TimelineEvent(String date, EventType type, String mode, EntityRef actor1, EntityRef actor2, EntityRef location,
                                boolean negated, String evidence, String evidenceDocument, List<String> documents,
                                int independentSources) {
    }

    /** A quotation as repeated across documents (same speaker and words). */
    public record KeyQuote(String text, EntityRef speaker, boolean direct, String language, String document, List<String> documents,
                           int independentSources) {
    }

    /** One figure as stated in one or more documents that repeat the same original. */
    public record Claim(Double value, String text, boolean approximate, boolean artefact, String date, String language,
                        String document, List<String> documents) {
    }

    /** What one claimant (null: no one named) said about a unit, in date order. */
    public record Claimant(EntityRef claimant, List<Claim> claims) {
    }

    /**
     * The figures of one unit ({@code soldier}, {@code EUR}; null when the unit is unknown); {@code values} are the
     * distinct readable, undamaged values; {@code disputed} when they differ.
     */
    public record ClaimGroup(String unit, List<Claimant> claimants, List<Double> values, boolean disputed) {
    }

    /** Relative difference under which two figures are the same claim ("about 40,000" and "40 000"). */
    static final double SAME_FIGURE = 0.01;
    static final int MAX_QUOTES = 12;
    static final int MAX_EVIDENCE = 280;

    /**
     * @param documents   the stored analysis records of the story's documents (missing ones are skipped)
     * @param memberships the memberships of the story's documents; a document without one counts as a report
     */
    public static StorySummary of(String storyId, List<Document> documents, List<Membership> memberships) {
        return new Builder(storyId, documents, memberships).build();
    }

    private static final class Builder {
        private final String storyId;
        private final List<Document> docs;
        private final Map<String, Document> byId = new LinkedHashMap<>();
        private final Map<String, Membership> membership = new HashMap<>();
        private final Map<String, String> origin = new HashMap<>();

        Builder(String storyId, List<Document> documents, List<Membership> memberships) {
            this.storyId = storyId;
            for (Document d : documents) byId.putIfAbsent(d.id(), d);
            this.docs = List.copyOf(byId.values());
            for (Membership m : memberships) membership.put(m.documentId(), m);
            for (Document d : docs) origin.put(d.id(), originKey(root(d.id())));
        }

        StorySummary build() {
            String first = null, last = null;
            Set<String> languages = new TreeSet<>();
            for (Document d : docs) {
                String date = date(d);
                if (date != null && (first == null || date.compareTo(first) < 0)) first = date;
                if (date != null && (last == null || date.compareTo(last) > 0)) last = date;
                languages.add(d.language().orElse(DocumentLanguage.UNDETERMINED));
            }
            return new StorySummary(storyId, title(), first, last, docs.size(), independent(byId.keySet()), List.copyOf(languages),
                    sources(), timeline(), quotes(), claims());
        }

        /** The original a document repeats, following {@code of} links (at most a few steps). */
        private String root(String id) {
            String cur = id;
            for (int i = 0; i < 8; i++) {
                Membership m = membership.get(cur);
                if (m == null || m.of() == null || !byIdOrMember(m.of())) return cur;
                cur = m.of();
            }
            return cur;
        }

        private boolean byIdOrMember(String id) {
            return byId.containsKey(id) || membership.containsKey(id);
        }

        /** The outlet behind an original: its credited source, else its publisher, else the document itself. */
        private String originKey(String rootId) {
            Document d = byId.get(rootId);
            if (d == null) return "doc:" + rootId;
            String publisher = null;
            for (SourceCredit s : d.layerOrEmpty(LayerKind.SOURCES)) {
                if (s.role() == SourceCredit.Role.CREDITED) return "src:" + FingerprintBuilder.sourceKey(s);
                if (s.role() == SourceCredit.Role.PUBLISHER && publisher == null) publisher = "src:" + FingerprintBuilder.sourceKey(s);
            }
            return publisher != null ? publisher : "doc:" + rootId;
        }

        private int independent(Collection<String> documentIds) {
            Set<String> keys = new HashSet<>();
            for (String id : documentIds) if (origin.containsKey(id)) keys.add(origin.get(id));
            return keys.size();
        }

        private Relation relation(String id) {
            Membership m = membership.get(id);
            return m == null ? Relation.REPORT : m.relation();
        }

        /** The title of the original of the largest republication group, else the first title found. */
        private String title() {
            Map<String, Integer> sizes = new HashMap<>();
            for (Document d : docs) sizes.merge(root(d.id()), 1, Integer::sum);
            String best = null;
            for (Map.Entry<String, Integer> e : sizes.entrySet()) {
                Document d = byId.get(e.getKey());
                if (d == null || d.title().isEmpty()) continue;
                if (best == null || e.getValue() > sizes.get(best)
                        || e.getValue().equals(sizes.get(best)) && compareDates(date(d), date(byId.get(best))) < 0) {
                    best = e.getKey();
                }
            }
            if (best != null) return byId.get(best).title().get().text();
            for (Document d : docs) if (d.title().isPresent()) return d.title().get().text();
            return null;
        }

        private List<SourceGroup> sources() {
            Map<String, Map<String, List<Entry>>> groups = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (Document d : docs) {
                String source = sourceName(d);
                String language = d.language().orElse(DocumentLanguage.UNDETERMINED);
                Membership m = membership.get(d.id());
                String of = m == null ? null : m.of();
                String ofTitle = of == null || !byId.containsKey(of) ? null : byId.get(of).title().map(Title::text).orElse(null);
                Entry e = new Entry(d.id(), d.title().map(Title::text).orElse(null), published(d), language, source, relation(d.id()), of, ofTitle);
                groups.computeIfAbsent(source, k -> new TreeMap<>()).computeIfAbsent(language, k -> new ArrayList<>()).add(e);
            }
            List<SourceGroup> out = new ArrayList<>();
            groups.forEach((source, langs) -> {
                List<LanguageGroup> lg = new ArrayList<>();
                langs.forEach((lang, entries) -> {
                    entries.sort(Comparator.comparing((Entry x) -> x.published() == null ? "~" : x.published()).thenComparing(Entry::id));
                    lg.add(new LanguageGroup(lang, List.copyOf(entries)));
                });
                out.add(new SourceGroup(source, List.copyOf(lg)));
            });
            out.sort(Comparator.comparingInt(SourceGroup::documents).reversed().thenComparing(SourceGroup::source, String.CASE_INSENSITIVE_ORDER));
            return List.copyOf(out);
        }

        private List<TimelineEvent> timeline() {
            Map<String, List<Object[]>> groups = new LinkedHashMap<>();
            for (Document d : docs) {
                for (Event e : d.layerOrEmpty(LayerKind.EVENTS)) {
                    String key = e.type() + "|" + ref(e.actor1()) + "|" + ref(e.actor2()) + "|" + e.date() + "|" + e.negated();
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Object[]{d, e});
                }
            }
            List<TimelineEvent> out = new ArrayList<>();
            for (List<Object[]> g : groups.values()) {
                g.sort(Comparator.comparing(x -> sortableDate((Document) x[0])));
                Document firstDoc = (Document) g.get(0)[0];
                Event e = (Event) g.get(0)[1];
                Set<String> ids = new LinkedHashSet<>();
                EntityRef location = null;
                String mode = null;
                for (Object[] x : g) {
                    ids.add(((Document) x[0]).id());
                    Event ev = (Event) x[1];
                    if (location == null) location = ev.location();
                    if (mode == null) mode = ev.mode();
                }
                out.add(new TimelineEvent(e.date(), e.type(), mode, e.actor1(), e.actor2(), location, e.negated(),
                        clip(firstDoc.text(e.evidence())), firstDoc.id(), List.copyOf(ids), independent(ids)));
            }
            out.sort(Comparator.comparing((TimelineEvent t) -> t.date() == null ? "~" : t.date())
                    .thenComparing(Comparator.comparingInt(TimelineEvent::independentSources).reversed())
                    .thenComparing(t -> t.type().name()));
            return List.copyOf(out);
        }

        private List<KeyQuote> quotes() {
            Map<String, List<Object[]>> groups = new LinkedHashMap<>();
            for (Document d : docs) {
                for (Quote q : d.layerOrEmpty(LayerKind.QUOTES)) {
                    String text = d.text(q.span()).strip();
                    if (text.isEmpty()) continue;
                    // a copy damaged by mojibake or misspelt names still says the same words once repaired
                    String words = repaired(d, q.span());
                    String key = ref(q.speaker()) + "|" + org.vigie.nlp.lang.LanguagePack.normalize(words).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Object[]{d, q, text});
                }
            }
            List<KeyQuote> out = new ArrayList<>();
            for (List<Object[]> g : groups.values()) {
                g.sort(Comparator.comparing(x -> sortableDate((Document) x[0])));
                Document first = (Document) g.get(0)[0];
                Quote q = (Quote) g.get(0)[1];
                Set<String> ids = new LinkedHashSet<>();
                for (Object[] x : g) ids.add(((Document) x[0]).id());
                out.add(new KeyQuote((String) g.get(0)[2], q.speaker(), q.direct(), q.language(), first.id(), List.copyOf(ids), independent(ids)));
            }
            // Main quotes: attributed ones first, then the most independently reported, then direct, then longer.
            out.sort(Comparator.comparing((KeyQuote k) -> k.speaker() == null)
                    .thenComparing(Comparator.comparingInt(KeyQuote::independentSources).reversed())
                    .thenComparing(Comparator.comparingInt((KeyQuote k) -> k.documents().size()).reversed())
                    .thenComparing(k -> !k.direct())
                    .thenComparing(Comparator.comparingInt((KeyQuote k) -> k.text().length()).reversed()));
            return List.copyOf(out.subList(0, Math.min(MAX_QUOTES, out.size())));
        }

        private List<ClaimGroup> claims() {
            // unit -> claimant -> claims; a claim repeated by copies of one original is one claim
            Map<String, Map<String, List<Claim>>> byUnit = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
            Map<String, EntityRef> claimants = new HashMap<>();
            Map<String, Claim> seen = new HashMap<>();
            List<Document> ordered = new ArrayList<>(docs);
            ordered.sort(Comparator.comparing(this::sortableDate));
            for (Document d : ordered) {
                List<Artefact> artefacts = d.layerOrEmpty(LayerKind.ARTEFACTS);
                for (Quantity q : d.layerOrEmpty(LayerKind.QUANTITIES)) {
                    String unit = q.unit() == null || q.unit().isBlank() ? "" : q.unit();
                    String who = ref(q.claimedBy());
                    if (q.claimedBy() != null) claimants.putIfAbsent(who, q.claimedBy());
                    boolean damaged = q.artefact() || damaged(q.span(), artefacts);
                    String key = unit + "|" + who + "|" + (q.value() == null ? d.text(q.span()) : String.valueOf(q.value())) + "|" + origin.get(d.id());
                    Claim prior = seen.get(key);
                    if (prior != null) {
                        List<String> ids = new ArrayList<>(prior.documents());
                        if (!ids.contains(d.id())) ids.add(d.id());
                        Claim merged = new Claim(prior.value(), prior.text(), prior.approximate(), prior.artefact() && damaged, prior.date(),
                                prior.language(), prior.document(), List.copyOf(ids));
                        seen.put(key, merged);
                        List<Claim> list = byUnit.get(unit).get(who);
                        list.set(list.indexOf(prior), merged);
                        continue;
                    }
                    Claim c = new Claim(q.value(), d.text(q.span()), q.approximate(), damaged, date(d),
                            d.language().orElse(DocumentLanguage.UNDETERMINED), d.id(), List.of(d.id()));
                    seen.put(key, c);
                    byUnit.computeIfAbsent(unit, k -> new TreeMap<>()).computeIfAbsent(who, k -> new ArrayList<>()).add(c);
                }
            }
            List<ClaimGroup> out = new ArrayList<>();
            byUnit.forEach((unit, byWho) -> {
                List<Claimant> list = new ArrayList<>();
                List<Double> values = new ArrayList<>();
                byWho.forEach((who, claims) -> {
                    list.add(new Claimant(claimants.get(who), List.copyOf(claims)));
                    for (Claim c : claims) {
                        if (c.value() != null && !c.artefact() && values.stream().noneMatch(v -> same(v, c.value()))) values.add(c.value());
                    }
                });
                list.sort(Comparator.comparing((Claimant c) -> c.claimant() == null).thenComparing(c -> c.claimant() == null ? "" : c.claimant().name()));
                Collections.sort(values);
                out.add(new ClaimGroup(unit.isEmpty() ? null : unit, List.copyOf(list), List.copyOf(values), values.size() > 1));
            });
            out.sort(Comparator.comparing((ClaimGroup g) -> !g.disputed()).thenComparing(g -> g.unit() == null ? "~" : g.unit()));
            return List.copyOf(out);
        }

        private static boolean same(double a, double b) {
            return Math.abs(a - b) <= SAME_FIGURE * Math.max(Math.abs(a), Math.abs(b));
        }

        private static boolean damaged(Span span, List<Artefact> artefacts) {
            for (Artefact a : artefacts) {
                boolean numeric = a.kind() == Artefact.Kind.MT_NUMBER || a.kind() == Artefact.Kind.ENCODING;
                if (numeric && a.span().start() < span.end() && span.start() < a.span().end()) return true;
            }
            return false;
        }

        /** Earlier first; on the same date, originals and reports before the texts that repeat them. */
        private String sortableDate(Document d) {
            String p = published(d);
            return (p == null ? "~" : p) + "|" + (relation(d.id()).isRepublication() ? 1 : 0) + "|" + d.id();
        }

        private static int compareDates(String a, String b) {
            if (Objects.equals(a, b)) return 0;
            if (a == null) return 1;
            if (b == null) return -1;
            return a.compareTo(b);
        }
    }

    /** The text of a span with every repaired artefact inside it read as its repair. */
    static String repaired(Document d, Span span) {
        StringBuilder sb = new StringBuilder();
        int at = span.start();
        for (Artefact a : d.layerOrEmpty(LayerKind.ARTEFACTS)) {
            if (a.repair() == null || a.span().start() < at || a.span().end() > span.end()) continue;
            sb.append(d.text(), at, a.span().start()).append(a.repair());
            at = a.span().end();
        }
        return sb.append(d.text(), at, span.end()).toString();
    }

    static String ref(EntityRef r) {
        return r == null ? "" : r.entity();
    }

    static String published(Document d) {
        return d.published().map(Published::value).orElse(d.metadata().published());
    }

    static String date(Document d) {
        String p = published(d);
        return p == null || p.length() < 10 ? p : p.substring(0, 10);
    }

    /** The outlet a document is filed under: credited source, else publisher, else the site or host it came from. */
    static String sourceName(Document d) {
        String publisher = null;
        for (SourceCredit s : d.layerOrEmpty(LayerKind.SOURCES)) {
            if (s.role() == SourceCredit.Role.CREDITED) return s.name();
            if (s.role() == SourceCredit.Role.PUBLISHER && publisher == null) publisher = s.name();
        }
        if (publisher != null) return publisher;
        if (d.metadata().siteName() != null && !d.metadata().siteName().isBlank()) return d.metadata().siteName();
        String url = d.input().url() != null ? d.input().url() : d.metadata().url();
        if (url != null) {
            try {
                String host = java.net.URI.create(url.strip()).getHost();
                if (host != null) return host.startsWith("www.") ? host.substring(4) : host;
            } catch (IllegalArgumentException e) {
                // not a URL: fall through
            }
        }
        return "unknown source";
    }

    private static String clip(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= MAX_EVIDENCE ? t : t.substring(0, MAX_EVIDENCE - 1) + "…";
    }
}

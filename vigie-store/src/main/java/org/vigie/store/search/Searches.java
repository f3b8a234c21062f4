package org.vigie.store.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.vigie.store.search.SearchAnalyzers.Analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Runs one {@link SearchQuery} on one point-in-time searcher: filters, sort, page, snippets and facets. */
final class Searches {
    private static final Set<String> HIT_FIELDS = Set.of(IndexedFields.ID, IndexedFields.TITLE, IndexedFields.PUBLISHED,
            SearchFacet.LANGUAGE.key());
    private static final String[] BODY_FIELDS = Arrays.stream(Analysis.values()).map(Analysis::bodyField).toArray(String[]::new);

    private Searches() {
    }

    /** The facet counts need a view of the facet values across segments; it is built once per searcher, if asked. */
    interface FacetState {
        SortedSetDocValuesReaderState facetState() throws IOException;
    }

    static SearchResult run(IndexSearcher searcher, FacetState facetState, Analyzer analyzer, Query text, SearchQuery q)
            throws IOException {
        long started = System.nanoTime();
        Query query = filtered(text, q);
        int wanted = Math.max(1, q.offset() + q.limit());
        FacetsCollectorManager.FacetsResult result;
        if (q.sort() == SearchSort.RELEVANCE) {
            result = FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager());
        } else {
            result = FacetsCollectorManager.search(searcher, query, wanted, sort(q.sort()), true, new FacetsCollectorManager());
        }
        long total = 0;
        for (FacetsCollector.MatchingDocs m : result.facetsCollector().getMatchingDocs()) total += m.totalHits;
        ScoreDoc[] all = result.topDocs().scoreDocs;
        ScoreDoc[] page = q.offset() >= all.length ? new ScoreDoc[0]
                : Arrays.copyOfRange(all, q.offset(), Math.min(all.length, q.offset() + q.limit()));
        List<SearchHit> hits = hits(searcher, analyzer, text, page, q.snippets());
        Map<SearchFacet, List<FacetCount>> facets = q.facetLimit() == 0 ? Map.of()
                : facets(searcher, facetState.facetState(), result.facetsCollector(), q.facetLimit());
        return new SearchResult(total, hits, facets, (System.nanoTime() - started) / 1_000_000);
    }

    /** The text query with every filter as a non-scoring clause. */
    static Query filtered(Query text, SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.MUST);
        for (Map.Entry<SearchFacet, Set<String>> e : q.filters().entrySet()) {
            SearchFacet facet = e.getKey();
            if (facet.multiValued()) {
                for (String v : e.getValue()) b.add(keyword(facet, v), Occur.FILTER);
            } else {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                for (String v : e.getValue()) any.add(keyword(facet, v), Occur.SHOULD);
                b.add(any.build(), Occur.FILTER);
            }
        }
        if (q.from().isPresent() || q.to().isPresent()) {
            int lo = q.from().map(d -> (int) d.toEpochDay()).orElse(Integer.MIN_VALUE);
            int hi = q.to().map(d -> (int) d.toEpochDay()).orElse(Integer.MAX_VALUE);
            b.add(new IndexOrDocValuesQuery(IntPoint.newRangeQuery(IndexedFields.PUBLISHED_DAY, lo, hi),
                    NumericDocValuesField.newSlowRangeQuery(IndexedFields.PUBLISHED_DAY, lo, hi)), Occur.FILTER);
        }
        return b.build();
    }

    /** An entity filter takes an id or an exact name (in any case); other filters take the indexed value. */
    private static Query keyword(SearchFacet facet, String value) {
        Query exact = new TermQuery(new Term(facet.key(), value));
        if (facet != SearchFacet.ENTITY) return exact;
        return new BooleanQuery.Builder().add(exact, Occur.SHOULD)
                .add(new TermQuery(new Term(IndexedFields.ENTITY_NAME, value.toLowerCase(Locale.ROOT))), Occur.SHOULD)
                .build();
    }

    /**
     * Newest or oldest first, undated documents last, then best match, then index order. Documents are mostly stored
     * in date order, so newest first finds every document competitive: a third key read for each (the id) would cost
     * more than the rest of the sort.
     */
    private static Sort sort(SearchSort order) {
        boolean newest = order == SearchSort.NEWEST;
        SortField date = new SortField(IndexedFields.PUBLISHED_TIME, SortField.Type.LONG, newest);
        date.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new Sort(date, SortField.FIELD_SCORE);
    }

    private static List<SearchHit> hits(IndexSearcher searcher, Analyzer analyzer, Query text, ScoreDoc[] page, int snippets)
            throws IOException {
        if (page.length == 0) return List.of();
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) docIds[i] = page[i].doc;
        Map<String, Object[]> highlighted = snippets == 0 ? Map.of()
                : Snippets.highlight(searcher, analyzer, BODY_FIELDS, text, docIds, snippets);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            org.apache.lucene.document.Document d = stored.document(page[i].doc, HIT_FIELDS);
            hits.add(new SearchHit(d.get(IndexedFields.ID), Optional.ofNullable(d.get(IndexedFields.TITLE)),
                    Optional.ofNullable(d.get(IndexedFields.PUBLISHED)), d.get(SearchFacet.LANGUAGE.key()), page[i].score,
                    snippetsOf(highlighted, i)));
        }
        return hits;
    }

    @SuppressWarnings("unchecked")
    private static List<Snippet> snippetsOf(Map<String, Object[]> highlighted, int i) {
        for (Object[] perDoc : highlighted.values()) {
            if (perDoc[i] != null) return (List<Snippet>) perDoc[i];
        }
        return List.of();
    }

    private static Map<SearchFacet, List<FacetCount>> facets(IndexSearcher searcher, SortedSetDocValuesReaderState state,
                                                             FacetsCollector collected, int limit) throws IOException {
        Map<SearchFacet, List<FacetCount>> out = new EnumMap<>(SearchFacet.class);
        if (state == null) return out;
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collected);
        for (SearchFacet facet : SearchFacet.values()) {
            FacetResult r = state.getOrdRange(facet.key()) == null ? null : counts.getTopChildren(limit, facet.key());
            if (r == null) continue;
            List<FacetCount> values = new ArrayList<>(r.labelValues.length);
            for (LabelAndValue lv : r.labelValues) {
                String label = facet == SearchFacet.ENTITY ? entityName(searcher, lv.label).orElse(lv.label) : lv.label;
                values.add(new FacetCount(lv.label, label, lv.value.longValue()));
            }
            if (!values.isEmpty()) out.put(facet, values);
        }
        return out;
    }

    /** The name stored with an entity id in one document that mentions it. */
    private static Optional<String> entityName(IndexSearcher searcher, String id) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(SearchFacet.ENTITY.key(), id)), 1);
        if (top.scoreDocs.length == 0) return Optional.empty();
        org.apache.lucene.document.Document d = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(IndexedFields.ENTITY_REF));
        String prefix = id + IndexedFields.SEPARATOR;
        for (IndexableField f : d.getFields(IndexedFields.ENTITY_REF)) {
            String v = f.stringValue();
            if (v != null && v.startsWith(prefix)) return Optional.of(v.substring(prefix.length()));
        }
        return Optional.empty();
    }
}

package org.vigie.store.search;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

import java.io.IOException;

/**
 * A point-in-time searcher that builds the cross-segment view of facet values once, when facets are first asked for:
 * the view costs a pass over every facet value of the index, so searches without facets never pay for it.
 */
final class FacetedSearcher extends IndexSearcher {
    private SortedSetDocValuesReaderState state;
    private boolean built;

    FacetedSearcher(IndexReader reader) {
        super(reader);
    }

    /** Null when no document has a facet value yet. */
    synchronized SortedSetDocValuesReaderState facetState() throws IOException {
        if (!built) {
            state = hasFacets(getIndexReader()) ? new DefaultSortedSetDocValuesReaderState(getIndexReader(), IndexedFields.FACETS) : null;
            built = true;
        }
        return state;
    }

    private static boolean hasFacets(IndexReader reader) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            if (leaf.reader().getSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null) return true;
        }
        return false;
    }
}

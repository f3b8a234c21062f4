package org.vigie.store.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.Document;
import org.vigie.store.DocumentStore;
import org.vigie.store.DocumentSummary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Brings the index in line with the store: indexes stored documents (all of them, or only those the index lacks) and
 * removes indexed documents the store does not have.
 */
final class IndexSync {
    static final int PAGE = 500;
    private static final Logger LOG = LoggerFactory.getLogger(IndexSync.class);

    private IndexSync() {
    }

    /** {@code failed} counts stored documents that could not be read or indexed (each one is logged). */
    record Result(long stored, long indexed, long removed, long failed) {
    }

    static Result sync(DocumentStore store, SearchIndex index, SearchIndex.Progress progress, boolean all) {
        long total = store.stats().documents();
        Set<String> indexed = all ? Set.of() : index.ids();
        Set<String> stored = new HashSet<>();
        long added = 0;
        long failed = 0;
        long read = 0;
        // The store lists newest first: a document stored meanwhile shifts the pages forward, so pages may repeat
        // a document (indexed twice, harmlessly) but never skip an older one.
        for (int offset = 0; ; offset += PAGE) {
            List<DocumentSummary> page = store.list(offset, PAGE);
            List<String> missing = new ArrayList<>();
            for (DocumentSummary d : page) {
                if (stored.add(d.id()) && !indexed.contains(d.id())) missing.add(d.id());
            }
            for (String id : missing) {
                // One unreadable record must not keep every other document out of the index.
                try {
                    Optional<Document> doc = store.get(id);
                    if (doc.isPresent()) {
                        index.index(doc.get());
                        added++;
                    }
                } catch (RuntimeException e) {
                    failed++;
                    LOG.warn("document {} could not be indexed; it is skipped: {}", id, e.toString());
                }
            }
            read += page.size();
            if (page.size() < PAGE) break;
            progress.report(read, Math.max(total, read));
        }
        long removed = 0;
        for (String id : all ? index.ids() : indexed) {
            // Checked again: a document stored and indexed by someone else during the sync is not listed in pages read.
            if (!stored.contains(id) && !store.contains(id)) {
                index.delete(id);
                removed++;
            }
        }
        if (added > 0 || removed > 0) index.commit();
        progress.report(read, read);
        return new Result(stored.size(), added, removed, failed);
    }
}

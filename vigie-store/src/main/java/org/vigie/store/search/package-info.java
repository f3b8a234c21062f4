/**
 * Full-text search over the store: {@link org.vigie.store.search.SearchIndex} (embedded Apache Lucene index in
 * {@code <dataDir>/index/}, French and English analysis, filters, facets, snippets with highlight offsets) and
 * {@link org.vigie.store.search.IndexedDocumentStore}, the store that keeps the index in step with what it stores.
 * The index is derived data: it can always be rebuilt from the SQLite store.
 */
package org.vigie.store.search;

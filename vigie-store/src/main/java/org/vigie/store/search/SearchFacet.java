package org.vigie.store.search;

/**
 * What search results can be filtered and counted by. A document has one language, story and month but may have
 * several sources, entities, entity types and event types: several values of a single-valued facet are
 * alternatives (any may match), several values of a multi-valued facet are all required.
 */
public enum SearchFacet {
    LANGUAGE("language", false),
    SOURCE("source", true),
    ENTITY("entity", true),
    ENTITY_TYPE("entityType", true),
    EVENT_TYPE("eventType", true),
    STORY("story", false),
    MONTH("month", false);

    private final String key;
    private final boolean multiValued;

    SearchFacet(String key, boolean multiValued) {
        this.key = key;
        this.multiValued = multiValued;
    }

    /** The name used in JSON and in the index. */
    public String key() {
        return key;
    }

    /** True when a document may hold several values, so that several filter values are all required. */
    public boolean multiValued() {
        return multiValued;
    }

    public static SearchFacet byKey(String key) {
        for (SearchFacet f : values()) {
            if (f.key.equals(key)) return f;
        }
        throw new SearchQueryException("unknown facet '" + key + "'");
    }
}

package org.vigie.store;

import java.util.List;

/**
 * An entity and the documents mentioning it, most recently stored first. At most {@link #MAX_DOCUMENTS} are
 * listed; {@code summary().documents()} gives the full count.
 */
public record EntityDetail(EntitySummary summary, List<DocumentSummary> documents) {
    public static final int MAX_DOCUMENTS = 1000;

    public EntityDetail {
        documents = List.copyOf(documents);
    }
}

package org.vigie.monitor;

import java.time.Instant;
import java.util.List;

/**
 * Something a watchlist waited for happened: {@code kind} is the rule's type, {@code title} one line saying
 * what, {@code evidence} the documents and passages it rests on (first one first). {@code delivery} tells how
 * the webhook went: {@code none} (no webhook), {@code pending}, {@code delivered} or {@code failed: reason}.
 */
public record Alert(String id, String watchlistId, String watchlistName, String kind, String title, Instant at,
                    String storyId, List<Evidence> evidence, String delivery) {
    public Alert {
        evidence = List.copyOf(evidence);
    }

    /** The document the alert is mainly about. */
    public String documentId() {
        return evidence.isEmpty() ? null : evidence.get(0).documentId();
    }

    public Alert withDelivery(String newDelivery) {
        return new Alert(id, watchlistId, watchlistName, kind, title, at, storyId, evidence, newDelivery);
    }
}

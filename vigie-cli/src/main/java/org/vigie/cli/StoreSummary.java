package org.vigie.cli;

import org.vigie.store.StoreStats;

final class StoreSummary {
    private StoreSummary() {
    }

    static String of(StoreStats s) {
        return s.documents() + " documents, " + s.entities() + " entities, " + s.quotes() + " quotes, "
                + s.quantities() + " figures, " + s.events() + " events, " + s.stories() + " stories";
    }
}

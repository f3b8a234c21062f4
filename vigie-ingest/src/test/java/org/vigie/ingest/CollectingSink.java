package org.vigie.ingest;

import org.vigie.core.Document;

import java.util.ArrayList;
import java.util.List;

/** Keeps what an ingestor reported, for assertions. */
final class CollectingSink implements DocumentSink {
    final List<Document> docs = new ArrayList<>();
    final List<String> failures = new ArrayList<>();

    @Override
    public void accept(Document doc) {
        docs.add(doc);
    }

    @Override
    public void failed(String source, String reason) {
        failures.add(source + ": " + reason);
    }

    String failureFor(String fragment) {
        return failures.stream().filter(f -> f.contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no failure mentions " + fragment + " in " + failures));
    }
}

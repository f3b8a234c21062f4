package org.vigie.monitor;

import org.vigie.core.Document;

import java.util.Optional;

/** Where new raw documents go: analysed, assigned a story and stored. Must be safe to call from several threads. */
@FunctionalInterface
public interface DocumentIngest {
    /**
     * Analyses and stores {@code raw}, keeping {@code inputBytes} as its original input; empty if a document
     * with the same id is already stored (nothing is changed then).
     */
    Optional<Ingested> ingest(Document raw, byte[] inputBytes);
}

package org.vigie.server;

import java.util.List;

/**
 * Turns bytes a user pasted or uploaded into stored documents: reads them (text, HTML, or any format the ingester
 * knows), analyses and stores each new document. The server calls it from the ingest page; without one that page
 * says ingest is disabled.
 */
@FunctionalInterface
public interface IngestService {
    /**
     * Reads, analyses and stores what {@code bytes} hold; returns the ids of the documents they became, whether
     * stored now or already stored before. {@code name} is the file name (or a made-up one for pasted text), and
     * {@code mediaTypeOrNull} the declared type, null to let the ingester detect it.
     *
     * @throws org.vigie.core.InputException when the bytes cannot be read as a document (shown to the user)
     */
    List<String> ingest(byte[] bytes, String name, String mediaTypeOrNull) throws Exception;
}

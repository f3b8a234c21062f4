package org.vigie.monitor;

import org.vigie.core.Document;
import org.vigie.core.InputException;

import java.util.List;

/**
 * Turns fetched or dropped bytes into raw documents (not yet analysed). The application wires it to the
 * ingest stage's {@code Ingestor#readBytes(byte[], String, String)}: {@code name} is the article URL or file
 * path (its extension helps detection), {@code mediaType} the declared Content-Type or null. One input may
 * give several documents (JSON Lines, WARC).
 */
@FunctionalInterface
public interface ArticleReader {
    List<Document> read(byte[] bytes, String name, String mediaType) throws InputException;
}

package org.vigie.store;

import org.vigie.core.Document;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Keeps analysed documents, their original input bytes and an entity index aggregated across documents.
 * Implementations are safe to share between threads. Each {@link #put} is one transaction: after a crash a
 * document is either fully stored (record, input bytes, entity counts) or not at all.
 */
public interface DocumentStore extends AutoCloseable {

    /** The data folder used when none is given. */
    Path DEFAULT_DIR = Path.of("vigie-data");

    /**
     * Opens the embedded store in {@code dataDir}, creating the folder and the database if needed and
     * bringing the schema up to date.
     *
     * @throws StoreException if the folder cannot be created or written, if the database file is not a Vigie
     *                        store, or if it was written by a newer version of Vigie
     */
    static DocumentStore open(Path dataDir) {
        return SqliteDocumentStore.open(dataDir);
    }

    boolean contains(String id);

    /**
     * Stores an analysed document and the input bytes it was made from (kept once per content hash, so the
     * document can be analysed again). Returns false, changing nothing, if a document with this id is stored.
     */
    boolean put(Document analysed, byte[] inputBytes);

    /** The stored analysis, read back through {@code AnalysisJson.read}. */
    Optional<Document> get(String id);

    /** The original input bytes of a stored document, as given to {@link #put}. */
    Optional<byte[]> input(String id);

    /** Document summaries, most recently stored first. */
    List<DocumentSummary> list(int offset, int limit);

    /**
     * Entities across the store, by number of documents mentioning them (then mentions, then id).
     *
     * @param typeOrNull an entity type name ({@code PER, ORG, GPE, LOC, MISC}) or null for all
     * @throws IllegalArgumentException for a negative offset or limit, or an unknown type
     */
    List<EntitySummary> entities(int offset, int limit, String typeOrNull);

    /** An entity with the documents mentioning it, most recently stored first. */
    Optional<EntityDetail> entity(String id);

    StoreStats stats();

    @Override
    void close();
}

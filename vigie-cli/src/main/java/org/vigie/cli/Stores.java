package org.vigie.cli;

import org.vigie.store.DocumentStore;
import org.vigie.store.JdbcDocumentStore;
import org.vigie.store.postgres.DocumentStores;
import org.vigie.store.search.IndexedDocumentStore;
import org.vigie.store.search.SearchIndex;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the store is: the embedded store of a data folder by default, or a PostgreSQL database chosen by
 * a JDBC URL; the full-text index always lives in the data folder and is kept in step with the store.
 */
final class Stores {
    @Option(names = "--data", defaultValue = "vigie-data", description = "Data folder (embedded store and search index). Default: ${DEFAULT-VALUE}.")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Keep documents in PostgreSQL instead, e.g. jdbc:postgresql://127.0.0.1:5432/vigie (user and password from the URL or PGUSER/PGPASSWORD).")
    String db;

    @Option(names = "--kb-extra", paramLabel = "FILE", split = ",", description = "Knowledge-base extension files (from vigie kb import-...) "
            + "the analyses use, besides the data folder's kb/*.tsv (such as kb/user.tsv, the entities confirmed on the discovered page).")
    List<Path> kbExtra;

    /** Makes the analyses use the data folder's knowledge-base extensions and those given with --kb-extra. */
    void useKnowledgeBaseExtensions() {
        KbExtensions.use(data, kbExtra);
    }

    /** Where the documents of {@code store} (opened by {@link #open}) are, for messages; never shows a password. */
    String describe(DocumentStore store) {
        DocumentStore base = store instanceof IndexedDocumentStore i ? i.base() : store;
        if (base instanceof JdbcDocumentStore j && db != null) return j.location();
        return data.toAbsolutePath().normalize().toString();
    }

    DocumentStore open() {
        useKnowledgeBaseExtensions();
        if (db == null) return IndexedDocumentStore.open(data);
        DocumentStore store = DocumentStores.open(db);
        return IndexedDocumentStore.wrap(store, SearchIndex.open(data), SearchIndex.Progress.NONE);
    }
}

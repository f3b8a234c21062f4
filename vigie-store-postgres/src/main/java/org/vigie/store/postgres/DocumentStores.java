package org.vigie.store.postgres;

import org.vigie.store.DocumentStore;
import org.vigie.store.StoreException;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Opens the store a user named: a data folder for the embedded store (SQLite), or a PostgreSQL JDBC URL for
 * server mode. This is what a {@code --db} option should call.
 */
public final class DocumentStores {
    private DocumentStores() {
    }

    /**
     * Opens {@code location}: {@code jdbc:postgresql://HOST:PORT/DATABASE[?user=...&password=...&currentSchema=...]}
     * opens the store in PostgreSQL, with the user and password taken from the environment variables
     * {@code PGUSER} and {@code PGPASSWORD} when the URL has none (as libpq's tools do); anything not starting with
     * {@code jdbc:} is a data folder.
     *
     * @throws StoreException if the store cannot be opened, or for a JDBC URL of another database
     */
    public static DocumentStore open(String location) {
        return open(location, System.getenv());
    }

    static DocumentStore open(String location, Map<String, String> env) {
        Objects.requireNonNull(location, "location");
        String l = location.strip();
        if (l.isEmpty()) throw new StoreException("no store given: name a data folder or a jdbc:postgresql:// URL");
        if (l.startsWith(PostgresLocation.URL_PREFIX)) {
            Properties settings = PostgresLocation.properties(l);
            String user = settings.containsKey("user") ? null : env.get("PGUSER");
            String password = settings.containsKey("password") ? null : env.get("PGPASSWORD");
            return PostgresDocumentStore.open(l, user, password);
        }
        if (l.startsWith("jdbc:")) {
            throw new StoreException("'" + PostgresLocation.redact(l) + "' is not a store Vigie can use: give a data "
                    + "folder (embedded store) or a PostgreSQL URL, jdbc:postgresql://HOST:PORT/DATABASE");
        }
        Path folder;
        try {
            folder = Path.of(l);
        } catch (InvalidPathException e) {
            throw new StoreException("'" + l + "' is neither a folder path nor a jdbc:postgresql:// URL: " + e.getMessage(), e);
        }
        return DocumentStore.open(folder);
    }
}

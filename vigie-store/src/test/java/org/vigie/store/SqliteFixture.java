package org.vigie.store;

import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** The embedded store in the data folder {@code data} of a temporary folder made for each test and deleted after it. */
public final class SqliteFixture implements StoreFixture {
    private final Function<Path, DocumentStore> opener;
    private Path dir;

    /** The plain embedded store ({@link DocumentStore#open(Path)}). */
    public SqliteFixture() {
        this(DocumentStore::open);
    }

    /** The store {@code opener} opens on the data folder, such as the store behind its search index. */
    public SqliteFixture(Function<Path, DocumentStore> opener) {
        this.opener = opener;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("vigie-store-test-");
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : paths) Files.deleteIfExists(p);
    }

    /** The test's temporary folder, for other files next to the data folder. */
    public Path dir() {
        return dir;
    }

    /** The data folder of the store. */
    public Path data() {
        return dir.resolve("data");
    }

    @Override
    public DocumentStore open() {
        return opener.apply(data());
    }

    @Override
    public StoreSql sql() {
        return new SqliteSql(data());
    }
}

package org.vigie.store;

import org.vigie.core.Document;
import org.vigie.core.json.AnalysisJson;
import org.vigie.core.model.EntityType;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * What the SQLite store shares with the other JDBC backends (the PostgreSQL one in vigie-store-postgres), so
 * both keep the same data the same way: the rows a put writes, computed before any transaction, the read queries,
 * whose SQL both dialects accept, and the migration script format. For store implementations only: applications
 * use {@link DocumentStore}.
 */
public final class JdbcStoreSupport {
    private JdbcStoreSupport() {
    }

    /** One mention, in code point offsets as in the analysis record. */
    public record Mention(int start, int end, String surface) {
    }

    /** One entity of a document (ids listed twice in a record merged) with its mentions. */
    public record EntityRows(String id, String name, String type, List<Mention> mentions) {
        public EntityRows {
            mentions = List.copyOf(mentions);
        }
    }

    /**
     * The values of the {@code inputs} and {@code documents} rows of one put and the document's entities;
     * {@code path}, {@code url}, {@code mediaType}, {@code title}, {@code published}, {@code language} and
     * {@code story} may be null.
     */
    public record PreparedPut(String id, String inputSha256, String compression, int inputSize, byte[] compressedInput,
                              String path, String url, String mediaType, long bytes, String title, String published,
                              String language, String story, int entityCount, int quoteCount, int quantityCount,
                              int timeCount, int eventCount, String analysisJson, List<EntityRows> entities,
                              List<FactRows.Row> facts) {
        public PreparedPut {
            entities = List.copyOf(entities);
            facts = List.copyOf(facts);
        }
    }

    /** Writes the analysis record and compresses the input; the CPU-heavy part of a put, done outside the transaction. */
    public static PreparedPut prepare(Document analysed, byte[] inputBytes) {
        PreparedDocument d = PreparedDocument.of(analysed, inputBytes);
        List<EntityRows> entities = d.entities().stream()
                .map(e -> new EntityRows(e.id(), e.name(), e.type(),
                        e.mentions().stream().map(m -> new Mention(m.start(), m.end(), m.surface())).toList()))
                .toList();
        return new PreparedPut(d.id(), d.inputSha256(), InputCodec.DEFLATE, d.inputSize(), d.compressedInput(),
                d.inputField("path"), d.inputField("url"), d.inputField("mediaType"),
                d.record().path("input").path("bytes").asLong(), d.textOrNull("title"), d.published(),
                d.textOrNull("language"), d.textOrNull("story"), d.count("entities"), d.count("quotes"),
                d.count("quantities"), d.count("times"), d.count("events"), d.analysisJson(), entities, d.facts());
    }

    /** Writes the facts index rows of a put (see {@link FactRows}), inside its transaction, after the document row. */
    public static void insertFacts(Connection c, PreparedPut d) throws SQLException {
        FactRows.insert(c, d.id(), d.published(), d.facts());
    }

    public static boolean exists(Connection c, String id) throws SQLException {
        return DocumentWriter.exists(c, id);
    }

    /** The stored analysis record as JSON text. */
    public static Optional<String> analysis(Connection c, String id) throws SQLException {
        return StoreReader.analysis(c, id);
    }

    public static Optional<byte[]> input(Connection c, String id) throws SQLException {
        return StoreReader.input(c, id);
    }

    public static List<DocumentSummary> list(Connection c, int offset, int limit) throws SQLException {
        return StoreReader.list(c, offset, limit);
    }

    public static List<EntitySummary> entities(Connection c, int offset, int limit, EntityType typeOrNull) throws SQLException {
        return StoreReader.entities(c, offset, limit, typeOrNull);
    }

    public static Optional<EntityDetail> entity(Connection c, String id) throws SQLException {
        return StoreReader.entity(c, id);
    }

    public static StoreStats stats(Connection c) throws SQLException {
        return StoreReader.stats(c);
    }

    /**
     * A stored analysis record read back as a document.
     *
     * @throws StoreException naming the document and the store ({@code where}) when the record cannot be read
     */
    public static Document analysisRecord(String id, String json, Object where) {
        try {
            return AnalysisJson.read(AnalysisJson.MAPPER.readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new StoreException("the stored analysis record of document " + id + " in " + where
                    + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * An entity type by name, case-insensitively.
     *
     * @throws IllegalArgumentException naming the accepted types
     */
    public static EntityType entityType(String name) {
        try {
            return EntityType.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown entity type '" + name + "'; expected one of "
                    + java.util.Arrays.toString(EntityType.values()), e);
        }
    }

    /** A migration script split into statements: each ends with ';' at the end of a line; '--' lines are comments. */
    public static List<String> statements(String script) {
        return Migrations.statements(script);
    }
}

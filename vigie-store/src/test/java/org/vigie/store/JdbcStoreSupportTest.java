package org.vigie.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;
import org.vigie.store.JdbcStoreSupport.EntityRows;
import org.vigie.store.JdbcStoreSupport.Mention;
import org.vigie.store.JdbcStoreSupport.PreparedPut;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.store.TestDocuments.bytes;
import static org.vigie.store.TestDocuments.full;

/** The rows other backends write come out the same as those the SQLite store writes. */
class JdbcStoreSupportTest {
    @TempDir
    Path dir;

    @Test
    void aPreparedPutHoldsTheValuesTheSqliteStoreWrites() throws SQLException {
        Document doc = full();
        PreparedPut put = JdbcStoreSupport.prepare(doc, bytes(doc));
        try (DocumentStore store = DocumentStore.open(dir)) {
            store.put(doc, bytes(doc));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteDocumentStore.DATABASE_FILE))) {
            List<Object> row = row(c, "SELECT id, input_sha256, path, url, media_type, bytes, title, published, language, story, "
                    + "entity_count, quote_count, quantity_count, time_count, event_count, analysis FROM documents");
            assertEquals(Arrays.asList(put.id(), put.inputSha256(), put.path(), put.url(), put.mediaType(), put.bytes(),
                    put.title(), put.published(), put.language(), put.story(), (long) put.entityCount(), (long) put.quoteCount(),
                    (long) put.quantityCount(), (long) put.timeCount(), (long) put.eventCount(), put.analysisJson()), row);
            List<Object> input = row(c, "SELECT sha256, compression, size FROM inputs");
            assertEquals(List.of(put.inputSha256(), put.compression(), (long) put.inputSize()), input);

            List<List<Object>> mentions = new ArrayList<>();
            for (EntityRows e : put.entities()) {
                for (Mention m : e.mentions()) mentions.add(List.of(e.id(), (long) m.start(), (long) m.end(), m.surface()));
            }
            assertEquals(mentions, rows(c, "SELECT entity_id, start, \"end\", surface FROM entity_mentions ORDER BY rowid"));
        }
        assertEquals(List.of("Q90", "Q40464", "vigie:anne-hidalgo"), put.entities().stream().map(EntityRows::id).toList());
        assertEquals("text/plain", put.mediaType());
    }

    private static List<Object> row(Connection c, String sql) throws SQLException {
        List<List<Object>> rows = rows(c, sql);
        assertEquals(1, rows.size(), sql);
        return rows.get(0);
    }

    private static List<List<Object>> rows(Connection c, String sql) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    row.add(v instanceof Number n ? (Object) n.longValue() : v);
                }
                out.add(row);
            }
        }
        return out;
    }
}

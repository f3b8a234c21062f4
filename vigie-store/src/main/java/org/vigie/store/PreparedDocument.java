package org.vigie.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.json.AnalysisJson;
import org.vigie.core.json.CodePointIndex;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a put writes, computed before the write transaction starts so the writer lock is held only for
 * the inserts: the analysis record, the compressed input, the document's entities with their mentions and its facts.
 */
record PreparedDocument(String id, ObjectNode record, String analysisJson, String inputSha256, int inputSize,
                        byte[] compressedInput, List<EntityRows> entities, List<FactRows.Row> facts) {

    record MentionRow(int start, int end, String surface) {
    }

    /** One entity of the document, its mentions in code point offsets as in the analysis record. */
    record EntityRows(String id, String name, String type, List<MentionRow> mentions) {
    }

    static PreparedDocument of(Document doc, byte[] inputBytes) {
        ObjectNode record = AnalysisJson.write(doc);
        String json;
        try {
            json = AnalysisJson.MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the analysis record of " + doc.id() + " cannot be written as JSON", e);
        }
        return new PreparedDocument(doc.id(), record, json, Document.sha256(inputBytes), inputBytes.length,
                InputCodec.compress(inputBytes), entityRows(doc), FactRows.of(doc));
    }

    private static List<EntityRows> entityRows(Document doc) {
        CodePointIndex cp = new CodePointIndex(doc.text());
        // An id listed twice in one record is one entity: its mentions are merged, the first name and type kept.
        Map<String, EntityRows> byId = new LinkedHashMap<>();
        for (Entity e : doc.layerOrEmpty(LayerKind.ENTITIES)) {
            EntityRows rows = byId.computeIfAbsent(e.id(), id -> new EntityRows(id, e.name(), e.type().name(), new ArrayList<>()));
            for (Span s : e.mentions()) {
                rows.mentions().add(new MentionRow(cp.toCodePoint(s.start()), cp.toCodePoint(s.end()), doc.text(s)));
            }
        }
        return List.copyOf(byId.values());
    }

    String textOrNull(String field) {
        var n = record.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    String inputField(String field) {
        var n = record.path("input").get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    String published() {
        var p = record.get("published");
        return p == null || p.isNull() ? null : p.path("value").asText(null);
    }

    int count(String arrayField) {
        return record.path(arrayField).size();
    }
}

package org.vigie.eval.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.vigie.core.json.AnalysisJson;

import java.io.IOException;
import java.io.InputStream;
import java.util.*;

/**
 * Checks an analysis record against the {@code vigie-analysis/1} contract: the JSON Schema in vigie-core,
 * plus what a schema cannot say: every span's text equals the record text at its code-point offsets,
 * spans lie inside the text, and every entity ref points to an entity of the record.
 */
public final class ContractValidator {
    public static final String SCHEMA_RESOURCE = "org/vigie/core/json/analysis-1.schema.json";
    private static final JsonSchema SCHEMA = loadSchema();

    private ContractValidator() {
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = AnalysisJson.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) throw new IllegalStateException("schema resource missing: " + SCHEMA_RESOURCE);
            JsonNode schema = AnalysisJson.MAPPER.readTree(in);
            // The schema is self-contained: no remote $ref is ever fetched.
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(schema, SchemaValidatorsConfig.builder().build());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read schema " + SCHEMA_RESOURCE, e);
        }
    }

    /** Every problem found, as readable messages; empty when the record honours the contract. */
    public static List<String> validate(JsonNode record) {
        List<String> problems = new ArrayList<>();
        for (ValidationMessage m : SCHEMA.validate(record)) problems.add("schema: " + m.getMessage());
        String text = record.path("text").asText("");
        int[] codePoints = text.codePoints().toArray();
        checkSpans(record, "$", codePoints, problems);
        Set<String> ids = new HashSet<>();
        for (JsonNode e : record.path("entities")) ids.add(e.path("id").asText());
        checkRefs(record, "$", ids, problems, false);
        return problems;
    }

    private static void checkSpans(JsonNode node, String path, int[] cps, List<String> problems) {
        if (node.isObject()) {
            if (node.has("start") && node.has("end") && !"$".equals(path)) {
                int s = node.path("start").asInt(-1), e = node.path("end").asInt(-1);
                if (s < 0 || e < s || e > cps.length) {
                    problems.add(path + ": span [" + s + "," + e + ") outside the text (" + cps.length + " code points)");
                } else if (node.has("text")) {
                    String actual = new String(cps, s, e - s);
                    if (!actual.equals(node.path("text").asText())) {
                        problems.add(path + ": span text '" + node.path("text").asText() + "' but text[" + s + ":" + e + "] is '" + actual + "'");
                    }
                }
            }
            node.fields().forEachRemaining(f -> {
                if (!"text".equals(f.getKey())) checkSpans(f.getValue(), path + "." + f.getKey(), cps, problems);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) checkSpans(node.get(i), path + "[" + i + "]", cps, problems);
        }
    }

    private static final Set<String> REF_FIELDS = Set.of("speaker", "claimedBy", "actor1", "actor2", "location");

    private static void checkRefs(JsonNode node, String path, Set<String> ids, List<String> problems, boolean isRef) {
        if (isRef && node.isObject()) {
            String id = node.path("entity").asText();
            if (!ids.contains(id)) problems.add(path + ": ref to entity '" + id + "' which is not in entities");
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> checkRefs(f.getValue(), path + "." + f.getKey(), ids, problems, REF_FIELDS.contains(f.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) checkRefs(node.get(i), path + "[" + i + "]", ids, problems, false);
        }
    }
}

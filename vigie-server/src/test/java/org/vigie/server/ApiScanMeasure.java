package org.vigie.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;
import org.vigie.core.json.AnalysisJson;
import org.vigie.store.DocumentStore;
import org.vigie.store.TestDocuments;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How long the facts routes and exports take over a store of {@code -Dn=2000} copies of a small record (each
 * has one event, quote and quantity), through the facts index and, for comparison, by scanning the records (the same
 * store seen as a plain {@link DocumentStore}). Prints the times; run with
 * {@code mvn -pl vigie-server -am test -Dtest=ApiScanMeasure -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("slow")
class ApiScanMeasure {
    @TempDir
    Path dir;

    @Test
    void measureTheFactsRoutesAndExports() throws Exception {
        int n = Integer.getInteger("n", 2000);
        try (DocumentStore store = DocumentStore.open(dir)) {
            ObjectNode base = AnalysisJson.write(TestDocuments.full());
            for (int i = 0; i < n; i++) {
                ObjectNode o = base.deepCopy();
                String text = o.get("text").asText() + " " + i;
                o.put("text", text);
                o.put("id", Document.sha256(text.getBytes(StandardCharsets.UTF_8)));
                store.put(AnalysisJson.read(o), text.getBytes(StandardCharsets.UTF_8));
            }
            DocumentStore plain = PlainStore.of(store);
            for (String how : new String[]{"index", "scan"}) {
                VigieServer server = VigieServer.create(how.equals("index") ? store : plain, ServerOptions.defaults());
                int port = server.start(0);
                try {
                    HttpClient client = HttpClient.newHttpClient();
                    for (String path : new String[]{"/api/events", "/api/events", "/api/events?offset=1900", "/api/quotes?speaker=Anne%20Hidalgo",
                            "/api/quantities?unit=nothing", "/api/export/records.jsonl", "/api/export/events.csv", "/api/export/events.tsv"}) {
                        if (how.equals("scan") && path.startsWith("/api/export")) continue;
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        long ms = (System.nanoTime() - t0) / 1_000_000;
                        assertEquals(200, r.statusCode());
                        if (path.endsWith(".jsonl")) assertEquals(n, r.body().split("\n").length);
                        System.out.printf("%-6s %-40s %6d ms for %d records (%.3f ms/record), %d chars%n", how, path, ms, n, ms / (double) n,
                                r.body().length());
                    }
                } finally {
                    server.stop();
                }
            }
        }
    }
}

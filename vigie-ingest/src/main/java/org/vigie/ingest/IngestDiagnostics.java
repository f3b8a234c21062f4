package org.vigie.ingest;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.Diagnostic;
import org.vigie.core.model.Span;
import org.vigie.ingest.text.Decoded;

import java.util.ArrayList;
import java.util.List;

/**
 * Records what decoding decided as diagnostics on the document: a charset that was guessed rather than
 * known, and every replaced invalid byte sequence (up to a cap), so later stages can flag encoding noise.
 */
public final class IngestDiagnostics {
    public static final String ANNOTATOR = "ingest";

    private IngestDiagnostics() {
    }

    public static List<Diagnostic> of(Decoded d, String source) {
        List<Diagnostic> out = new ArrayList<>();
        if (isGuess(d.reason())) {
            out.add(new Diagnostic(ANNOTATOR, null, "charset-guessed", source + ": decoded as " + d.charsetName() + " (" + d.reason() + ")"));
        }
        for (int at : d.replacedAt()) {
            out.add(new Diagnostic(ANNOTATOR, new Span(at, at + 1), "invalid-bytes",
                    "invalid " + d.charsetName() + " byte sequence replaced by U+FFFD"));
        }
        if (d.replaced() > d.replacedAt().size()) {
            out.add(new Diagnostic(ANNOTATOR, null, "invalid-bytes", (d.replaced() - d.replacedAt().size())
                    + " more invalid byte sequences replaced by U+FFFD"));
        }
        return out;
    }

    /** Spans are in the decoded text; for HTML the text changes, so only the counts are kept. */
    public static List<Diagnostic> withoutSpans(Decoded d, String source) {
        List<Diagnostic> out = new ArrayList<>();
        if (isGuess(d.reason())) {
            out.add(new Diagnostic(ANNOTATOR, null, "charset-guessed", source + ": decoded as " + d.charsetName() + " (" + d.reason() + ")"));
        }
        if (d.replaced() > 0) {
            out.add(new Diagnostic(ANNOTATOR, null, "invalid-bytes", d.replaced() + " invalid " + d.charsetName()
                    + " byte sequences replaced by U+FFFD"));
        }
        return out;
    }

    private static boolean isGuess(String reason) {
        return !(reason.equals("valid UTF-8") || reason.equals("ASCII only") || reason.startsWith("byte-order mark")
                || reason.startsWith("declared by"));
    }

    public static Document attach(Document doc, List<Diagnostic> diagnostics) {
        return diagnostics.isEmpty() ? doc : doc.with(Layers.of(LayerKind.DIAGNOSTICS, diagnostics));
    }
}

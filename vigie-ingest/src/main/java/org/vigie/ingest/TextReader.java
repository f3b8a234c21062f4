package org.vigie.ingest;

import org.vigie.core.Document;
import org.vigie.core.model.Input;
import org.vigie.core.model.Metadata;
import org.vigie.ingest.text.Decoded;
import org.vigie.ingest.text.TextDecoder;

import java.util.List;

/** Plain text: the decoded bytes, unchanged (newlines kept), without a leading byte-order mark. */
final class TextReader {
    private TextReader() {
    }

    static Document read(byte[] bytes, String declaredCharset, String declaredBy, Origin origin) {
        Decoded d = TextDecoder.decode(bytes, declaredCharset, declaredBy);
        Input input = new Input(origin.path(), origin.url(), "text/plain; charset=" + d.charsetName(), bytes.length);
        Metadata metadata = new Metadata(null, null, null, null, origin.url(), null, null, null, List.of());
        Document doc = Document.of(Document.sha256(bytes), input, d.text(), metadata);
        return IngestDiagnostics.attach(doc, IngestDiagnostics.of(d, origin.source()));
    }
}

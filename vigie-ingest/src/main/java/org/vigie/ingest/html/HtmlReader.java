package org.vigie.ingest.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.vigie.core.Document;
import org.vigie.core.model.Input;
import org.vigie.core.model.MarkupHint;
import org.vigie.core.model.Metadata;
import org.vigie.ingest.IngestDiagnostics;
import org.vigie.ingest.Origin;
import org.vigie.ingest.text.Decoded;
import org.vigie.ingest.text.TextDecoder;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * HTML to a document: the charset from the BOM, the HTTP header or the page's meta tag (else detected),
 * the visible text one block per line, the page's own metadata, and per-line markup hints including the
 * main-content decision. jsoup only parses: nothing in the page is run, fetched or kept beyond its text.
 */
public final class HtmlReader {
    private HtmlReader() {
    }

    /**
     * @param declaredCharset the charset of an HTTP header or a media type, or null
     */
    public static Document read(byte[] bytes, String declaredCharset, Origin origin) {
        return read(bytes, declaredCharset, origin, Set.of());
    }

    /** As {@link #read(byte[], String, Origin)} with some rule families switched off, to measure them. */
    public static Document read(byte[] bytes, String declaredCharset, Origin origin, Set<ExtractionRule> off) {
        Decoded decoded;
        if (declaredCharset != null) {
            decoded = TextDecoder.decode(bytes, declaredCharset, "the HTTP header or media type");
        } else {
            Optional<String> meta = HtmlCharset.declared(bytes);
            decoded = meta.isPresent() ? TextDecoder.decode(bytes, meta.get(), "the page's meta tag") : TextDecoder.decode(bytes);
        }
        Extraction x = extract(decoded.text(), origin.url(), off);
        Input input = new Input(origin.path(), origin.url(), "text/html; charset=" + decoded.charsetName(), bytes.length);
        Document doc = Document.of(Document.sha256(bytes), input, x.text(), x.metadata());
        return IngestDiagnostics.attach(doc, IngestDiagnostics.withoutSpans(decoded, origin.source()));
    }

    /** The visible text and the metadata (with line hints) of already decoded HTML. */
    public static Extraction extract(String html, String url) {
        return extract(html, url, Set.of());
    }

    /**
     * As {@link #extract(String, String)} with some rule families of the main-content decision switched
     * off: for measuring what each is worth, not for normal use.
     */
    public static Extraction extract(String html, String url, Set<ExtractionRule> off) {
        org.jsoup.nodes.Document page = Jsoup.parse(html, url == null ? "" : url, Parser.htmlParser());
        Element body = page.body();
        VisibleText.Result visible = VisibleText.of(body);
        boolean[] main = MainContent.decide(body, visible.lines(), visible.text(), off).main();
        List<MarkupHint> hints = LineHints.of(visible.lines(), main);
        PageMetadata pm = PageMetadata.of(page, url, visible.lines(), main, visible.text());
        Metadata metadata = new Metadata(pm.title(), pm.author(), pm.published(), pm.siteName(), url,
                pm.canonicalUrl(), pm.language(), null, hints);
        return new Extraction(visible.text(), metadata);
    }

    /** The outcome of {@link #extract}: text one block per line, and the page's metadata and hints. */
    public record Extraction(String text, Metadata metadata) {
    }
}

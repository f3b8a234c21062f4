package org.vigie.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;
import org.vigie.core.InputException;
import org.vigie.core.LayerKind;
import org.vigie.ingest.text.TextDecoder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.*;

class IngestorTest {
    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor(IngestOptions.defaults());

    private CollectingSink read(Path... roots) {
        CollectingSink sink = new CollectingSink();
        ingestor.read(List.of(roots), sink);
        return sink;
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void plainTextKeepsItsTextIdAndInput() throws IOException {
        byte[] bytes = utf8("Le ministre a parlé.\n\nDeuxième paragraphe.\n");
        Path f = Files.write(dir.resolve("a.txt"), bytes);
        Document doc = read(f).docs.get(0);
        assertEquals("Le ministre a parlé.\n\nDeuxième paragraphe.\n", doc.text());
        assertEquals(Document.sha256(bytes), doc.id());
        assertEquals(64, doc.id().length());
        assertEquals(f.toString(), doc.input().path());
        assertEquals("text/plain; charset=UTF-8", doc.input().mediaType());
        assertEquals(bytes.length, doc.input().bytes());
        assertTrue(doc.diagnostics().isEmpty());
    }

    @Test
    void aFolderIsReadRecursivelyInNameOrderSkippingHiddenEntries() throws IOException {
        Files.createDirectories(dir.resolve("b/sub"));
        Files.createDirectories(dir.resolve(".git"));
        Files.write(dir.resolve("b/sub/z.txt"), utf8("z"));
        Files.write(dir.resolve("b/a.txt"), utf8("a"));
        Files.write(dir.resolve("c.txt"), utf8("c"));
        Files.write(dir.resolve("a.txt"), utf8("first"));
        Files.write(dir.resolve(".hidden.txt"), utf8("hidden"));
        Files.write(dir.resolve(".git/config"), utf8("hidden too"));
        CollectingSink sink = read(dir);
        assertEquals(List.of("first", "a", "z", "c"), sink.docs.stream().map(Document::text).toList());
        assertTrue(sink.failures.isEmpty(), sink.failures.toString());
    }

    @Test
    void badFilesAreReportedByPathAndTheOthersGoOn() throws IOException {
        Files.write(dir.resolve("1-empty.txt"), new byte[0]);
        Files.write(dir.resolve("2-image.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Files.write(dir.resolve("3-nuls.txt"), new byte[]{'a', 0, 'b', 0, 'c'});
        Files.write(dir.resolve("4-archive.zip"), new byte[]{'P', 'K', 3, 4, 20, 0, 0, 0});
        byte[] gz = gzip(utf8("a whole sentence that will be cut off before its end ".repeat(50)));
        Files.write(dir.resolve("5-truncated.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
        Files.write(dir.resolve("6-good.txt"), utf8("still read"));
        CollectingSink sink = read(dir);
        assertEquals(List.of("still read"), sink.docs.stream().map(Document::text).toList());
        assertEquals(5, sink.failures.size(), sink.failures.toString());
        assertTrue(sink.failureFor("1-empty.txt").contains("empty"));
        assertTrue(sink.failureFor("2-image.png").contains("not a text, HTML, JSON or WARC file (PNG image)"));
        assertTrue(sink.failureFor("3-nuls.txt").contains("not a text, HTML, JSON or WARC file"));
        assertTrue(sink.failureFor("4-archive.zip").contains("ZIP"));
        assertTrue(sink.failureFor("5-truncated.txt.gz").contains("truncated gzip"));
    }

    @Test
    void aMissingRootIsReported() {
        CollectingSink sink = read(dir.resolve("nowhere.txt"));
        assertTrue(sink.failureFor("nowhere.txt").contains("no such file"));
    }

    @Test
    void gzipFilesAreReadTransparentlyWithTheIdOfTheirContent() throws IOException {
        byte[] html = utf8("<html><body><p>Compressed page text.</p></body></html>");
        Path f = Files.write(dir.resolve("page.html.gz"), gzip(html));
        Document doc = read(f).docs.get(0);
        assertEquals("Compressed page text.", doc.text());
        assertEquals(Document.sha256(html), doc.id());
        assertTrue(doc.input().mediaType().startsWith("text/html"));
    }

    @Test
    void invalidUtf8IsReplacedAndRecordedNotFatal() throws IOException {
        byte[] b = TestBytes.concat(utf8("Überall schöne Grüße aus München. "), new byte[]{(byte) 0xC3, '!'});
        Document doc = read(Files.write(dir.resolve("bad.txt"), b)).docs.get(0);
        assertTrue(doc.text().endsWith("\uFFFD!"));
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.code().equals("invalid-bytes") && d.span() != null
                && doc.text(d.span()).equals("\uFFFD")));
    }

    @Test
    void windows1252FilesAreDetectedAndTheGuessIsRecorded() throws IOException {
        byte[] b = "Il a dit \u00ABoui\u00BB \u2013 c\u2019est s\u00FBr.".getBytes(TextDecoder.WINDOWS_1252);
        Document doc = read(Files.write(dir.resolve("old.txt"), b)).docs.get(0);
        assertEquals("Il a dit \u00ABoui\u00BB \u2013 c\u2019est s\u00FBr.", doc.text());
        assertEquals("text/plain; charset=windows-1252", doc.input().mediaType());
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.code().equals("charset-guessed")));
    }

    @Test
    void utf16FilesWithByteOrderMarkAreRead() throws IOException {
        byte[] b = TestBytes.concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, "Zürich, 3 mai\nligne 2".getBytes(StandardCharsets.UTF_16LE));
        Document doc = read(Files.write(dir.resolve("u16.txt"), b)).docs.get(0);
        assertEquals("Zürich, 3 mai\nligne 2", doc.text());
    }

    @Test
    void filesOverTheSizeLimitAreRefusedWithTheLimitNamed() throws IOException {
        Ingestor small = new Ingestor(new IngestOptions(100));
        Files.write(dir.resolve("big.txt"), new byte[200]);
        Files.write(dir.resolve("ok.txt"), utf8("small enough"));
        CollectingSink sink = new CollectingSink();
        small.read(List.of(dir), sink);
        assertEquals(1, sink.docs.size());
        assertTrue(sink.failureFor("big.txt").contains("over the limit of 100 bytes"));
    }

    @Test
    void gzipBombsAreStoppedAtTheLimit() throws IOException {
        Ingestor small = new Ingestor(new IngestOptions(10_000));
        Files.write(dir.resolve("bomb.txt.gz"), gzip(new byte[1_000_000]));
        CollectingSink sink = new CollectingSink();
        small.read(List.of(dir), sink);
        assertTrue(sink.failureFor("bomb.txt.gz").contains("decompressed content is over the limit"));
    }

    @Test
    void aFiftyMegabyteSingleLineFileIsRead() throws IOException {
        byte[] b = new byte[50 * 1024 * 1024];
        byte[] word = utf8("mot ");
        for (int i = 0; i < b.length; i++) b[i] = word[i % word.length];
        b[b.length - 1] = (byte) 0xE9; // one Latin-1 byte: the whole file must be scanned, not just its head
        Document doc = read(Files.write(dir.resolve("long.txt"), b)).docs.get(0);
        assertEquals(b.length, doc.text().length());
        assertEquals(-1, doc.text().indexOf('\n'));
        assertEquals('é', doc.text().charAt(b.length - 1));
    }

    @Test
    void readBytesDetectsTheFormatFromTheNameOrMediaType() throws InputException {
        byte[] html = utf8("<p>Uploaded <b>page</b></p>");
        assertEquals("Uploaded page", ingestor.readBytes(html, "upload.html", null).get(0).text());
        assertEquals("Uploaded page", ingestor.readBytes(html, "upload", "text/html").get(0).text());
        assertEquals("<p>Uploaded <b>page</b></p>", ingestor.readBytes(html, "upload.txt", "text/plain").get(0).text());
        assertEquals("upload.html", ingestor.readBytes(html, "upload.html", null).get(0).input().path());
    }

    @Test
    void readBytesUsesTheCharsetOfTheMediaType() throws InputException {
        byte[] b = "caf\u00E9".getBytes(StandardCharsets.ISO_8859_1);
        Document doc = ingestor.readBytes(b, "x.txt", "text/plain; charset=ISO-8859-1").get(0);
        assertEquals("caf\u00E9", doc.text());
    }

    @Test
    void readBytesThrowsANamedErrorWhenNothingCanBeRead() {
        InputException e = assertThrows(InputException.class,
                () -> ingestor.readBytes(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, "photo.jpg", null));
        assertEquals("photo.jpg", e.source());
        assertTrue(e.getMessage().contains("JPEG"));
        InputException empty = assertThrows(InputException.class, () -> ingestor.readBytes(new byte[0], "empty.txt", null));
        assertTrue(empty.getMessage().contains("empty"));
    }

    @Test
    void unknownExtensionsAreSniffed() throws IOException {
        Files.write(dir.resolve("page"), utf8("<!DOCTYPE html><html><body><h1>Titre</h1></body></html>"));
        Files.write(dir.resolve("records.data"), utf8("{\"text\":\"un\"}\n{\"text\":\"deux\"}\n"));
        Files.write(dir.resolve("notes"), utf8("juste du texte"));
        CollectingSink sink = read(dir);
        assertEquals(List.of("juste du texte", "Titre", "un", "deux"), sink.docs.stream().map(Document::text).toList());
    }

    @Test
    void documentsWithoutDiagnosticsCarryNoDiagnosticsLayer() throws IOException {
        Document doc = read(Files.write(dir.resolve("a.txt"), utf8("ok"))).docs.get(0);
        assertFalse(doc.has(LayerKind.DIAGNOSTICS));
    }

    @Test
    void utf16TextWithoutByteOrderMarkIsReadAndFlaggedAsAGuess() throws InputException {
        String text = "Le conseil municipal a voté le budget à l'unanimité.\nLa séance a duré deux heures.\n";
        List<Document> docs = ingestor.readBytes(text.getBytes(StandardCharsets.UTF_16LE), "note", null);
        assertEquals(1, docs.size());
        assertEquals(text, docs.get(0).text());
        assertTrue(docs.get(0).input().mediaType().contains("UTF-16LE"), docs.get(0).input().mediaType());
        assertTrue(docs.get(0).layer(LayerKind.DIAGNOSTICS).stream().anyMatch(d -> d.code().equals("charset-guessed")));
        List<Document> named = ingestor.readBytes(text.getBytes(StandardCharsets.UTF_16BE), "note.txt", null);
        assertEquals(text, named.get(0).text());
    }

    @Test
    void utf16HtmlWithoutByteOrderMarkIsRecognisedAsHtml() throws InputException {
        String html = "<!DOCTYPE html><html><head><title>Crue de la Loire</title></head><body><article>"
                + "<p>La Loire est sortie de son lit à Orléans, où les quais ont été fermés dès lundi soir.</p>"
                + "</article></body></html>";
        List<Document> docs = ingestor.readBytes(html.getBytes(StandardCharsets.UTF_16BE), "page", null);
        assertEquals(1, docs.size());
        assertTrue(docs.get(0).text().contains("La Loire est sortie de son lit à Orléans"), docs.get(0).text());
        assertFalse(docs.get(0).text().contains("<p>"), "read as HTML, not as text");
    }

    @Test
    void binaryFilesWithNulBytesAreStillRefused() {
        byte[] counters = new byte[512];
        for (int i = 0; i < counters.length; i += 2) counters[i] = (byte) (i % 29);
        byte[] png = Arrays.copyOf(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 64);
        // a PNG signature followed by what would look like UTF-16 text is still a PNG
        byte[] pngThenText = concat(png, "Just some text here".getBytes(StandardCharsets.UTF_16LE));
        for (byte[] b : new byte[][]{counters, png, pngThenText, new byte[300]}) {
            InputException e = assertThrows(InputException.class, () -> ingestor.readBytes(b, "data.txt", null));
            assertTrue(e.getMessage().contains(FormatDetector.UNSUPPORTED), e.getMessage());
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}

package org.vigie.ingest.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

class TextDecoderTest {

    @Test
    void validUtf8IsReadAsUtf8WithNewlinesKept() {
        Decoded d = TextDecoder.decode("Première ligne\r\nseconde ligne € ✓\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", d.charsetName());
        assertEquals("Première ligne\r\nseconde ligne € ✓\n", d.text());
        assertEquals(0, d.replaced());
    }

    @Test
    void utf8ByteOrderMarkIsDropped() {
        byte[] b = "\uFEFFBonjour".getBytes(StandardCharsets.UTF_8);
        Decoded d = TextDecoder.decode(b);
        assertEquals("Bonjour", d.text());
        assertTrue(d.reason().startsWith("byte-order mark"));
    }

    @Test
    void utf16ByteOrderMarksSelectTheByteOrder() {
        byte[] le = concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, "Grüße aus Köln".getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[]{(byte) 0xFE, (byte) 0xFF}, "Grüße aus Köln".getBytes(StandardCharsets.UTF_16BE));
        assertEquals("Grüße aus Köln", TextDecoder.decode(le).text());
        assertEquals("UTF-16LE", TextDecoder.decode(le).charsetName());
        assertEquals("Grüße aus Köln", TextDecoder.decode(be).text());
    }

    @Test
    void curlyQuotesInBytes80To9FMeanWindows1252() {
        byte[] b = "\u201CC\u2019est l\u2019été\u201D \u2013 20 \u20AC".getBytes(TextDecoder.WINDOWS_1252);
        Decoded d = TextDecoder.decode(b);
        assertEquals("windows-1252", d.charsetName());
        assertEquals("\u201CC\u2019est l\u2019été\u201D \u2013 20 \u20AC", d.text());
        assertTrue(d.reason().contains("0x80-0x9F"), d.reason());
    }

    @Test
    void latin1WithoutBytes80To9FIsReportedAsLatin1() {
        byte[] b = "Ça a été très âpre".getBytes(StandardCharsets.ISO_8859_1);
        Decoded d = TextDecoder.decode(b);
        assertEquals("ISO-8859-1", d.charsetName());
        assertEquals("Ça a été très âpre", d.text());
    }

    @Test
    void undefinedWindows1252BytesAreReplacedAndRecorded() {
        byte[] b = {'a', (byte) 0x93, 'b', (byte) 0x81, 'c', (byte) 0xE9};
        Decoded d = TextDecoder.decode(b);
        assertEquals("a\u201Cb\uFFFDcé", d.text());
        assertEquals(1, d.replaced());
        assertEquals(java.util.List.of(3), d.replacedAt());
    }

    @Test
    void mostlyValidUtf8KeepsItsAccentsAndReplacesTheBadByte() {
        byte[] good = "Ein schönes Häuschen am Fluß, grün und blau. ".getBytes(StandardCharsets.UTF_8);
        byte[] b = concat(good, new byte[]{(byte) 0xFF, 'x'});
        Decoded d = TextDecoder.decode(b);
        assertEquals("UTF-8", d.charsetName());
        assertTrue(d.text().startsWith("Ein schönes Häuschen"));
        assertEquals(1, d.replaced());
        assertEquals('\uFFFD', d.text().charAt(d.replacedAt().get(0)));
    }

    @Test
    void truncatedUtf8SequenceAtTheEndIsReplaced() {
        byte[] b = concat("prix: 5 ".getBytes(StandardCharsets.UTF_8), new byte[]{(byte) 0xE2, (byte) 0x82});
        Decoded d = TextDecoder.decode(b, "utf-8", "a test");
        assertEquals("prix: 5 \uFFFD", d.text());
        assertEquals(1, d.replaced());
    }

    @Test
    void declaredCharsetIsUsedAndLatin1LabelsMeanWindows1252() {
        byte[] b = {'x', (byte) 0x96, 'y'};
        Decoded d = TextDecoder.decode(b, "ISO-8859-1", "a header");
        assertEquals("x\u2013y", d.text());
        assertEquals("declared by a header", d.reason());
    }

    @Test
    void unknownDeclaredCharsetFallsBackToDetection() {
        Decoded d = TextDecoder.decode("abc é".getBytes(StandardCharsets.UTF_8), "x-no-such-charset", "a meta tag");
        assertEquals("abc é", d.text());
        assertTrue(d.reason().contains("unknown"), d.reason());
    }

    @Test
    void declaredUtf8ThatIsNotUtf8IsDetectedInstead() {
        byte[] b = "déjà vu, à côté".getBytes(StandardCharsets.ISO_8859_1);
        Decoded d = TextDecoder.decode(b, "utf-8", "a meta tag");
        assertEquals("déjà vu, à côté", d.text());
        assertTrue(d.reason().contains("not UTF-8"), d.reason());
    }

    @Test
    void overlongAndSurrogateEncodingsAreInvalid() {
        assertEquals(1, Utf8Scan.of(new byte[]{(byte) 0xC0, (byte) 0xAF}, 0).invalid() > 0 ? 1 : 0);
        assertTrue(Utf8Scan.of(new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0).invalid() > 0);
        assertEquals(new Utf8Scan(1, 0), Utf8Scan.of("é".getBytes(StandardCharsets.UTF_8), 0));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}

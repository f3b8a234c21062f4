package org.vigie.ingest;

import org.vigie.core.InputException;
import org.vigie.ingest.text.Bom;
import org.vigie.ingest.text.Utf16Guess;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides how to read some bytes: magic bytes first (WARC, and binary formats that are refused), then a
 * declared media type, then the file extension, then the first characters of the content.
 */
final class FormatDetector {
    static final String UNSUPPORTED = "not a text, HTML, JSON or WARC file";
    private static final int SNIFF = 8192;

    private FormatDetector() {
    }

    static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
    }

    static boolean isWarc(byte[] b) {
        return startsWith(b, 0, "WARC/1.") || startsWith(b, 0, "WARC/0.");
    }

    static Format detect(byte[] bytes, String name, String mediaType, String source) throws InputException {
        if (isWarc(bytes)) return Format.WARC;
        Optional<Bom> bom = Bom.of(bytes);
        Optional<Utf16Guess> utf16 = bom.isEmpty() ? Utf16Guess.of(bytes) : Optional.empty();
        if (bom.isEmpty()) {
            // UTF-16 text is full of NUL bytes, so only the file signatures apply to it.
            Optional<String> binary = utf16.isPresent() ? signatureKind(bytes) : binaryKind(bytes);
            if (binary.isPresent()) throw new InputException(source, UNSUPPORTED + " (" + binary.get() + ")");
        }
        Optional<Format> declared = byMediaType(mediaType);
        if (declared.isPresent()) return declared.get();
        Optional<Format> byName = byExtension(name);
        if (byName.isPresent()) return byName.get();
        return sniffText(headText(bytes, bom, utf16));
    }

    static Optional<Format> byMediaType(String mediaType) {
        if (mediaType == null) return Optional.empty();
        String m = essence(mediaType);
        return switch (m) {
            case "text/html", "application/xhtml+xml" -> Optional.of(Format.HTML);
            case "text/plain", "text/markdown" -> Optional.of(Format.TEXT);
            case "application/json" -> Optional.of(Format.JSON);
            case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines",
                 "application/jsonlines" -> Optional.of(Format.JSON_LINES);
            case "application/warc" -> Optional.of(Format.WARC);
            default -> Optional.empty();
        };
    }

    /** The media type without parameters, lower case: {@code text/html; charset=x} gives {@code text/html}. */
    static String essence(String mediaType) {
        int semi = mediaType.indexOf(';');
        return (semi < 0 ? mediaType : mediaType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** The {@code charset} parameter of a media type, if any. */
    static Optional<String> charsetParameter(String mediaType) {
        if (mediaType == null) return Optional.empty();
        for (String part : mediaType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String v = p.substring(8).strip().replace("\"", "").replace("'", "");
                if (!v.isEmpty()) return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    static Optional<Format> byExtension(String name) {
        if (name == null) return Optional.empty();
        String n = name.toLowerCase(Locale.ROOT);
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        int dot = n.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        return switch (n.substring(dot + 1)) {
            case "txt", "text", "md", "markdown" -> Optional.of(Format.TEXT);
            case "html", "htm", "xhtml", "shtml" -> Optional.of(Format.HTML);
            case "json" -> Optional.of(Format.JSON);
            case "jsonl", "ndjson", "jsonlines" -> Optional.of(Format.JSON_LINES);
            case "warc" -> Optional.of(Format.WARC);
            default -> Optional.empty();
        };
    }

    /** Strips a compression suffix so that {@code a.html.gz} is detected as {@code a.html}. */
    static String withoutGzipSuffix(String name) {
        if (name == null) return null;
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) return name.substring(0, name.length() - 3);
        if (lower.endsWith(".gzip")) return name.substring(0, name.length() - 5);
        return name;
    }

    private static String headText(byte[] bytes, Optional<Bom> bom, Optional<Utf16Guess> utf16) {
        int from = bom.map(Bom::length).orElse(0);
        int len = Math.min(bytes.length - from, SNIFF);
        Charset cs = bom.map(Bom::charset).or(() -> utf16.map(Utf16Guess::charset)).orElse(StandardCharsets.ISO_8859_1);
        return new String(bytes, from, len, cs);
    }

    static Format sniffText(String head) {
        String t = head.stripLeading();
        if (t.startsWith("{")) {
            int nl = t.indexOf('\n');
            if (nl > 0) {
                String rest = t.substring(nl + 1).stripLeading();
                if (rest.startsWith("{") && t.substring(0, nl).strip().endsWith("}")) return Format.JSON_LINES;
            }
            return Format.JSON;
        }
        if (t.startsWith("[")) return Format.JSON;
        if (t.startsWith("<")) {
            String l = t.substring(0, Math.min(t.length(), 2048)).toLowerCase(Locale.ROOT);
            if (l.startsWith("<!doctype html") || l.contains("<html") || l.contains("<head") || l.contains("<body")
                    || l.startsWith("<!--") || l.startsWith("<meta") || l.startsWith("<div") || l.startsWith("<p>")
                    || l.startsWith("<article") || l.startsWith("<title")) {
                return Format.HTML;
            }
        }
        return Format.TEXT;
    }

    /** Names the kind of binary content, if the bytes are evidently not text. */
    static Optional<String> binaryKind(byte[] b) {
        Optional<String> signature = signatureKind(b);
        if (signature.isPresent()) return signature;
        int n = Math.min(b.length, SNIFF);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int v = b[i] & 0xFF;
            if (v == 0) return Optional.of("binary data: NUL bytes");
            if (v < 0x20 && v != '\t' && v != '\n' && v != '\r' && v != '\f' && v != 0x1B) controls++;
        }
        if (n > 0 && controls * 10 > n) return Optional.of("binary data: control bytes");
        return Optional.empty();
    }

    /** Names a binary format recognised by its signature (magic bytes). */
    static Optional<String> signatureKind(byte[] b) {
        if (startsWith(b, 0, "\u0089PNG")) return Optional.of("PNG image");
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) return Optional.of("JPEG image");
        if (startsWith(b, 0, "GIF87a") || startsWith(b, 0, "GIF89a")) return Optional.of("GIF image");
        if (startsWith(b, 0, "RIFF") && b.length >= 12) return Optional.of("RIFF media (WebP, WAV or AVI)");
        if (startsWith(b, 0, "%PDF-")) return Optional.of("PDF document");
        if (startsWith(b, 0, "PK\u0003\u0004") || startsWith(b, 0, "PK\u0005\u0006")) return Optional.of("ZIP archive");
        if (startsWith(b, 0, "7z\u00BC\u00AF\u0027\u001C")) return Optional.of("7-Zip archive");
        if (startsWith(b, 0, "Rar!")) return Optional.of("RAR archive");
        if (startsWith(b, 0, "\u00FD7zXZ\u0000")) return Optional.of("xz archive");
        if (startsWith(b, 0, "\u0028\u00B5\u002F\u00FD")) return Optional.of("zstd archive");
        if (startsWith(b, 0, "BZh") && startsWith(b, 4, "1AY&SY")) return Optional.of("bzip2 archive");
        if (startsWith(b, 0, "\u007FELF")) return Optional.of("executable");
        if (startsWith(b, 0, "\u00CA\u00FE\u00BA\u00BE")) return Optional.of("Java class file");
        if (startsWith(b, 0, "\u00D0\u00CF\u0011\u00E0")) return Optional.of("legacy Office document");
        if (startsWith(b, 0, "SQLite format 3")) return Optional.of("SQLite database");
        if (startsWith(b, 0, "OggS")) return Optional.of("Ogg media");
        if (startsWith(b, 0, "ID3") || startsWith(b, 0, "fLaC")) return Optional.of("audio");
        if (startsWith(b, 4, "ftyp")) return Optional.of("MP4 or QuickTime media");
        if (isGzip(b)) return Optional.of("gzip data inside gzip data");
        return Optional.empty();
    }

    private static boolean startsWith(byte[] b, int at, String latin1) {
        if (b.length < at + latin1.length()) return false;
        for (int i = 0; i < latin1.length(); i++) {
            if ((b[at + i] & 0xFF) != latin1.charAt(i)) return false;
        }
        return true;
    }
}

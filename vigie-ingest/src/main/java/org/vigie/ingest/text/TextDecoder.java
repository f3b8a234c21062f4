package org.vigie.ingest.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes bytes whose charset is unknown or only declared. A byte-order mark always wins. Without one,
 * UTF-16 is recognised by its NUL bytes (see {@link Utf16Guess}) and wins over a declaration; then
 * strictly valid UTF-8 is UTF-8; bytes that are not UTF-8 are read as a single-byte Western charset
 * (see {@link #guessSingleByte}). Invalid bytes become U+FFFD and are counted, never thrown.
 * All passes are linear in the input size.
 */
public final class TextDecoder {
    /** Replacement offsets kept per document; the count goes on beyond this. */
    public static final int MAX_REPORTED = 100;

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** Decodes with no outside information: BOM, then UTF-8 validation, then a single-byte guess. */
    public static Decoded decode(byte[] bytes) {
        return decode(bytes, null, null);
    }

    /**
     * Decodes with a charset label declared by a header or a meta tag ({@code declaredBy} says which).
     * A BOM overrides the declaration, as browsers do; an unknown label falls back to detection.
     */
    public static Decoded decode(byte[] bytes, String declaredLabel, String declaredBy) {
        Optional<Bom> bom = Bom.of(bytes);
        if (bom.isPresent()) {
            Bom b = bom.get();
            return decodeWith(bytes, b.length(), b.charset(), "byte-order mark " + b.charset().name());
        }
        Optional<Utf16Guess> utf16 = Utf16Guess.of(bytes);
        if (utf16.isPresent()) {
            // NUL bytes on one side throughout cannot be text in any ASCII-compatible charset, so this pattern
            // outranks a declaration, much as a byte-order mark does.
            Utf16Guess g = utf16.get();
            String reason = utf16Reason(g);
            if (declaredLabel != null && !declaredLabel.isBlank()) {
                reason += "; declared charset '" + declaredLabel.strip() + "' (" + declaredBy + ") does not fit the bytes";
            }
            return decodeWith(bytes, 0, g.charset(), reason);
        }
        if (declaredLabel != null && !declaredLabel.isBlank()) {
            Optional<Charset> declared = charsetForLabel(declaredLabel);
            if (declared.isEmpty()) {
                Decoded d = detect(bytes);
                return withReason(d, d.reason() + "; declared charset '" + declaredLabel.strip() + "' (" + declaredBy
                        + ") is unknown");
            }
            Charset cs = declared.get();
            if (cs.equals(StandardCharsets.UTF_8)) {
                Utf8Scan scan = Utf8Scan.of(bytes, 0);
                // A declaration is trusted over one or two stray bytes (a truncated last character), not
                // over text that is evidently single-byte throughout.
                if (scan.invalid() > Math.max(2, scan.multibyte())) {
                    Decoded d = detect(bytes);
                    return withReason(d, d.reason() + "; declared UTF-8 (" + declaredBy + ") but the bytes are not UTF-8");
                }
            }
            return decodeWith(bytes, 0, cs, "declared by " + declaredBy);
        }
        return detect(bytes);
    }

    private static Decoded detect(byte[] bytes) {
        Utf8Scan scan = Utf8Scan.of(bytes, 0);
        if (scan.invalid() == 0) {
            return decodeWith(bytes, 0, StandardCharsets.UTF_8, scan.multibyte() == 0 ? "ASCII only" : "valid UTF-8");
        }
        // Accidental valid multi-byte sequences in single-byte text need an accented capital or symbol
        // (0xC2-0xF4) followed by a byte 0x80-0xBF, which is rare; many of them mean UTF-8 with a few bad bytes.
        if (scan.multibyte() >= scan.invalid()) {
            return decodeWith(bytes, 0, StandardCharsets.UTF_8, "mostly valid UTF-8 (" + scan.invalid()
                    + " invalid sequences, " + scan.multibyte() + " valid multi-byte ones)");
        }
        return guessSingleByte(bytes);
    }

    private static String utf16Reason(Utf16Guess g) {
        return "no byte-order mark; " + g.charset().name() + " by its NUL bytes (" + g.nulShare() + "% of the characters have a "
                + (g.charset().equals(StandardCharsets.UTF_16LE) ? "NUL high byte after the low byte" : "NUL high byte before the low byte") + ")";
    }

    /**
     * Not UTF-8, so a single-byte Western charset. Windows-1252 and Latin-1 agree on every byte except
     * 0x80-0x9F, which Latin-1 maps to C1 control characters that real text never contains, while
     * windows-1252 maps them to curly quotes, dashes and the euro sign. So bytes in that range mean
     * windows-1252 (as the WHATWG encoding standard does for any Latin-1 label); without them both
     * decode identically and the narrower name, ISO-8859-1, is reported.
     */
    static Decoded guessSingleByte(byte[] bytes) {
        int c1 = 0;
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v >= 0x80 && v <= 0x9F) c1++;
        }
        if (c1 > 0) {
            return decodeWith(bytes, 0, WINDOWS_1252, "not UTF-8; " + c1
                    + " bytes in 0x80-0x9F are punctuation in windows-1252 and control codes in Latin-1");
        }
        return decodeWith(bytes, 0, StandardCharsets.ISO_8859_1, "not UTF-8; no bytes in 0x80-0x9F, so Latin-1"
                + " and windows-1252 give the same text");
    }

    /**
     * Maps a charset label as found in HTML or HTTP to a charset, following the WHATWG encoding standard
     * where it differs from Java: Latin-1 and ASCII labels mean windows-1252, a UTF-16 label in a meta
     * tag cannot be true of an ASCII-readable page and means UTF-8.
     */
    public static Optional<Charset> charsetForLabel(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (l.length() >= 2 && (l.charAt(0) == '"' || l.charAt(0) == '\'')) l = l.substring(1, l.length() - 1).strip();
        switch (l) {
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968",
                 "cp1252", "windows-1252", "x-cp1252", "cp819", "ibm819", "iso_8859-1" -> {
                return Optional.of(WINDOWS_1252);
            }
            case "utf8", "utf-8", "unicode-1-1-utf-8" -> {
                return Optional.of(StandardCharsets.UTF_8);
            }
            case "utf-16", "utf-16le", "utf-16be", "unicode" -> {
                return Optional.of(StandardCharsets.UTF_8);
            }
            default -> {
            }
        }
        try {
            return Optional.of(Charset.forName(l));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** Decodes {@code bytes[from..]} with a known charset, replacing and recording invalid sequences. */
    public static Decoded decodeWith(byte[] bytes, int from, Charset charset, String reason) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        int estimate = (int) Math.min(Integer.MAX_VALUE - 16L, (long) ((bytes.length - from) * (double) decoder.maxCharsPerByte()) + 16);
        CharBuffer out = CharBuffer.allocate(Math.max(16, Math.min(estimate, bytes.length - from + 16)));
        int replaced = 0;
        List<Integer> at = new ArrayList<>();
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isUnderflow()) {
                r = decoder.flush(out);
                if (r.isOverflow()) {
                    out = grow(out);
                    continue;
                }
                break;
            }
            if (r.isOverflow()) {
                out = grow(out);
                continue;
            }
            if (!out.hasRemaining()) out = grow(out);
            if (at.size() < MAX_REPORTED) at.add(out.position());
            replaced++;
            out.put('\uFFFD');
            in.position(in.position() + r.length());
        }
        out.flip();
        String text = out.toString();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            // A BOM decoded as text (e.g. declared charset and BOM agree) is not content.
            text = text.substring(1);
            List<Integer> shifted = new ArrayList<>();
            for (int i : at) shifted.add(i - 1);
            at = shifted;
        }
        return new Decoded(text, charset, reason, replaced, at);
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(Math.max(16, out.capacity() * 2));
        out.flip();
        bigger.put(out);
        return bigger;
    }

    private static Decoded withReason(Decoded d, String reason) {
        return new Decoded(d.text(), d.charset(), reason, d.replaced(), d.replacedAt());
    }

    /** Strict UTF-8 decoding that throws on the first invalid byte, for formats that mandate UTF-8. */
    public static String strictUtf8(byte[] bytes, int from, int length) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, from, length)).toString();
    }
}

package org.vigie.ingest.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises UTF-16 without a byte-order mark. Text in a Latin script written as UTF-16 has a NUL byte in
 * nearly every high byte (every ASCII or Latin-1 character is U+00xx) and almost never in the low one, so the
 * NUL bytes fall on odd positions for little-endian and even positions for big-endian. Single-byte and UTF-8
 * text has no NUL bytes at all, and binary data has them on both sides or decodes to control characters, which
 * the check that follows refuses. Scripts outside U+0000-U+00FF (Cyrillic, CJK) only show the pattern on their
 * spaces and digits and are left to the other rules.
 */
public record Utf16Guess(Charset charset, int nulShare) {
    /** Bytes examined: enough for a clear pattern, and keeps the guess cheap on large files. */
    static final int SAMPLE = 64 * 1024;
    /** At least this share (percent) of the character pairs must have their NUL on the expected side. */
    static final int MIN_NUL_PERCENT = 25;
    /** At most this share (percent) on the other side. */
    static final int MAX_OTHER_PERCENT = 3;
    /** At most this share (percent) of the decoded characters may be control or invalid characters. */
    static final int MAX_CONTROL_PERCENT = 2;

    /** The UTF-16 byte order of {@code bytes}, if the NUL pattern and the decoded characters say it is UTF-16. */
    public static Optional<Utf16Guess> of(byte[] bytes) {
        int n = Math.min(bytes.length, SAMPLE) & ~1;
        int pairs = n / 2;
        if (pairs < 2) return Optional.empty();
        int evenNul = 0, oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) evenNul++;
            if (bytes[i + 1] == 0) oddNul++;
        }
        Charset cs;
        int nul;
        int other;
        if (oddNul > evenNul) {
            cs = StandardCharsets.UTF_16LE;
            nul = oddNul;
            other = evenNul;
        } else {
            cs = StandardCharsets.UTF_16BE;
            nul = evenNul;
            other = oddNul;
        }
        if (nul * 100L < (long) MIN_NUL_PERCENT * pairs || other * 100L > (long) MAX_OTHER_PERCENT * pairs) return Optional.empty();
        // A lone last byte is an invalid sequence: it weighs little in a long text, but in a few bytes like
        // a\0b\0c it leaves too little evidence of text.
        int loneByte = bytes.length <= SAMPLE ? bytes.length & 1 : 0;
        if (!looksLikeText(bytes, n, cs, loneByte)) return Optional.empty();
        return Optional.of(new Utf16Guess(cs, (int) (nul * 100L / pairs)));
    }

    private static boolean looksLikeText(byte[] bytes, int n, Charset cs, int loneByte) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, n);
        CharBuffer out = CharBuffer.allocate(n / 2 + 2);
        int bad = loneByte;
        while (true) {
            // endOfInput false: a surrogate pair cut by the end of the sample is not held against the text
            CoderResult r = decoder.decode(in, out, false);
            if (r.isUnderflow() || r.isOverflow()) break;
            bad++;
            in.position(in.position() + r.length());
        }
        out.flip();
        int chars = out.remaining() + bad;
        if (chars == 0) return false;
        while (out.hasRemaining()) {
            char c = out.get();
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c <= 0x9F)
                    || c == '\uFFFE' || c == '\uFFFF';
            if (control) bad++;
        }
        return bad * 100L <= (long) MAX_CONTROL_PERCENT * chars;
    }
}

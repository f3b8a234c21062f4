package org.vigie.nlp.artefacts;

import org.vigie.core.model.Span;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * UTF-8 text that was decoded as Windows-1252 or Latin-1 ("dÃ©clarÃ©", "lâ€™OTAN", "Â«"). A run of characters
 * whose Windows-1252 bytes form one valid UTF-8 sequence for a Latin letter, a typographic sign or an emoji is a
 * damaged character; the repair re-encodes the damaged characters to their bytes and decodes those as UTF-8.
 * Each damaged word is one finding, its repair the word correctly decoded (twice-damaged text is repaired twice).
 */
public final class Mojibake {
    /** The Windows-1252 byte of each character above U+007F (bytes 0x80-0xFF, undefined ones read as Latin-1). */
    private static final Map<Character, Integer> BYTES = new HashMap<>();
    private static final char LEAD_A_TILDE = '\u00C3';
    private static final int MAX_ROUNDS = 2;

    static {
        Charset cp1252 = Charset.forName("windows-1252");
        for (int b = 0x80; b <= 0xFF; b++) {
            String s = new String(new byte[]{(byte) b}, cp1252);
            char c = s.length() == 1 && s.charAt(0) != '\uFFFD' ? s.charAt(0) : (char) b;
            BYTES.put(c, b);
            BYTES.putIfAbsent((char) b, b);
        }
    }

    /** One damaged word: its span and its repaired text. */
    public record Finding(Span span, String repair) {
    }

    private Mojibake() {
    }

    public static List<Finding> find(String text, int start, int end) {
        boolean[] damaged = new boolean[end - start];
        boolean any = false;
        for (int i = start; i < end; ) {
            int n = unitLength(text, i, end);
            if (n > 0) {
                for (int k = i; k < i + n; k++) damaged[k - start] = true;
                any = true;
                i += n;
            } else {
                i++;
            }
        }
        List<Finding> out = new ArrayList<>();
        if (!any) return out;
        int i = start;
        while (i < end) {
            if (!damaged[i - start]) {
                i++;
                continue;
            }
            int s = i;
            while (s > start && Character.isLetterOrDigit(text.charAt(s - 1)) && !damaged[s - 1 - start]) s--;
            int e = i;
            while (e < end && (damaged[e - start] || (Character.isLetterOrDigit(text.charAt(e))
                    && !Character.isWhitespace(text.charAt(e - 1)) && !Character.isSpaceChar(text.charAt(e - 1))))) {
                e++;
            }
            out.add(new Finding(new Span(s, e), repaired(text, s, e, end)));
            i = e;
        }
        return out;
    }

    /**
     * Each run of damaged characters with no sound character inside, with its repair: finer than {@link #find}'s
     * words, so that a reading padded run by run keeps the sound characters at their offsets ("Â«nonÂ»": the
     * quotation marks are repaired, "non" stays where it is).
     */
    public static List<Finding> runs(String text, int start, int end) {
        List<Finding> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            int n = unitLength(text, i, end);
            if (n <= 0) {
                i++;
                continue;
            }
            int s = i;
            while (i < end && (n = unitLength(text, i, end)) > 0) i += n;
            out.add(new Finding(new Span(s, i), repaired(text, s, i, end)));
        }
        return out;
    }

    /** Text [from, to) decoded, then decoded again while text damaged twice still shows damage. */
    private static String repaired(String text, int from, int to, int end) {
        String repair = decodeRange(text, from, to, end);
        for (int round = 1; round < MAX_ROUNDS; round++) {
            String next = repair(repair);
            if (next.equals(repair)) break;
            repair = next;
        }
        return repair;
    }

    /** The text with every damaged character sequence decoded again. */
    public static String repair(String s) {
        return decodeRange(s, 0, s.length(), s.length());
    }

    /** Text [from, to) with its damaged sequences decoded; sequences are recognised looking up to {@code end}. */
    private static String decodeRange(String s, int from, int to, int end) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from + 8);
        int i = from;
        while (i < to) {
            int n = unitLength(s, i, end);
            if (n == 1) {
                bytes.write(0xC3);
                bytes.write(0xA0);
                i++;
            } else if (n > 0) {
                for (int k = i; k < i + n; k++) bytes.write(BYTES.get(s.charAt(k)));
                i += n;
            } else {
                int cp = s.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i += Character.charCount(cp);
            }
        }
        return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    }

    /**
     * The length of the damaged sequence starting at {@code i}, or 0: a lead character and its continuation
     * characters whose bytes decode to one plausible character. A lone "Ã" before an ordinary space (length 1) is
     * "à" whose non-breaking space was later turned into a space.
     */
    static int unitLength(String text, int i, int end) {
        Integer lead = BYTES.get(text.charAt(i));
        if (lead == null || lead < 0xC2 || lead > 0xF4) return 0;
        int n = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        if (i + n > end) return 0;
        byte[] b = new byte[n];
        b[0] = (byte) (int) lead;
        for (int k = 1; k < n; k++) {
            Integer c = BYTES.get(text.charAt(i + k));
            if (c == null || c < 0x80 || c > 0xBF) {
                return n == 2 && k == 1 && text.charAt(i) == LEAD_A_TILDE && text.charAt(i + 1) == ' '
                        && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) ? 1 : 0;
            }
            b[k] = (byte) (int) c;
        }
        String decoded = decode(b);
        if (decoded == null) return 0;
        int cp = decoded.codePointAt(0);
        return plausible(cp) ? n : 0;
    }

    private static boolean plausible(int cp) {
        return (cp >= 0x00A0 && cp <= 0x024F) || (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF)
                || (cp >= 0x2100 && cp <= 0x214F) || (cp >= 0x1F300 && cp <= 0x1FAFF);
    }

    private static String decode(byte[] b) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer c = d.decode(ByteBuffer.wrap(b));
            return c.length() == 0 ? null : c.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}

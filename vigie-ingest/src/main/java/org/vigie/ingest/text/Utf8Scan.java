package org.vigie.ingest.text;

/**
 * One linear pass of strict UTF-8 validation (no overlong forms, no surrogates, nothing above U+10FFFF)
 * counting valid multi-byte sequences and invalid ones; the counts drive the charset decision.
 */
record Utf8Scan(int multibyte, int invalid) {

    static Utf8Scan of(byte[] b, int from) {
        int multibyte = 0;
        int invalid = 0;
        int i = from;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                if (c == 0xE0) lo = 0xA0;
                if (c == 0xED) hi = 0x9F;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                if (c == 0xF0) lo = 0x90;
                if (c == 0xF4) hi = 0x8F;
            } else {
                invalid++;
                i++;
                continue;
            }
            int j = i + 1;
            boolean ok = true;
            for (int k = 0; k < need; k++, j++) {
                if (j >= n) {
                    ok = false;
                    break;
                }
                int d = b[j] & 0xFF;
                int min = k == 0 ? lo : 0x80;
                int max = k == 0 ? hi : 0xBF;
                if (d < min || d > max) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                multibyte++;
                i = j;
            } else {
                invalid++;
                i = Math.max(i + 1, j);
            }
        }
        return new Utf8Scan(multibyte, invalid);
    }
}

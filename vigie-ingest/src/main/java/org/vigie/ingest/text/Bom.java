package org.vigie.ingest.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A byte-order mark at the start of the input: the charset it announces and how many bytes it takes. */
public record Bom(Charset charset, int length) {

    public static Optional<Bom> of(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(new Bom(StandardCharsets.UTF_8, 3));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(new Bom(StandardCharsets.UTF_16LE, 2));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(new Bom(StandardCharsets.UTF_16BE, 2));
        }
        return Optional.empty();
    }
}

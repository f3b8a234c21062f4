package org.vigie.ingest.text;

import java.nio.charset.Charset;
import java.util.List;

/**
 * Text decoded from bytes, with the charset that was chosen, why it was chosen, and where invalid
 * bytes were replaced by U+FFFD (UTF-16 offsets into {@code text}, capped at {@link TextDecoder#MAX_REPORTED}).
 *
 * @param replaced how many invalid byte sequences were replaced; may exceed the offsets listed
 */
public record Decoded(String text, Charset charset, String reason, int replaced, List<Integer> replacedAt) {
    public Decoded {
        replacedAt = List.copyOf(replacedAt);
    }

    /** The charset name as used in a media type parameter, e.g. {@code windows-1252}. */
    public String charsetName() {
        return charset.name();
    }
}

package org.vigie.core;

import java.io.IOException;

/** An input could not be read; names the source (path or URL) and, when known, the byte offset. */
public class InputException extends IOException {
    private final String source;

    public InputException(String source, String message) {
        super(source + ": " + message);
        this.source = source;
    }

    public InputException(String source, String message, Throwable cause) {
        super(source + ": " + message, cause);
        this.source = source;
    }

    public String source() {
        return source;
    }
}

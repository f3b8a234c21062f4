package org.vigie.core;

/** A pipeline, language pack or resource is misconfigured; the message says what to fix. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}

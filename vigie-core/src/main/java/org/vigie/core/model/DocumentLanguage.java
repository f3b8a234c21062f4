package org.vigie.core.model;

/** The main language of the body, ISO 639-1, or "und" when it cannot be told. */
public record DocumentLanguage(String code) {
    public static final String UNDETERMINED = "und";
}

package org.vigie.core.model;

/** Noise found in the text; {@code repair} is the corrected text, or null when no repair is justified. */
public record Artefact(Span span, Kind kind, String repair) implements Spanned {
    public enum Kind {
        MT_NUMBER("mt-number"), NAME_VARIANT("name-variant"), MIXED_LANGUAGE("mixed-language"),
        ENCODING("encoding"), OTHER("other");

        private final String jsonName;
        Kind(String jsonName) { this.jsonName = jsonName; }
        public String jsonName() { return jsonName; }
        public static Kind fromJson(String s) {
            for (Kind k : values()) if (k.jsonName.equals(s)) return k;
            throw new IllegalArgumentException("unknown artefact kind: " + s);
        }
    }
}

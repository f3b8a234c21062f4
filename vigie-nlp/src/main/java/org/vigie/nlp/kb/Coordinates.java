package org.vigie.nlp.kb;

/** Approximate latitude and longitude in decimal degrees. */
public record Coordinates(double lat, double lon) {
    public Coordinates {
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
        }
    }
}

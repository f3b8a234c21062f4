package org.vigie.server;

import org.vigie.store.EntitySummary;

import java.util.Optional;

/** Finds where a place entity lies, for the map page. */
@FunctionalInterface
public interface PlaceLocator {
    /** Latitude and longitude in decimal degrees. */
    record Point(double lat, double lon) {
        public Point {
            if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
                throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
            }
        }
    }

    /** Where {@code place} lies, or empty when unknown. */
    Optional<Point> locate(EntitySummary place);
}

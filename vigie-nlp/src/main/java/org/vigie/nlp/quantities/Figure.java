package org.vigie.nlp.quantities;

/**
 * A figure before its unit is known: tokens [start, end), its value when it counts things and under the
 * language's convention (see {@link NumberText}), the factor of a scale word it carries ("1,5 milliard": 1e9),
 * whether it is approximate, and whether it is damaged by machine translation.
 */
record Figure(int start, int end, Double count, Double measure, double scale, boolean approximate, boolean artefact,
              boolean digits) {

    Double value(Units.Kind unit) {
        return unit == Units.Kind.COUNT ? count : measure;
    }

    Figure scaled(double factor) {
        return new Figure(start, end, count == null ? null : count * factor, measure == null ? null : measure * factor,
                scale * factor, approximate, artefact, digits);
    }
}

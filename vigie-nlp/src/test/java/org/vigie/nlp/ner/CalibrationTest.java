package org.vigie.nlp.ner;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class CalibrationTest {

    private static double p(double[] ab, double margin) {
        return 1 / (1 + Math.exp(-(ab[0] * Math.log1p(margin) + ab[1])));
    }

    @Test
    void namesWithLargerMarginsGetHigherProbabilitiesMatchingTheirRates() {
        Random r = new Random(4);
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            double margin = r.nextDouble() * 20;
            double truth = 1 / (1 + Math.exp(-(1.5 * Math.log1p(margin) - 2)));
            points.add(new double[]{margin, r.nextDouble() < truth ? 1 : 0});
        }
        double[] ab = Calibration.fit(points);
        assertEquals(1.5, ab[0], 0.3);
        assertEquals(-2, ab[1], 0.5);
        assertTrue(p(ab, 0.5) < p(ab, 5) && p(ab, 5) < p(ab, 19));
    }

    @Test
    void separableNamesStillGetAFiniteIncreasingFit() {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < 300; i++) points.add(new double[]{i < 100 ? 0.1 * i % 2 : 30 + i, i < 100 ? 0 : 1});
        double[] ab = Calibration.fit(points);
        assertTrue(Double.isFinite(ab[0]) && Math.abs(ab[0]) < 100 && Math.abs(ab[1]) < 100, ab[0] + " " + ab[1]);
        assertTrue(p(ab, 0.1) < 0.5 && p(ab, 50) > 0.9);
    }

    @Test
    void tooFewOrOneSidedPointsKeepThePlainLogistic() {
        assertArrayEquals(new double[]{1, 0}, Calibration.fit(List.of(new double[]{3, 1}, new double[]{1, 0})));
        List<double[]> allRight = new ArrayList<>();
        for (int i = 0; i < 50; i++) allRight.add(new double[]{i, 1});
        assertArrayEquals(new double[]{1, 0}, Calibration.fit(allRight));
    }
}

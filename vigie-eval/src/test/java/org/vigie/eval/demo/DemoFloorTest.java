package org.vigie.eval.demo;

import org.junit.jupiter.api.Test;
import org.vigie.eval.AnalysisScorer;
import org.vigie.eval.GoldEvaluation;
import org.vigie.nlp.DefaultPipeline;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The default pipeline scored on the demo gold must not fall below the floors recorded in
 * {@code demo-floors.properties}. Raise a floor on purpose, in the same commit as the improvement.
 */
class DemoFloorTest {

    @Test
    void noScoreOnTheDemoGoldDropsBelowItsFloor() throws Exception {
        AnalysisScorer scorer = GoldEvaluation.score(GoldEvaluation.readGold(Path.of("..", "demo", "gold")), DefaultPipeline.create());
        Map<String, Double> scores = scorer.scores();
        Properties floors = new Properties();
        try (InputStream in = DemoFloorTest.class.getResourceAsStream("demo-floors.properties")) {
            assertNotNull(in, "demo-floors.properties missing");
            floors.load(in);
        }
        List<String> below = new ArrayList<>();
        for (String key : floors.stringPropertyNames()) {
            double floor = Double.parseDouble(floors.getProperty(key));
            Double score = scores.get(key);
            if (score == null || score < floor) below.add(key + ": " + score + " < floor " + floor);
        }
        assertTrue(below.isEmpty(), "scores below their floors:\n" + String.join("\n", below) + "\n\n" + scorer.table());
    }
}

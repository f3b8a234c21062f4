package org.vigie.eval.stories;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.eval.Clustering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class EcbPlusReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTokensAsLinesPerSentenceAndTopicsFromTheFileName() throws IOException {
        Files.createDirectories(dir.resolve("3"));
        Files.writeString(dir.resolve("3/3_7ecbplus.xml"), "<Document doc_name=\"3_7ecbplus.xml\">"
                + "<token t_id=\"1\" sentence=\"0\" number=\"0\">Storm</token><token t_id=\"2\" sentence=\"0\" number=\"1\">hits</token>"
                + "<token t_id=\"3\" sentence=\"1\" number=\"0\">Roads</token><token t_id=\"4\" sentence=\"1\" number=\"1\">closed</token></Document>");
        List<EcbPlusReader.EcbDocument> docs = EcbPlusReader.read(dir);
        assertEquals(1, docs.size());
        assertEquals("Storm hits\nRoads closed", docs.get(0).text());
        assertEquals("3", docs.get(0).topic());
        assertEquals("3ecbplus", docs.get(0).subTopic());
    }

    @Test
    void externalEntitiesAreNeverResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
        Files.createDirectories(dir.resolve("1"));
        Files.writeString(dir.resolve("1/1_1ecb.xml"), "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]><Document><token t_id=\"1\" sentence=\"0\">&x;</token></Document>");
        try {
            List<EcbPlusReader.EcbDocument> docs = EcbPlusReader.read(dir);
            assertFalse(docs.get(0).text().contains("SECRET"));
        } catch (IOException expected) {
            assertTrue(expected.getMessage().contains("1_1ecb.xml"));
        }
    }

    @Test
    void clusteringScoresPairsAndBCubed() {
        Clustering.Scores s = Clustering.score(Map.of("a", "1", "b", "1", "c", "2"), Map.of("a", "x", "b", "y", "c", "y"));
        assertEquals(0.0, s.pairP());
        assertEquals(0.0, s.pairR());
        assertEquals(2, s.goldClusters());
        assertEquals((1 + 0.5 + 0.5) / 3, s.bcubedP(), 1e-9);
    }
}

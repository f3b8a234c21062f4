package org.vigie.eval.quotes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class PolnearSplitTest {
    private static final String TEXT = "The mayor said that the bridge would reopen in May.\n";

    private static void writeSplit(Path root, String split) throws IOException {
        Path text = Files.createDirectories(root.resolve("polnear-en").resolve(split).resolve("text"));
        Path ann = Files.createDirectories(root.resolve("polnear-en").resolve(split).resolve("attributions"));
        Files.writeString(text.resolve("a1.txt"), TEXT, StandardCharsets.UTF_8);
        int content = TEXT.indexOf("that"), end = TEXT.indexOf('.');
        Files.writeString(ann.resolve("a1_x.ann"), String.join("\n",
                "T1\tSource 0 9\tThe mayor",
                "T2\tCue 10 14\tsaid",
                "T3\tContent " + content + " " + end + "\t" + TEXT.substring(content, end),
                "E1\tAttribution:T2 Source:T1 Content:T3",
                ""), StandardCharsets.UTF_8);
    }

    private static String run(Path root, String split) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code = QuoteEvaluator.run(root, split, new PrintStream(buf, true, StandardCharsets.UTF_8), false);
        assertEquals(0, code);
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theTrainSplitIsScoredFromItsOwnFolder(@TempDir Path root) throws IOException {
        writeSplit(root, "train");
        String printed = run(root, "train");
        assertTrue(printed.startsWith("PolNeAR train: 1 articles"), printed);
        assertTrue(printed.lines().anyMatch(l -> l.startsWith("exact span") && l.contains(" 1 ")), printed);
        assertTrue(run(root, "dev").startsWith("skipped: "), "dev has no folder here");
    }

    @Test
    void theTestSplitAndUnknownNamesAreRefusedWithAMessage(@TempDir Path root) throws IOException {
        writeSplit(root, "test");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code = QuoteEvaluator.run(root, "test", new PrintStream(buf, true, StandardCharsets.UTF_8), false);
        assertEquals(2, code);
        assertTrue(buf.toString(StandardCharsets.UTF_8).startsWith("unknown split 'test'"));
    }
}

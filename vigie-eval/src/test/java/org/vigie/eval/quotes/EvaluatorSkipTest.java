package org.vigie.eval.quotes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.eval.events.EventEvaluator;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class EvaluatorSkipTest {
    @Test
    void missingDataIsSkippedWithAMessageAndExitCodeZero(@TempDir Path empty) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        Path absent = empty.resolve("nothing-here");
        assertEquals(0, QuoteEvaluator.run(absent, out, false));
        assertEquals(0, QuoteEvaluator.runGold(absent, out, false));
        assertEquals(0, EventEvaluator.run(absent, out, false));
        assertEquals(0, EventEvaluator.runGold(absent, out, false));
        String printed = buf.toString(StandardCharsets.UTF_8);
        assertEquals(4, printed.lines().filter(l -> l.startsWith("skipped: ") && l.endsWith(" not found")).count(), printed);
    }
}

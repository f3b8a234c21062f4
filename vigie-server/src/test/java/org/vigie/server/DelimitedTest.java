package org.vigie.server;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DelimitedTest {

    @Test
    void csvCellsThatASpreadsheetWouldRunAreDefused() {
        assertEquals("'=1+2", Delimited.csvCell("=1+2"));
        assertEquals("'+33 1 23", Delimited.csvCell("+33 1 23"));
        assertEquals("'-2", Delimited.csvCell("-2"));
        assertEquals("'@SUM(A1)", Delimited.csvCell("@SUM(A1)"));
        assertEquals("'\tx", Delimited.csvCell("\tx"), "a leading tab is prefixed too");
        assertEquals("a=b", Delimited.csvCell("a=b"), "only a leading sign is dangerous");
    }

    @Test
    void csvCellsAreQuotedOnlyWhenTheyMustBe() {
        assertEquals("plain", Delimited.csvCell("plain"));
        assertEquals("\"a,b\"", Delimited.csvCell("a,b"));
        assertEquals("\"il a dit \"\"non\"\"\"", Delimited.csvCell("il a dit \"non\""));
        assertEquals("\"deux\nlignes\"", Delimited.csvCell("deux\nlignes"));
        assertEquals("", Delimited.csvCell(null));
    }

    @Test
    void csvRowsEndWithCrLf() throws Exception {
        StringWriter w = new StringWriter();
        Delimited.csvRow(w, Arrays.asList("a", null, "=b,c"));
        assertEquals("a,,\"'=b,c\"\r\n", w.toString());
    }

    @Test
    void tsvCellsLoseTheirControlCharactersButKeepTheirText() throws Exception {
        assertEquals("a b c d", Delimited.tsvCell("a\tb\nc\rd"));
        assertEquals("ligne séparée", Delimited.tsvCell("ligne\u2028séparée"));
        StringWriter w = new StringWriter();
        Delimited.tsvRow(w, List.of("x\ty", "z"));
        assertEquals("x y\tz\n", w.toString());
    }
}

package org.vigie.nlp.ner;

import org.vigie.core.InputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The HIPE-2020/2022 TSV layout read line by line: a header row naming the columns, {@code # key = value} metadata
 * lines (HIPE-2022's {@code hipe2022:} key prefix dropped) and one token a line, its cells looked up by column name.
 * The NER corpus reader and the linking evaluator build their own views of the documents from these rows.
 */
public final class HipeTsv {
    /** Receives the lines of a file in order. */
    public interface Handler {
        void metadata(String key, String value) throws IOException;

        void token(Row row) throws IOException;
    }

    /** A token line: its cells by column name, and its line number for messages. */
    public static final class Row {
        private final Map<String, Integer> columns;
        private final String[] cells;
        private final int line;

        private Row(Map<String, Integer> columns, String[] cells, int line) {
            this.columns = columns;
            this.cells = cells;
            this.line = line;
        }

        /** The cell of a column, or "" when the file has no such column. */
        public String get(String column) {
            Integer i = columns.get(column);
            return i == null || i >= cells.length ? "" : cells[i];
        }

        public int line() {
            return line;
        }
    }

    private static final String PREFIX_2022 = "hipe2022:";

    private HipeTsv() {
    }

    /**
     * Reads a whole file; {@code required} columns must be in its header, and every token line must have a cell
     * for each of them.
     */
    public static void read(BufferedReader r, String source, Handler handler, String... required) throws IOException {
        String header = r.readLine();
        if (header == null) return;
        if (header.startsWith("\uFEFF")) header = header.substring(1);
        List<String> names = Arrays.asList(header.split("\t", -1));
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) columns.putIfAbsent(names.get(i).strip(), i);
        int last = 0;
        for (String c : required) {
            Integer i = columns.get(c);
            if (i == null) throw new InputException(source, "line 1: not a HIPE header (no " + String.join(", ", required) + " columns)");
            last = Math.max(last, i);
        }
        int lineNo = 1;
        String line;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) continue;
            if (line.startsWith("#")) {
                int eq = line.indexOf('=');
                if (eq < 0) continue;
                String key = line.substring(1, eq).strip();
                if (key.startsWith(PREFIX_2022)) key = key.substring(PREFIX_2022.length());
                handler.metadata(key, line.substring(eq + 1).strip());
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length <= last) {
                throw new InputException(source, "line " + lineNo + ": expected " + names.size() + " tab-separated columns, found " + cells.length);
            }
            handler.token(new Row(columns, cells, lineNo));
        }
    }
}

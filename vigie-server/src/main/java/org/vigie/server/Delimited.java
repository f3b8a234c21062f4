package org.vigie.server;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes rows as RFC 4180 CSV or as tab-separated values. CSV cells are quoted when needed, and a cell a
 * spreadsheet would run as a formula (starting with {@code = + - @}, or a tab or carriage return) is prefixed with
 * a single quote. TSV has no quoting, so tabs, line breaks and other control characters in a cell become spaces.
 */
final class Delimited {
    private Delimited() {
    }

    static void csvRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.write(',');
            out.write(csvCell(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String csvCell(String value) {
        if (value == null || value.isEmpty()) return "";
        String v = value;
        char first = v.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') v = "'" + v;
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    static void tsvRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.write('\t');
            out.write(tsvCell(cells.get(i)));
        }
        out.write('\n');
    }

    static String tsvCell(String value) {
        if (value == null) return "";
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            b.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return b.toString();
    }
}

package org.vigie.nlp.ner;

import org.vigie.core.ConfigException;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * The name lists the tagger loads ({@code gazetteer.tsv}, {@code actor-names.tsv}): {@code #} comment lines, one
 * header line, then {@code key<TAB>value} rows. A malformed line names its file and line number.
 */
final class TwoColumnTsv {
    interface Row {
        void accept(String key, String value, int lineNo);
    }

    private TwoColumnTsv() {
    }

    static void read(BufferedReader r, String source, String keyColumn, String valueColumn, Row row) throws IOException {
        String expected = keyColumn + "\t" + valueColumn;
        String line;
        boolean header = true;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.startsWith("#") || line.isBlank()) continue;
            if (header) {
                if (!line.equals(expected)) throw new ConfigException(source + " line " + lineNo + ": expected the header " + keyColumn + "<TAB>" + valueColumn);
                header = false;
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0) throw new ConfigException(source + " line " + lineNo + ": expected " + keyColumn + "<TAB>" + valueColumn);
            row.accept(line.substring(0, tab), line.substring(tab + 1), lineNo);
        }
    }
}

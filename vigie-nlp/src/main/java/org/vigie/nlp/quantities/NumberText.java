package org.vigie.nlp.quantities;

/**
 * Reads a figure written with digits: "100 000" (ordinary, thin or non-breaking spaces), "100.000",
 * "100,000", "1,5", "2.3", "1,234.5". A single separator before exactly three digits is ambiguous
 * ("1.500" is 1500 in French and 1.5 in English); both readings are kept, since a count of things
 * ("1.500 soldiers") cannot be fractional while a measure follows the language's decimal mark.
 *
 * @param count   the value when the figure counts things
 * @param measure the value under the language's own convention
 */
public record NumberText(double count, double measure) {

    /** The two readings of a digit string, or null when it is not a well-formed number. */
    public static NumberText read(String raw, char decimalMark) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007') continue;
            if (!Character.isDigit(c) && c != '.' && c != ',') return null;
            sb.append(c);
        }
        String s = sb.toString();
        if (s.isEmpty() || !Character.isDigit(s.charAt(0)) || !Character.isDigit(s.charAt(s.length() - 1))) return null;
        int dots = occurrences(s, '.');
        int commas = occurrences(s, ',');
        if (dots == 0 && commas == 0) return same(parse(s));
        if (dots > 0 && commas > 0) {
            char decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            if (occurrences(s, decimal) > 1) return null;
            char group = decimal == '.' ? ',' : '.';
            return same(parse(s.replace(String.valueOf(group), "").replace(decimal, '.')));
        }
        char sep = dots > 0 ? '.' : ',';
        if (occurrences(s, sep) > 1) return same(parse(s.replace(String.valueOf(sep), "")));
        int at = s.indexOf(sep);
        String before = s.substring(0, at);
        String after = s.substring(at + 1);
        double asDecimal = parse(before + "." + after);
        if (after.length() != 3 || before.equals("0")) return same(asDecimal);
        double asThousands = parse(before + after);
        return new NumberText(asThousands, sep == decimalMark ? asDecimal : asThousands);
    }

    public boolean ambiguous() {
        return count != measure;
    }

    private static NumberText same(double v) {
        return Double.isNaN(v) ? null : new NumberText(v, v);
    }

    private static double parse(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static int occurrences(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }
}

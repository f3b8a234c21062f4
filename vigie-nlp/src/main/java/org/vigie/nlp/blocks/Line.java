package org.vigie.nlp.blocks;

import org.vigie.core.model.Span;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the classifier knows about one line: its text, its key form for matching, and surface features
 * (length, final punctuation, capitalisation, digits, separators, dateline shape).
 */
record Line(int index, Span span, String text, String key, int words, int letters, int digits,
            double capitalised, boolean terminal, boolean numberOnly, boolean url, int separators, boolean dateline) {

    private static final Pattern URL = Pattern.compile("(?i)^(?:https?://|www\\.)\\S+$|^\\S+\\.(?:com|org|net|fr|de|be|uk|es|it|ch|eu)(?:/\\S*)?$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s[›>»|·•/]\\s|\\t|\\s[›>»|]$|^[›>»|]\\s");
    /** "KORVAN, 3 mars", "BRUXELLES (Reuters) -", "DRAVNIK, Lessaria (AP) —", "KIEV, 3 mars. /TASS/.": a place in capitals opens the line. */
    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu}\\p{M}'’. -]{1,40}\\p{Lu}(?:,|\\s*\\(|\\s*[-–—]\\s)");
    private static final Set<Character> TERMINALS = Set.of('.', '!', '?', ';');
    private static final Set<Character> CLOSERS = Set.of('»', '”', '"', '’', '\'', ')', ']', '\u00A0', ' ', '\u202F');

    static Line of(int index, Span span, String text) {
        String[] tokens = text.strip().split("[\\s\\u00A0\\u202F]+");
        int words = 0, capital = 0;
        for (String t : tokens) {
            int first = firstLetter(t);
            if (first < 0) continue;
            words++;
            if (Character.isUpperCase(t.charAt(first))) capital++;
        }
        int letters = 0, digits = 0, others = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) letters++;
            else if (Character.isDigit(c)) digits++;
            else if (!Character.isWhitespace(c) && c != '\u00A0') others++;
        }
        boolean numberOnly = letters == 0 && digits > 0 && others <= 3;
        int separators = 0;
        var m = SEPARATOR.matcher(text);
        boolean quotes = text.indexOf('«') >= 0;
        while (m.find()) if (!(quotes && m.group().contains("»"))) separators++;
        return new Line(index, span, text, BoilerplateCues.key(text), words, letters, digits,
                words == 0 ? 0 : capital / (double) words, terminal(text), numberOnly, URL.matcher(text.strip()).find(),
                separators, DATELINE.matcher(text).find());
    }

    private static int firstLetter(String t) {
        for (int i = 0; i < t.length(); i++) if (Character.isLetter(t.charAt(i))) return i;
        return -1;
    }

    /** Ends like a sentence: . ! ? … or ; possibly followed by closing quotes or brackets. */
    private static boolean terminal(String text) {
        int i = text.length() - 1;
        while (i >= 0 && CLOSERS.contains(text.charAt(i))) i--;
        // a trailing "..." or "…" is a cut-off title in a menu line rather than the end of a sentence
        if (i < 0 || text.substring(0, i + 1).endsWith("..") || text.charAt(i) == '…') return false;
        return TERMINALS.contains(text.charAt(i));
    }

    /** Long enough, or punctuated, to be running text. */
    boolean paragraphLike() {
        return (terminal && words >= 5) || words >= 16 || (dateline && words >= 3);
    }

    /** A short line without final punctuation that could be a headline, a crosshead or a related link. */
    boolean headlineLike() {
        return !terminal && words >= 3 && words <= 30 && !dateline && !text.endsWith(":") && separators == 0 && !url;
    }
}

package org.vigie.nlp.segment;

import org.vigie.core.model.Reading;
import org.vigie.core.model.Span;
import org.vigie.core.model.Token;
import org.vigie.nlp.blocks.LineBlocks;

import java.util.List;
import java.util.Set;

/**
 * Splits one line of news text into tokens, with French and English typography in mind: elisions
 * (l’OTAN -> l’ + OTAN), possessive 's, abbreviations and initials keeping their period (M., U.S.),
 * numbers grouped by spaces, NBSP or thin spaces (100 000) or by . and , (100.000, 1,5).
 * Hand-written because no maintained Java tokenizer handles these news conventions without a model.
 */
final class Tokenizer {
    private final Set<String> abbreviations;
    private final Set<String> elisions;

    Tokenizer(Set<String> abbreviations, Set<String> elisions) {
        this.abbreviations = abbreviations;
        this.elisions = elisions;
    }

    void tokenize(String text, int start, int end, List<Token> out) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (LineBlocks.isSpace(c)) {
                i++;
            } else if (Character.isDigit(c)) {
                i = number(text, i, end, out);
            } else if (Character.isLetter(c)) {
                i = word(text, i, end, out);
            } else if ((c == '\'' || c == '’') && i > start && letterBefore(text, i, start)
                    && isClitic(text, i + 1, end)) {
                int j = i + 1;
                while (j < end && Character.isLetter(text.charAt(j))) j++;
                out.add(new Token(new Span(i, j), Token.Kind.WORD));
                i = j;
            } else if (Character.isHighSurrogate(c) && i + 1 < end) {
                out.add(new Token(new Span(i, i + 2), Token.Kind.SYMBOL));
                i += 2;
            } else {
                int j = i + 1;
                if (c == '.' || c == '-' || c == '!' || c == '?') {
                    while (j < end && text.charAt(j) == c) j++;
                }
                Token.Kind kind = isPunctuation(c) ? Token.Kind.PUNCT : Token.Kind.SYMBOL;
                out.add(new Token(new Span(i, j), kind));
                i = j;
            }
        }
    }

    private static boolean isPunctuation(char c) {
        int t = Character.getType(c);
        return t == Character.OTHER_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
                || t == Character.END_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
                || t == Character.FINAL_QUOTE_PUNCTUATION || t == Character.CONNECTOR_PUNCTUATION;
    }

    private static boolean isGroupSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007';
    }

    private int number(String text, int i, int end, List<Token> out) {
        int s = i;
        while (i < end && Character.isDigit(text.charAt(i))) i++;
        int firstGroup = i - s;
        while (i < end) {
            char c = text.charAt(i);
            if ((c == '.' || c == ',') && i + 1 < end && Character.isDigit(text.charAt(i + 1))) {
                i++;
                while (i < end && Character.isDigit(text.charAt(i))) i++;
            } else if (isGroupSpace(c) && firstGroup <= 3 && threeDigitsFollow(text, i + 1, end)) {
                i += 4;
            } else {
                break;
            }
        }
        out.add(new Token(new Span(s, i), Token.Kind.NUMBER));
        return i;
    }

    private static boolean threeDigitsFollow(String text, int i, int end) {
        if (i + 3 > end) return false;
        for (int k = i; k < i + 3; k++) if (!Character.isDigit(text.charAt(k))) return false;
        return i + 3 == end || !Character.isLetterOrDigit(text.charAt(i + 3));
    }

    private int word(String text, int i, int end, List<Token> out) {
        int s = i;
        // acronyms and initials written with periods: U.S., J.-C.
        if (i + 3 <= end && text.charAt(i + 1) == '.' && Character.isUpperCase(text.charAt(i))
                && Character.isLetter(text.charAt(i + 2))) {
            int j = i;
            while (j + 1 < end && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.') j += 2;
            if (j - i >= 4) {
                out.add(new Token(new Span(i, j), Token.Kind.WORD));
                return j;
            }
        }
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if ((c == '-' || c == '\u2011') && i + 1 < end && Character.isLetter(text.charAt(i + 1))) {
                i++;
            } else if ((c == '\'' || c == '’') && i + 1 < end && Character.isLetter(text.charAt(i + 1))) {
                String before = Reading.clean(text.substring(s, i));
                if (elisions.contains(before.toLowerCase(java.util.Locale.ROOT))) {
                    out.add(new Token(new Span(s, i + 1), Token.Kind.WORD));
                    return i + 1;
                }
                if (isClitic(text, i + 1, end)) {
                    out.add(new Token(new Span(s, i), Token.Kind.WORD));
                    return i;
                }
                i++;
            } else {
                break;
            }
        }
        if (i < end && text.charAt(i) == '.') {
            String w = Reading.clean(text.substring(s, i));
            if (abbreviations.contains(w) || (w.length() == 1 && Character.isUpperCase(w.charAt(0)))) {
                i++;
            }
        }
        out.add(new Token(new Span(s, i), Token.Kind.WORD));
        return i;
    }

    /** Whether a letter comes before {@code i}, past the fillers of a repaired apostrophe ("Trump··’s"). */
    private static boolean letterBefore(String text, int i, int start) {
        int k = i - 1;
        while (k > start && text.charAt(k) == Reading.FILLER) k--;
        return Character.isLetter(text.charAt(k));
    }

    /** English clitics split off the preceding word: 's, 're, 've, 'll, 'd, 'm (n't is kept in the word). */
    private static boolean isClitic(String text, int i, int end) {
        int j = i;
        while (j < end && Character.isLetter(text.charAt(j))) j++;
        String tail = text.substring(i, j);
        return tail.equals("s") || tail.equals("re") || tail.equals("ve") || tail.equals("ll") || tail.equals("d") || tail.equals("m");
    }
}

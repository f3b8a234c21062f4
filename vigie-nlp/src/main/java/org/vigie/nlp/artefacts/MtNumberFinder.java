package org.vigie.nlp.artefacts;

import org.vigie.core.model.Artefact;
import org.vigie.core.model.Span;
import org.vigie.core.model.Token;
import org.vigie.nlp.quantities.NumberText;
import org.vigie.nlp.quantities.NumberWords;

import java.util.List;

/**
 * Figures damaged by machine translation ({@code mt-number}): "150 XNUMX" (repaired "150 000", since each
 * placeholder written after a space or the language's group separator stands for a group of three digits),
 * "1,5 XNUMX milliard" (repaired "1,5 milliard": no digit group can follow a decimal figure), a placeholder
 * with no digits (no repair), and two figures glued together ("60.000 25.000", repaired only when both agree).
 */
final class MtNumberFinder {
    private static final double THOUSAND = 1000;
    private static final int YEAR_MIN = 1800;
    private static final int YEAR_MAX = 2199;

    private MtNumberFinder() {
    }

    /**
     * @param decimalMark the decimal mark of the block's language, or 0 when unknown
     * @param groupMark   the thousands separator of the block's language besides spaces, or 0 when unknown
     */
    static void find(String text, List<Token> tokens, String language, char decimalMark, char groupMark, List<Artefact> out) {
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            String raw = t.span().of(text);
            if (MtNumbers.isMarker(raw)) {
                int end = MtNumbers.markerRunEnd(text, tokens, i + 1);
                out.add(new Artefact(new Span(t.start(), tokens.get(end - 1).end()), Artefact.Kind.MT_NUMBER, null));
                i = end;
                continue;
            }
            if (t.kind() != Token.Kind.NUMBER) {
                i++;
                continue;
            }
            int run = i;
            while (run + 1 < tokens.size() && tokens.get(run + 1).kind() == Token.Kind.NUMBER && blank(text, tokens, run)) run++;
            if (run - i >= 2) {
                i = run + 1;
                continue;
            }
            if (run == i + 1 && glued(text, tokens, i, decimalMark)) {
                String a = raw;
                String b = tokens.get(i + 1).span().of(text);
                out.add(new Artefact(new Span(t.start(), tokens.get(i + 1).end()), Artefact.Kind.MT_NUMBER, a.equals(b) ? a : null));
                i += 2;
                continue;
            }
            int markers = MtNumbers.markerRunEnd(text, tokens, i + 1);
            if (markers > i + 1) {
                out.add(placeholder(text, tokens, i, markers, language, decimalMark, groupMark));
                i = markers;
                continue;
            }
            i++;
        }
    }

    private static Artefact placeholder(String text, List<Token> tokens, int i, int markers, String language, char decimalMark,
                                        char groupMark) {
        String raw = tokens.get(i).span().of(text);
        NumberText n = decimalMark == 0 ? null : NumberText.read(raw, decimalMark);
        if (n != null && n.measure() != Math.rint(n.measure()) && markers < tokens.size() && language != null
                && NumberWords.of(language).isScaleWord(tokens.get(markers).span().of(text))) {
            Token scale = tokens.get(markers);
            String repair = raw + text.substring(tokens.get(markers - 1).end(), scale.end());
            return new Artefact(new Span(tokens.get(i).start(), scale.end()), Artefact.Kind.MT_NUMBER, repair);
        }
        Span span = new Span(tokens.get(i).start(), tokens.get(markers - 1).end());
        String seps = MtNumbers.separators(text, tokens, i, markers);
        boolean groups = raw.chars().allMatch(Character::isDigit) && !raw.isEmpty()
                && seps.chars().allMatch(c -> c == ' ' || (groupMark != 0 && c == groupMark));
        String repair = groups ? span.of(text).replaceAll("(?i)" + MtNumbers.MARKER, "000") : null;
        return new Artefact(span, Artefact.Kind.MT_NUMBER, repair);
    }

    /** Two figures only a space apart, both grouped or both in the thousands (and not years): one reading was lost. */
    private static boolean glued(String text, List<Token> tokens, int i, char decimalMark) {
        String a = tokens.get(i).span().of(text);
        String b = tokens.get(i + 1).span().of(text);
        if (adjacentToWord(text, tokens, i) || adjacentToWord(text, tokens, i + 1)) return false;
        if (grouped(a) && grouped(b)) return true;
        NumberText x = NumberText.read(a, decimalMark == 0 ? ',' : decimalMark);
        NumberText y = NumberText.read(b, decimalMark == 0 ? ',' : decimalMark);
        return x != null && y != null && x.count() >= THOUSAND && y.count() >= THOUSAND && !year(a) && !year(b);
    }

    private static boolean adjacentToWord(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean before = i > 0 && tokens.get(i - 1).end() == t.start() && tokens.get(i - 1).kind() == Token.Kind.WORD;
        boolean after = i + 1 < tokens.size() && tokens.get(i + 1).start() == t.end() && tokens.get(i + 1).kind() == Token.Kind.WORD;
        return before || after;
    }

    private static boolean grouped(String raw) {
        return raw.matches("\\d{1,3}([.,\\u00A0\\u202F\\u2009 ]\\d{3})+");
    }

    private static boolean year(String raw) {
        if (!raw.matches("\\d{4}")) return false;
        int y = Integer.parseInt(raw);
        return y >= YEAR_MIN && y <= YEAR_MAX;
    }

    private static boolean blank(String text, List<Token> tokens, int k) {
        String gap = text.substring(tokens.get(k).end(), tokens.get(k + 1).start());
        return !gap.isEmpty() && gap.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}

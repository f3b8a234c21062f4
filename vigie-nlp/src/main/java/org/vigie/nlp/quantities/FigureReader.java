package org.vigie.nlp.quantities;

import org.vigie.core.model.Token;
import org.vigie.nlp.artefacts.MtNumbers;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the figures of one sentence: digits with their scale words ("1,5 milliard"), number words
 * ("deux brigades", "des centaines"), figures damaged by machine translation ("150 XNUMX", "60.000 25.000"),
 * leaving out what only looks like a figure: ordinals (3e, 21st), model names (T-72), times of day (14h30),
 * years after a year cue (en 2014), day numbers next to a month, and runs of three or more numbers (phone
 * numbers, tables).
 */
final class FigureReader {
    private static final double THOUSAND = 1000;
    private final QuantityLanguage lang;
    private final String text;

    FigureReader(QuantityLanguage lang, String text) {
        this.lang = lang;
        this.text = text;
    }

    List<Figure> read(TokenView v) {
        List<Figure> out = new ArrayList<>();
        int i = 0;
        while (i < v.size()) {
            if (v.isNumber(i)) {
                int run = i;
                while (v.isNumber(run + 1) && isBlank(v.gap(run))) run++;
                if (run - i >= 2) {
                    i = run + 1;
                    continue;
                }
                Figure f = run == i + 1 ? glued(v, i) : null;
                if (f == null) f = digits(v, i);
                if (f != null) {
                    out.add(f);
                    i = f.end();
                } else {
                    i++;
                }
            } else if (MtNumbers.isMarker(v.raw(i))) {
                int end = MtNumbers.markerRunEnd(text, tokens(v), i + 1);
                out.add(new Figure(i, end, null, null, 1, true, true, true));
                i = end;
            } else if (v.isWord(i)) {
                NumberWords.Reading r = lang.words.read(v, i);
                if (r != null) {
                    out.add(new Figure(r.start(), r.end(), r.value(), r.value(), 1, r.approximate(), false, false));
                    i = r.end();
                } else {
                    i++;
                }
            } else {
                i++;
            }
        }
        return out;
    }

    private Figure digits(TokenView v, int i) {
        if (!isFigure(v, i)) return null;
        NumberText n = NumberText.read(v.raw(i), lang.decimalMark);
        if (n == null) return null;
        int markers = MtNumbers.markerRunEnd(text, tokens(v), i + 1);
        if (markers > i + 1 && n.measure() != Math.rint(n.measure()) && v.isWord(markers) && lang.words.isScale(v.norm(markers))) {
            // "1,5 XNUMX milliard": no group of digits can follow a decimal figure, so the placeholder is spurious
            NumberWords.Reading scale = lang.words.read(v, markers);
            if (scale != null && scale.value() != null) {
                double value = n.measure() * scale.value();
                return new Figure(i, scale.end(), value, value, scale.value(), true, true, true);
            }
        }
        if (markers > i + 1) {
            // each placeholder stands for one group of three digits, when groups are written the usual way
            String seps = MtNumbers.separators(text, tokens(v), i, markers);
            boolean groups = seps.chars().allMatch(c -> c == ' ' || c == lang.groupMark) && !n.ambiguous()
                    && n.count() == Math.rint(n.count()) && v.raw(i).chars().allMatch(Character::isDigit);
            int count = 0;
            for (int k = i + 1; k < markers; k++) if (MtNumbers.isMarker(v.raw(k))) count++;
            Double value = groups ? n.count() * Math.pow(THOUSAND, count) : null;
            return new Figure(i, markers, value, value, 1, true, true, true);
        }
        if (v.isWord(i + 1) && lang.words.isScale(v.norm(i + 1))) {
            NumberWords.Reading scale = lang.words.read(v, i + 1);
            if (scale != null && scale.value() != null) {
                return new Figure(i, scale.end(), n.measure() * scale.value(), n.measure() * scale.value(), scale.value(),
                        false, false, true);
            }
        }
        Double money = i + 1 < v.size() && v.isWord(i + 1) ? lang.moneyScales.get(v.norm(i + 1)) : null;
        if (money != null && (currency(lang.units.before(v, i)) || currency(lang.units.at(v, i + 2)))) {
            double value = n.measure() * money;
            return new Figure(i, i + 2, value, value, money, false, false, true);
        }
        return new Figure(i, i + 1, n.count(), n.measure(), 1, false, false, true);
    }

    private static boolean currency(Units.Match m) {
        return m != null && m.kind() == Units.Kind.CURRENCY;
    }

    /** Two figures separated only by a space ("60.000 25.000"): MT damage, with a value only if both agree. */
    private Figure glued(TokenView v, int i) {
        if (!isFigure(v, i) || !isFigure(v, i + 1)) return null;
        NumberText a = NumberText.read(v.raw(i), lang.decimalMark);
        NumberText b = NumberText.read(v.raw(i + 1), lang.decimalMark);
        if (a == null || b == null) return null;
        boolean grouped = hasSeparator(v.raw(i)) && hasSeparator(v.raw(i + 1));
        boolean large = a.count() >= THOUSAND && b.count() >= THOUSAND && !looksLikeYear(v.raw(i)) && !looksLikeYear(v.raw(i + 1));
        if (!grouped && !large) return null;
        Double count = a.count() == b.count() ? a.count() : null;
        Double measure = a.measure() == b.measure() ? a.measure() : null;
        return new Figure(i, i + 2, count, measure, 1, count != null, true, true);
    }

    private boolean isFigure(TokenView v, int i) {
        if (v.adjacent(i) && v.isWord(i + 1)) {
            String next = v.norm(i + 1);
            if (lang.ordinalSuffixes.contains(next) || next.equals("h") || (next.startsWith("h") && next.length() > 1
                    && Character.isDigit(next.charAt(1)))) {
                return false;
            }
        }
        if (i > 0 && v.adjacent(i - 1)) {
            String prev = v.raw(i - 1);
            if (prev.equals("+") || v.isWord(i - 1)) return false;
            if ((prev.equals("-") || prev.equals("/")) && i > 1 && v.adjacent(i - 2) && v.isWord(i - 2)) return false;
        }
        if (i + 1 < v.size() && v.adjacent(i) && v.raw(i + 1).equals(":") && v.isNumber(i + 2)) return false;
        if (i > 0 && v.raw(i - 1).equals(":") && v.adjacent(i - 1) && v.isNumber(i - 2)) return false;
        if (i > 0 && lang.months.contains(v.norm(i - 1))) return false;
        if (i + 1 < v.size() && lang.months.contains(v.norm(i + 1))) return false;
        if (looksLikeYear(v.raw(i)) && i > 0) {
            int cue = v.raw(i - 1).equals("-") && i > 1 ? i - 2 : i - 1;
            if (lang.yearCues.contains(v.norm(cue))) return false;
        }
        return true;
    }

    static boolean looksLikeYear(String raw) {
        if (raw.length() != 4 || !raw.chars().allMatch(Character::isDigit)) return false;
        int y = Integer.parseInt(raw);
        return y >= 1800 && y <= 2199;
    }

    private static boolean hasSeparator(String raw) {
        return raw.chars().anyMatch(c -> !Character.isDigit(c));
    }

    private static boolean isBlank(String gap) {
        return !gap.isEmpty() && gap.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private static List<Token> tokens(TokenView v) {
        return v.tokens();
    }
}

package org.vigie.nlp.times;

import org.vigie.nlp.lang.LanguagePack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of day written right after a day ("le 3 mars à 14h30", "03/03/2025 18:42", "March 3 at 2:30 p.m."),
 * joined to it as one datetime expression. Connecting words come from each language's {@code time-connectors.txt}.
 */
final class TimeOfDay {
    private static final int NOON = 12;
    private final Pattern pattern;

    record Found(int end, String time) {
    }

    TimeOfDay(List<String> languages) {
        List<String> connectors = new ArrayList<>();
        for (String l : languages) connectors.addAll(LanguagePack.of(l).words("time-connectors.txt"));
        String words = connectors.isEmpty() ? "" : "(?:" + PatternCompiler.forms(connectors) + ")\\s+";
        this.pattern = Pattern.compile("\\G,?\\s*(?:" + words + ")?([01]?\\d|2[0-3])\\s?[:hH]\\s?([0-5]\\d)"
                        + "(?:\\s?([aApP])\\.?\\s?[mM]\\.?)?(?![\\p{L}\\p{N}])",
                Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    }

    /** The time written at {@code from}, or null. */
    Found at(String text, int from, int limit) {
        Matcher m = pattern.matcher(text).region(from, limit).useTransparentBounds(true).useAnchoringBounds(false);
        if (!m.find()) return null;
        int hour = Integer.parseInt(m.group(1));
        String half = m.group(3);
        if (half != null) {
            if (hour < 1 || hour > NOON) return null;
            hour = hour % NOON + (half.equalsIgnoreCase("p") ? NOON : 0);
        }
        return new Found(m.end(), String.format("%02d:%s", hour, m.group(2)));
    }
}

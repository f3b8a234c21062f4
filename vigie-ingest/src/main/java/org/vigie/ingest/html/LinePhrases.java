package org.vigie.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Phrases that mark a line of a page as something other than the article, loaded once from
 * {@code related-headings.tsv} (lines introducing links to other pages), {@code notice-phrases.tsv}
 * (copyright, advertising and subscription notices written as paragraphs) and {@code credit-phrases.tsv}
 * (picture credits and source lines).
 */
final class LinePhrases {
    private static final Set<String> RELATED = new HashSet<>();
    private static final List<String> RELATED_PREFIXES = new ArrayList<>();
    // Plain lists searched with indexOf: faster than one regular expression of alternatives on every line.
    private static final String[] NOTICE = load("notice-phrases.tsv").toArray(String[]::new);
    private static final String[] CREDIT = load("credit-phrases.tsv").toArray(String[]::new);

    static {
        for (String phrase : load("related-headings.tsv")) {
            if (phrase.endsWith("*")) RELATED_PREFIXES.add(phrase.substring(0, phrase.length() - 1).strip());
            else RELATED.add(phrase);
        }
    }

    private static boolean containsAny(String s, String[] phrases) {
        for (String p : phrases) {
            if (s.contains(p)) return true;
        }
        return false;
    }

    private LinePhrases() {
    }

    /** Lines longer than this are not headings introducing related links. */
    static final int RELATED_LINE = 80;
    /** Lines longer than this are not notices. */
    static final int NOTICE_LINE = 300;

    /** Whether the line, as a whole, announces links to other pages ("Lire aussi :", "Mehr zum Thema"). */
    static boolean introducesRelated(CharSequence line) {
        if (line.length() > RELATED_LINE) return false;
        String s = trimPunctuation(line.toString().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        if (s.isEmpty()) return false;
        if (RELATED.contains(s)) return true;
        for (String p : RELATED_PREFIXES) {
            if (s.startsWith(p) && (s.length() == p.length() || !Character.isLetterOrDigit(s.charAt(p.length())))) return true;
        }
        return false;
    }

    /** Whether the short line is a copyright, advertising or subscription notice. */
    static boolean isNotice(CharSequence line) {
        if (line.length() > NOTICE_LINE) return false;
        String s = line.toString().strip();
        if (s.startsWith("\u00A9")) return true;
        return containsAny(s.toLowerCase(Locale.ROOT), NOTICE);
    }

    /** Lines longer than this are not picture credits. */
    static final int CREDIT_LINE = 150;

    /** Whether the short line credits a picture or names a source ("Titelbild: ...", "Photograph by ..."). */
    static boolean isCredit(CharSequence line) {
        if (line.length() > CREDIT_LINE) return false;
        return containsAny(line.toString().toLowerCase(Locale.ROOT), CREDIT);
    }

    private static String trimPunctuation(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && !Character.isLetterOrDigit(s.charAt(start))) start++;
        while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1))) end--;
        return s.substring(start, end).replaceAll("\\s+", " ");
    }

    private static List<String> load(String name) {
        List<String> out = new ArrayList<>();
        for (String[] row : TabbedResource.rows(name)) out.add(row[1].toLowerCase(Locale.ROOT));
        return out;
    }
}

package org.vigie.nlp.entities;

import org.vigie.nlp.lang.LanguagePack;

import java.text.Normalizer;
import java.util.*;

/**
 * Brings spellings, transliterations and misspellings of one name to a common key (Zelensky, Zelenskyy and
 * Selenskyj; Loukachenko and Lukaschenko; Erdoğan and Erdoghan), with rules read from
 * {@code multi/kb/transliteration.tsv}, and tells whether two keys are close enough to be the same name.
 */
final class VariantKey {
    private record Rule(boolean raw, String from, String to, String position) {
    }

    private static final List<Rule> RULES = load();

    private VariantKey() {
    }

    private static List<Rule> load() {
        List<Rule> rules = new ArrayList<>();
        for (Map<String, String> r : LanguagePack.of("multi").table("kb/transliteration.tsv")) {
            rules.add(new Rule("raw".equals(r.get("stage").strip()), r.get("from"), r.get("to").strip(), r.get("position").strip()));
        }
        if (rules.isEmpty()) throw new org.vigie.core.ConfigException("missing resource org/vigie/nlp/lang/multi/kb/transliteration.tsv");
        return List.copyOf(rules);
    }

    /** The key of a name: each word rewritten, then joined without separators ("Roux-Keller" and "Roux Keller" agree). */
    static String of(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}]+")) {
            if (!w.isEmpty()) sb.append(word(w));
        }
        return sb.toString();
    }

    static String word(String lower) {
        String w = apply(lower, true);
        w = stripAccents(w);
        w = apply(w, false);
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c)) continue;
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) == c) continue;
            sb.append(c);
        }
        if (sb.length() > 4 && sb.charAt(sb.length() - 1) == 'e') sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    private static String apply(String w, boolean raw) {
        for (Rule r : RULES) {
            if (r.raw() != raw) continue;
            switch (r.position()) {
                case "end" -> {
                    if (w.endsWith(r.from()) && w.length() > r.from().length() + 2) {
                        w = w.substring(0, w.length() - r.from().length()) + r.to();
                    }
                }
                case "start" -> {
                    if (w.startsWith(r.from())) w = r.to() + w.substring(r.from().length());
                }
                default -> w = w.replace(r.from(), r.to());
            }
        }
        return w;
    }

    /** Lower case without accents, letters kept as written otherwise: the spelling a reader sees. */
    static String foldCaseAndAccents(String s) {
        return stripAccents(s.toLowerCase(Locale.ROOT));
    }

    private static String stripAccents(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) sb.append(c);
        }
        return sb.toString().replace('ı', 'i').replace('ł', 'l').replace('ø', 'o').replace("ß", "ss").replace("æ", "ae");
    }

    /** Same name: equal keys, or one edit apart for keys of 5+ letters (two for 10+), same first letter or 7+ letters. */
    static boolean close(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        if (a.equals(b)) return true;
        int min = Math.min(a.length(), b.length());
        if (min < 5) return false;
        int allowed = min >= 10 ? 2 : 1;
        if (a.charAt(0) != b.charAt(0) && min < 7) return false;
        return distance(a, b, allowed) <= allowed;
    }

    /** Given names agree: equal keys, initials, or two edits apart with the same first letter (Petr/Piotr, Ilena/Ilona). */
    static boolean givenNamesAgree(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return true;
        if (a.equals(b)) return true;
        if (a.charAt(0) != b.charAt(0)) return false;
        if (a.length() == 1 || b.length() == 1) return true;
        return distance(a, b, 2) <= 2 && Math.min(a.length(), b.length()) >= 3;
    }

    /**
     * Edit distance, a swap of two adjacent letters counting as one edit as a letter missed, added or replaced does
     * ("Macorn", "Macron": one slip of the keyboard); stops early once it exceeds {@code max} (optimal string
     * alignment distance).
     */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) return max + 1;
        int[] before = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int best = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    cur[j] = Math.min(cur[j], before[j - 2] + 1);
                }
                best = Math.min(best, cur[j]);
            }
            // a row above max cannot lead below it: a swap reaches back two rows, but at a cost of one
            if (best > max) return max + 1;
            int[] t = before;
            before = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

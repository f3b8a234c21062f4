package org.vigie.nlp.times;

import org.vigie.core.ConfigException;

import java.util.*;
import java.util.regex.Pattern;

/**
 * Compiles the little pattern language of {@code date-patterns.tsv} and {@code relative-dates.tsv} into regexes:
 * elements separated by spaces; {slot}; a|b alternatives; a final ? for an optional element; (context) for words
 * that must be present outside the span, at either end. Words match case-insensitively; slot forms written with a
 * capital initial (English and German month and weekday names) only match capitalised text.
 */
final class PatternCompiler {
    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";
    private final Map<String, String> slots;

    /** @param slots regex of each slot name (wd, month, d, y, n), each already a named group */
    PatternCompiler(Map<String, String> slots) {
        this.slots = slots;
    }

    /** The most selective required element of a pattern: its longest literal, else a slot (month and weekday first). */
    static Rule.Anchor anchor(String pattern) {
        List<String> bestWords = null;
        int bestLength = 0;
        String slot = null;
        for (String e : pattern.trim().split("\\s+")) {
            if (e.endsWith("?") || isContext(e) || isPunctuation(e)) continue;
            List<String> words = new ArrayList<>();
            int shortest = Integer.MAX_VALUE;
            String elementSlot = null;
            for (String alt : e.split("\\|")) {
                int brace = alt.indexOf('{');
                if (brace >= 0) {
                    elementSlot = alt.substring(brace + 1, alt.indexOf('}', brace));
                    String before = alt.substring(0, brace);
                    if (before.isEmpty()) {
                        shortest = 0;
                        continue;
                    }
                    alt = before;
                }
                String w = alt.toLowerCase(Locale.ROOT).replace('’', '\'');
                words.add(w);
                shortest = Math.min(shortest, w.length());
            }
            if (shortest > bestLength) {
                bestLength = shortest;
                bestWords = words;
            } else if (shortest == 0 && elementSlot != null && rank(elementSlot) < rank(slot)) {
                slot = elementSlot;
            }
        }
        return bestWords != null ? new Rule.Anchor(List.copyOf(bestWords), null) : new Rule.Anchor(List.of(), slot);
    }

    private static int rank(String slot) {
        if (slot == null) return Integer.MAX_VALUE;
        return switch (slot) {
            case "month" -> 0;
            case "wd" -> 1;
            case "y", "d" -> 2;
            default -> 3;
        };
    }

    Pattern compile(String pattern) {
        String[] elements = pattern.trim().split("\\s+");
        StringBuilder pre = new StringBuilder();
        StringBuilder post = new StringBuilder();
        StringBuilder body = new StringBuilder();
        int first = 0;
        int last = elements.length - 1;
        if (isContext(elements[first])) {
            pre.append(alternatives(inner(elements[first]), pattern)).append("\\s+");
            first++;
        }
        if (last > first && isContext(elements[last])) {
            post.append("\\s+").append(alternatives(inner(elements[last]), pattern));
            last--;
        }
        boolean leading = true;
        for (int i = first; i <= last; i++) {
            String e = elements[i];
            boolean optional = e.length() > 1 && e.endsWith("?");
            String core = optional ? e.substring(0, e.length() - 1) : e;
            if (isContext(core)) throw new ConfigException("pattern '" + pattern + "': (context) only at either end");
            String piece = alternatives(core, pattern);
            String sep = isPunctuation(core) || (i > first && elements[i - 1].endsWith("'")) ? "\\s*" : "\\s+";
            if (leading) {
                String after = i < last && isPunctuation(strip(elements[i + 1])) || core.endsWith("'") ? "\\s*" : "\\s+";
                if (optional) {
                    body.append("(?:").append(piece).append(after).append(")?");
                } else {
                    body.append(piece);
                    leading = false;
                }
            } else if (optional) {
                body.append("(?:").append(sep).append(piece).append(")?");
            } else {
                body.append(sep).append(piece);
            }
        }
        if (leading) throw new ConfigException("pattern '" + pattern + "' has no required element");
        String regex = BEFORE + pre + "(?<span>" + body + ")" + post + AFTER;
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private String alternatives(String element, String pattern) {
        List<String> out = new ArrayList<>();
        for (String alt : element.split("\\|")) {
            if (alt.isEmpty()) throw new ConfigException("pattern '" + pattern + "': empty alternative");
            out.add(alternative(alt, pattern));
        }
        return out.size() == 1 ? out.get(0) : "(?:" + String.join("|", out) + ")";
    }

    private String alternative(String alt, String pattern) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < alt.length()) {
            char c = alt.charAt(i);
            if (c == '{') {
                int close = alt.indexOf('}', i);
                if (close < 0) throw new ConfigException("pattern '" + pattern + "': unclosed {");
                String slot = slots.get(alt.substring(i + 1, close));
                if (slot == null) throw new ConfigException("pattern '" + pattern + "': unknown slot " + alt.substring(i, close + 1));
                sb.append(slot);
                i = close + 1;
            } else {
                sb.append(literal(c));
                i++;
            }
        }
        return sb.toString();
    }

    /** A literal character: apostrophes and hyphens match their typographic variants. */
    static String literal(char c) {
        if (c == '\'' || c == '’') return "['’]";
        if (c == '-') return "[-‑]";
        return Pattern.quote(String.valueOf(c));
    }

    /**
     * A regex alternation of forms, longest first; forms with a capital initial match only capitalised text. A
     * lookahead on the possible first characters lets the regex engine skip most positions without trying each form.
     */
    static String forms(Collection<String> forms) {
        if (forms.isEmpty()) return "(?!)";
        java.util.Set<Character> firsts = new java.util.TreeSet<>();
        for (String f : forms) {
            if (f.isEmpty()) continue;
            char c = f.charAt(0);
            firsts.add(c);
            firsts.add(Character.toUpperCase(c));
            firsts.add(Character.toLowerCase(c));
            if (c == '\'' || c == '’') {
                firsts.add('\'');
                firsts.add('’');
            }
        }
        StringBuilder head = new StringBuilder("(?=[");
        for (char c : firsts) {
            if (!Character.isLetterOrDigit(c)) head.append('\\');
            head.append(c);
        }
        head.append("])");
        return head + "(?:" + alternation(forms) + ")";
    }

    private static String alternation(Collection<String> forms) {
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<String> out = new ArrayList<>();
        for (String f : sorted) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < f.length(); i++) sb.append(literal(f.charAt(i)));
            if (!f.isEmpty() && Character.isUpperCase(f.charAt(0))) {
                StringBuilder upper = new StringBuilder();
                String u = f.toUpperCase(Locale.ROOT);
                for (int i = 0; i < u.length(); i++) upper.append(literal(u.charAt(i)));
                out.add("(?-i:" + sb + "|" + upper + ")");
            } else {
                out.add(sb.toString());
            }
        }
        return String.join("|", out);
    }

    private static boolean isContext(String e) {
        return e.length() > 2 && e.startsWith("(") && e.endsWith(")");
    }

    private static String inner(String e) {
        return e.substring(1, e.length() - 1);
    }

    private static String strip(String e) {
        return e.endsWith("?") && e.length() > 1 ? e.substring(0, e.length() - 1) : e;
    }

    private static boolean isPunctuation(String e) {
        return e.equals(",") || e.equals(".") || e.equals(";");
    }
}

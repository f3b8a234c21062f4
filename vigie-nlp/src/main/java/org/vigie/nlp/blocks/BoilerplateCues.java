package org.vigie.nlp.blocks;

import org.vigie.core.ConfigException;
import org.vigie.core.model.Block;
import org.vigie.nlp.lang.LanguagePack;

import java.util.*;

/**
 * The cue phrases of {@code boilerplate-cues.txt} of every language (and {@code multi/}), matched on a line's
 * key form ({@link #key(String)}): lower case, accents removed, punctuation reduced to spaces except the few marks
 * cues need (©, colon, parentheses). Lines of any language are checked against every language's cues, since
 * boilerplate is often in the site's language while the article is not.
 */
final class BoilerplateCues {
    /** Cues other than related links, credits and navigation apply to short lines only: a long line opening with "Par" or "Published" is text. */
    static final int SHORT_LINE_WORDS = 25;
    static final int ANY_LINE_WORDS = 40;

    private enum Where { LINE, START, END, ANY, NAME, WORDS }

    private record Cue(Block.Kind kind, Where where, String key, Set<String> words) {
    }

    private static final java.util.regex.Pattern GLUED = java.util.regex.Pattern.compile("(\\p{Ll})(\\p{Lu})");
    private static final java.util.regex.Pattern MOJIBAKE_E = java.util.regex.Pattern.compile("Ã[\\u0080-\\u00BF]");
    private static final java.util.regex.Pattern MOJIBAKE_A = java.util.regex.Pattern.compile("Â([\\u0080-\\u00BF])");
    private final List<Cue> cues = new ArrayList<>();

    BoilerplateCues(Collection<String> languages) {
        List<String> codes = new ArrayList<>(languages);
        codes.add("multi");
        for (String code : codes) {
            for (String line : LanguagePack.of(code).words("boilerplate-cues.txt")) {
                String[] p = line.split("\t");
                if (p.length != 3) {
                    throw new ConfigException("org/vigie/nlp/lang/" + code + "/boilerplate-cues.txt: expected kind<TAB>where<TAB>cue, got '" + line + "'");
                }
                Block.Kind kind = Block.Kind.fromJson(p[0].strip());
                if (kind.isBody()) throw new ConfigException("boilerplate cue of body kind " + kind + " in " + code);
                Where where = Where.valueOf(p[1].strip().toUpperCase(Locale.ROOT));
                String key = key(p[2]);
                cues.add(new Cue(kind, where, key, Set.of(key.split(" "))));
            }
        }
        // longer cues first, so "lire aussi" wins over "lire" and "la redaction" over "la"
        cues.sort(Comparator.comparingInt((Cue c) -> -c.key.length()));
    }

    /** The kind of boilerplate a cue marks this line as, if any. {@code key} is {@link #key(String)} of the line. */
    Optional<Block.Kind> match(String key, String original, int words) {
        for (Cue c : cues) {
            boolean hit = switch (c.where) {
                case LINE -> key.equals(c.key) || stripColon(key).equals(c.key);
                case START -> startsWithWord(key, c.key) && words <= limit(c.kind);
                case END -> key.endsWith(c.key) && words <= limit(c.kind);
                case ANY -> key.contains(c.key) && words <= ANY_LINE_WORDS;
                case NAME -> startsWithWord(key, c.key) && words <= 8 && namesFollow(original, c.key.split(" ").length);
                case WORDS -> words <= 12 && Arrays.stream(LanguagePack.normalize(original).split("[^\\p{L}\\p{N}-]+"))
                        .allMatch(w -> w.isEmpty() || c.words.contains(w));
            };
            if (hit) return Optional.of(c.kind);
        }
        return Optional.empty();
    }

    private static int limit(Block.Kind kind) {
        return kind == Block.Kind.RELATED || kind == Block.Kind.CREDIT || kind == Block.Kind.NAV ? ANY_LINE_WORDS : SHORT_LINE_WORDS;
    }

    private static String stripColon(String key) {
        return key.endsWith(" :") ? key.substring(0, key.length() - 2) : key.endsWith(":") ? key.substring(0, key.length() - 1).strip() : key;
    }

    private static boolean startsWithWord(String key, String cue) {
        if (!key.startsWith(cue)) return false;
        if (key.length() == cue.length()) return true;
        char last = cue.charAt(cue.length() - 1);
        char next = key.charAt(cue.length());
        return !Character.isLetterOrDigit(last) || !Character.isLetterOrDigit(next);
    }

    /**
     * After the cue word(s), mostly capitalised words (a byline's names): "Par Claire MONTEIL", "By Reuters staff",
     * "Par AFP — 10 mars 2025". Tokens without letters are ignored; more than two long lower-case words make it text.
     */
    private static boolean namesFollow(String original, int cueWords) {
        String[] w = original.strip().split("[\\s\\u00A0]+");
        if (w.length <= cueWords) return false;
        int names = 0, lower = 0;
        for (int i = cueWords; i < w.length; i++) {
            String t = w[i].replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            if (t.isEmpty()) continue;
            if (Character.isUpperCase(t.charAt(0))) names++;
            else if (t.length() > 3) lower++;
        }
        return names >= 1 && lower <= 2;
    }

    /**
     * UTF-8 read as Latin-1 turns "é" into "Ã©" and "«" into "Â«": the copyright sign inside such pairs is no
     * credit, so for matching the pair stands for a letter (or for the mark after "Â").
     */
    static String demojibake(String s) {
        if (s.indexOf('Ã') < 0 && s.indexOf('Â') < 0) return s;
        return MOJIBAKE_A.matcher(MOJIBAKE_E.matcher(s).replaceAll("e")).replaceAll("$1");
    }

    /** Glued words split, lower case, accents removed, letters, digits, © and colons kept, every other run of characters one space. */
    static String key(String s) {
        // "Article précédentBitcoin..." glues a cue to the next headline: split lower-upper transitions first
        String n = LanguagePack.normalize(GLUED.matcher(demojibake(s)).replaceAll("$1 $2"));
        StringBuilder sb = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            boolean keep = Character.isLetterOrDigit(c) || c == '©' || c == ':' || c == '(' || c == ')' || c == '\'' || c == '-';
            if (keep) {
                if (space && sb.length() > 0) sb.append(' ');
                if (c == ':' && sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
                sb.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return sb.toString();
    }
}

package org.vigie.nlp.artefacts;

import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.vigie.core.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML character references left undecoded in text ("d&amp;eacute;clar&amp;eacute;", "&amp;#8217;", "&amp;laquo;"), as
 * feeds and scraped pages escaped twice deliver them. A reference counts when it is complete (closed by ";") and
 * names a character HTML knows, so "AT&amp;T" or "R&amp;D;" stay text. Each damaged word is one finding, its repair
 * the word with its references decoded; references that follow one another with no space are one finding
 * ("&amp;laquo;&amp;nbsp;non&amp;nbsp;&amp;raquo;").
 */
public final class CharacterReferences {
    private static final Pattern REFERENCE = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    private CharacterReferences() {
    }

    public static List<Mojibake.Finding> find(String text, int start, int end) {
        List<Mojibake.Finding> out = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text).region(start, end);
        int covered = start;
        while (m.find()) {
            if (m.start() < covered || !known(m.group())) continue;
            int s = m.start();
            while (s > start && Character.isLetterOrDigit(text.charAt(s - 1))) s--;
            int e = m.end();
            while (e < end) {
                if (Character.isLetterOrDigit(text.charAt(e))) {
                    e++;
                    continue;
                }
                Matcher next = REFERENCE.matcher(text).region(e, end);
                if (next.lookingAt() && known(next.group())) e = next.end();
                else break;
            }
            String word = text.substring(s, e);
            String repair = Parser.unescapeEntities(word, false);
            if (!repair.equals(word)) out.add(new Mojibake.Finding(new Span(s, e), repair));
            covered = e;
        }
        return out;
    }

    /** Each reference alone with its character, for a reading that keeps the text around it at its offsets. */
    public static List<Mojibake.Finding> references(String text, int start, int end) {
        List<Mojibake.Finding> out = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text).region(start, end);
        while (m.find()) {
            if (known(m.group())) out.add(new Mojibake.Finding(new Span(m.start(), m.end()), Parser.unescapeEntities(m.group(), false)));
        }
        return out;
    }

    private static boolean known(String reference) {
        String body = reference.substring(1, reference.length() - 1);
        if (body.startsWith("#")) {
            try {
                int cp = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X')
                        ? Integer.parseInt(body.substring(2), 16) : Integer.parseInt(body.substring(1));
                // a control character or a lone surrogate is no text to read (a decoded line break would move lines)
                return Character.isValidCodePoint(cp) && !Character.isISOControl(cp) && (cp < 0xD800 || cp > 0xDFFF);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return Entities.isNamedEntity(body);
    }
}

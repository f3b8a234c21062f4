package org.vigie.nlp.artefacts;

import org.vigie.core.model.Artefact;
import org.vigie.core.model.Span;
import org.vigie.nlp.lang.LanguagePack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typographic damage of kind {@code other}: doubled full stops or commas ("Sarvel..", "Miravel,,", ", ,"),
 * never an ellipsis, a path ("../") or a range ("1..5"); and words glued at a line join right after a cue of a
 * language's {@code glue-cues.txt} ("Article précédentLaLiga" -> "Article précédent LaLiga").
 */
final class Typography {
    private static final Pattern DOUBLED = Pattern.compile("(?<![.\\d/])\\.\\.(?![.\\d/])|,[ \\u00A0]?,");
    private final List<Pattern> glued = new ArrayList<>();

    Typography(List<String> languages) {
        for (String l : languages) {
            for (String cue : LanguagePack.of(l).words("glue-cues.txt")) {
                StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
                boolean first = true;
                for (String word : cue.split("\\s+")) {
                    if (!first) regex.append("\\s+");
                    regex.append(Pattern.quote(word));
                    first = false;
                }
                glued.add(Pattern.compile(regex + "(?=\\p{Lu})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }
    }

    void find(String text, int start, int end, List<Artefact> out) {
        Matcher m = DOUBLED.matcher(text).region(start, end).useTransparentBounds(true);
        while (m.find()) {
            String repair = m.group().startsWith(".") ? "." : ",";
            out.add(new Artefact(new Span(m.start(), m.end()), Artefact.Kind.OTHER, repair));
        }
        for (Pattern p : glued) {
            Matcher g = p.matcher(text).region(start, end).useTransparentBounds(true);
            while (g.find()) {
                int join = g.end();
                if (!Character.isLowerCase(text.charAt(join - 1))) continue;
                int wordStart = join;
                while (wordStart > start && Character.isLetter(text.charAt(wordStart - 1))) wordStart--;
                int wordEnd = join;
                while (wordEnd < end && !Character.isWhitespace(text.charAt(wordEnd))) wordEnd++;
                String repair = text.substring(wordStart, join) + " " + text.substring(join, wordEnd);
                out.add(new Artefact(new Span(wordStart, wordEnd), Artefact.Kind.OTHER, repair));
            }
        }
    }
}

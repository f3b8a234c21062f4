package org.vigie.nlp.quantities;

import org.vigie.core.ConfigException;
import org.vigie.nlp.lang.LanguagePack;

import java.util.*;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a figure counts, from a language's {@code units.tsv}: surface forms of one or more tokens mapped to an
 * English singular unit. Forms are matched longest first; symbols and upper-case codes ($, €, EUR) may also
 * stand before the figure.
 */
public final class Units {
    public enum Kind { COUNT, MEASURE, CURRENCY, PERCENT }

    /** A unit found in the text: tokens [start, end), the unit name and its kind. */
    record Match(int start, int end, String unit, Kind kind) {
    }

    private record Form(List<String> tokens, String unit, Kind kind, boolean prefix) {
    }

    private static final Map<String, Units> CACHE = new ConcurrentHashMap<>();
    private final List<Form> forms = new ArrayList<>();

    private Units(LanguagePack pack) {
        for (Map<String, String> row : pack.table("units.tsv")) {
            String form = row.get("form");
            Kind kind;
            try {
                kind = Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("units.tsv of " + pack.code() + ": unknown kind '" + row.get("kind") + "' for " + form);
            }
            boolean prefix = kind == Kind.CURRENCY && form.chars().noneMatch(Character::isLowerCase);
            forms.add(new Form(Phrases.tokens(form), row.get("unit"), kind, prefix));
        }
        forms.sort(Comparator.comparingInt((Form f) -> -f.tokens.size()));
    }

    public static Units of(String language) {
        return CACHE.computeIfAbsent(language, l -> new Units(LanguagePack.of(l)));
    }

    /** True when the phrase is a unit form of this language ("soldats", "chars d'assaut"). */
    public boolean isUnit(String phrase) {
        List<String> t = Phrases.tokens(phrase);
        return forms.stream().anyMatch(f -> f.tokens.equals(t));
    }

    /** The longest unit starting at token {@code i}, or null. */
    Match at(TokenView v, int i) {
        for (Form f : forms) {
            int n = v.matchAt(i, f.tokens);
            if (n > 0) return new Match(i, i + n, f.unit, f.kind);
        }
        return null;
    }

    /** The longest unit that may stand before a figure and ends just before token {@code end}, or null. */
    Match before(TokenView v, int end) {
        for (Form f : forms) {
            if (!f.prefix) continue;
            int n = v.matchBefore(end, f.tokens);
            if (n > 0) return new Match(end - n, end, f.unit, f.kind);
        }
        return null;
    }
}

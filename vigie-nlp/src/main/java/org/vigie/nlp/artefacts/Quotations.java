package org.vigie.nlp.artefacts;

import org.vigie.core.model.Span;

import java.util.ArrayList;
import java.util.List;

/** Stretches of a line between quotation marks: « », “ ”, „ “, » « (German), ‘ ’ and straight double quotes. */
final class Quotations {
    private Quotations() {
    }

    static List<Span> regions(String text, int start, int end) {
        List<Span> out = new ArrayList<>();
        char closer = 0;
        int open = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (open >= 0) {
                if (c == closer || (closer == '“' && c == '”')) {
                    out.add(new Span(open, i + 1));
                    open = -1;
                }
                continue;
            }
            char close = closerOf(c);
            if (close != 0) {
                open = i;
                closer = close;
            }
        }
        if (open >= 0) out.add(new Span(open, end));
        return out;
    }

    private static char closerOf(char c) {
        return switch (c) {
            case '«' -> '»';
            case '»' -> '«';
            case '“' -> '”';
            case '„' -> '“';
            case '‘' -> '’';
            case '"' -> '"';
            default -> 0;
        };
    }
}

package org.vigie.nlp.quantities;

import org.vigie.core.model.Token;
import org.vigie.nlp.lang.LanguagePack;

import java.util.List;

/** The tokens of one sentence with their text and normalised form, and what separates each from the next. */
final class TokenView {
    private final String text;
    private final List<Token> tokens;
    private final String[] norm;

    TokenView(String text, List<Token> tokens) {
        this(text, tokens, java.util.Map.of());
    }

    /** @param readings the text to read instead of the document's for some tokens, by index (repaired mojibake) */
    private TokenView(String text, List<Token> tokens, java.util.Map<Integer, String> readings) {
        this.text = text;
        this.tokens = tokens;
        this.norm = new String[tokens.size()];
        for (int i = 0; i < norm.length; i++) {
            norm[i] = LanguagePack.normalize(readings.getOrDefault(i, tokens.get(i).span().of(text)));
        }
    }

    /**
     * The tokens with each repaired encoding artefact read as one token of its repaired text: "rÃ©servistes",
     * cut by the tokenizer at "©", reads as "réservistes".
     */
    static TokenView repaired(String text, List<Token> tokens, List<org.vigie.core.model.Artefact> encodings) {
        if (encodings.isEmpty()) return new TokenView(text, tokens);
        List<Token> merged = new java.util.ArrayList<>();
        java.util.Map<Integer, String> readings = new java.util.HashMap<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            org.vigie.core.model.Artefact a = null;
            for (org.vigie.core.model.Artefact e : encodings) if (e.span().contains(t.span())) a = e;
            if (a == null) {
                merged.add(t);
                i++;
                continue;
            }
            int j = i;
            while (j < tokens.size() && a.span().contains(tokens.get(j).span())) j++;
            boolean word = a.repair().codePoints().anyMatch(Character::isLetterOrDigit);
            readings.put(merged.size(), a.repair());
            merged.add(new Token(new org.vigie.core.model.Span(tokens.get(i).start(), tokens.get(j - 1).end()),
                    word ? Token.Kind.WORD : Token.Kind.PUNCT));
            i = j;
        }
        return new TokenView(text, merged, readings);
    }

    int size() {
        return tokens.size();
    }

    List<Token> tokens() {
        return tokens;
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String raw(int i) {
        return tokens.get(i).span().of(text);
    }

    String norm(int i) {
        return norm[i];
    }

    boolean isNumber(int i) {
        return i >= 0 && i < norm.length && tokens.get(i).kind() == Token.Kind.NUMBER;
    }

    boolean isWord(int i) {
        return i >= 0 && i < norm.length && tokens.get(i).kind() == Token.Kind.WORD;
    }

    int start(int i) {
        return tokens.get(i).start();
    }

    int end(int i) {
        return tokens.get(i).end();
    }

    /** The characters between token i and token i+1. */
    String gap(int i) {
        return text.substring(end(i), start(i + 1));
    }

    /** True when token i+1 follows token i with nothing in between. */
    boolean adjacent(int i) {
        return i + 1 < norm.length && end(i) == start(i + 1);
    }

    boolean startsUpper(int i) {
        String r = raw(i);
        return !r.isEmpty() && Character.isUpperCase(r.charAt(0));
    }

    /** Length in tokens of the phrase starting at {@code i}, or 0 when the tokens there differ. */
    int matchAt(int i, List<String> phrase) {
        if (i < 0 || i + phrase.size() > norm.length) return 0;
        for (int k = 0; k < phrase.size(); k++) if (!phrase.get(k).equals(norm[i + k])) return 0;
        return phrase.size();
    }

    /** Length in tokens of the phrase ending just before token {@code end}, or 0. */
    int matchBefore(int end, List<String> phrase) {
        return matchAt(end - phrase.size(), phrase) > 0 ? phrase.size() : 0;
    }
}

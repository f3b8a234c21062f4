package org.vigie.nlp.segment;

import org.vigie.core.Annotator;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.Block;
import org.vigie.core.model.Sentence;
import org.vigie.core.model.Span;
import org.vigie.core.model.Token;
import org.vigie.nlp.lang.LanguagePack;

import java.util.*;

/**
 * Sentences and tokens inside each block (sentences never cross a line). A sentence ends at . ! ? or …
 * (with any closing quotes or brackets after it) when the next token can start a sentence; periods of
 * abbreviations and initials listed in each language's {@code abbreviations.txt} do not end one.
 */
public final class SegmentAnnotator implements Annotator {
    private static final java.util.regex.Pattern DATELINE_HEAD = java.util.regex.Pattern.compile(
            "\\p{Lu}{2,}[\\p{Lu}\\p{M}'’ \\-]*(?:\\([^()]{1,40}\\))?(?:,[^.!?]{1,30})?\\.?(?:\\s*/[^/\\s][^/]{0,30}/\\.?)?");
    private static final Set<String> CLOSERS = Set.of("»", "”", "\"", "’", ")", "]", "'");
    private final Tokenizer tokenizer;

    public SegmentAnnotator() {
        this(org.vigie.nlp.lang.LanguagePack.DEFAULT_LANGUAGES);
    }

    public SegmentAnnotator(List<String> languages) {
        Set<String> abbreviations = new HashSet<>();
        Set<String> elisions = new HashSet<>();
        for (String code : languages) {
            LanguagePack pack = LanguagePack.of(code);
            abbreviations.addAll(pack.words("abbreviations.txt"));
            elisions.addAll(pack.words("elisions.txt"));
        }
        this.tokenizer = new Tokenizer(Set.copyOf(abbreviations), Set.copyOf(elisions));
    }

    @Override
    public String name() {
        return "segment";
    }

    @Override
    public Set<LayerKind<?>> requires() {
        return Set.of(LayerKind.BLOCKS);
    }

    @Override
    public Set<LayerKind<?>> produces() {
        return Set.of(LayerKind.SENTENCES, LayerKind.TOKENS);
    }

    @Override
    public Layers annotate(Document doc) {
        String text = doc.text();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (Block block : doc.blocks()) {
            int first = tokens.size();
            tokenizer.tokenize(text, block.start(), block.end(), tokens);
            split(text, tokens.subList(first, tokens.size()), sentences);
        }
        return Layers.builder().put(LayerKind.SENTENCES, sentences).put(LayerKind.TOKENS, tokens).build();
    }

    /** Tokens of this text as a standalone list, for callers that segment a snippet outside a pipeline. */
    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        tokenizer.tokenize(text, 0, text.length(), tokens);
        return tokens;
    }

    private static void split(String text, List<Token> tokens, List<Sentence> out) {
        int n = tokens.size();
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (!isTerminal(text, tokens.get(i))) continue;
            int last = i;
            while (last + 1 < n && CLOSERS.contains(tokens.get(last + 1).span().of(text))) last++;
            if (last + 1 < n && !canStart(text, tokens.get(last + 1))) continue;
            if (start == 0 && last + 1 < n && isDatelineHead(text, tokens.get(0).start(), tokens.get(last).end())) continue;
            out.add(new Sentence(new Span(tokens.get(start).start(), tokens.get(last).end())));
            start = last + 1;
            i = last;
        }
        if (start < n) out.add(new Sentence(new Span(tokens.get(start).start(), tokens.get(n - 1).end())));
    }

    /**
     * "KIEV, 3 mars." and "KIEV, 3 mars. /TASS/." open a dispatch: a place in capitals, maybe a date, maybe an
     * agency between slashes. Their periods do not end a sentence, so the dateline stays with the first sentence
     * instead of becoming sentences of its own.
     */
    private static boolean isDatelineHead(String text, int start, int end) {
        String head = text.substring(start, end);
        // a bare word in capitals ("ALERTE.") is a sentence; a dateline has a date, an agency or both
        boolean more = head.indexOf(',') >= 0 || head.indexOf('/') >= 0 || head.indexOf('(') >= 0;
        return more && DATELINE_HEAD.matcher(head).matches();
    }

    private static boolean isTerminal(String text, Token t) {
        if (t.kind() != Token.Kind.PUNCT) return false;
        char c = text.charAt(t.start());
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean canStart(String text, Token t) {
        char c = text.charAt(t.start());
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '«' || c == '“' || c == '"' || c == '‘'
                || c == '(' || c == '-' || c == '–' || c == '—' || c == '¿' || c == '¡' || c == '/' || c == '[';
    }
}

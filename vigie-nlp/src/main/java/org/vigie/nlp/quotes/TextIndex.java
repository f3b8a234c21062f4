package org.vigie.nlp.quotes;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.*;
import org.vigie.nlp.lang.LanguagePack;

import java.util.*;

/**
 * A per-document view over tokens for rule-based attribution: normalised token forms, the sentence of each token,
 * the entity mention covering each token, and the entities by id. Built once per annotate call; read-only after.
 */
public final class TextIndex {
    private final Document doc;
    private final String text;
    private final List<Token> tokens;
    private final List<String> forms;
    private final int[] sentenceOf;
    private final List<int[]> sentenceTokens;
    private final Mention[] mentionAt;
    private final Map<String, Entity> entities;

    private TextIndex(Document doc) {
        this.doc = doc;
        this.text = doc.text();
        this.tokens = doc.layerOrEmpty(LayerKind.TOKENS);
        List<String> f = new ArrayList<>(tokens.size());
        for (Token t : tokens) f.add(LanguagePack.normalize(t.span().of(text)));
        this.forms = Collections.unmodifiableList(f);
        this.sentenceOf = new int[tokens.size()];
        Arrays.fill(sentenceOf, -1);
        this.sentenceTokens = new ArrayList<>();
        for (Sentence s : doc.layerOrEmpty(LayerKind.SENTENCES)) {
            int a = firstTokenAtOrAfter(s.start());
            int b = a;
            while (b < tokens.size() && tokens.get(b).end() <= s.end()) b++;
            if (b <= a) continue;
            for (int k = a; k < b; k++) sentenceOf[k] = sentenceTokens.size();
            sentenceTokens.add(new int[]{a, b});
        }
        this.mentionAt = new Mention[tokens.size()];
        for (Mention m : doc.layerOrEmpty(LayerKind.MENTIONS)) {
            int a = firstTokenAtOrAfter(m.start());
            if (a > 0 && tokens.get(a - 1).end() > m.start()) a--;
            for (int k = a; k < tokens.size() && tokens.get(k).start() < m.end(); k++) {
                Mention old = mentionAt[k];
                if (old == null || old.span().length() < m.span().length()) mentionAt[k] = m;
            }
        }
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : doc.layerOrEmpty(LayerKind.ENTITIES)) byId.put(e.id(), e);
        this.entities = byId;
    }

    public static TextIndex of(Document doc) {
        return new TextIndex(doc);
    }

    public Document doc() { return doc; }
    public String text() { return text; }
    public int size() { return tokens.size(); }
    public Token token(int i) { return tokens.get(i); }
    public List<String> forms() { return forms; }
    public String form(int i) { return forms.get(i); }
    /** The token as written, without the fillers of a repaired reading ("à·" reads "à", see {@link Reading}). */
    public String surface(int i) { return Reading.clean(tokens.get(i).span().of(text)); }
    public int sentenceCount() { return sentenceTokens.size(); }

    /** Sentence number of a token, or -1 when the token lies outside every sentence. */
    public int sentenceOf(int tok) { return sentenceOf[tok]; }

    /** First and end (exclusive) token of a sentence. */
    public int sentenceStart(int sentence) { return sentenceTokens.get(sentence)[0]; }
    public int sentenceEnd(int sentence) { return sentenceTokens.get(sentence)[1]; }

    public Span sentenceSpan(int sentence) {
        return new Span(tokens.get(sentenceStart(sentence)).start(), tokens.get(sentenceEnd(sentence) - 1).end());
    }

    /** The mention covering this token, if any. */
    public Mention mention(int tok) { return mentionAt[tok]; }

    public Entity entity(String id) { return entities.get(id); }

    /** The entity a mention points to, or null when the entities layer does not list it. */
    public Entity entityOf(Mention m) { return m == null ? null : entities.get(m.entityId()); }

    /**
     * Reference to a mention's entity, or null when the entities layer does not list it (news outlets are mentions
     * kept for the sources layer, not entities): every ref of the record must point into {@code entities}.
     */
    public EntityRef ref(Mention m) {
        Entity e = entityOf(m);
        return e != null ? EntityRef.of(e) : null;
    }

    /** The type of the entity behind a mention (the entity's type wins over the mention's). */
    public EntityType type(Mention m) {
        Entity e = entityOf(m);
        return e != null ? e.type() : m.type();
    }

    public int firstTokenAtOrAfter(int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Index of the last token ending at or before this offset, or -1. */
    public int lastTokenEndingBy(int offset) {
        int i = firstTokenAtOrAfter(offset) - 1;
        while (i >= 0 && tokens.get(i).end() > offset) i--;
        return i;
    }

    public boolean isPunct(int tok) {
        return tokens.get(tok).kind() == Token.Kind.PUNCT;
    }

    public boolean isCapitalised(int tok) {
        String s = surface(tok);
        return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
    }

    public Span span(int fromTok, int toTok) {
        return new Span(tokens.get(fromTok).start(), tokens.get(toTok - 1).end());
    }

    /** The language at a token: the LANGUAGES span or block language, else the document language, else empty. */
    public Optional<String> languageAt(int tok) {
        return doc.languageAt(tokens.get(tok).start());
    }
}

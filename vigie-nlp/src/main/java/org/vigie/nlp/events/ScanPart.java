package org.vigie.nlp.events;

import org.vigie.core.Document;
import org.vigie.core.model.*;
import org.vigie.nlp.events.EventLexicon.Frame;
import org.vigie.nlp.events.EventLexicon.FrameWord;
import org.vigie.nlp.events.EventLexicon.Trigger;
import org.vigie.nlp.events.Scan.Frm;
import org.vigie.nlp.quotes.PhraseMatcher;
import org.vigie.nlp.quotes.Referents;
import org.vigie.nlp.quotes.SpeechLexicon;
import org.vigie.nlp.quotes.TextIndex;

import java.util.*;

/**
 * Base of the parts of an {@link EventFinder}: the document state they share, copied from the {@link Scan} so that
 * the rules read it as plain fields, and the few token and frame tests every part uses.
 */
abstract class ScanPart {
    final Scan scan;
    final Document doc;
    final TextIndex ix;
    final SpeechLexicon[] speech;
    final BitSet quoted;
    final Referents refs;
    final List<TimeExpression> times;
    final List<Span> paragraphs;
    final Seats seats;

    ScanPart(Scan scan) {
        this.scan = scan;
        this.doc = scan.doc;
        this.ix = scan.ix;
        this.speech = scan.speech;
        this.quoted = scan.quoted;
        this.refs = scan.refs;
        this.times = scan.times;
        this.paragraphs = scan.paragraphs;
        this.seats = scan.seats;
    }

    static String entity(EntityRef r) {
        return r == null ? null : r.entity();
    }

    /** The last token of a clause in a pattern's reach: a sentence stop or a colon ends the search. */
    /** Whether the token at {@code at}, before {@code limit}, is a possessive clitic ("'s"; forms fold "’" to "'"). */
    boolean possessive(int at, int limit) {
        return at < limit && ix.form(at).startsWith("'");
    }

    boolean clauseStop(int k) {
        String f = ix.form(k);
        return f.equals(".") || f.equals(";") || f.equals(":") || f.equals("?") || f.equals("!");
    }

    static boolean startsFrame(List<Frm> frames, Frame frame, int k) {
        for (Frm f : frames) if (f.word().frame() == frame && f.start() == k) return true;
        return false;
    }

    static boolean startsFrame(List<Frm> frames, int k) {
        for (Frm f : frames) if (f.end() == k + 1) return true;
        return false;
    }

    boolean punctuationBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            String f = ix.form(k);
            if (f.equals(",") || f.equals(";") || f.equals(":")) return true;
        }
        return false;
    }

    boolean isNegation(int k, SpeechLexicon lex, EventLexicon ev) {
        return ev.negations().longestAt(ix.forms(), k, k + 1).isPresent();
    }

    Mention actorMention(int k) {
        Mention m = ix.mention(k);
        if (m == null || quoted.get(k) || scan.experiencers.get(k)) return null;
        EntityType t = ix.type(m);
        return t == EntityType.PER || t == EntityType.ORG || t == EntityType.GPE ? m : null;
    }

    /** A lower-case place mention is a demonym ("valdoriennes"): an actor, never a location. */
    boolean isAdjective(int k) {
        return !ix.isCapitalised(k);
    }

    boolean hasFrame(List<Frm> frames, Frame frame, int from, int to) {
        for (Frm f : frames) if (f.word().frame() == frame && f.start() >= from && f.start() < to) return true;
        return false;
    }

    Mention mentionAfterFrame(List<Frm> frames, Frame frame, int from, int to) {
        for (Frm f : frames) {
            if (f.word().frame() != frame || f.start() < from || f.start() >= to) continue;
            for (int k = f.end(); k < Math.min(ix.size(), f.end() + 4); k++) {
                Mention m = actorMention(k);
                if (m != null) return m;
                if (ix.isPunct(k)) break;
            }
        }
        return null;
    }

    /**
     * The frames and triggers of a direct quote {@code [from, to)} that the rules on a speaker's own announced acts
     * read: words of hostility, modals, first-person subjects, conditions and, among them, provisos (a condition of
     * mode {@code rest}: "as long as", "unless"), and the trigger starting at each token.
     */
    record QuoteFrames(BitSet hostile, BitSet aux, BitSet self, BitSet condition, BitSet proviso, Map<Integer, Trigger> acts) {
    }

    QuoteFrames quoteFrames(EventLexicon ev, int from, int to) {
        List<String> forms = ix.forms();
        BitSet hostile = new BitSet(), aux = new BitSet(), self = new BitSet(), condition = new BitSet(), proviso = new BitSet();
        for (PhraseMatcher.Match<FrameWord> m : ev.frames().findAll(forms, from, to)) {
            switch (m.value().frame()) {
                case HOSTILE -> hostile.set(m.start(), m.end());
                case AUX -> aux.set(m.start(), m.end());
                case SPEAKER -> self.set(m.start(), m.end());
                case CONDITION -> {
                    condition.set(m.start(), m.end());
                    if ("rest".equals(m.value().mode())) proviso.set(m.start(), m.end());
                }
                default -> { }
            }
        }
        Map<Integer, Trigger> acts = new HashMap<>();
        for (PhraseMatcher.Match<Trigger> m : ev.triggersIn(forms, from, to)) acts.putIfAbsent(m.start(), m.value());
        return new QuoteFrames(hostile, aux, self, condition, proviso, acts);
    }

    /** The language of token {@code k}'s sentence, as its speech lexicon reads it ("und" when it has none). */
    String languageAt(int k) {
        SpeechLexicon lex = speech[ix.sentenceOf(k)];
        return lex == null ? "und" : lex.language();
    }

    /** Whether token {@code k} is a complementiser ("that", "que") of its sentence's language. */
    boolean isThat(int k) {
        SpeechLexicon lex = speech[ix.sentenceOf(k)];
        return lex != null && lex.is(ix.form(k), org.vigie.nlp.quotes.SpeechLexicon.Kind.THAT);
    }

    /** Whether token {@code k} is in its sentence language's word list {@code file} (a function word). */
    boolean listed(int k, String file) {
        return words(languageAt(k), file).contains(ix.form(k));
    }

    /** Whether token {@code k} ends with one of the endings its sentence language lists in {@code file}. */
    boolean endsWithListed(int k, String file) {
        String form = ix.form(k);
        for (String ending : words(languageAt(k), file)) if (form.endsWith(ending)) return true;
        return false;
    }

    /**
     * The normalised {@code column} of the rows of a language's table ({@code file}) whose {@code key} column is
     * {@code value} (subject pronouns of {@code pronouns.tsv}, currencies of {@code units.tsv}), read once.
     */
    static Set<String> tableWords(String language, String file, String key, String value, String column) {
        return WORDS.computeIfAbsent(language + "/" + file + "#" + key + "=" + value + ">" + column, k -> {
            Set<String> out = new HashSet<>();
            for (Map<String, String> row : org.vigie.nlp.lang.LanguagePack.of(language).table(file)) {
                if (value.equals(row.getOrDefault(key, "").strip())) {
                    out.add(org.vigie.nlp.lang.LanguagePack.normalize(row.getOrDefault(column, "").strip()));
                }
            }
            return Set.copyOf(out);
        });
    }

    private static final Map<String, Set<String>> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A language's word list ({@code file}), normalised as token forms are, read once. */
    static Set<String> words(String language, String file) {
        return org.vigie.nlp.lang.LanguagePack.wordsOfAll(List.of(language), file);
    }
}

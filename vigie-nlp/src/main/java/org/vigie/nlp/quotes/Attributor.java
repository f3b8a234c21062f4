package org.vigie.nlp.quotes;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.*;
import org.vigie.nlp.blocks.LineBlocks;
import org.vigie.nlp.quotes.Referents.Referent;
import org.vigie.nlp.quotes.SpeechLexicon.Kind;

import java.util.*;

/** The work of {@link QuoteAnnotator} on one document: finds quotes, then their cues and speakers, front to back. */
final class Attributor {
    private record Found(Referent who, Span cue, int at) {
        EntityRef ref() { return who == null ? null : who.ref(); }
        Span source() { return who == null ? null : who.span(); }
    }

    private record Cue(int start, int end, Kind kind) {
    }

    private final Document doc;
    private final TextIndex ix;
    private final List<Span> lines;
    private final List<QuoteMarks.Segment> segments;
    private final BitSet quoted = new BitSet();
    private final SpeechLexicon[] lexicons;
    private final boolean[] body;
    private final Referents refs;
    private final List<Attribution> out = new ArrayList<>();

    Attributor(Document doc, QuoteMarks marks, List<SpeechLexicon> all) {
        this.doc = doc;
        this.ix = TextIndex.of(doc);
        this.lines = bodyLines(doc);
        this.segments = marks.find(doc.text(), lines);
        for (QuoteMarks.Segment s : segments) {
            int a = ix.firstTokenAtOrAfter(s.open());
            int end = s.closed() ? s.close() + 1 : s.content().end();
            for (int k = a; k < ix.size() && ix.token(k).start() < end; k++) quoted.set(k);
        }
        this.lexicons = new SpeechLexicon[ix.sentenceCount()];
        this.body = new boolean[ix.sentenceCount()];
        SpeechLexicon voted = null;
        boolean voteDone = false;
        for (int s = 0; s < ix.sentenceCount(); s++) {
            int start = ix.token(ix.sentenceStart(s)).start();
            body[s] = lines.stream().anyMatch(l -> l.contains(start));
            Optional<String> lang = ix.languageAt(ix.sentenceStart(s)).filter(l -> !l.equals(DocumentLanguage.UNDETERMINED));
            if (lang.isPresent()) {
                lexicons[s] = SpeechLexicon.of(lang.get()).orElse(null);
            } else {
                if (!voteDone) {
                    voted = vote(all);
                    voteDone = true;
                }
                lexicons[s] = voted;
            }
        }
        this.refs = new Referents(ix, lexicons, quoted);
    }

    List<Attribution> run() {
        int next = 0;
        Found lastOpen = null;
        Found previous = null;
        int previousLine = -1, previousClose = -1;
        for (int s = 0; s <= ix.sentenceCount(); s++) {
            int limit = s < ix.sentenceCount() ? ix.token(ix.sentenceEnd(s) - 1).end() : Integer.MAX_VALUE;
            while (next < segments.size() && segments.get(next).open() < limit) {
                QuoteMarks.Segment seg = segments.get(next++);
                int line = lineOf(seg.open());
                Found f = direct(seg, previousLine == line ? previousClose : -1);
                boolean cued = f != null;
                if (f == null && seg.continuation()) f = lastOpen;
                if (f == null && previous != null && previousLine == line && noPersonBetween(previousClose, seg.open())) {
                    f = previous;
                }
                lastOpen = seg.closed() ? null : f;
                previousLine = line;
                previousClose = seg.closed() ? seg.close() : seg.content().end();
                if (f != null) previous = f;
                if (!cued && !seg.continuation() && words(seg.content()) <= 3) continue;
                emit(seg.content(), true, f);
            }
            if (s < ix.sentenceCount() && body[s] && lexicons[s] != null) reported(s, lexicons[s]);
        }
        out.sort(Comparator.comparing(a -> a.quote().span()));
        return List.copyOf(out);
    }

    private void emit(Span content, boolean direct, Found f) {
        EntityRef speaker = f == null ? null : f.ref();
        String language = doc.languageAt(content.start()).orElse(DocumentLanguage.UNDETERMINED);
        out.add(new Attribution(new Quote(content, direct, speaker, f == null ? null : f.cue(), language),
                f == null ? null : f.source()));
        if (f != null && speaker != null) refs.noteSpeaker(f.at(), speaker);
    }

    // ------------------------------------------------------------------------------------------- direct quotes

    private Found direct(QuoteMarks.Segment seg, int previousClose) {
        int openTok = ix.firstTokenAtOrAfter(seg.open());
        Span line = lines.get(lineOf(seg.open()));
        int lineStart = ix.firstTokenAtOrAfter(line.start());
        int lineEnd = ix.lastTokenEndingBy(line.end()) + 1;
        if (openTok >= ix.size() || lexiconAt(openTok) == null) return null;
        Found f = null;
        if (seg.closed()) {
            int closeTok = ix.firstTokenAtOrAfter(seg.close());
            int sentence = closeTok < ix.size() ? ix.sentenceOf(closeTok) : -1;
            if (sentence >= 0) f = postposed(closeTok + 1, Math.min(lineEnd, ix.sentenceEnd(sentence)));
        }
        if (f == null) {
            int floor = previousClose < 0 ? lineStart : Math.max(lineStart, ix.firstTokenAtOrAfter(previousClose + 1));
            f = preposed(openTok, floor);
        }
        return f;
    }

    /** A cue after the closing mark: "», a déclaré X", "», a-t-il ajouté", "," he said", "», selon X". */
    private Found postposed(int from, int limit) {
        int k = from;
        while (k < limit && isComma(k)) k++;
        if (k >= limit || quoted.get(k)) return null;
        SpeechLexicon lex = lexiconAt(k);
        if (lex == null) return null;
        Found inv = inverted(k, limit, lex);
        if (inv != null) return inv;
        Cue src = cueAt(k, limit, lex);
        if (src != null && src.kind == Kind.SOURCE) {
            return new Found(refs.subjectAfter(src.end, limit), ix.span(k, src.end), k);
        }
        int j = k;
        while (j < limit && lex.is(ix.form(j), Kind.AUX) && verbAt(j, limit, lex) == null) j++;
        Cue verb = verbAt(j, limit, lex);
        if (verb != null) {
            return new Found(refs.subjectAfter(verb.end, limit), ix.span(k, verb.end), verb.start);
        }
        for (int v = k + 1; v < limit && v <= k + 8; v++) {
            if (quoted.get(v) || isHardPunct(v)) break;
            Cue cue = verbAt(v, limit, lex);
            if (cue == null) continue;
            int vs = v;
            while (vs > k && lex.is(ix.form(vs - 1), Kind.AUX)) vs--;
            Referent who = refs.subjectBefore(vs, k);
            if (who == null) return null;
            return new Found(who, ix.span(vs, cue.end), v);
        }
        return null;
    }

    /** A cue before the opening mark, in the same sentence: "X a déclaré : «", "He said, "", "selon X, «". */
    private Found preposed(int openTok, int floor) {
        for (int v = openTok - 1; v >= floor; v--) {
            if (quoted.get(v)) return null;
            String f = ix.form(v);
            if (f.equals(".") || f.equals("!") || f.equals("?")) return null;
            SpeechLexicon lex = lexiconAt(v);
            if (lex == null) return null;
            Found inv = inverted(v, openTok, lex);
            if (inv != null) return inv;
            Cue cue = cueAt(v, openTok, lex);
            if (cue == null) continue;
            if (cue.kind == Kind.SOURCE) {
                return new Found(refs.subjectAfter(cue.end, openTok), ix.span(v, cue.end), v);
            }
            if (!isVerb(cue) || isNoun(v, lex)) continue;
            if (v > floor) {
                Found invAux = inverted(v - 1, openTok, lex);
                if (invAux != null) return invAux;
            }
            int vs = v;
            while (vs > floor && lex.is(ix.form(vs - 1), Kind.AUX)) vs--;
            Referent who = refs.subjectBefore(vs, sentenceFloor(v));
            if (who == null) who = refs.subjectAfter(cue.end, openTok);
            return new Found(who, ix.span(vs, cue.end), v);
        }
        return null;
    }

    /** An inverted cue in one token, "a-t-il" (+ participle), "ajoute-t-elle", "dit-il", with its pronoun subject. */
    private Found inverted(int k, int limit, SpeechLexicon lex) {
        String f = ix.form(k);
        int dash = f.lastIndexOf('-');
        if (dash <= 0) return null;
        SpeechLexicon.Pronoun p = lex.pronoun(f.substring(dash + 1));
        if (p == null) return null;
        String head = f.substring(0, f.indexOf('-'));
        int end;
        if (lex.is(head, Kind.AUX)) {
            int j = k + 1;
            while (j < limit && lex.is(ix.form(j), Kind.AUX)) j++;
            Cue verb = verbAt(j, limit, lex);
            if (verb == null) return null;
            end = verb.end;
        } else if (lex.is(head, Kind.VERB) || lex.is(head, Kind.VERB_BARE)) {
            end = k + 1;
        } else {
            return null;
        }
        return new Found(refs.pronoun(k, p), ix.span(k, end), k);
    }

    // ------------------------------------------------------------------------------------------- reported speech

    private void reported(int s, SpeechLexicon lex) {
        int a = ix.sentenceStart(s), b = ix.sentenceEnd(s);
        int covered = -1;
        for (int t = a; t < b; t++) {
            if (quoted.get(t) || t < covered) continue;
            Cue cue = cueAt(t, b, lex);
            if (cue == null) continue;
            if (cue.kind == Kind.SOURCE) {
                if (sourceFirst(s, t, cue, lex)) covered = b;
                continue;
            }
            if (!isVerb(cue) || isNoun(t, lex)) continue;
            int vs = t;
            while (vs > a && lex.is(ix.form(vs - 1), Kind.AUX)) vs--;
            int that = complementiser(cue.end, b, lex);
            if (that >= 0) {
                Span content = content(that + 1, b);
                Referent who = subjectOf(vs, a, lex);
                if (content != null && who != null) {
                    emit(content, false, new Found(who, ix.span(vs, cue.end), t));
                    covered = b;
                }
                t = that;
                continue;
            }
            if (cue.kind == Kind.VERB_BARE) {
                int j = skipAdjuncts(cue.end, b, lex);
                if (j > cue.end || j < b && !ix.isPunct(j)) {
                    Referent who = j < b && startsClause(j, lex) ? refs.subjectBefore(vs, a) : null;
                    Span content = who == null ? null : content(j, b);
                    if (content != null && who.span() != null) {
                        emit(content, false, new Found(who, ix.span(vs, cue.end), t));
                        covered = b;
                        continue;
                    }
                }
            }
        }
        if (covered < 0) postposedTail(s, lex);
    }

    /** "selon X, CONTENT" at the start of a sentence, or "CONTENT, selon X" at its end. */
    private boolean sourceFirst(int s, int t, Cue cue, SpeechLexicon lex) {
        int a = ix.sentenceStart(s), b = ix.sentenceEnd(s);
        if (t == a || t == a + 1 && ix.isPunct(a)) {
            int c = cue.end;
            while (c < b && c < cue.end + 14 && !ix.form(c).equals(",") && !quoted.get(c)) c++;
            if (c >= b || !ix.form(c).equals(",")) return false;
            Span content = content(c + 1, b);
            if (content == null) return false;
            emit(content, false, new Found(refs.subjectAfter(cue.end, c), ix.span(t, cue.end), t));
            return true;
        }
        if (t > a + 1 && ix.form(t - 1).equals(",") && !quoted.get(t - 2)) {
            Span content = content(a, t - 1);
            Referent who = refs.subjectAfter(cue.end, b);
            if (content == null || who == null) return false;
            emit(content, false, new Found(who, ix.span(t, cue.end), t));
            return true;
        }
        return false;
    }

    /** "CONTENT, a déclaré X." / "CONTENT, X said." / "CONTENT, a-t-il ajouté." without quotation marks. */
    private void postposedTail(int s, SpeechLexicon lex) {
        int a = ix.sentenceStart(s), b = ix.sentenceEnd(s);
        int c = -1;
        for (int k = b - 1; k > a && k >= b - 14; k--) {
            if (quoted.get(k)) return;
            if (ix.form(k).equals(",")) {
                c = k;
                break;
            }
        }
        if (c <= a + 2 || quoted.get(c - 1)) return;
        int end = b;
        while (end > c + 1 && ix.isPunct(end - 1)) end--;
        Found f = postposed(c + 1, end);
        if (f == null || f.cue() == null) return;
        int cueEnd = ix.firstTokenAtOrAfter(f.cue().end());
        for (int k = cueEnd; k < end; k++) if (lex.is(ix.form(k), Kind.THAT)) return;
        if (f.who() == null && lex.kindOf(ix.form(c + 1)) != Kind.SOURCE) return;
        Span content = content(a, c);
        if (content != null) emit(content, false, f);
    }

    private Referent subjectOf(int verbStart, int floor, SpeechLexicon lex) {
        if (verbStart > floor) {
            Found inv = inverted(verbStart - 1, ix.size(), lex);
            if (inv != null) return inv.who();
        }
        Found inv = inverted(verbStart, ix.size(), lex);
        if (inv != null) return inv.who();
        return refs.subjectBefore(verbStart, floor);
    }

    /** The complementiser "que"/"that" a few words after the verb ("a averti lundi l'OTBC que"), or -1. */
    private int complementiser(int from, int to, SpeechLexicon lex) {
        for (int j = from; j < to && j < from + 10; j++) {
            if (quoted.get(j)) return -1;
            String f = ix.form(j);
            Kind k = lex.kindOf(f);
            if (k == Kind.THAT) return j;
            if (isHardPunct(j) || k == Kind.STOP || k == Kind.VERB || k == Kind.VERB_BARE || k == Kind.REL) return -1;
        }
        return -1;
    }

    private int skipAdjuncts(int j, int to, SpeechLexicon lex) {
        while (j < to) {
            Cue c = cueAt(j, to, lex);
            if (c != null && (c.kind == Kind.ADJUNCT || c.kind == Kind.AUDIENCE || c.kind == Kind.AUX)) {
                j = c.end;
            } else if (ix.form(j).equals(",")) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private boolean startsClause(int j, SpeechLexicon lex) {
        if (ix.isPunct(j) || quoted.get(j)) return false;
        String f = ix.form(j);
        return ix.isCapitalised(j) || ix.mention(j) != null || lex.pronoun(f) != null || lex.is(f, Kind.DET)
                || ix.token(j).kind() == Token.Kind.NUMBER;
    }

    /** Reported content {@code [from, to)} without the final full stop, or null if empty or wholly a direct quote. */
    private Span content(int from, int to) {
        while (to > from && (ix.form(to - 1).equals(".") || ix.form(to - 1).equals("…"))) to--;
        while (from < to && (ix.form(from).equals(",") || ix.form(from).equals(":"))) from++;
        if (from >= to) return null;
        Span span = ix.span(from, to);
        for (QuoteMarks.Segment seg : segments) {
            if (seg.open() >= span.start() && seg.open() <= span.start() + 1 && seg.closed() && seg.close() + 1 >= span.end()) {
                return null;
            }
        }
        return span;
    }

    // ------------------------------------------------------------------------------------------- helpers

    private Cue cueAt(int k, int limit, SpeechLexicon lex) {
        if (k >= limit) return null;
        return lex.cues().longestAt(ix.forms(), k, limit).map(m -> new Cue(m.start(), m.end(), m.value())).orElse(null);
    }

    private Cue verbAt(int k, int limit, SpeechLexicon lex) {
        Cue c = cueAt(k, limit, lex);
        return c != null && isVerb(c) && !isNoun(k, lex) && !quoted.get(k) ? c : null;
    }

    private static boolean isVerb(Cue c) {
        return c.kind == Kind.VERB || c.kind == Kind.VERB_BARE;
    }

    /** A verb form right after a determiner is a noun ("la note", "the report"). */
    private boolean isNoun(int k, SpeechLexicon lex) {
        return k > 0 && lex.is(ix.form(k - 1), Kind.DET) && !ix.isPunct(k - 1);
    }

    private SpeechLexicon lexiconAt(int tok) {
        int s = ix.sentenceOf(tok);
        return s < 0 ? null : lexicons[s];
    }

    private int sentenceFloor(int tok) {
        int s = ix.sentenceOf(tok);
        return s < 0 ? 0 : ix.sentenceStart(s);
    }

    private boolean isComma(int k) {
        String f = ix.form(k);
        return f.equals(",") || f.equals("-") || f.equals("—") || f.equals("–");
    }

    private boolean isHardPunct(int k) {
        String f = ix.form(k);
        return f.equals(".") || f.equals(";") || f.equals(":") || f.equals("!") || f.equals("?") || f.equals("(")
                || f.length() == 1 && "«»“”„\"‘’".indexOf(f.charAt(0)) >= 0;
    }

    private boolean noPersonBetween(int from, int to) {
        for (int k = ix.firstTokenAtOrAfter(from); k < ix.size() && ix.token(k).start() < to; k++) {
            Mention m = ix.mention(k);
            if (m != null && !quoted.get(k) && ix.type(m) == EntityType.PER) return false;
        }
        return true;
    }

    private int words(Span content) {
        int n = 0;
        for (int k = ix.firstTokenAtOrAfter(content.start()); k < ix.size() && ix.token(k).end() <= content.end(); k++) {
            if (!ix.isPunct(k)) n++;
        }
        return n;
    }

    private int lineOf(int offset) {
        int lo = 0, hi = lines.size() - 1, best = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (lines.get(mid).start() <= offset) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    private static List<Span> bodyLines(Document doc) {
        if (!doc.has(LayerKind.BLOCKS)) return LineBlocks.lines(doc.text());
        List<Span> out = new ArrayList<>();
        for (Block b : doc.blocks()) if (b.isBody()) out.add(b.span());
        return out;
    }

    /**
     * Without any language layer, the lexicon whose own words (speech verbs, function words, pronouns) the document
     * uses most; words shared by several lexicons ("a" is French "has" and English "a") do not count.
     */
    private SpeechLexicon vote(List<SpeechLexicon> all) {
        SpeechLexicon best = null;
        int bestCount = 0;
        for (SpeechLexicon lex : all) {
            int n = 0;
            for (int k = 0; k < ix.size(); k++) {
                String f = ix.form(k);
                if (lex.kindOf(f) == null && lex.pronoun(f) == null) continue;
                boolean shared = false;
                for (SpeechLexicon other : all) {
                    if (other != lex && (other.kindOf(f) != null || other.pronoun(f) != null)) shared = true;
                }
                if (!shared) n++;
            }
            if (n > bestCount) {
                best = lex;
                bestCount = n;
            }
        }
        return best;
    }
}

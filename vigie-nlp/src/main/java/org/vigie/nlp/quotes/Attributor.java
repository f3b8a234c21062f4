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
        this.ix = TextIndex.of(OrganisationDescriptions.withDescriptions(doc));
        this.lines = bodyLines(doc);
        this.segments = marks.find(doc.text(), lines);
        for (QuoteMarks.Segment s : segments) {
            int a = ix.firstTokenAtOrAfter(s.open());
            int end = s.after();
            for (int k = a; k < ix.size() && ix.token(k).start() < end; k++) quoted.set(k);
        }
        this.lexicons = SpeechLexicon.forSentences(ix, all, quoted);
        this.body = new boolean[ix.sentenceCount()];
        for (int s = 0; s < ix.sentenceCount(); s++) {
            int start = ix.token(ix.sentenceStart(s)).start();
            body[s] = lines.stream().anyMatch(l -> l.contains(start));
        }
        this.refs = new Referents(ix, lexicons, quoted);
    }

    List<Attribution> run() {
        int next = 0;
        Found lastOpen = null;
        Found previous = null;
        boolean previousCued = false;
        int previousLine = -1, previousClose = -1;
        for (int s = 0; s <= ix.sentenceCount(); s++) {
            int limit = s < ix.sentenceCount() ? ix.token(ix.sentenceEnd(s) - 1).end() : Integer.MAX_VALUE;
            while (next < segments.size() && segments.get(next).content().start() < limit) {
                QuoteMarks.Segment seg = segments.get(next++);
                int line = lineOf(seg.open());
                Found f = direct(seg, previousLine == line ? previousClose : -1);
                boolean cued = f != null;
                if (f == null && seg.continuation()) f = lastOpen;
                if (f == null && previous != null && previousLine == line && noOtherPersonBetween(previousClose, seg.open(), previous.ref())) {
                    f = previous;
                    cued = previousCued && sameSentence(previousClose, seg.content().start());
                }
                if (f != null) previousCued = cued;
                lastOpen = seg.closed() ? null : f;
                previousLine = line;
                previousClose = seg.closed() ? seg.close() : seg.content().end();
                if (f != null) previous = f;
                if (!cued && !seg.continuation() && words(seg.content()) <= 3) continue;
                emit(seg.content(), true, f);
                if (cued) mixed(seg, f);
            }
            if (s < ix.sentenceCount() && body[s] && lexicons[s] != null) reported(s, lexicons[s]);
        }
        transcript();
        out.sort(Comparator.comparing(a -> a.quote().span()));
        return List.copyOf(out);
    }

    private record Turn(Referent who, int colon, Span content) {
    }

    /**
     * An interview transcript: paragraphs opening with a speaker's name in capitals and a colon ("REED: We will
     * not yield."), possibly inside an opening quotation mark. Each turn is the speaker's words: a quote found there
     * without a speaker gets the turn's (its span starting after the label), else the turn becomes a quote. Only
     * when the text has two such turns or more, so that a single "NOTE:" or a dateline is never taken for one, and
     * never for a place the knowledge base knows.
     */
    private void transcript() {
        List<Turn> turns = new ArrayList<>();
        for (Span line : lines) {
            int a = ix.firstTokenAtOrAfter(line.start());
            int end = ix.lastTokenEndingBy(line.end()) + 1;
            if (a < end && ix.isPunct(a) && "\"“«„'".indexOf(ix.surface(a).charAt(0)) >= 0) a++;
            int colon = a;
            while (colon < end && colon - a < 3 && isCapitalsWord(colon)) colon++;
            if (colon == a || colon >= end || !ix.form(colon).equals(":")) continue;
            Mention m = ix.mention(a);
            if (m == null || ix.ref(m) == null || m.start() != ix.token(a).start() || m.end() != ix.token(colon - 1).end()) continue;
            EntityType type = ix.type(m);
            if (type == EntityType.MISC || type != EntityType.PER && !m.entityId().startsWith("vigie:")) continue;
            int from = colon + 1;
            int last = end - 1;
            while (last > from && ix.isPunct(last) && "\"”»'’".indexOf(ix.surface(last).charAt(0)) >= 0) last--;
            if (last - from < 2) continue;
            Span content = new Span(ix.token(from).start(), ix.token(last).end());
            turns.add(new Turn(new Referent(ix.ref(m), m.span(), Referent.Form.NAME), colon, content));
        }
        if (turns.size() < 2) return;
        for (Turn t : turns) {
            boolean found = false;
            for (int i = 0; i < out.size(); i++) {
                Quote q = out.get(i).quote();
                if (!q.span().overlaps(t.content())) continue;
                found = true;
                if (q.speaker() != null || q.span().start() > t.content().start()) continue;
                Span span = new Span(Math.max(q.span().start(), t.content().start()), q.span().end());
                out.set(i, new Attribution(new Quote(span, q.direct(), t.who().ref(), ix.token(t.colon()).span(), q.language()),
                        t.who().span()));
            }
            if (!found) emit(t.content(), false, new Found(t.who(), ix.token(t.colon()).span(), t.colon()));
        }
    }

    private List<Span> textLines;

    private List<Span> textLines() {
        if (textLines == null) textLines = LineBlocks.lines(doc.text());
        return textLines;
    }

    private boolean isCapitalsWord(int k) {
        String w = ix.surface(k);
        if (ix.isPunct(k) || w.length() < 2) return false;
        for (int i = 0; i < w.length(); i++) if (Character.isLowerCase(w.charAt(i))) return false;
        return Character.isLetter(w.charAt(0));
    }

    private void emit(Span content, boolean direct, Found f) {
        if (!direct && f != null && f.cue() != null) {
            // the same content by the same cue, found from its quotation and again from the sentence, is one quote
            for (Attribution a : out) {
                Quote q = a.quote();
                if (!q.direct() && f.cue().equals(q.cue()) && q.span().start() == content.start()) return;
            }
        }
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
            // a two-character mark ('') may be two tokens: the incise starts after the last of them
            while (closeTok + 1 < ix.size() && ix.token(closeTok + 1).end() <= seg.closeEnd()) closeTok++;
            int sentence = closeTok < ix.size() ? ix.sentenceOf(closeTok) : -1;
            int limit = sentence < 0 ? -1 : Math.min(lineEnd, ix.sentenceEnd(sentence));
            if (limit == closeTok + 1 && limit < lineEnd && isComma(limit) && !ix.form(limit).equals(",") && ix.sentenceOf(limit) >= 0) {
                // '"We waited." - Ann Reed': the signature after the dash is a sentence of its own
                limit = Math.min(lineEnd, ix.sentenceEnd(ix.sentenceOf(limit)));
            } else if (limit == closeTok + 1 && limit < lineEnd && ix.sentenceOf(limit) >= 0 && endsAsked(seg)
                    && (ix.sentenceEnd(ix.sentenceOf(limit)) - limit <= 8 || verbSoonAfter(limit))) {
                // '"Does anybody know?" Reed asked.': a question mark inside the quote may have ended the sentence
                limit = Math.min(lineEnd, ix.sentenceEnd(ix.sentenceOf(limit)));
            }
            if (limit > closeTok + 1) {
                f = incise(closeTok + 1, seg)
                        ? postposed(closeTok + 1, limit, endsAsked(seg), true)
                        : inverted(closeTok + 1, limit, lexiconAt(closeTok + 1));
                if (f == null && !isComma(closeTok + 1)) f = finalIncise(closeTok + 1, limit);
            }
        }
        if (f == null || f.ref() == null) {
            // 'Reed said: "...," adding that ...': an incise after the quote that names no one leaves the cue before it
            int floor = previousClose < 0 ? lineStart : Math.max(lineStart, ix.firstTokenAtOrAfter(previousClose + 1));
            Found before = preposed(openTok, floor);
            if (f == null || before != null && before.ref() != null) f = before;
        }
        if (f == null && openTok == lineStart) f = afterColonLine(seg, openTok);
        if (f == null && openTok > lineStart && ix.form(openTok - 1).equals(":") && !quoted.get(openTok - 1)) {
            int floor = previousClose < 0 ? lineStart : Math.max(lineStart, ix.firstTokenAtOrAfter(previousClose + 1));
            f = colonIntro(openTok - 1, Math.max(floor, sentenceFloor(openTok - 1)));
        }
        return f;
    }

    /**
     * 'The deal "looks out for the funds first," Reed wrote.': a partial quotation inside a clause whose cue comes
     * after it. What the incise attributes is the whole clause, from the sentence start to the comma or dash opening
     * the incise, the quoted words included; it is reported as well as the quotation. Only when the clause has words
     * outside the marks, holds no other quote and no cue of its own.
     */
    private void mixed(QuoteMarks.Segment seg, Found f) {
        if (f.cue() == null || !seg.closed() || f.cue().start() < seg.after()) return;
        int openTok = ix.firstTokenAtOrAfter(seg.open());
        int cueTok = ix.firstTokenAtOrAfter(f.cue().start());
        int sentence = ix.sentenceOf(openTok);
        if (sentence < 0 || cueTok >= ix.size() || ix.sentenceOf(cueTok) != sentence) return;
        SpeechLexicon lex = lexicons[sentence];
        if (lex == null) return;
        int a = ix.sentenceStart(sentence);
        while (a < openTok && ix.isPunct(a)) a++;
        for (int k = a; k < openTok; k++) {
            if (quoted.get(k) || isHardPunct(k)) return;
            Cue c = cueAt(k, openTok, lex);
            if (c != null && (c.kind == Kind.SOURCE || isVerb(c) && !isNoun(k, lex))) return;
        }
        int after = ix.firstTokenAtOrAfter(seg.after());
        int end = after;
        // the incise opens right after the marks, or after the comma closing the words that follow them
        if (!incise(after, seg)) {
            while (end < cueTok && !quoted.get(end) && !isComma(end)) end++;
            if (end >= cueTok) return;
        }
        for (int k = after; k < end; k++) if (isHardPunct(k)) return;
        if (a == openTok && end == after) return;
        Span span = new Span(ix.token(a).start(), end == after ? seg.after() : ix.token(end - 1).end());
        emit(span, false, f);
    }

    /**
     * '"I admire the mechanics" of the plan, Reed said.': a partial quote whose sentence goes on and ends with a
     * short incise after its last comma; the incise must name someone.
     */
    private Found finalIncise(int from, int limit) {
        int comma = -1;
        for (int k = from; k < limit; k++) {
            // the sentence may end with the opening mark of the next quote after its full stop
            if (ix.form(k).equals(".")) {
                limit = k;
                break;
            }
            if (quoted.get(k) || isHardPunct(k)) return null;
            if (ix.form(k).equals(",")) comma = k;
        }
        if (comma < 0 || comma == from || limit - comma > 10) return null;
        int end = limit;
        while (end > comma + 1 && ix.isPunct(end - 1)) end--;
        Found f = postposed(comma + 1, end);
        return f == null || f.ref() == null || f.who().form() == Referent.Form.NOUN ? null : f;
    }

    /** '"...?" Reed asked, looking at the crowd.': a speech verb among the first words of the sentence after a quote. */
    private boolean verbSoonAfter(int from) {
        int end = ix.sentenceEnd(ix.sentenceOf(from));
        SpeechLexicon lex = lexiconAt(from);
        if (lex == null) return false;
        for (int k = from; k < end && k < from + 4; k++) {
            if (isHardPunct(k) || ix.form(k).equals(",") && k > from) return false;
            if (verbAt(k, end, lex) != null) return true;
        }
        return false;
    }

    private boolean endsAsked(QuoteMarks.Segment seg) {
        int e = seg.content().end();
        while (e - 1 > seg.content().start() && "'’‘\"”» ".indexOf(doc.text().charAt(e - 1)) >= 0) e--;
        char last = doc.text().charAt(e - 1);
        return last == '?' || last == '!';
    }

    /** "Reed continued:" closing the paragraph before, and the quote opening the next one. */
    private Found afterColonLine(QuoteMarks.Segment seg, int openTok) {
        // the announcing line may be too short to count as a body paragraph: every text line is looked at
        Span prev = null;
        for (Span l : textLines()) {
            if (l.end() > seg.open()) break;
            prev = l;
        }
        if (prev == null) return null;
        int prevEnd = ix.lastTokenEndingBy(prev.end());
        int prevStart = ix.firstTokenAtOrAfter(prev.start());
        if (prevEnd < prevStart || prevEnd >= openTok || quoted.get(prevEnd) || !ix.form(prevEnd).equals(":")) return null;
        for (int k = prevEnd + 1; k < openTok; k++) if (!ix.isPunct(k)) return null;
        Found f = preposed(openTok, prevStart);
        if (f != null) return f;
        // "Reed continued:", "Reed made the following comment:": whatever the verb, a paragraph that ends on a
        // colon announces the quote of its subject
        int sentenceStart = ix.sentenceOf(prevEnd) < 0 ? prevStart : Math.max(prevStart, ix.sentenceStart(ix.sentenceOf(prevEnd)));
        return colonIntro(prevEnd, sentenceStart);
    }

    /** "Reed continued: "...": a short clause ending on a colon, whatever its verb, announces its subject's quote. */
    private Found colonIntro(int colon, int floor) {
        if (colon <= floor) return null;
        Referent who = refs.subjectBefore(colon, floor);
        if (who == null || who.ref() == null || who.form() == Referent.Form.NOUN) return null;
        int cueStart = ix.firstTokenAtOrAfter(who.span().end());
        // 'Reed: "Our goal is to win."': a person's name alone before the colon labels the quote
        if (cueStart == colon && who.form() == Referent.Form.NAME && ix.mention(colon - 1) != null
                && ix.type(ix.mention(colon - 1)) == EntityType.PER && ix.firstTokenAtOrAfter(who.span().start()) <= floor + 1) {
            return new Found(who, ix.token(colon).span(), colon);
        }
        if (cueStart >= colon || colon - cueStart > 6) return null;
        return new Found(who, ix.span(cueStart, colon + 1), cueStart);
    }

    /**
     * Whether what follows a closing mark can be an incise: a comma or dash after the mark, or the quote's own
     * final comma, question or exclamation mark ('"We will not yield," he said').
     */
    private boolean incise(int afterClose, QuoteMarks.Segment seg) {
        if (isComma(afterClose)) return true;
        // a quotation closing inside the quote ('"You say you 'accept it,'" he said') ends with its own mark
        int e = seg.content().end();
        while (e - 1 > seg.content().start() && "'’‘\"”»".indexOf(doc.text().charAt(e - 1)) >= 0) e--;
        char last = doc.text().charAt(e - 1);
        return last == ',' || last == '?' || last == '!' || last == '.' || last == '…';
    }

    /** A cue after the closing mark: "», a déclaré X", "», a-t-il ajouté", "," he said", "», selon X". */
    private Found postposed(int from, int limit) {
        return postposed(from, limit, false, false);
    }

    /**
     * @param question whether the quote before ends with a question mark: then a verb taking an object may open an
     *     inverted incise ('"Is he running?" asked Ann Reed.')
     * @param afterQuote whether the incise follows a closing quotation mark, where a verb with no subject written
     *     after it ('«...», aseguró.') has the subject a dropped pronoun stands for
     */
    private Found postposed(int from, int limit, boolean question, boolean afterQuote) {
        int k = from;
        boolean dash = false;
        while (k < limit && isComma(k)) {
            dash |= !ix.form(k).equals(",");
            k++;
        }
        if (k >= limit || quoted.get(k)) return null;
        SpeechLexicon lex = lexiconAt(k);
        if (lex == null) return null;
        if (dash && ix.mention(k) != null && signature(k, limit, lex)) {
            // '"..." - Ann Reed, a nurse': a name signing the quote after a dash, with no verb
            Referent who = refs.subjectAfter(k, limit);
            if (who != null && who.ref() != null && who.form() == Referent.Form.NAME) return new Found(who, ix.span(k - 1, k), k);
        }
        Found inv = inverted(k, limit, lex);
        if (inv != null) return inv;
        Cue src = cueAt(k, limit, lex);
        if (src != null && src.kind == Kind.SOURCE) {
            return new Found(refs.subjectAfter(src.end, limit), ix.span(k, src.end), k);
        }
        int j = skipAux(k, limit, lex);
        Cue verb = verbAt(j, limit, lex);
        if (verb != null) {
            if (verb.kind == Kind.VERB_OBJ && !question) return null;
            Referent who = refs.subjectAfter(verb.end, limit);
            if (afterQuote && (who == null || who.ref() == null && who.form() == Referent.Form.NOUN) && onlyAdverbsAfter(verb.end, limit, lex)) {
                who = implicitSubject(verb.start);
            }
            return new Found(who, ix.span(k, verb.end), verb.start);
        }
        int window = k + 8;
        Mention appositive = null;
        for (int v = k + 1; v < limit && v <= window; v++) {
            if (ix.form(v).equals("(")) {
                // "Sen. Ann Reed (D-Mo.) said": a party and state in brackets after the name
                int close = v + 1;
                while (close < limit && close <= v + 6 && !ix.form(close).equals(")")) close++;
                if (close >= limit || !ix.form(close).equals(")")) break;
                window += close - v + 1;
                v = close;
                continue;
            }
            int closing = ix.form(v).equals(",") ? appositionEnd(v, k, limit) : -1;
            if (closing > 0) {
                // '"...," Ann Reed, director of the institute and a professor whose work ..., said of the plan.'
                appositive = nameBefore(v, k);
                window = closing + 4;
                v = closing;
                continue;
            }
            if (ix.form(v).equals(",") && window < k + 30) {
                // "Ann Reed, an economist at the institute, said": an apposition between the name and the verb
                window += 6;
            }
            if (ix.form(v).equals(".") && v + 1 < limit && ix.form(v + 1).equals(",")) continue;
            if (quoted.get(v) || isHardPunct(v)) break;
            Kind between = lex.kindOf(ix.form(v));
            if (between == Kind.THAT || between == Kind.REL) return null;
            Cue cue = verbAt(v, limit, lex);
            if (cue == null) cue = inciseVerbAt(v, limit, lex);
            if (cue == null) continue;
            // '"...?" Reed asked.': a verb taking an object ends an incise only when nothing follows it
            if (cue.kind == Kind.VERB_OBJ && !(cue.end >= limit || isHardPunct(cue.end))) return null;
            int vs = v;
            while (vs > k && lex.is(ix.form(vs - 1), Kind.AUX)) vs--;
            Referent who = appositive != null && vs == v && ix.form(v - 1).equals(",")
                    ? new Referent(ix.ref(appositive), appositive.span(), Referent.Form.NAME) : refs.subjectBefore(vs, k);
            int after = cue.end;
            // "..., Graham told CBS News on Tuesday": a named addressee may follow a verb that takes one
            if (cue.kind == Kind.VERB_BARE && after < limit && ix.mention(after) != null && !quoted.get(after)) {
                after = Math.max(after + 1, ix.firstTokenAtOrAfter(ix.mention(after).end()));
                // "told Ann Reed of the Daily Courier"
                if (after + 1 < limit && lex.is(ix.form(after), Kind.LINK) && ix.mention(after + 1) != null && !quoted.get(after + 1)) {
                    after = Math.max(after + 2, ix.firstTokenAtOrAfter(ix.mention(after + 1).end()));
                }
            } else if (cue.kind == Kind.VERB_BARE) {
                after = addresseeEnd(after, limit, lex);
            }
            if (who == null || !onlyAdjunctsAfter(after, limit, lex)) return null;
            return new Found(who, ix.span(vs, cue.end), v);
        }
        return null;
    }

    /**
     * The comma closing an apposition that opens with the comma at {@code comma} right after a person's name
     * starting the incise at {@code k} ("Ann Reed, an economist at the institute and a former adviser, said"), or
     * -1. The apposition holds no quote, sentence punctuation or speech verb.
     */
    private int appositionEnd(int comma, int k, int limit) {
        if (nameBefore(comma, k) == null) return -1;
        SpeechLexicon lex = lexiconAt(comma);
        for (int c = comma + 1; c < limit && c <= comma + 40; c++) {
            if (quoted.get(c)) return -1;
            String f = ix.form(c);
            if (f.equals(",")) return c > comma + 1 ? c : -1;
            if (f.equals(".") && !(c + 1 < limit && ix.form(c + 1).equals(","))) return -1;
            if (f.equals(";") || f.equals(":") || f.equals("!") || f.equals("?")) return -1;
            // "a former United States ambassador": a capitalised word inside the apposition is a name, not a verb
            if (ix.mention(c) == null && !ix.isCapitalised(c) && verbAt(c, limit, lex) != null) return -1;
        }
        return -1;
    }

    /** The person named right before a comma, maybe with a bracketed label ("Ann Reed (D-Mo.),"), near {@code k}. */
    private Mention nameBefore(int comma, int k) {
        int nameEnd = comma - 1;
        if (nameEnd > k && ix.form(nameEnd).equals(")")) {
            while (nameEnd > k && !ix.form(nameEnd).equals("(")) nameEnd--;
            nameEnd--;
        }
        Mention m = nameEnd >= k ? ix.mention(nameEnd) : null;
        if (m == null || ix.type(m) != EntityType.PER || ix.firstTokenAtOrAfter(m.start()) > k + 4) return null;
        return m;
    }

    /** A cue before the opening mark, in the same sentence: "X a déclaré : «", "He said, "", "selon X, «". */
    private Found preposed(int openTok, int floor) {
        for (int v = openTok - 1; v >= floor; v--) {
            if (quoted.get(v)) return null;
            String f = ix.form(v);
            if (f.equals(".") || f.equals("!") || f.equals("?") || f.equals(";")) return null;
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
            Referent who = participle(vs, v, sentenceFloor(v), lex);
            if (who == null) who = refs.subjectBefore(vs, sentenceFloor(v));
            if (who == null || who.ref() == null) {
                // "« ... », a déclaré X, « ... »": the subject follows the verb
                Referent after = refs.subjectAfter(cue.end, openTok);
                if (who == null || after != null && after.ref() != null) who = after;
            }
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
        } else if (lex.kindOf(head) != null && lex.kindOf(head).isVerb()) {
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
        // "X said A, adding that B": a cue right after the comma that ended the previous content shares its subject
        Referent lastWho = null;
        int lastStop = -1;
        if (sourceClauseFirst(a, b, lex)) return;
        for (int t = a; t < b; t++) {
            if (quoted.get(t) || t < covered) continue;
            Cue cue = cueAt(t, b, lex);
            if (cue == null) continue;
            if (cue.kind == Kind.SOURCE) {
                if (sourceFirst(s, t, cue, lex)) covered = b;
                continue;
            }
            if (cue.kind == Kind.SOURCE_AFTER) {
                if (sourceBefore(s, t, cue)) covered = b;
                continue;
            }
            if (!isVerb(cue) || isNoun(t, lex)) continue;
            int vs = t;
            while (vs > a && lex.is(ix.form(vs - 1), Kind.AUX)) vs--;
            int that = complementiser(cue.end, b, lex);
            if (that >= 0) {
                int stop = contentEnd(that + 1, b, lex);
                Span content = content(that + 1, stop);
                Referent who = (vs - 1 == lastStop || vs == lastStop) && lastWho != null ? lastWho : participle(vs, t, a, lex);
                if (who == null) who = subjectOf(vs, a, lex);
                if (who == null && vs == a) who = implicitSubject(t);
                if (content != null && who != null) {
                    emit(content, false, new Found(who, ix.span(vs, cue.end), t));
                    covered = stop;
                    lastWho = who;
                    lastStop = stop;
                }
                t = that;
                continue;
            }
            int j = skipAdjuncts(cue.end, b, lex);
            boolean continued = (vs - 1 == lastStop || vs == lastStop) && lastWho != null;
            // "..., saying it would": a participle after a comma has the subject of the clause before, never an
            // inverted one after it
            boolean inverted = !continued && (vs == a || quoted.get(vs - 1)
                    || ix.isPunct(vs - 1) && !afterApposition(vs, cue.end, a, b, lex) && !afterLabel(vs - 1)
                    && !(ix.form(vs - 1).equals(",") && vs == t && lex.isParticiple(ix.form(t))));
            int like = inverted || cue.kind != Kind.VERB_OBJ ? -1 : describedAs(j, b, lex);
            if (like > 0) {
                // 'Reed described the talks as "very useful."': the description is reported with what it describes
                Referent who = continued ? lastWho : participle(vs, t, a, lex);
                if (who == null) who = subjectOf(vs, a, lex);
                int stop = contentEnd(like + 1, b, lex);
                Span content = who == null || who.span() == null ? null : content(j, stop);
                if (content != null) {
                    emit(content, false, new Found(who, ix.span(vs, cue.end), t));
                    covered = stop;
                    lastWho = who;
                    lastStop = stop;
                    t = stop - 1;
                    continue;
                }
            }
            // "called on them to explain why": an infinitive reports no question yet; "when asked whether": a
            // subjectless clause reports the question put to the speaker, not the speaker's words
            int question = inverted || vs > a && (lex.marksInfinitive(ix.form(vs - 1)) || lex.is(ix.form(vs - 1), Kind.SUB))
                    ? -1 : question(j, b, lex);
            if (question >= 0) {
                // "Reed asked whether the plan would pass", "Reed said if he were elected, ...": the content opens
                // with the question word
                Referent who = continued ? lastWho : participle(vs, t, a, lex);
                if (who == null) who = subjectOf(vs, a, lex);
                int stop = contentEnd(question + 1, b, lex);
                Span content = who == null || who.span() == null ? null : content(question, stop);
                if (content != null && words(content) >= 3) {
                    emit(content, false, new Found(who, ix.span(vs, cue.end), t));
                    covered = stop;
                    lastWho = who;
                    lastStop = stop;
                    t = stop - 1;
                    continue;
                }
            }
            if (!inverted && cue.kind == Kind.VERB_BARE) j = namedAddresseeEnd(j, b, lex);
            // "Reed said, looking at the crowd": a participle after the comma is no reported content
            boolean bare = !inverted && cue.kind == Kind.VERB_BARE && j < b && startsClause(j, lex) && !inciseAfterQuote(a, vs)
                    && (j == cue.end || !lex.is(ix.form(j - 1), Kind.PREP) && !lex.isParticiple(ix.form(j)));
            // "The firm announced it would close the plant": a subject pronoun opens a clause after any speech verb
            // ("announced on Sunday she would resign"), after adjuncts too, but not as a preposition's object
            bare |= !inverted && cue.kind == Kind.VERB && (j == cue.end || !lex.is(ix.form(j - 1), Kind.PREP))
                    && pronounClause(j, b, lex);
            // "Reed suggested the plan would fail": a short subject and a finite verb open a clause too
            bare |= !inverted && cue.kind == Kind.VERB && (j == cue.end || !lex.is(ix.form(j - 1), Kind.PREP))
                    && subjectClause(j, b, lex);
            boolean infinitive = !inverted && cue.kind == Kind.VERB && j < b && startsInfinitive(j, b, lex);
            if (bare || infinitive) {
                Referent who = continued ? lastWho : participle(vs, t, a, lex);
                if (who == null) who = subjectOf(vs, a, lex);
                int stop = contentEnd(j, b, lex);
                Span content = who == null || who.span() == null ? null : content(j, stop);
                if (content != null && words(content) >= (infinitive ? 2 : 3)) {
                    emit(content, false, new Found(who, ix.span(vs, cue.end), t));
                    covered = stop;
                    lastWho = who;
                    lastStop = stop;
                    t = stop - 1;
                }
            }
        }
        if (covered < 0) postposedTail(s, lex);
    }

    /**
     * "As Reed noted, the vote was close." / "Comme l'a rappelé Reed, le vote ...": a source clause opening the
     * sentence (maybe after a conjunction) with a speech verb and a subject, closed by a comma; the rest of the
     * sentence is the content.
     */
    private boolean sourceClauseFirst(int a, int b, SpeechLexicon lex) {
        int k = a;
        if (k < b && lex.is(ix.form(k), Kind.STOP)) k++;
        if (k >= b || quoted.get(k) || !lex.opensSourceClause(ix.form(k))) return false;
        int comma = k + 1;
        while (comma < b && comma <= k + 10 && !ix.form(comma).equals(",")) {
            if (quoted.get(comma) || isHardPunct(comma)) return false;
            comma++;
        }
        if (comma >= b || !ix.form(comma).equals(",") || comma - k < 3) return false;
        Cue verb = null;
        for (int v = k + 1; v < comma && verb == null; v++) verb = verbAt(v, comma, lex);
        if (verb == null || !onlyAdjunctsAfter(verb.end, comma, lex)) return false;
        int vs = verb.start;
        while (vs > k + 1 && lex.is(ix.form(vs - 1), Kind.AUX)) vs--;
        Found inv = vs - 1 > k ? inverted(vs - 1, comma, lex) : null;
        Referent who = inv != null ? inv.who() : vs > k + 1 ? refs.subjectBefore(vs, k + 1) : null;
        if (who == null || who.ref() == null) {
            Referent after = refs.subjectAfter(verb.end, comma);
            if (after != null) who = after;
        }
        if (who == null) return false;
        int end = contentEnd(comma + 1, b, lex);
        Span content = content(comma + 1, end);
        if (content == null || words(content) < 3) return false;
        emit(content, false, new Found(who, ix.span(vs, verb.end), verb.start));
        return true;
    }

    /**
     * The question word opening content right after a speech verb, its adjuncts or its addressee ("asked whether",
     * "asked the minister if", "asked him whether"), or -1.
     */
    private int question(int j, int b, SpeechLexicon lex) {
        if (j < b && !quoted.get(j) && lex.opensQuestion(ix.form(j))) return j;
        int after = namedAddresseeEnd(j, b, lex);
        if (after == j) {
            SpeechLexicon.Pronoun p = j < b ? lex.pronounAt(ix, j) : null;
            if (p != null && p.object() && ix.mention(j) == null) after = j + 1;
        }
        if (after > j) return after < b && !quoted.get(after) && lex.opensQuestion(ix.form(after)) ? after : -1;
        // "asked the minister if": a short determiner-led addressee with no verb of its own
        if (j >= b || !lex.isDeterminer(ix.form(j))) return -1;
        for (int k = j + 1; k < b && k <= j + 4; k++) {
            if (quoted.get(k) || ix.isPunct(k)) return -1;
            if (lex.opensQuestion(ix.form(k))) return k;
            Kind kind = lex.kindOf(ix.form(k));
            if (kind != null && (kind.isVerb() || kind == Kind.THAT || kind == Kind.REL || kind == Kind.PREP)) return -1;
        }
        return -1;
    }

    /**
     * "Reed told the Daily Courier her group had left": the end of a named addressee (a mention, maybe after a
     * determiner) when a clause follows it at once, opened by a subject pronoun, a determiner or possessive, or a
     * complementiser; else {@code j}. A name followed by anything else is the content's own subject ("said Reed's
     * plan ...", "said Reed would").
     */
    private int namedAddresseeEnd(int j, int b, SpeechLexicon lex) {
        int k = j;
        // "told The Daily Courier": the determiner may be part of the name or not
        if (k < b && lex.is(ix.form(k), Kind.DET) && ix.mention(k) == null) k++;
        Mention m = k < b ? ix.mention(k) : null;
        if (m == null || quoted.get(k) || ix.token(k).start() != m.start()) return j;
        EntityType type = ix.type(m);
        if (type != EntityType.PER && type != EntityType.ORG) return j;
        int after = ix.firstTokenAtOrAfter(m.end());
        if (after >= b || quoted.get(after) || ix.isPunct(after)) return j;
        String f = ix.form(after);
        SpeechLexicon.Pronoun p = lex.pronoun(f);
        boolean clause = p != null && (p.subject() || lex.is(f, Kind.POSS) || p.object() && !p.plural() && p.gender() == 'f')
                || lex.is(f, Kind.DET) || lex.is(f, Kind.POSS) || lex.is(f, Kind.THAT) || lex.opensQuestion(f);
        return clause ? after : j;
    }

    /** A subject pronoun followed by a word that is no preposition or punctuation: "it would", "they had". */
    private boolean pronounClause(int j, int b, SpeechLexicon lex) {
        if (j + 1 >= b || quoted.get(j) || ix.mention(j) != null) return false;
        SpeechLexicon.Pronoun p = lex.pronounAt(ix, j);
        if (p == null || !p.subject() || lex.is(ix.form(j), Kind.POSS)) return false;
        int n = j + 1;
        if (ix.isPunct(n) || quoted.get(n)) return false;
        Kind k = lex.kindOf(ix.form(n));
        return k != Kind.PREP && k != Kind.ADJUNCT && k != Kind.SUB && k != Kind.STOP && k != Kind.AUDIENCE;
    }

    /**
     * A subject and its finite verb: a name, or a determiner or possessive and at most four words the lexicon does
     * not list, then a finite auxiliary, modal or copula followed by a word ("the talks had ended", "Reed would
     * run"). A listed word (a preposition, a complementiser, a relative) or punctuation before the finite verb means
     * an object, not a subject ("announced the plan on Monday").
     */
    private boolean subjectClause(int j, int b, SpeechLexicon lex) {
        if (j >= b || quoted.get(j) || ix.isPunct(j)) return false;
        Mention m = ix.mention(j);
        int i;
        if (m != null && ix.token(j).start() == m.start() && ix.type(m) != EntityType.MISC) {
            i = ix.firstTokenAtOrAfter(m.end());
        } else if (lex.isDeterminerAt(ix, j)) {
            i = j + 1;
        } else {
            return false;
        }
        int limit = i + 4;
        while (i < b && i < limit && !lex.isFinite(ix.form(i))) {
            String f = ix.form(i);
            if (quoted.get(i) || ix.isPunct(i) && !f.equals("'s") && !f.equals("’s") && !f.equals("'") && !f.equals("’")) return false;
            if (lex.kindOf(f) != null || lex.pronoun(f) != null) return false;
            i++;
        }
        return i + 1 < b && lex.isFinite(ix.form(i)) && !ix.isPunct(i + 1) && !quoted.get(i + 1);
    }

    /** "Sen. Ann Reed (D-Mo.) said": a short bracketed label closing right before the verb, after a name. */
    private boolean afterLabel(int close) {
        if (!ix.form(close).equals(")") || quoted.get(close)) return false;
        for (int k = close - 1; k >= 0 && k >= close - 6; k--) {
            if (ix.form(k).equals(")")) return false;
            if (ix.form(k).equals("(")) return k > 0 && ix.mention(k - 1) != null && !quoted.get(k - 1);
        }
        return false;
    }

    /**
     * '"...," Reed told a crowd in the city.': a verb a few words after the direct quote opening its sentence is
     * that quote's incise; what follows it is no reported content.
     */
    private boolean inciseAfterQuote(int sentenceStart, int verbStart) {
        if (!quoted.get(sentenceStart)) return false;
        int k = sentenceStart;
        while (k < verbStart && quoted.get(k)) k++;
        if (k == verbStart || verbStart - k > 6) return false;
        for (int j = k; j < verbStart; j++) if (quoted.get(j)) return false;
        return true;
    }

    /**
     * "Brian Orlin, a spokesman for the ministry, said the talks had failed": a verb after a comma that closes an
     * apposition or an adjunct still has its subject before it, where "The talks failed, said Orlin" is an incise.
     * Told by what follows the verb (a clause of several words, not a short source phrase) and by a named or role
     * subject before the comma.
     */
    private boolean afterApposition(int vs, int cueEnd, int a, int b, SpeechLexicon lex) {
        if (!ix.form(vs - 1).equals(",")) return false;
        int words = 0;
        for (int k = cueEnd; k < b && !ix.form(k).equals(",") && !quoted.get(k); k++) if (!ix.isPunct(k)) words++;
        if (words < 6) return false;
        Referent who = subjectOf(vs, a, lex);
        return who != null && who.ref() != null && who.span() != null && who.span().end() <= ix.token(vs - 1).start();
    }

    /**
     * Where reported content ends: at the sentence end, or before "; ...", ", according to ..." or a comma followed
     * closely by another speech verb (", a claim Lessaria says ...", ", but Lessaria said ..."). A clause or
     * predicate coordinated after a comma (", but would cost more", ", and that ...") is still reported.
     */
    private int contentEnd(int from, int to, SpeechLexicon lex) {
        for (int k = from; k < to; k++) {
            // '... was "the only choice," adding that ...': a quotation's own final comma ends the content as one
            // after the marks would, the closing marks kept
            int cut = k, next = k + 1;
            if (quoted.get(k)) {
                if (!ix.form(k).equals(",")) continue;
                while (next < to && quoted.get(next) && ix.isPunct(next)) next++;
                if (next == k + 1 || next >= to || quoted.get(next)) continue;
                cut = next;
            }
            String f = ix.form(k);
            if (f.equals(";")) return k;
            if (lex.is(f, Kind.STOP) && k > from && coordinatedVerb(k + 1, to, lex)) return k;
            if (!f.equals(",") || next >= to) continue;
            // "said the plan was fair, but would cost more", "..., and that ...": a clause or predicate coordinated
            // after a comma goes on with the content; only another speech verb ends it (", but Reed said")
            if (lex.is(ix.form(next), Kind.STOP) && next + 1 < to && lex.is(ix.form(next + 1), Kind.THAT)) continue;
            // "..., according to the report": the source of what precedes, not part of it
            Cue source = cueAt(next, to, lex);
            if (source != null && source.kind == Kind.SOURCE) return cut;
            for (int n = next; n < to && n <= next + 4 && !ix.form(n).equals(","); n++) {
                Kind kind = lex.kindOf(ix.form(n));
                if (kind != null && kind.isVerb() && !quoted.get(n) && !isNoun(n, lex)) return cut;
            }
        }
        return to;
    }

    /**
     * "Reed said the plan was fair and called it a start": a speech verb right after a conjunction is a second
     * predicate of the same subject, and ends the content of the first; after an auxiliary ("and had asked") it is
     * still part of the reported clause.
     */
    private boolean coordinatedVerb(int k, int to, SpeechLexicon lex) {
        return k < to && verbAt(k, to, lex) != null;
    }

    /** A French-style infinitive complement: "a affirmé avoir récupéré", "affirme n'avoir constaté". */
    private boolean startsInfinitive(int j, int to, SpeechLexicon lex) {
        for (int k = j; k < to && k <= j + 2; k++) {
            String f = ix.form(k);
            if (lex.isInfinitive(f)) return true;
            if (!lex.isNegation(f)) return false;
        }
        return false;
    }

    /** "selon X, CONTENT" at the start of a sentence, or "CONTENT, selon X" at its end. */
    private boolean sourceFirst(int s, int t, Cue cue, SpeechLexicon lex) {
        int a = ix.sentenceStart(s), b = ix.sentenceEnd(s);
        if (t == a || t == a + 1 && ix.isPunct(a)) {
            int c = cue.end;
            while (c < b && c < cue.end + 14 && !ix.form(c).equals(",") && !quoted.get(c)) c++;
            if (c >= b || !ix.form(c).equals(",")) return sourceWithoutComma(t, cue, b, lex);
            Span content = content(c + 1, b);
            if (content == null) return false;
            emit(content, false, new Found(refs.subjectAfter(cue.end, c), ix.span(t, cue.end), t));
            return true;
        }
        // '..., according to X' or '... "like me,'' according to X': a comma before the cue, outside or closing a quotation
        int comma = t > a + 1 && ix.form(t - 1).equals(",") && !quoted.get(t - 2) ? t - 1 : -1;
        if (comma < 0) {
            int k = t - 1;
            while (k > a + 1 && quoted.get(k) && ix.isPunct(k) && !ix.form(k).equals(",")) k--;
            if (k < t - 1 && k > a && quoted.get(k) && ix.form(k).equals(",")) comma = t;
        }
        if (comma > 0) {
            Span content = content(contentStart(a, comma, lex), comma);
            Referent who = refs.subjectAfter(cue.end, b);
            if (content == null || who == null) return false;
            emit(content, false, new Found(who, ix.span(t, cue.end), t));
            return true;
        }
        return false;
    }

    /**
     * "Laut Polizei wurden zwölf Menschen verletzt": a source phrase opening the sentence with no comma after it, as
     * German writes it, is a name (capitalised words, determiners and linking prepositions); the content starts at
     * the first word that cannot belong to it and runs to the sentence end.
     */
    private boolean sourceWithoutComma(int t, Cue cue, int b, SpeechLexicon lex) {
        int c = cue.end;
        while (c < b && c < cue.end + 8 && !quoted.get(c) && !ix.isPunct(c)
                && (ix.isCapitalised(c) || ix.mention(c) != null || lex.isDeterminer(ix.form(c)) || lex.is(ix.form(c), Kind.LINK))) c++;
        if (c == cue.end || c >= b || quoted.get(c) || ix.isPunct(c) || !ix.isCapitalised(c - 1) && ix.mention(c - 1) == null) return false;
        Span content = content(c, b);
        if (content == null || words(content) < 3) return false;
        emit(content, false, new Found(refs.subjectAfter(cue.end, c), ix.span(t, cue.end), t));
        return true;
    }

    /**
     * "Dem Bericht des Bundesamtes zufolge ist die Zahl gesunken": a source phrase with no verb opens the sentence
     * and ends with a postposition; the rest of the sentence is the content.
     */
    private boolean sourceBefore(int s, int t, Cue cue) {
        int a = ix.sentenceStart(s), b = ix.sentenceEnd(s);
        if (t == a || t - a > 10) return false;
        SpeechLexicon lex = lexicons[s];
        for (int k = a; k < t; k++) {
            if (quoted.get(k) || ix.isPunct(k)) return false;
            Kind kind = lex.kindOf(ix.form(k));
            if (kind != null && (kind.isVerb() || kind == Kind.AUX || kind == Kind.THAT || kind == Kind.STOP)) return false;
        }
        Span content = content(cue.end, b);
        if (content == null || words(content) < 3) return false;
        emit(content, false, new Found(refs.subjectAfter(a, t), ix.span(t, cue.end), t));
        return true;
    }

    /**
     * An incise after reported content without quotation marks: "CONTENT, a déclaré X." / "CONTENT, X said." /
     * "CONTENT, a-t-il ajouté, ..." / "CONTENT, its ministry said, as ...". The content runs from the sentence start
     * to the incise's comma.
     */
    private void postposedTail(int s, SpeechLexicon lex) {
        int a = ix.sentenceStart(s), b = ix.sentenceEnd(s);
        int end = b;
        while (end > a && ix.isPunct(end - 1) && !ix.form(end - 1).equals(",")) end--;
        // a sentence opening with a direct quote has its incise after the quote, not reported content before one
        if (quoted.get(a)) return;
        for (int c = a + 3; c < end; c++) {
            if (!ix.form(c).equals(",") || quoted.get(c) || quoted.get(c - 1)) continue;
            int next = c + 1;
            while (next < end && !ix.form(next).equals(",") && !quoted.get(next)) next++;
            if (next - c > 13 || next < end && quoted.get(next)) continue;
            // "..., while analysts speak of ...", "..., but Reed said": a clause of its own, not the source of what precedes
            if (lex.is(ix.form(c + 1), Kind.SUB) || lex.is(ix.form(c + 1), Kind.STOP)) continue;
            Found f = postposed(c + 1, next);
            if (f == null || f.cue() == null || ix.span(c + 1, next).end() < f.cue().end()) continue;
            int cueEnd = ix.firstTokenAtOrAfter(f.cue().end());
            boolean clause = false;
            for (int k = cueEnd; k < next; k++) if (lex.is(ix.form(k), Kind.THAT)) clause = true;
            if (clause || f.who() == null && lex.kindOf(ix.form(c + 1)) != Kind.SOURCE) continue;
            Mention beforeComma = ix.mention(c - 1);
            boolean unresolved = f.who() == null || f.who().ref() == null;
            if (unresolved && beforeComma != null && ix.type(beforeComma) != EntityType.MISC) continue;
            Span content = content(contentStart(a, c, lex), c);
            if (content != null) emit(content, false, f);
            return;
        }
    }

    /**
     * "described the talks as useful", "a décrit la situation comme grave": after a verb taking an object, the
     * word that introduces what the object is said to be (the language's "as"), after one to six words of object
     * with no punctuation, verb, complementiser or relative; -1 when there is none or nothing follows it.
     */
    private int describedAs(int j, int b, SpeechLexicon lex) {
        for (int k = j; k < b && k <= j + 6; k++) {
            if (quoted.get(k) || ix.isPunct(k)) return -1;
            if (k > j && lex.opensSourceClause(ix.form(k))) return k + 1 < b && !ix.isPunct(k + 1) || k + 1 < b && quoted.get(k + 1) ? k : -1;
            Kind kind = lex.kindOf(ix.form(k));
            if (kind != null && (kind.isVerb() || kind == Kind.THAT || kind == Kind.REL || kind == Kind.STOP)) return -1;
        }
        return -1;
    }

    /**
     * Where reported content that opens its sentence starts: after a conjunction linking the sentence to the one
     * before ("But the talks failed, Reed said": the "but" is the writer's), a linking adverb and its comma
     * ("Still, ...", "Meanwhile, ...") and a dateline ("BRENHAVEN - ").
     */
    private int contentStart(int a, int end, SpeechLexicon lex) {
        int k = a;
        // "BRENHAVEN - ", "BRENHAVEN, 18 March (Reuters) - ": a place in capitals, maybe a date and an outlet, a dash
        if (isCapitalsWord(k)) {
            for (int dash = k + 1; dash < end && dash <= k + 9; dash++) {
                if (quoted.get(dash) || isHardPunct(dash) && !ix.form(dash).equals("(")) break;
                if (isComma(dash) && !ix.form(dash).equals(",")) {
                    k = dash + 1;
                    break;
                }
            }
        }
        if (k + 1 < end && lex.is(ix.form(k), Kind.STOP) && !ix.isPunct(k + 1)) k++;
        // "Still, the talks failed, Reed said": a linking adverb set off by a comma is the writer's too
        if (k + 2 < end && lex.is(ix.form(k), Kind.AUX) && ix.form(k + 1).equals(",") && !quoted.get(k)) k += 2;
        return k;
    }

    /** The subject a verb implies when its language drops the pronoun: a third-person singular of either gender. */
    private static final SpeechLexicon.Pronoun IMPLICIT = new SpeechLexicon.Pronoun('x', false, "subject");

    /**
     * The subject of a speech verb with none written ('«...», aseguró.', "Ha assicurato che ..."): languages that
     * drop subject pronouns (Spanish, Italian) mean the person last speaking or last named as a subject, as a
     * pronoun would; the constructions do not occur where a pronoun is required.
     */
    private Referent implicitSubject(int verb) {
        Referent r = refs.pronoun(verb, IMPLICIT);
        return r.ref() == null ? null : r;
    }

    /** Whether only punctuation, auxiliaries and adverbs follow a verb up to {@code limit} ("», advirtió luego."). */
    private boolean onlyAdverbsAfter(int from, int limit, SpeechLexicon lex) {
        for (int k = from; k < limit; k++) {
            if (quoted.get(k)) return false;
            if (ix.isPunct(k)) continue;
            Kind kind = lex.kindOf(ix.form(k));
            if (kind != Kind.AUX && kind != Kind.ADJUNCT) return false;
        }
        return true;
    }

    /** Auxiliaries and adverbs ("a", "a par ailleurs", "has also") before a participle. */
    private int skipAux(int j, int limit, SpeechLexicon lex) {
        while (j < limit) {
            Cue c = cueAt(j, limit, lex);
            if (c == null || c.kind != Kind.AUX || verbAt(j, limit, lex) != null) break;
            j = c.end;
        }
        return j;
    }

    /** After a subject-verb incise ("..., X said"), only time, place or audience words may follow. */
    /**
     * After a verb that takes an addressee, in an incise that ends there ('"...," Reed told the paper.'), the end
     * of a short determiner-led addressee ("the paper", "some of the miners"); else {@code from}.
     */
    private int addresseeEnd(int from, int limit, SpeechLexicon lex) {
        if (from >= limit) return from;
        SpeechLexicon.Pronoun p = lex.pronounAt(ix, from);
        // '"...," Reed told me this week.': an object pronoun is the addressee
        if (p != null && p.object() && !p.subject() && ix.mention(from) == null) return from + 1;
        boolean quantifier = from + 1 < limit && lex.is(ix.form(from + 1), Kind.LINK) && !ix.isPunct(from);
        // "told some of the miners", "told one of his aides"
        if (!lex.isDeterminer(ix.form(from)) && !lex.is(ix.form(from), Kind.POSS) && !quantifier) return from;
        int k = from + 1;
        while (k < limit && k <= from + 4 && !ix.isPunct(k) && !quoted.get(k)) {
            Kind kind = lex.kindOf(ix.form(k));
            if (kind != null && (kind.isVerb() || kind == Kind.THAT || kind == Kind.REL || kind == Kind.AUX)) return from;
            // "told a crowd in Seattle on Tuesday": the addressee ends where an adjunct starts
            if (kind == Kind.PREP || kind == Kind.ADJUNCT || kind == Kind.SUB) return k;
            k++;
        }
        return k >= limit || ix.isPunct(k) ? k : from;
    }

    private boolean onlyAdjunctsAfter(int from, int limit, SpeechLexicon lex) {
        if (from >= limit || ix.isPunct(from)) return true;
        Cue c = cueAt(from, limit, lex);
        if (c != null && (c.kind == Kind.PREP || c.kind == Kind.AUDIENCE || c.kind == Kind.ADJUNCT || c.kind == Kind.AUX)) return true;
        // "..., Reed said of the plan." / "..., Reed said as she left.": a complement or a subordinate clause
        if (c != null && (c.kind == Kind.LINK || c.kind == Kind.SUB) && c.end < limit && !ix.isPunct(c.end)) return true;
        // a short tail closing the incise ("... told the paper then.", "... this week."), with no verb of its own
        int words = 0;
        for (int v = from; v < limit && !isHardPunct(v); v++) {
            if (quoted.get(v) || ix.form(v).equals(",")) return false;
            Kind k = lex.kindOf(ix.form(v));
            if (k != null && (k.isVerb() || k == Kind.THAT || k == Kind.REL || k == Kind.AUX || k == Kind.SUB)) return false;
            if (++words > 2) return false;
        }
        return true;
    }

    /**
     * The subject of a speech participle after a comma ("..., saying", "..., adding later"): the subject of the
     * sentence's main clause; null when the verb is not such a participle or that subject is not found.
     */
    private Referent participle(int verbStart, int verb, int floor, SpeechLexicon lex) {
        if (verbStart <= floor || !ix.form(verbStart - 1).equals(",") || quoted.get(verbStart - 1)) return null;
        if (!lex.isParticiple(ix.form(verb))) return null;
        Referent who = refs.participleSubject(verbStart - 1, floor);
        return who == null || who.ref() == null ? null : who;
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
            if (k == Kind.THAT) {
                // "said that's wrong", "said that was wrong": a demonstrative subject, not a complementiser
                String next = j + 1 < to ? ix.form(j + 1) : "";
                return next.equals("'s") || next.equals("’s") || j + 2 < to && lex.isFinite(next) && !ix.isPunct(j + 2) ? -1 : j;
            }
            if (isHardPunct(j) || k == Kind.STOP || k != null && k.isVerb() || k == Kind.REL) return -1;
            // "said he took one call that evening": a subject pronoun opens the content, whose own "that" follows
            SpeechLexicon.Pronoun p = ix.mention(j) == null ? lex.pronounAt(ix, j) : null;
            if (p != null && p.subject() && !p.object() && !lex.is(f, Kind.POSS)) return -1;
            // "said it had seen no sign that ...": a finite verb before "that" shows the content has begun, and the
            // "that" belongs to it; adjuncts and addressees ("said on Monday that", "told reporters that") have none
            if (j > from && lex.isFinite(f)) return -1;
        }
        return -1;
    }

    private int skipAdjuncts(int j, int to, SpeechLexicon lex) {
        while (j < to) {
            Cue c = cueAt(j, to, lex);
            if (c != null && (c.kind == Kind.ADJUNCT || c.kind == Kind.AUDIENCE || c.kind == Kind.AUX || c.kind == Kind.PREP)) {
                j = c.end;
            } else if (ix.form(j).equals(",")) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** Content without "that" starts with a word that is not a preposition or a complement of the verb. */
    private boolean startsClause(int j, SpeechLexicon lex) {
        if (ix.isPunct(j) || quoted.get(j)) return false;
        Kind k = lex.kindOf(ix.form(j));
        return k == null || k == Kind.DET || k == Kind.POSS || k == Kind.THAT;
    }

    /** Reported content {@code [from, to)} without the final full stop, or null if empty or wholly a direct quote. */
    private Span content(int from, int to) {
        // the sentence may end with the opening mark of the next paragraph's quote
        while (to - 1 > from && ix.isPunct(to - 1) && quoted.get(to - 1) && !quoted.get(from)) to--;
        while (to > from && (ix.form(to - 1).equals(".") || ix.form(to - 1).equals("…"))) to--;
        while (from < to && (ix.form(from).equals(",") || ix.form(from).equals(":"))) from++;
        if (from >= to) return null;
        Span span = ix.span(from, to);
        for (QuoteMarks.Segment seg : segments) {
            if (seg.open() >= span.start() && seg.open() <= span.start() + 1 && seg.closed() && seg.closeEnd() >= span.end()) {
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

    /** A verb that only closes an incise ('"...," Reed continued.'), or null. */
    private Cue inciseVerbAt(int k, int limit, SpeechLexicon lex) {
        Cue c = cueAt(k, limit, lex);
        return c != null && c.kind == Kind.INCISE && !quoted.get(k) ? c : null;
    }

    private static boolean isVerb(Cue c) {
        return c.kind.isVerb();
    }

    /** A verb form right after a determiner is a noun ("la note", "the report"). */
    private boolean isNoun(int k, SpeechLexicon lex) {
        return k > 0 && lex.isDeterminerAt(ix, k - 1) && !ix.isPunct(k - 1);
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
        return f.equals(",") || f.equals("-") || f.equals("—") || f.equals("–") || f.equals("―");
    }

    /** Whether the rest of the clause from a name at {@code k} holds no verb cue: a signature, not a clause. */
    private boolean signature(int k, int limit, SpeechLexicon lex) {
        Mention name = ix.mention(k);
        int after = k;
        while (after < limit && ix.mention(after) == name) after++;
        // the name ends the line or is followed by an apposition ("Ann Reed, a nurse"), not by a predicate
        if (after < limit && !ix.form(after).equals(",") && !isHardPunct(after)) return false;
        for (int v = after; v < limit && !isHardPunct(v); v++) {
            if (quoted.get(v) || verbAt(v, limit, lex) != null || lex.is(ix.form(v), Kind.AUX)) return false;
        }
        return true;
    }

    private boolean isHardPunct(int k) {
        String f = ix.form(k);
        return f.equals(".") || f.equals(";") || f.equals(":") || f.equals("!") || f.equals("?") || f.equals("(")
                || f.length() == 1 && "«»“”„\"‘’".indexOf(f.charAt(0)) >= 0;
    }

    /** No person other than the previous speaker is named between two quotes of a paragraph. */
    private boolean noOtherPersonBetween(int from, int to, EntityRef speaker) {
        int first = ix.firstTokenAtOrAfter(from);
        int cueSentence = first < ix.size() ? ix.sentenceOf(first) : -1;
        for (int k = first; k < ix.size() && ix.token(k).start() < to; k++) {
            // names in the rest of the sentence that closed the previous quote belong to its attribution
            // ('"...," said Ann Reed, an adviser to Tom Bale. "..."'), not to a new speaker
            if (cueSentence >= 0 && ix.sentenceOf(k) == cueSentence) continue;
            Mention m = ix.mention(k);
            if (m != null && !quoted.get(k) && ix.type(m) == EntityType.PER
                    && (speaker == null || !speaker.entity().equals(m.entityId())) && couldSpeak(k, m)) return false;
        }
        return true;
    }

    /**
     * Whether a person named between two quotes may be a new speaker: not when named as a possessor ("speaking of
     * Clinton's health") nor as the complement of a preposition or a verb ("told Alex Marlow", "asked about Reed").
     */
    private boolean couldSpeak(int k, Mention m) {
        SpeechLexicon lex = lexiconAt(k);
        if (lex == null) return true;
        int first = k;
        while (first > 0 && ix.mention(first - 1) == m) first--;
        int last = k;
        while (last + 1 < ix.size() && ix.mention(last + 1) == m) last++;
        String next = last + 1 < ix.size() ? ix.form(last + 1) : "";
        if (next.equals("'s") || next.equals("’s") || next.equals("'") || next.equals("’")) return false;
        String own = ix.form(last);
        if (own.endsWith("'s") || own.endsWith("’s")) return false;
        if (first == 0) return true;
        Kind before = lex.kindAt(ix, first - 1);
        return before != Kind.PREP && (before == null || !before.isVerb());
    }

    private int words(Span content) {
        int n = 0;
        for (int k = ix.firstTokenAtOrAfter(content.start()); k < ix.size() && ix.token(k).end() <= content.end(); k++) {
            if (!ix.isPunct(k)) n++;
        }
        return n;
    }

    private boolean sameSentence(int offsetA, int offsetB) {
        int a = ix.firstTokenAtOrAfter(offsetA), b = ix.firstTokenAtOrAfter(offsetB);
        return a < ix.size() && b < ix.size() && ix.sentenceOf(a) >= 0 && ix.sentenceOf(a) == ix.sentenceOf(b);
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
}

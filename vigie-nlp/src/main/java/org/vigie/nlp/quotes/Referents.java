package org.vigie.nlp.quotes;

import org.vigie.core.model.EntityRef;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Mention;
import org.vigie.core.model.Span;
import org.vigie.nlp.quotes.SpeechLexicon.Kind;

import java.util.*;

/**
 * Resolves who a clause is about, for speakers and event actors: a named mention, a role phrase ("le porte-parole de
 * la présidence", resolved to the person given that role elsewhere in the text), or a third-person pronoun ("il",
 * "a-t-elle", "he", resolved to the most recent compatible person, preferring earlier speakers and sentence subjects).
 * Created per document; remembers resolved speakers in text order, so it is used by one thread, front to back.
 */
public final class Referents {
    /** What a clause's subject or source phrase refers to: an entity or null, and the phrase itself. */
    public record Referent(EntityRef ref, Span span, Form form) {
        public enum Form { NAME, PRONOUN, ROLE, NOUN }
    }

    private record RoleUse(int tok, String entityId, String role, Set<String> qualifiers) {
    }

    private final TextIndex ix;
    private final SpeechLexicon[] lexicons;
    private final BitSet quoted;
    private final Map<String, Character> gender = new HashMap<>();
    private final List<RoleUse> roles = new ArrayList<>();
    private final NavigableMap<Integer, EntityRef> speakers = new TreeMap<>();

    /**
     * @param lexicons the lexicon of each sentence (null where the language has none)
     * @param quoted   tokens inside direct quotes: names there are not the clause's subject
     */
    public Referents(TextIndex ix, SpeechLexicon[] lexicons, BitSet quoted) {
        this.ix = ix;
        this.lexicons = lexicons;
        this.quoted = quoted;
        for (int s = 0; s < ix.sentenceCount(); s++) {
            if (lexicons[s] != null) scanRoles(s, lexicons[s]);
        }
        for (int t = 0; t < ix.size(); t++) {
            Mention m = ix.mention(t);
            if (m != null && m.start() >= ix.token(t).start() && isPer(m)) learnGenderBefore(t, m);
        }
    }

    public SpeechLexicon lexiconAt(int tok) {
        int s = ix.sentenceOf(tok);
        return s < 0 ? null : lexicons[s];
    }

    /** Records that an entity spoke at this token, making it a preferred antecedent for later pronouns. */
    public void noteSpeaker(int tok, EntityRef ref) {
        if (ref != null) speakers.put(tok, ref);
    }

    // ------------------------------------------------------------------------------------------- subjects

    /**
     * The subject of a verb whose first token (auxiliary included) is {@code verbStart}: searched leftwards inside
     * the clause, never before {@code floor}.
     */
    public Referent subjectBefore(int verbStart, int floor) {
        SpeechLexicon lex = lexiconAt(verbStart);
        if (lex == null) return null;
        int start = verbStart;
        while (start > floor && !isBarrier(start - 1, lex)) start--;
        BitSet skip = relativeClauses(start, verbStart, lex);
        int last = verbStart - 1;
        while (last >= start && (ix.isPunct(last) && ix.form(last).equals(",") || isNegation(last))) last--;
        if (last < start) return null;
        SpeechLexicon.Pronoun p = lex.pronoun(ix.form(last));
        if (p != null && ix.mention(last) == null) return pronoun(last, p);
        Mention per = null, other = null;
        for (int k = verbStart - 1; k >= start; k--) {
            if (skip.get(k)) continue;
            Mention m = ix.mention(k);
            if (m == null) continue;
            if (isPer(m)) {
                if (per == null && !isRoleComplement(k, start, lex)) per = m;
            } else if (other == null && isActorType(m)) {
                other = m;
            }
        }
        if (per != null) return new Referent(ix.ref(per), per.span(), Referent.Form.NAME);
        Referent role = role(start, last + 1, verbStart);
        if (role != null) return role;
        if (other != null) return new Referent(ix.ref(other), other.span(), Referent.Form.NAME);
        return noun(start, last + 1);
    }

    /** The subject or source phrase that follows a verb or "selon": {@code [from, ...)} up to punctuation. */
    public Referent subjectAfter(int from, int limit) {
        SpeechLexicon lex = lexiconAt(from);
        if (lex == null || from >= limit) return null;
        int end = from;
        while (end < limit && end - from < 14 && !isPhraseEnd(end, lex)) end++;
        if (end == from) return null;
        SpeechLexicon.Pronoun p = lex.pronoun(ix.form(from));
        if (p != null && ix.mention(from) == null) return pronoun(from, p);
        Mention per = null, other = null;
        for (int k = from; k < end; k++) {
            Mention m = ix.mention(k);
            if (m == null || quoted.get(k)) continue;
            if (isPer(m) && per == null && !isRoleComplement(k, from, lex)) per = m;
            else if (!isPer(m) && other == null && isActorType(m)) other = m;
        }
        if (per != null) return new Referent(ix.ref(per), per.span(), Referent.Form.NAME);
        Referent role = role(from, end, from);
        if (role != null) return role;
        if (other != null) return new Referent(ix.ref(other), other.span(), Referent.Form.NAME);
        return noun(from, end);
    }

    // ------------------------------------------------------------------------------------------- pronouns

    /** The person a singular third-person pronoun at {@code tok} most likely refers to; unresolved plurals stay null. */
    public Referent pronoun(int tok, SpeechLexicon.Pronoun p) {
        Span span = ix.token(tok).span();
        if (p.plural()) return new Referent(null, span, Referent.Form.PRONOUN);
        int sentence = Math.max(0, ix.sentenceOf(tok));
        int floor = ix.sentenceCount() == 0 ? 0 : ix.sentenceStart(Math.max(0, sentence - 6));
        EntityRef fallback = null;
        for (int k = tok - 1; k >= floor; k--) {
            EntityRef spoke = speakers.get(k);
            if (spoke != null && p.fits(genderOf(spoke.entity()))) return learned(spoke, p, span);
            Mention m = ix.mention(k);
            if (m == null || quoted.get(k) || !isPer(m) || ix.token(k).start() > m.start()) continue;
            if (!p.fits(genderOf(m.entityId()))) continue;
            if (fallback == null) fallback = ix.ref(m);
            if (isSentenceSubject(k)) return learned(ix.ref(m), p, span);
        }
        if (fallback == null) return new Referent(null, span, Referent.Form.PRONOUN);
        return learned(fallback, p, span);
    }

    private Referent learned(EntityRef r, SpeechLexicon.Pronoun p, Span span) {
        if (p.gender() != 'x') gender.putIfAbsent(r.entity(), p.gender());
        return new Referent(r, span, Referent.Form.PRONOUN);
    }

    private char genderOf(String entityId) {
        return gender.getOrDefault(entityId, '?');
    }

    /** A person mention is a sentence subject when no other name precedes it outside quotes in its sentence. */
    private boolean isSentenceSubject(int tok) {
        int s = ix.sentenceOf(tok);
        if (s < 0) return false;
        for (int k = ix.sentenceStart(s); k < tok; k++) {
            Mention m = ix.mention(k);
            if (m != null && !quoted.get(k) && isActorType(m) && m != ix.mention(tok)) {
                SpeechLexicon lex = lexicons[s];
                if (lex != null && lex.is(ix.form(k), Kind.SOURCE)) continue;
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------- roles

    /** A role phrase inside {@code [from, to)} resolved to the person given that role, or null when there is none. */
    public Referent role(int from, int to, int at) {
        SpeechLexicon lex = lexiconAt(from);
        if (lex == null) return null;
        RoleHit hit = findRole(from, to, lex);
        if (hit == null) return null;
        Set<String> qualifiers = qualifiers(from, to);
        String entity = resolveRole(hit.role, qualifiers, at);
        Span span = ix.span(hit.npStart, to);
        if (entity == null) return new Referent(null, span, Referent.Form.ROLE);
        return new Referent(refOf(entity), span, Referent.Form.ROLE);
    }

    private record RoleHit(int start, int end, int npStart, String role) {
    }

    private RoleHit findRole(int from, int to, SpeechLexicon lex) {
        if (lex.roles().isEmpty()) return null;
        List<Integer> map = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        for (int k = from; k < to; k++) {
            if (isDemonym(k)) continue;
            map.add(k);
            forms.add(ix.form(k));
        }
        for (PhraseMatcher.Match<String> m : lex.roles().findAll(forms, 0, forms.size())) {
            int a = map.get(m.start());
            int b = map.get(m.end() - 1) + 1;
            int np = a;
            while (np > from && (lex.is(ix.form(np - 1), Kind.DET) || isDemonym(np - 1)
                    || ix.form(np - 1).equals("'s") || ix.mention(np - 1) != null && !isPer(ix.mention(np - 1)))) np--;
            return new RoleHit(a, b, np, m.value());
        }
        return null;
    }

    private String resolveRole(String role, Set<String> qualifiers, int at) {
        List<RoleUse> fit = new ArrayList<>();
        for (RoleUse u : roles) if (u.role.equals(role) || u.role.endsWith("-" + role)) fit.add(u);
        if (!qualifiers.isEmpty()) {
            List<RoleUse> same = fit.stream().filter(u -> !Collections.disjoint(u.qualifiers, qualifiers)).toList();
            fit = same.isEmpty() ? fit.stream().filter(u -> u.qualifiers.isEmpty()).toList() : same;
        }
        RoleUse before = null, after = null;
        for (RoleUse u : fit) {
            if (u.tok < at) before = u;
            else if (after == null) after = u;
        }
        RoleUse chosen = before != null ? before : after;
        return chosen == null ? null : chosen.entityId;
    }

    /** Entities of places and organisations named inside a phrase ("lessarien", "de la Lessarie"), qualifying a role. */
    private Set<String> qualifiers(int from, int to) {
        Set<String> out = new HashSet<>();
        for (int k = Math.max(0, from - 2); k < Math.min(ix.size(), to); k++) {
            Mention m = ix.mention(k);
            if (m != null && !isPer(m) && isActorType(m) && sameSentence(k, from)) out.add(m.entityId());
        }
        return out;
    }

    /** Finds role phrases attached to a named person ("Teodor Vasko, ministre des Affaires étrangères"). */
    private void scanRoles(int sentence, SpeechLexicon lex) {
        if (lex.roles().isEmpty()) return;
        int a = ix.sentenceStart(sentence), b = ix.sentenceEnd(sentence);
        int k = a;
        while (k < b) {
            RoleHit hit = findRole(k, b, lex);
            if (hit == null) break;
            Mention person = personRight(hit.end, b, lex);
            int npEnd = hit.end;
            if (person != null) {
                npEnd = ix.firstTokenAtOrAfter(person.start());
            } else {
                person = personLeft(hit.npStart, a, lex);
            }
            if (person != null && ix.entityOf(person) != null) {
                Set<String> q = qualifiers(hit.npStart, npEnd);
                roles.add(new RoleUse(hit.start, person.entityId(), hit.role, q));
                learnGender(hit.npStart, npEnd, person.entityId(), lex);
            }
            k = hit.end;
        }
    }

    private Mention personRight(int from, int limit, SpeechLexicon lex) {
        int commas = 0;
        for (int j = from; j < limit && j < from + 12; j++) {
            Mention m = ix.mention(j);
            if (m != null) {
                if (isPer(m)) return m;
                continue;
            }
            String f = ix.form(j);
            if (f.equals(",")) {
                if (++commas > 1) return null;
                continue;
            }
            if (lex.is(f, Kind.LINK) || lex.is(f, Kind.DET) || ix.isCapitalised(j) && !ix.isPunct(j)) continue;
            if (j > from && !ix.isPunct(j) && (lex.is(ix.form(j - 1), Kind.LINK) || lex.is(ix.form(j - 1), Kind.DET))) continue;
            return null;
        }
        return null;
    }

    private Mention personLeft(int npStart, int floor, SpeechLexicon lex) {
        int k = npStart - 1;
        if (k >= floor && ix.form(k).equals(",")) k--;
        if (k < floor) return null;
        Mention m = ix.mention(k);
        return m != null && isPer(m) ? m : null;
    }

    private void learnGenderBefore(int tok, Mention m) {
        SpeechLexicon lex = lexiconAt(tok);
        if (lex == null) return;
        int from = tok;
        int s = ix.sentenceOf(tok);
        int floor = s < 0 ? 0 : ix.sentenceStart(s);
        while (from > floor && tok - from < 4 && !ix.form(from - 1).equals(",")) from--;
        learnGender(from, tok, m.entityId(), lex);
    }

    private void learnGender(int from, int to, String entityId, SpeechLexicon lex) {
        if (from >= to || gender.containsKey(entityId)) return;
        List<PhraseMatcher.Match<Character>> found = lex.genderCues().findAll(ix.forms(), from, to);
        if (!found.isEmpty()) gender.put(entityId, found.get(found.size() - 1).value());
    }

    // ------------------------------------------------------------------------------------------- helpers

    private EntityRef refOf(String entityId) {
        var e = ix.entity(entityId);
        return e == null ? null : EntityRef.of(e);
    }

    private boolean isPer(Mention m) {
        return ix.type(m) == EntityType.PER;
    }

    private boolean isActorType(Mention m) {
        EntityType t = ix.type(m);
        return t == EntityType.PER || t == EntityType.ORG || t == EntityType.GPE;
    }

    /** A lower-case single-token place mention: a demonym ("lessarien") modifying a noun. */
    private boolean isDemonym(int k) {
        Mention m = ix.mention(k);
        return m != null && !isPer(m) && !ix.isCapitalised(k);
    }

    /** "le porte-parole de Verenko": a person named as the complement of a role is not the subject. */
    private boolean isRoleComplement(int personTok, int from, SpeechLexicon lex) {
        Mention m = ix.mention(personTok);
        int k = ix.firstTokenAtOrAfter(m.start()) - 1;
        if (k < from || !lex.is(ix.form(k), Kind.LINK)) return false;
        RoleHit hit = findRole(from, k, lex);
        return hit != null && hit.end == k;
    }

    private boolean sameSentence(int a, int b) {
        return ix.sentenceOf(a) == ix.sentenceOf(b);
    }

    private boolean isNegation(int k) {
        String f = ix.form(k);
        return f.equals("n'") || f.equals("ne") || f.equals("pas") || f.equals("not") || f.equals("n't");
    }

    private boolean isBarrier(int k, SpeechLexicon lex) {
        if (quoted.get(k)) return true;
        String f = ix.form(k);
        if (f.equals(";") || f.equals(":") || f.equals(".") || f.equals("(") || f.equals(")")) return true;
        if (f.length() == 1 && "«»“”„\"‘’".indexOf(f.charAt(0)) >= 0) return true;
        Kind kind = lex.kindOf(f);
        return kind == Kind.THAT || kind == Kind.STOP;
    }

    private boolean isPhraseEnd(int k, SpeechLexicon lex) {
        String f = ix.form(k);
        if (quoted.get(k)) return true;
        if (ix.isPunct(k) && !f.equals("-") && !f.equals("'") && !f.equals("’")) return true;
        Kind kind = lex.kindOf(f);
        return kind == Kind.THAT || kind == Kind.VERB || kind == Kind.VERB_BARE || kind == Kind.STOP || kind == Kind.REL;
    }

    /** Tokens of ", qui ... ," relative clauses between the clause start and the verb. */
    private BitSet relativeClauses(int from, int to, SpeechLexicon lex) {
        BitSet skip = new BitSet();
        for (int k = from; k < to; k++) {
            if (!lex.is(ix.form(k), Kind.REL)) continue;
            int e = k;
            while (e < to && !ix.form(e).equals(",")) e++;
            if (e < to) skip.set(k, e);
        }
        return skip;
    }

    private Referent noun(int from, int to) {
        while (from < to && ix.isPunct(from)) from++;
        while (to > from && ix.isPunct(to - 1)) to--;
        if (from >= to || to - from > 8) return null;
        return new Referent(null, ix.span(from, to), Referent.Form.NOUN);
    }
}

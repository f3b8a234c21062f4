package org.vigie.nlp.quotes;

import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityRef;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Mention;
import org.vigie.core.model.Span;
import org.vigie.nlp.entities.GivenNames;
import org.vigie.nlp.quotes.SpeechLexicon.Kind;

import java.util.*;

/**
 * Resolves who a clause is about, for speakers and event actors: a named mention; a role phrase ("le porte-parole
 * de la présidence"), resolved to the person given that role elsewhere in the text; an institution ("the
 * ministry", "son gouvernement"), resolved to the state or organisation owning it; or a third-person pronoun ("il",
 * "a-t-elle", "he"), resolved to the most recent compatible person, preferring earlier speakers and sentence
 * subjects. Created per document; remembers resolved speakers, so one instance serves one thread.
 */
public final class Referents {
    /** What a clause's subject or source phrase refers to: an entity or null, and the phrase itself. */
    public record Referent(EntityRef ref, Span span, Form form) {
        public enum Form { NAME, PRONOUN, ROLE, NOUN }
    }

    private record RoleUse(int tok, String entityId, String role, Set<String> qualifiers) {
    }

    private record RoleHit(int start, int end, int npStart, String role) {
        boolean institution() { return role.startsWith("org:"); }
    }

    private final TextIndex ix;
    private final SpeechLexicon[] lexicons;
    private final BitSet quoted;
    private final Map<String, Character> gender = new HashMap<>();
    /** The gender and number an article gives a state's or organisation's name in this text, by entity id. */
    private final Map<String, Optional<SpeechLexicon.NameGender>> nameGenders = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<RoleUse> roles = new ArrayList<>();
    private final NavigableMap<Integer, EntityRef> speakers = new TreeMap<>();
    private final Map<String, String> seats = new HashMap<>();
    /** Entities typed otherwise that speak as people in this text ({@link #learnSpeakingNames}). */
    private final Set<String> persons = new HashSet<>();

    /**
     * @param lexicons the lexicon of each sentence (null where the language has none)
     * @param quoted   tokens inside direct quotes: names there are not the clause's subject
     */
    public Referents(TextIndex ix, SpeechLexicon[] lexicons, BitSet quoted) {
        this.ix = ix;
        this.lexicons = lexicons;
        this.quoted = quoted;
        learnSpeakingNames();
        for (int t = 0; t < ix.size(); t++) {
            Mention m = ix.mention(t);
            if (m != null && m.start() >= ix.token(t).start() && isPer(m)) learnGenderBefore(t, m);
        }
        for (int s = 0; s < ix.sentenceCount(); s++) {
            if (lexicons[s] != null) scanRoles(s, lexicons[s]);
        }
        learnSeats();
    }

    /**
     * Cities that stand for a state in this text ("Korvan a démenti" for the Valdorian government), learnt from
     * phrases that place the state's people in the city: "À Korvan, le président valdorien ...", "In Miravel,
     * Defence Minister Mira Holt said" (Holt's role is Lessarian elsewhere in the text).
     */
    private void learnSeats() {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (int s = 0; s < ix.sentenceCount(); s++) {
            SpeechLexicon lex = lexicons[s];
            if (lex == null) continue;
            int a = ix.sentenceStart(s), b = ix.sentenceEnd(s);
            for (int p = a; p + 2 < b; p++) {
                if (lex.kindAt(ix, p) == Kind.PREP) voteSeat(p, b, lex, votes);
            }
        }
        // a place the text also names by a demonym ("Lessarian" for Lessaria) is a state, nobody's seat (ev11acc)
        java.util.Set<String> states = new java.util.HashSet<>();
        for (int k = 0; k < ix.size(); k++) {
            Mention m = ix.mention(k);
            Entity e = m == null || ix.type(m) != EntityType.GPE ? null : ix.entity(m.entityId());
            if (e == null || e.name().length() < 4) continue;
            String name = org.vigie.nlp.lang.LanguagePack.normalize(e.name()), form = ix.form(k);
            if (form.length() > name.length() && form.startsWith(name.substring(0, name.length() - 1))) states.add(e.id());
        }
        for (Map.Entry<String, Map<String, Integer>> e : votes.entrySet()) {
            if (states.contains(e.getKey())) continue;
            e.getValue().entrySet().stream().max(Map.Entry.comparingByValue())
                    .ifPresent(best -> seats.put(e.getKey(), best.getKey()));
        }
    }

    private static boolean isKnownCountry(String entityId) {
        return org.vigie.nlp.kb.KnowledgeBase.get().entry(entityId).map(e -> "country".equals(e.kind())).orElse(false);
    }

    private void voteSeat(int p, int b, SpeechLexicon lex, Map<String, Map<String, Integer>> votes) {
        {
            Mention city = ix.mention(p + 1);
            if (city == null || ix.type(city) != EntityType.GPE || !ix.isCapitalised(p + 1)) return;
            // "after Russia", "in France": a state is nobody's seat
            if (isKnownCountry(city.entityId())) return;
            int after = ix.firstTokenAtOrAfter(city.end());
            // "À Korvan, le président valdorien ..." places the state's people in the city; elsewhere in the
            // sentence ("Interrogé à Korvan, le porte-parole valdorien") the hint is weaker
            int weight = after < b && ix.form(after).equals(",") ? 2 : 1;
            int s = ix.sentenceOf(p);
            int from = weight == 2 ? after + 1 : ix.sentenceStart(s);
            Map<String, Integer> v = votes.computeIfAbsent(city.entityId(), k -> new HashMap<>());
            for (int k = from; k < b && k <= from + 25; k++) {
                Mention m = ix.mention(k);
                if (m == null || quoted.get(k) || m.entityId().equals(city.entityId())) continue;
                // ("Norvalia blamed ...": a state written as its own name, not as a demonym, is no place adjective)
                Entity named = ix.entity(m.entityId());
                // ("Valdoria's foreign minister": a possessive qualifies the phrase as a demonym does)
                boolean ownName = named != null && ix.form(k).equals(org.vigie.nlp.lang.LanguagePack.normalize(named.name()))
                        && !(k + 1 < ix.size() && ix.form(k + 1).startsWith("'"));
                if (ix.type(m) == EntityType.GPE && isAdjectival(k, lex) && !ownName) v.merge(m.entityId(), weight, Integer::sum);
                if (isPer(m)) {
                    for (RoleUse u : roles) {
                        if (!m.entityId().equals(u.entityId)) continue;
                        for (String q : u.qualifiers) {
                            Entity e = ix.entity(q);
                            if (e != null && e.type() == EntityType.GPE && !q.equals(city.entityId())) v.merge(q, weight, Integer::sum);
                        }
                    }
                }
            }
        }
    }

    /** The entity an actor mention stands for: the state for a city that is its seat in this text, else itself. */
    public EntityRef actor(Mention m) {
        String state = seats.get(m.entityId());
        if (state != null && ix.entity(state) != null) return EntityRef.of(ix.entity(state));
        return ix.ref(m);
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
     * the clause, never before {@code floor}. A verb coordinated with an earlier one ("X called ... and said")
     * shares its subject.
     */
    public Referent subjectBefore(int verbStart, int floor) {
        return subjectBefore(verbStart, floor, false);
    }

    /**
     * As {@link #subjectBefore(int, int)}; with {@code adjectival} a place adjective ("les soldats valdoriens")
     * counts as the actor, as it does for events, while a speaker needs a name ("the Valdorian agency" is not
     * Valdoria speaking).
     */
    public Referent subjectBefore(int verbStart, int floor, boolean adjectival) {
        SpeechLexicon lex = lexiconAt(verbStart);
        if (lex == null) return null;
        // "Sen. Ann Reed (D-Mo.) said": the brackets after the name are no barrier, nor a comma after them
        int beforeVerb = verbStart - 1;
        if (beforeVerb - 1 > floor && ix.form(beforeVerb).equals(",") && ix.form(beforeVerb - 1).equals(")")) beforeVerb--;
        int end = Math.max(floor, bracketsBefore(beforeVerb) + 1);
        if (end == floor) end = verbStart;
        int start = clauseStart(end, floor, lex);
        boolean coordinated = false;
        // a conjunction opening the sentence ("And most of them said") coordinates nothing before the verb
        if (start - 1 > floor && !hasSubject(start, end, lex) && lex.is(ix.form(start - 1), Kind.STOP)) {
            end = start - 1;
            start = clauseStart(end, floor, lex);
            coordinated = true;
        }
        start = afterSourcePhrase(start, end, lex);
        BitSet skip = relativeClauses(start, end, lex);
        int last = end - 1;
        while (last >= start && (isNegation(last) || lex.is(ix.form(last), Kind.AUX) || isObjectClitic(last, lex))) last--;
        boolean comma = last >= start && ix.form(last).equals(",");
        while (last >= start && (ix.form(last).equals(",") || isNegation(last) || lex.is(ix.form(last), Kind.AUX))) last--;
        if (last < start || onlyAdverbs(start, last + 1, lex)) return null;
        SpeechLexicon.Pronoun p = lex.pronounAt(ix, last);
        if (p != null && p.subject() && ix.mention(last) == null && !lex.is(ix.form(last), Kind.POSS)) return pronoun(last, p);
        if (coordinated) {
            // "He also expressed concern ... and said": a pronoun opening the first clause is the shared subject
            int first = start;
            while (first < last && (ix.isPunct(first) || lex.is(ix.form(first), Kind.AUX))) first++;
            SpeechLexicon.Pronoun fp = lex.pronounAt(ix, first);
            if (fp != null && fp.subject() && ix.mention(first) == null && !quoted.get(first)
                    && !lex.is(ix.form(first), Kind.POSS)) return pronoun(first, fp);
        }
        Mention per = coordinated ? firstPerson(start, last + 1, skip, lex) : subjectPerson(start, last, comma, skip, lex);
        Mention other = null, adjective = null;
        for (int k = end - 1; k >= start; k--) {
            Mention m = ix.mention(k);
            if (m == null || skip.get(k) || quoted.get(k) || isPer(m) || !isActorType(m) || inPhrase(k, start, lex)) continue;
            if (!isAdjectival(k, lex)) {
                other = m;
                break;
            }
            if (adjective == null) adjective = m;
        }
        if (other == null && adjectival) other = adjective;
        if (per != null) {
            Mention first = firstConjunct(per, floor, lex);
            return new Referent(ix.ref(first), first.span(), Referent.Form.NAME);
        }
        if (comma) {
            // "Ann Reed, a spokeswoman for the coalition, which lobbies ..., said": the person opening the sentence
            Mention opener = openingPerson(floor, verbStart);
            if (opener != null) return new Referent(ix.ref(opener), opener.span(), Referent.Form.NAME);
        }
        Referent role = role(start, last + 1, verbStart);
        if (role != null && (role.ref() != null || other == null)) return role;
        if (other != null) return new Referent(actor(other), other.span(), Referent.Form.NAME);
        return noun(start, last + 1);
    }

    /**
     * The person who is the subject in {@code [start, last]}: the name right before the verb; after an apposition
     * ("Vasko, le ministre ..., a déclaré") the name before it, or the name inside it when a role precedes ("le
     * ministre, Teodor Vasko, a déclaré"); otherwise the first name of the clause, as subjects come first.
     */
    private Mention subjectPerson(int start, int last, boolean comma, BitSet skip, SpeechLexicon lex) {
        Mention m = ix.mention(last);
        if (!comma && m != null && isPer(m) && !quoted.get(last) && !isRoleComplement(last, start, lex)) return m;
        if (comma) {
            int p = last;
            while (p > start && !ix.form(p).equals(",")) p--;
            if (p > start) {
                int b = bracketsBefore(p - 1);
                Mention before = b >= start ? ix.mention(b) : null;
                if (before != null && isPer(before) && !quoted.get(b)) return before;
                Mention inside = firstPerson(p + 1, last + 1, skip, lex);
                if (inside != null && firstPerson(start, p, skip, lex) == null && findRole(start, p, lex) != null) return inside;
            }
        }
        return firstPerson(start, last + 1, skip, lex);
    }

    private Mention firstPerson(int from, int to, BitSet skip, SpeechLexicon lex) {
        for (int k = from; k < to; k++) {
            Mention m = ix.mention(k);
            if (m != null && isPer(m) && !skip.get(k) && !quoted.get(k) && !isRoleComplement(k, from, lex)
                    && !inSourcePhrase(k, from, lex)) return m;
        }
        return null;
    }

    /** "Selon les autorités lessariennes, les forces ... ont": the subject comes after the source phrase. */
    private int afterSourcePhrase(int start, int end, SpeechLexicon lex) {
        Optional<PhraseMatcher.Match<Kind>> m = start < end ? lex.cues().longestAt(ix.forms(), start, end) : Optional.empty();
        if (m.isEmpty() || m.get().value() != Kind.SOURCE) return start;
        for (int k = m.get().end(); k < end; k++) if (ix.form(k).equals(",")) return k + 1;
        return start;
    }

    /** A name inside "selon X" / "according to X" is the source of the clause, not its subject. */
    private boolean inSourcePhrase(int k, int from, SpeechLexicon lex) {
        for (int j = k - 1; j >= from && j >= k - 5; j--) {
            if (ix.form(j).equals(",")) return false;
            if (lex.is(ix.form(j), Kind.SOURCE) || j > from && lex.cues().longestAt(ix.forms(), j - 1, k)
                    .filter(c -> c.value() == Kind.SOURCE).isPresent()) return true;
        }
        return false;
    }

    /** A mention introduced by a preposition ("à Brenhaven", "in Miravel", "selon l'OTBC") is not a subject. */
    private boolean inPhrase(int k, int from, SpeechLexicon lex) {
        if (inSourcePhrase(k, from, lex)) return true;
        int j = ix.firstTokenAtOrAfter(ix.mention(k).start()) - 1;
        while (j >= from && lex.isDeterminer(ix.form(j))) j--;
        if (j < from) return false;
        Kind kind = lex.kindAt(ix, j);
        return kind == Kind.PREP || kind == Kind.SOURCE;
    }

    /**
     * A place name used as an adjective ("valdorien", "Lessarian fire", "the Valdorian agency") describes a noun
     * rather than naming the speaker; institutions and roles it qualifies are resolved separately.
     */
    private boolean isAdjectival(int k, SpeechLexicon lex) {
        Mention m = ix.mention(k);
        if (m == null || ix.type(m) != EntityType.GPE) return false;
        if (!ix.isCapitalised(k)) return true;
        int next = k + 1;
        while (next < ix.size() && ix.mention(next) == m) next++;
        if (next >= ix.size() || ix.isPunct(next) || ix.isCapitalised(next)) return false;
        return lex.kindOf(ix.form(next)) == null && ix.mention(next) == null;
    }

    /**
     * The subject of a participle clause ("Reed attacked the plan on Monday, saying ...", "Reed said, adding later
     * ..."): the name or pronoun opening the sentence's main clause, after a leading adverbial phrase ("During the
     * debate, Reed ..."). Only a name preceded by nothing but capitalised words or determiners (titles, "the") counts;
     * otherwise null, and the usual search applies.
     */
    public Referent participleSubject(int participle, int floor) {
        SpeechLexicon lex = lexiconAt(participle);
        if (lex == null || participle <= floor) return null;
        int k = floor;
        // a direct quote opening the sentence ('"...," Reed said, adding') is not its subject
        while (k < participle && (quoted.get(k) || ix.isPunct(k) || lex.is(ix.form(k), Kind.STOP))) k++;
        Kind first = k < participle ? lex.kindAt(ix, k) : null;
        if (first == Kind.PREP || first == Kind.SUB || first == Kind.SOURCE) {
            while (k < participle && (!ix.form(k).equals(",") || quoted.get(k))) k++;
            k++;
        }
        if (k >= participle || quoted.get(k)) return null;
        SpeechLexicon.Pronoun p = lex.pronounAt(ix, k);
        if (p != null && p.subject() && !p.plural() && ix.mention(k) == null && !lex.is(ix.form(k), Kind.POSS)) return pronoun(k, p);
        boolean possessor = false;
        for (int j = k; j < participle && j <= k + 8; j++) {
            Mention m = ix.mention(j);
            if (m != null && !quoted.get(j) && isActorType(m)) {
                int after = j;
                while (after < participle && ix.mention(after) == m) after++;
                String next = after < participle ? ix.form(after) : "";
                // "Reed's campaign manager Tom Bale said ..., arguing": the possessor is not the subject
                if (next.equals("'s") || next.equals("’s")) {
                    j = after;
                    possessor = true;
                    continue;
                }
                return new Referent(isPer(m) ? ix.ref(m) : actor(m), m.span(), Referent.Form.NAME);
            }
            // before the name: titles, determiners, a role ("Reed's campaign manager Tom Bale")
            if (ix.isPunct(j) || !ix.isCapitalised(j) && !lex.isDeterminer(ix.form(j)) && !possessor && findRole(j, j + 1, lex) == null) return null;
            Kind kind = lex.kindOf(ix.form(j));
            if (kind != null && (kind.isVerb() || kind == Kind.AUX || kind == Kind.THAT)) return null;
        }
        return null;
    }

    /**
     * The person named first in a sentence part, right after its start (titles allowed) and followed by a comma or
     * a bracket: the head of a chain of appositions before a verb. Null otherwise.
     */
    private Mention openingPerson(int floor, int verbStart) {
        int k = floor;
        while (k < verbStart && (ix.isPunct(k) || quoted.get(k))) k++;
        for (int j = k; j < verbStart && j <= k + 3; j++) {
            Mention m = ix.mention(j);
            if (m == null) {
                if (!ix.isCapitalised(j)) return null;
                continue;
            }
            if (!isPer(m) || quoted.get(j)) return null;
            int after = j;
            while (after < verbStart && ix.mention(after) == m) after++;
            if (after >= verbStart) return null;
            String f = ix.form(after);
            return f.equals(",") || f.equals("(") ? m : null;
        }
        return null;
    }

    /** The subject or source phrase that follows a verb or "selon": {@code [from, ...)} up to punctuation. */
    public Referent subjectAfter(int from, int limit) {
        SpeechLexicon lex = lexiconAt(from);
        if (lex == null || from >= limit) return null;
        int end = from;
        while (end < limit && end - from < 14 && !isPhraseEnd(end, lex)) end++;
        if (end == from) return null;
        SpeechLexicon.Pronoun p = lex.pronounAt(ix, from);
        if (p != null && !p.use().equals("possessive") && ix.mention(from) == null && !lex.is(ix.form(from), Kind.POSS)) {
            return pronoun(from, p);
        }
        Mention per = null, other = null;
        for (int k = from; k < end; k++) {
            Mention m = ix.mention(k);
            if (m == null || quoted.get(k)) continue;
            // "said Reed's top aide Tom Bale": the possessor is not the source when a person follows
            if (per == null && isPer(m) && isPossessor(m) && laterPerson(m, end)) continue;
            if (isPer(m) && per == null && !isRoleComplement(k, from, lex)) per = m;
            else if (!isPer(m) && other == null && isActorType(m) && !isAdjectival(k, lex) && !isRoleWord(m)) other = m;
        }
        if (per != null) return new Referent(ix.ref(per), per.span(), Referent.Form.NAME);
        Referent role = role(from, end, from);
        if (role != null && (role.ref() != null || other == null || inPhraseAfter(role, other, lex))) return role;
        if (other != null) return new Referent(actor(other), other.span(), Referent.Form.NAME);
        return noun(from, end);
    }

    /**
     * Whether a name follows a role across a preposition ("a déclaré l'ancien Premier ministre sur son compte
     * Twitter", "said the former prime minister in Oslo"): the role speaks, the name only says where.
     */
    private boolean inPhraseAfter(Referent role, Mention other, SpeechLexicon lex) {
        if (role.span() == null || other.start() <= role.span().start()) return false;
        for (int k = ix.firstTokenAtOrAfter(role.span().start()) + 1; k < ix.size() && ix.token(k).end() <= other.start(); k++) {
            if (lex.kindAt(ix, k) == Kind.PREP) return true;
        }
        return false;
    }

    private boolean isPossessor(Mention m) {
        int after = ix.firstTokenAtOrAfter(m.end());
        if (after >= ix.size()) return false;
        String next = ix.form(after);
        return next.equals("'s") || next.equals("’s");
    }

    private boolean laterPerson(Mention m, int end) {
        for (int k = ix.firstTokenAtOrAfter(m.end()); k < end; k++) {
            Mention o = ix.mention(k);
            if (o != null && o != m && isPer(o) && !quoted.get(k)) return true;
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------- pronouns

    /**
     * What a third-person pronoun at {@code tok} refers to: for "il"/"she" the most recent compatible person (earlier
     * speakers and sentence subjects first), for "it" the most recent state or organisation. Unresolved plural
     * subjects ("they") stay null.
     */
    public Referent pronoun(int tok, SpeechLexicon.Pronoun p) {
        Span span = ix.token(tok).span();
        if (p.plural() && !lexiconAt(tok).is(ix.form(tok), Kind.POSS)) return new Referent(group(tok, p), span, Referent.Form.PRONOUN);
        EntityRef r = antecedent(tok, p);
        return new Referent(r, span, Referent.Form.PRONOUN);
    }

    /**
     * What a plural subject pronoun ("they") refers to: the organisation that is the subject of the previous
     * sentence or of this one, never a person nor a place; null when there is none, or when a person or another
     * organisation was named closer, since "they" may just as well be several people. Where the pronoun may stand
     * for a name of its number ({@code things} in {@code pronouns.tsv}), a state whose name is plural ("les
     * États-Unis ... Ils ont") is such a subject too; place adjectives ("les soldats russes") are skipped.
     */
    private EntityRef group(int tok, SpeechLexicon.Pronoun p) {
        int sentence = ix.sentenceOf(tok);
        if (sentence < 0) return null;
        int floor = ix.sentenceStart(Math.max(0, sentence - 1));
        for (int k = tok - 1; k >= floor; k--) {
            Mention m = ix.mention(k);
            if (m == null || quoted.get(k) || ix.token(k).start() > m.start()) continue;
            SpeechLexicon lex = lexiconAt(k);
            if (p.things() && lex != null && ix.type(m) == EntityType.GPE && isAdjectival(k, lex)) continue;
            if (p.things() && lex != null && ix.type(m) == EntityType.GPE && !isPer(m)) {
                SpeechLexicon.NameGender g = nameGender(m, k, lex);
                // a state with a name of the other number ("l'Iran") is no antecedent of "ils"; the search goes on
                if (g != null && !g.plural()) continue;
                return g != null && (g.gender() == 'x' || p.fits(g.gender())) && isSentenceSubject(k) ? actor(m) : null;
            }
            if (ix.type(m) != EntityType.ORG) return null;
            return isSentenceSubject(k) ? ix.ref(m) : null;
        }
        return null;
    }

    private EntityRef antecedent(int tok, SpeechLexicon.Pronoun p) {
        // a person who fits comes first (speakers are mostly people); a state or organisation only when none does
        EntityRef person = antecedent(tok, p, false);
        return person != null || !p.personal() || !p.things() ? person : antecedent(tok, p, true);
    }

    private EntityRef antecedent(int tok, SpeechLexicon.Pronoun p, boolean things) {
        int sentence = Math.max(0, ix.sentenceOf(tok));
        int floor = ix.sentenceCount() == 0 ? 0 : ix.sentenceStart(Math.max(0, sentence - 6));
        boolean person = p.personal();
        boolean any = p.gender() == 'x' && !p.plural();
        // "L'Italie a convoqué l'ambassadeur. Elle a aussi condamné ...": in French "il"/"elle" also stand for a
        // state or an organisation whose name has the pronoun's gender
        EntityRef fallback = null;
        for (int k = tok - 1; k >= floor; k--) {
            EntityRef spoke = things ? null : speakers.get(k);
            if (spoke != null && fitsType(spoke.entity(), person, any) && (!person || p.fits(genderOf(spoke.entity())))) {
                return learned(spoke, p);
            }
            Mention m = ix.mention(k);
            if (m == null || quoted.get(k) || ix.token(k).start() > m.start() || !isActorType(m)) continue;
            if (things && !isPer(m)) {
                SpeechLexicon lex = lexiconAt(k);
                if (lex == null || isAdjectival(k, lex)) continue;
                SpeechLexicon.NameGender g = nameGender(m, k, lex);
                if (g != null && (g.plural() || !p.fits(g.gender()))) continue;
                if (fallback == null) fallback = actor(m);
                if (isSentenceSubject(k)) return actor(m);
                continue;
            }
            if (things) continue;
            if (!any && isPer(m) != person) continue;
            if (person && !p.fits(genderOf(m.entityId()))) continue;
            if (fallback == null) fallback = ix.ref(m);
            if (isSentenceSubject(k)) return learned(ix.ref(m), p);
        }
        return fallback == null ? null : learned(fallback, p);
    }

    /**
     * The grammatical gender and number of a state's or an organisation's name mentioned from token {@code k}: told
     * by an article before one of its mentions in this text ("la Pologne", "les États-Unis"), else by the name's own
     * words ({@link SpeechLexicon#nameGender}); null when nothing tells.
     */
    private SpeechLexicon.NameGender nameGender(Mention m, int k, SpeechLexicon lex) {
        SpeechLexicon.NameGender told = nameGenders.computeIfAbsent(m.entityId(), id -> Optional.ofNullable(articledGender(id, lex)))
                .orElse(null);
        if (told != null) return told;
        List<String> words = new ArrayList<>();
        for (int j = k; j < ix.size() && ix.mention(j) == m; j++) if (!ix.isPunct(j)) words.add(ix.form(j));
        return lex.nameGender(words, ix.type(m) == EntityType.GPE);
    }

    private SpeechLexicon.NameGender articledGender(String entityId, SpeechLexicon lex) {
        for (int t = 1; t < ix.size(); t++) {
            Mention m = ix.mention(t);
            if (m == null || !m.entityId().equals(entityId) || ix.token(t).start() > m.start() || ix.mention(t - 1) == m) continue;
            SpeechLexicon.NameGender g = lex.determinerGender(ix.form(t - 1));
            if (g != null && ix.isCapitalised(t)) return g;
        }
        return null;
    }

    private boolean fitsType(String entityId, boolean person, boolean any) {
        Entity e = ix.entity(entityId);
        if (e == null) return false;
        if (any) return true;
        return (e.type() == EntityType.PER || persons.contains(entityId)) == person;
    }

    private EntityRef learned(EntityRef r, SpeechLexicon.Pronoun p) {
        if (p.personal()) gender.putIfAbsent(r.entity(), p.gender());
        return r;
    }

    /** The gender learnt in this text, else the one of the person's given name in the language's table. */
    private char genderOf(String entityId) {
        Character learnt = gender.get(entityId);
        if (learnt != null) return learnt;
        Entity e = ix.entity(entityId);
        if (e == null || e.type() != EntityType.PER && !persons.contains(entityId)) return '?';
        String[] words = e.name().strip().split("\\s+");
        if (words.length < 2) return '?';
        for (SpeechLexicon lex : lexicons) {
            if (lex == null) continue;
            char g = GivenNames.of(lex.language()).gender(words[0]);
            if (g != '?') return g;
        }
        return '?';
    }

    /** A mention is a sentence subject when no other name precedes it outside quotes in its sentence. */
    private boolean isSentenceSubject(int tok) {
        int s = ix.sentenceOf(tok);
        if (s < 0) return false;
        SpeechLexicon lex = lexicons[s];
        for (int k = ix.sentenceStart(s); k < tok; k++) {
            Mention m = ix.mention(k);
            if (m != null && !quoted.get(k) && isActorType(m) && m != ix.mention(tok) && !(lex != null && isAdjectival(k, lex))) {
                if (k > 0 && lex != null && (lex.is(ix.form(k - 1), Kind.SOURCE) || lex.is(ix.form(k - 1), Kind.PREP))) continue;
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------- roles

    /**
     * A role or institution phrase inside {@code [from, to)} resolved to an entity: a person for a role, the owner
     * for an institution. The referent has a null entity when the phrase is found but cannot be resolved.
     */
    public Referent role(int from, int to, int at) {
        SpeechLexicon lex = lexiconAt(from);
        if (lex == null) return null;
        RoleHit hit = findRole(from, to, lex);
        if (hit == null) return null;
        Span span = ix.span(hit.npStart, to);
        Set<String> qualifiers = hit.institution() ? Set.of() : qualifiers(hit.npStart, to);
        String entity = hit.institution() ? owner(hit, to, at, lex) : resolveRole(hit.role, qualifiers, at);
        if (entity == null && !hit.institution() && hit.role.equals("*") && qualifiers.isEmpty() && hit.npStart < hit.start) {
            // "ha añadido la dirigente", "sagte die Vorsitzende": a role any person may hold, with its article and
            // nothing qualifying it, is the person of its gender spoken of last, as a pronoun would be
            List<PhraseMatcher.Match<Character>> g = lex.genderCues().findAll(ix.forms(), hit.npStart, hit.end);
            char gender = g.isEmpty() ? '?' : g.get(g.size() - 1).value();
            if (gender == 'm' || gender == 'f') {
                EntityRef r = antecedent(hit.start, new SpeechLexicon.Pronoun(gender, false, "subject"));
                if (r != null) return new Referent(r, span, Referent.Form.ROLE);
            }
        }
        if (entity == null) return new Referent(null, span, Referent.Form.ROLE);
        return new Referent(refOf(entity), span, Referent.Form.ROLE);
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
            if (insideName(a, b)) continue;
            int np = a;
            while (np > from && (lex.isDeterminer(ix.form(np - 1)) || isDemonym(np - 1) || ix.form(np - 1).equals("'s")
                    || ix.mention(np - 1) != null && !isPer(ix.mention(np - 1)))) np--;
            return new RoleHit(a, b, np, m.value());
        }
        return null;
    }

    /** A role word that is part of a name ("Ministry of Defence" tagged as an organisation) is not a role here. */
    private boolean insideName(int a, int b) {
        for (int k = a; k < b; k++) {
            Mention m = ix.mention(k);
            if (m != null && !isDemonym(k) && !isRoleWord(m)) return true;
        }
        return false;
    }

    /**
     * A mention that is nothing but a role word ("Sprecher" taken for a place): the role it names, not an entity,
     * so it neither blocks the role nor qualifies it nor speaks.
     */
    private boolean isRoleWord(Mention m) {
        int a = ix.firstTokenAtOrAfter(m.start());
        int b = a;
        while (b < ix.size() && ix.token(b).end() <= m.end()) b++;
        SpeechLexicon lex = a < ix.size() ? lexiconAt(a) : null;
        if (lex == null || b == a) return false;
        int end = b;
        return lex.roles().longestAt(ix.forms(), a, end).map(r -> r.end() == end).orElse(false);
    }

    /**
     * The person holding a role: the latest one before {@code at} (else the first after) whose role matches
     * ("minister" matches "foreign-minister"; "*" matches any role) and, when the phrase names a state or
     * organisation, whose role was qualified by it. A role with no match but a qualifier held by a single person
     * ("la médiatrice alvénienne") resolves to that person.
     */
    private String resolveRole(String role, Set<String> qualifiers, int at) {
        boolean generic = role.equals("*");
        if (generic && qualifiers.isEmpty()) return null;
        List<RoleUse> people = roles.stream().filter(u -> u.entityId != null && !u.role.startsWith("org:")).toList();
        List<RoleUse> fit = new ArrayList<>();
        for (RoleUse u : people) {
            if (generic || u.role.equals(role) || u.role.endsWith("-" + role)) fit.add(u);
        }
        if (!qualifiers.isEmpty()) {
            List<RoleUse> same = fit.stream().filter(u -> !Collections.disjoint(u.qualifiers, qualifiers)).toList();
            fit = same.isEmpty() && !generic ? fit.stream().filter(u -> u.qualifiers.isEmpty()).toList() : same;
        }
        String found = latestBefore(fit, at);
        if (found != null || qualifiers.isEmpty()) return found;
        Set<String> holders = new HashSet<>();
        for (RoleUse u : people) if (!Collections.disjoint(u.qualifiers, qualifiers)) holders.add(u.entityId);
        return holders.size() == 1 ? holders.iterator().next() : null;
    }

    /**
     * The state or organisation owning an institution: named in the phrase ("le ministère valdorien", "Lessaria's
     * ministry"), given by a possessive ("its ministry"), or, for a bare "the ministry", the owner of the same
     * institution mentioned earlier.
     */
    private String owner(RoleHit hit, int to, int at, SpeechLexicon lex) {
        if (hit.role.equals("org:*")) return lastOrganisation(hit.npStart);
        String q = nearestQualifier(hit, to);
        if (q != null) return q;
        for (int k = hit.npStart; k < hit.start; k++) {
            SpeechLexicon.Pronoun p = lex.is(ix.form(k), Kind.POSS) ? lex.pronounAt(ix, k) : null;
            if (p != null) {
                EntityRef r = antecedent(k, p);
                return r == null ? null : r.entity();
            }
        }
        List<RoleUse> same = roles.stream().filter(u -> u.role.equals(hit.role) && u.entityId != null).toList();
        return latestBefore(same, at);
    }

    /** The organisation named last before a token, outside quotes ("l'OTBC ... l'organisation"). */
    private String lastOrganisation(int before) {
        int floor = Math.max(0, before - 400);
        for (int k = before - 1; k >= floor; k--) {
            Mention m = ix.mention(k);
            if (m != null && !quoted.get(k) && ix.type(m) == EntityType.ORG) return m.entityId();
        }
        return null;
    }

    private String nearestQualifier(RoleHit hit, int to) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int k = Math.max(0, hit.npStart - 2); k < Math.min(ix.size(), to); k++) {
            Mention m = ix.mention(k);
            if (m == null || !isActorType(m) || !sameSentence(k, hit.start) || isPer(m)) continue;
            int d = k < hit.start ? hit.start - k : k - hit.end;
            if (d < bestDistance) {
                best = m.entityId();
                bestDistance = d;
            }
        }
        return best;
    }

    private static String latestBefore(List<RoleUse> uses, int at) {
        RoleUse before = null, after = null;
        for (RoleUse u : uses) {
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
            if (m != null && !isPer(m) && isActorType(m) && sameSentence(k, from) && !isRoleWord(m)) out.add(m.entityId());
        }
        return out;
    }

    /**
     * Finds role phrases attached to a named person ("Teodor Vasko, ministre des Affaires étrangères") and
     * institutions with their owner ("le ministère valdorien"), in text order.
     */
    private void scanRoles(int sentence, SpeechLexicon lex) {
        if (lex.roles().isEmpty()) return;
        int a = ix.sentenceStart(sentence), b = ix.sentenceEnd(sentence);
        int k = a;
        while (k < b) {
            RoleHit hit = findRole(k, b, lex);
            if (hit == null) break;
            if (hit.institution()) {
                int npEnd = hit.end;
                while (npEnd < b && npEnd < hit.end + 6 && !ix.isPunct(npEnd) && !isVerbOrAux(npEnd, lex)) npEnd++;
                String owner = owner(hit, npEnd, hit.start, lex);
                if (owner != null) roles.add(new RoleUse(hit.start, owner, hit.role, Set.of()));
                k = hit.end;
                continue;
            }
            Mention person = personRight(hit.end, b, lex);
            int npEnd = hit.end;
            if (person != null) {
                npEnd = ix.firstTokenAtOrAfter(person.start());
            } else {
                person = personLeft(hit.npStart, a);
            }
            if (person != null && ix.entityOf(person) != null) {
                roles.add(new RoleUse(hit.start, person.entityId(), hit.role, qualifiers(hit.npStart, npEnd)));
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
            if (lex.is(f, Kind.LINK) || lex.isDeterminer(f) || ix.isCapitalised(j) && !ix.isPunct(j)) continue;
            if (j > from && !ix.isPunct(j) && (lex.is(ix.form(j - 1), Kind.LINK) || lex.isDeterminer(ix.form(j - 1)))) continue;
            return null;
        }
        return null;
    }

    private Mention personLeft(int npStart, int floor) {
        int k = npStart - 1;
        if (k >= floor && ix.form(k).equals(",")) k--;
        if (k < floor) return null;
        Mention m = ix.mention(k);
        return m != null && isPer(m) ? m : null;
    }

    /** Below this confidence a mention's type is the entity layer's guess for a word it does not know. */
    private static final double GUESS = 0.5;

    /**
     * Names the entity layer could only guess as places (an unknown word typed with low confidence, id not from the
     * knowledge base)
     * that are the subject of a speech verb right after them ("Merkley said") or right before them ("said
     * Caddell"): people, so their later "he"/"she" and their mentions as subjects resolve to them.
     */
    private void learnSpeakingNames() {
        Set<String> places = new HashSet<>();
        for (int t = 1; t < ix.size(); t++) {
            Mention m = ix.mention(t);
            if (m == null || ix.mention(t - 1) == m) continue;
            SpeechLexicon lex = lexiconAt(t);
            // "in Miravel", "à Korvan", "la Lessarie": a place reading somewhere in the text rules a person out
            if (lex != null && (lex.kindAt(ix, t - 1) == Kind.PREP || lex.isDeterminer(ix.form(t - 1)))) places.add(m.entityId());
        }
        for (Mention m : ix.doc().layerOrEmpty(org.vigie.core.LayerKind.MENTIONS)) {
            // a form that is not one of the entity's name words ("Valdorian" for Valdoria): a demonym, so a place
            Entity e = ix.entity(m.entityId());
            String form = ix.text().substring(m.start(), m.end());
            if (e != null && !Arrays.asList(e.name().split("\\s+")).contains(form)) places.add(m.entityId());
        }
        for (int t = 0; t < ix.size(); t++) {
            Mention m = ix.mention(t);
            if (m == null || ix.type(m) != EntityType.GPE || !m.entityId().startsWith("vigie:") || m.confidence() >= GUESS
                    || quoted.get(t)) continue;
            SpeechLexicon lex = lexiconAt(t);
            if (lex == null) continue;
            int last = t;
            while (last + 1 < ix.size() && ix.mention(last + 1) == m) last++;
            boolean before = last + 1 < ix.size() && isSpeechVerb(last + 1, lex);
            boolean after = t > 0 && ix.mention(t - 1) == null && isSpeechVerb(t - 1, lex)
                    && (last + 1 >= ix.size() || ix.isPunct(last + 1));
            if ((before || after) && !places.contains(m.entityId())) persons.add(m.entityId());
            t = last;
        }
    }

    private boolean isSpeechVerb(int tok, SpeechLexicon lex) {
        Kind k = lex.kindOf(ix.form(tok));
        return k != null && k.isVerb();
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
        Entity e = ix.entity(entityId);
        return e == null ? null : EntityRef.of(e);
    }

    private boolean isPer(Mention m) {
        return ix.type(m) == EntityType.PER || persons.contains(m.entityId());
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
        return hit != null && hit.end == k && !hit.institution();
    }

    private boolean sameSentence(int a, int b) {
        return ix.sentenceOf(a) == ix.sentenceOf(b);
    }

    private boolean isNegation(int k) {
        return lexiconAt(k).isNegation(ix.form(k));
    }

    /** Where the clause ending at {@code end} starts; "et"/"and" inside a ", qui ... ," clause do not end it. */
    /**
     * The first of coordinated subjects ("Mr. Grassley and Mr. Leahy said"), the speaker a record of one speaker
     * keeps; the person itself when it is not the second of two people joined by a conjunction, or when the first
     * does not open its clause ("the committee met Bale and Cross said").
     */
    private Mention firstConjunct(Mention per, int floor, SpeechLexicon lex) {
        int k = ix.firstTokenAtOrAfter(per.start()) - 1;
        if (k > floor && ix.surface(k).endsWith(".") && ix.isCapitalised(k) && ix.mention(k) == null) k--;
        if (k <= floor || !lex.is(ix.form(k), Kind.STOP) || quoted.get(k)) return per;
        int b = bracketsBefore(k - 1);
        Mention m = b >= floor ? ix.mention(b) : null;
        if (m == null || m == per || !isPer(m) || quoted.get(b)) return per;
        int before = ix.firstTokenAtOrAfter(m.start()) - 1;
        if (before >= floor && ix.surface(before).endsWith(".") && ix.isCapitalised(before)) before--;
        // the first person must open its clause: after anything else it may be an object ("met Reed and Bale")
        if (before >= floor && !ix.isPunct(before) && lex.kindAt(ix, before) != Kind.THAT && !opensSentence(before)) return per;
        return m;
    }

    /** "But Mr. Reed and ...": the sentence's first word before a subject. */
    private boolean opensSentence(int k) {
        int s = ix.sentenceOf(k);
        return s >= 0 && ix.sentenceStart(s) == k;
    }

    /**
     * The token before a short bracketed group ending at {@code k} ("(D-Mo.)", "(R)"), or {@code k} itself when
     * {@code k} closes no such group.
     */
    private int bracketsBefore(int k) {
        if (k <= 0 || !ix.form(k).equals(")") || quoted.get(k)) return k;
        for (int j = k - 1; j >= 0 && j >= k - 6; j--) {
            if (ix.form(j).equals("(")) return j - 1;
            if (ix.form(j).equals(")")) return k;
        }
        return k;
    }

    private int clauseStart(int end, int floor, SpeechLexicon lex) {
        int start = end;
        while (start > floor) {
            int before = bracketsBefore(start - 1);
            // "Ann Reed (D-N.Y.), chairman of ..., said": a short bracketed label after a name is no barrier
            if (before != start - 1 && before >= floor && ix.mention(before) != null) {
                start = before + 1;
                continue;
            }
            if (isHardBarrier(start - 1, lex)) break;
            start--;
        }
        BitSet relative = relativeClauses(start, end, lex);
        // "Ann Reed, a developer and spokeswoman for the coalition, said": a conjunction inside an apposition
        // closed by the comma before the verb does not start the clause
        int apposition = end;
        if (end - 1 > start && ix.form(end - 1).equals(",") && !quoted.get(end - 1)) {
            int open = end - 2;
            while (open > start && !ix.form(open).equals(",")) open--;
            if (open > start && ix.form(open).equals(",") && ix.mention(open - 1) != null) apposition = open;
        }
        for (int k = end - 1; k >= start; k--) {
            if (k > apposition && k < end) continue;
            if (!relative.get(k) && !quoted.get(k) && lex.is(ix.form(k), Kind.STOP)) return k + 1;
        }
        return start;
    }

    private boolean isHardBarrier(int k, SpeechLexicon lex) {
        if (quoted.get(k)) return false;
        String f = ix.form(k);
        // "Mitch Reed, R-Ky., said": the full stop of an abbreviation before a comma ends nothing
        if (f.equals(".") && k + 1 < ix.size() && ix.form(k + 1).equals(",")) return false;
        if (f.equals(";") || f.equals(":") || f.equals(".") || f.equals("(") || f.equals(")")) return true;
        Kind kind = lex.kindOf(f);
        // "Vasko said Lessaria would keep ...": a speech verb taking a bare clause opens a new clause
        return kind == Kind.THAT || kind == Kind.VERB_BARE;
    }

    /** Whether a clause part names anyone: an actor, a subject pronoun or a role. */
    private boolean hasSubject(int from, int to, SpeechLexicon lex) {
        for (int k = from; k < to; k++) {
            Mention m = ix.mention(k);
            if (m != null && isActorType(m) && !quoted.get(k)) return true;
            SpeechLexicon.Pronoun p = lex.pronounAt(ix, k);
            if (p != null && p.subject()) return true;
        }
        return findRole(from, to, lex) != null;
    }

    private boolean onlyAdverbs(int from, int to, SpeechLexicon lex) {
        for (int k = from; k < to; k++) {
            if (!lex.is(ix.form(k), Kind.AUX) && !ix.form(k).equals(",") && !isNegation(k)) return false;
        }
        return true;
    }

    /** An object pronoun between subject and verb ("Holt lui a répondu"). */
    private boolean isObjectClitic(int k, SpeechLexicon lex) {
        SpeechLexicon.Pronoun p = lex.pronounAt(ix, k);
        return p != null && p.object() && ix.mention(k) == null;
    }

    private boolean isVerbOrAux(int k, SpeechLexicon lex) {
        Kind kind = lex.kindOf(ix.form(k));
        return kind != null && (kind.isVerb() || kind == Kind.AUX || kind == Kind.THAT || kind == Kind.REL);
    }

    private boolean isPhraseEnd(int k, SpeechLexicon lex) {
        String f = ix.form(k);
        if (quoted.get(k)) return true;
        // "9/11 widow Ann Reed": a slash inside a word group does not end the phrase
        if (ix.isPunct(k) && !f.equals("-") && !f.equals("'") && !f.equals("’") && !f.equals("/")) return true;
        Kind kind = lex.kindOf(f);
        return kind == Kind.THAT || kind != null && kind.isVerb() || kind == Kind.STOP || kind == Kind.REL;
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

    /** The longest unnamed subject ("Large majorities of primary voters in six states") taken for a speaker phrase. */
    private static final int NOUN_SUBJECT_MAX = 14;

    private Referent noun(int from, int to) {
        while (from < to && ix.isPunct(from)) from++;
        while (to > from && ix.isPunct(to - 1)) to--;
        if (to - from > 8) {
            // "Until the announcement of the shutdown, most of them said": a fronted adverbial ends at its comma
            int comma = to - 1;
            while (comma > from && !(ix.form(comma).equals(",") && !quoted.get(comma))) comma--;
            if (comma > from && to - comma - 1 >= 1 && to - comma - 1 <= 8) from = comma + 1;
        }
        if (from >= to || to - from > NOUN_SUBJECT_MAX) return null;
        // "One in four voters in a poll last year said": a long subject holds no clause punctuation
        for (int k = from; to - from > 8 && k < to; k++) if (ix.isPunct(k) && !ix.form(k).equals("-") && !ix.form(k).equals("'")) return null;
        return new Referent(null, ix.span(from, to), Referent.Form.NOUN);
    }
}

package org.vigie.nlp.entities;

import org.vigie.core.Annotator;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;
import org.vigie.nlp.kb.KbEntry;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.nlp.segment.SegmentAnnotator;

import java.time.LocalDate;
import java.util.*;

/**
 * Entity mentions and entities (contract fields {@code entities}): knowledge-base names matched by the gazetteer,
 * demonyms and metonyms of states, unknown names from the rules and any statistical {@link NameTagger}; each mention
 * linked to the knowledge base (roles resolved to their holder at the document date) and the mentions of one entity
 * grouped, spelling and transliteration variants included, people with different given names kept apart.
 * The MENTIONS layer holds the entity mentions, plus two kinds the guidelines do not count as entity mentions:
 * role phrases ("le chef de la diplomatie française") resolved to an office holder, whose holder is in ENTITIES
 * with the names it has in the text, possibly none; and mentions of news outlets ("(AFP)", "selon Reuters"), ORG
 * mentions of the outlet, which is a source and has no ENTITIES entry. Names in captions, credits and other hidden
 * lines are in neither layer. Group actors ("Syrian rebels", "les manifestants") are ORG entities
 * {@code vigie:group:...} ({@link GroupActors}), so that events can have them as actors.
 */
public final class EntityAnnotator implements Annotator {
    static final List<String> LANGUAGES = org.vigie.nlp.lang.LanguagePack.DEFAULT_LANGUAGES;
    /** The lexicon of all languages together, for text of unknown language. */
    static final String ANY = "*";
    private static final Set<String> CAPITALISED_NOUNS = org.vigie.nlp.lang.LanguagePack.of("multi").words("capitalised-nouns.txt");

    /**
     * Word lists, gazetteers and the linker: built once per knowledge base and shared, since every pipeline creates
     * its own annotator; built again when extension files change the knowledge base.
     */
    private static final class Shared {
        private static volatile Shared instance;
        final KnowledgeBase kb;
        final Map<String, EntityLexicon> lexicons = new HashMap<>();
        final Map<String, Gazetteer> gazetteers = new HashMap<>();
        final CapitalisedNameTagger rules;
        final Linker linker;

        static Shared current() {
            KnowledgeBase kb = KnowledgeBase.get();
            Shared s = instance;
            if (s != null && s.kb == kb) return s;
            synchronized (Shared.class) {
                if (instance == null || instance.kb != kb) instance = new Shared(kb);
                return instance;
            }
        }

        private Shared(KnowledgeBase kb) {
            this.kb = kb;
            SegmentAnnotator segmenter = new SegmentAnnotator();
            // the knowledge base's names are the same in every language: one trie of them for all the gazetteers
            TokenTrie<Gazetteer.Target> names = Gazetteer.names(kb, segmenter);
            for (String l : LANGUAGES) {
                EntityLexicon lex = new EntityLexicon(l, segmenter);
                lexicons.put(l, lex);
                gazetteers.put(l, new Gazetteer(kb, names, lex, segmenter));
            }
            EntityLexicon any = new EntityLexicon(ANY, LANGUAGES.stream().map(lexicons::get).toList());
            lexicons.put(ANY, any);
            gazetteers.put(ANY, new Gazetteer(kb, names, any, segmenter));
            rules = new CapitalisedNameTagger(Map.copyOf(lexicons), any);
            linker = new Linker(kb);
        }
    }

    private final KnowledgeBase kb;
    private final Map<String, EntityLexicon> lexicons;
    private final Map<String, Gazetteer> gazetteers;
    private final CapitalisedNameTagger rules;
    private final List<NameTagger> taggers;
    private final Linker linker;
    private final Shared shared;

    public EntityAnnotator() {
        this(List.of());
    }

    /** @param taggers statistical taggers whose spans are merged after the gazetteer's and before the rules' */
    public EntityAnnotator(List<NameTagger> taggers) {
        this(taggers, Shared.current());
    }

    private EntityAnnotator(List<NameTagger> taggers, Shared shared) {
        this.shared = shared;
        this.kb = shared.kb;
        this.lexicons = shared.lexicons;
        this.gazetteers = shared.gazetteers;
        this.rules = shared.rules;
        this.linker = shared.linker;
        this.taggers = List.copyOf(taggers);
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<LayerKind<?>> requires() {
        return Set.of(LayerKind.BLOCKS, LayerKind.SENTENCES, LayerKind.TOKENS);
    }

    @Override
    public Set<LayerKind<?>> produces() {
        return Set.of(LayerKind.MENTIONS, LayerKind.ENTITIES);
    }

    /** The knowledge base this annotator links to (coordinates, countries, offices: see {@link KnowledgeBase}). */
    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    @Override
    public Layers annotate(Document doc) {
        Shared now = Shared.current();
        // the knowledge base was extended since this annotator was built (an entity confirmed by the user): a
        // long-lived pipeline links with it from the next document on
        if (now != shared) return new EntityAnnotator(taggers, now).annotate(doc);
        String text = doc.text();
        List<Token> all = doc.tokens();
        LocalDate date = documentDate(doc);
        String guess = ANY;
        List<Candidate> cands = new ArrayList<>();
        List<RoleHit> roles = new ArrayList<>();
        Set<Block> hiddenBlocks = hiddenBlocks(doc);
        Set<String> acronyms = new HashSet<>();
        Set<String> lowerWords = new HashSet<>();
        for (Token t : all) {
            String w = t.span().of(text);
            if (t.kind() == Token.Kind.WORD && CapitalisedNameTagger.isAcronym(w)) acronyms.add(w);
            // "iSrael" is the name oddly cased, no sign that the document writes a common word "israel"
            if (t.kind() == Token.Kind.WORD && Character.isLowerCase(w.charAt(0)) && w.chars().noneMatch(Character::isUpperCase)) {
                lowerWords.add(EntityLexicon.norm(w));
            }
        }
        Set<Block> navBlocks = new HashSet<>();
        Set<Block> headlines = new HashSet<>();
        classify(doc, all, navBlocks, headlines);
        headlines.addAll(navBlocks);
        int ti = 0;
        int sentenceIndex = 0;
        List<GroupActors.Sentence> groupSentences = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            while (ti < all.size() && all.get(ti).start() < s.start()) ti++;
            int tj = ti;
            while (tj < all.size() && all.get(tj).end() <= s.end()) tj++;
            List<Token> tokens = all.subList(ti, tj);
            ti = tj;
            if (tokens.isEmpty()) continue;
            String lang = doc.languageAt(s.start()).filter(lexicons::containsKey).orElseGet(() -> sentenceLanguage(text, tokens));
            boolean headline = false;
            boolean hidden = false;
            boolean blockStart = s.start() == 0 || text.charAt(s.start() - 1) == '\n';
            for (Block b : headlines) if (b.span().contains(s.start())) headline = true;
            for (Block b : hiddenBlocks) if (b.span().contains(s.start())) hidden = true;
            boolean nav = false;
            for (Block b : navBlocks) if (b.span().contains(s.start())) nav = true;
            int related = -1;
            List<Block> blocks = doc.blocks();
            for (int bi = 0; bi < blocks.size(); bi++) {
                if (blocks.get(bi).kind() == Block.Kind.RELATED && blocks.get(bi).span().contains(s.start())) related = bi;
            }
            int before = cands.size();
            sentence(doc, s, tokens, lang, date, sentenceIndex++, headline, blockStart, cands, roles, acronyms, lowerWords);
            if (!hidden && !nav && related < 0) groupSentences.add(new GroupActors.Sentence(tokens, lang));
            for (int c = before; c < cands.size(); c++) {
                Candidate cand = cands.get(c);
                if (hidden) cand.hidden = true;
                if (inDatelineCredit(text, cand.span)) {
                    // the agency of a dateline: an outlet, unless the words are a misspelt agency name ("EUROPE PRESS")
                    boolean outlet = cand.kbId == null || kb.entry(cand.kbId).map(e -> "outlet".equals(e.kind())).orElse(false);
                    if (outlet) cand.afterAgencyWord = true; else cand.hidden = true;
                }
                if (nav || related >= 0) cands.get(c).confidence = Math.min(cands.get(c).confidence, CapitalisedNameTagger.UNSURE);
                cands.get(c).relatedBlock = related;
                cands.get(c).nav = nav;
            }
        }
        cands.sort(Comparator.comparing(c -> c.span));
        List<Candidate> kept = confirmed(splitCompounds(withoutParticiples(communityAdjectives(cands, text)), text, all), text, all);
        List<Cluster> clusters = linker.group(kept, date);
        linker.deriveDemonyms(doc, all, kept, clusters, lexicons, guess);
        return GroupActors.addTo(layers(kept, clusters, roles, date), text, groupSentences, kb);
    }

    private void sentence(Document doc, Sentence s, List<Token> tokens, String lang, LocalDate date, int index,
                          boolean headline, boolean blockStart, List<Candidate> out, List<RoleHit> roles, Set<String> acronyms,
                          Set<String> lowerWords) {
        String text = doc.text();
        EntityLexicon lex = lexicons.get(lang);
        Gazetteer gaz = gazetteers.get(lang);
        int n = tokens.size();
        List<String> t = new ArrayList<>(n);
        List<String> k = new ArrayList<>(n);
        for (Token tok : tokens) {
            String w = tok.span().of(text);
            t.add(w);
            k.add(EntityLexicon.norm(w));
        }
        boolean[] blocked = new boolean[n];
        int first = out.size();
        int rolesBefore = roles.size();
        Roles.match(lex, kb, t, k, tokens, blocked, roles);
        PortfolioTitles.block(lex, t, k, blocked);
        if (roles.size() > rolesBefore) unblockNames(gaz, t, k, blocked);
        for (int[] org : Roles.organisations(lex, kb, t, k, tokens)) {
            if (anyBlocked(blocked, org[0], org[1])) continue;
            Span span = new Span(tokens.get(org[0]).start(), tokens.get(org[1] - 1).end());
            // "les forces armées ukrainiennes": a pattern name the knowledge base lists is that entry
            String known = kb.lookup(span.of(text)).stream().filter(e -> e.type() == EntityType.ORG).map(KbEntry::id).findFirst().orElse(null);
            if (known == null && stateBody(lex, k, org)) {
                // "les forces armées boliviennes", as "the Bolivian Armed Forces" (NameBoundaries): a known state's
                // body the knowledge base does not list is that state, its demonym the mention; the other words are
                // no name of their own
                for (int j = org[0]; j < org[1]; j++) if (!lex.demonymKeys.containsKey(k.get(j))) blocked[j] = true;
                continue;
            }
            out.add(known != null
                    ? new Candidate(span, span.of(text), EntityType.ORG, 0.9, Candidate.Source.GAZETTEER, index, known)
                    : new Candidate(span, span.of(text), EntityType.ORG, CapitalisedNameTagger.STRONG, Candidate.Source.RULES, index, null));
            for (int j = org[0]; j < org[1]; j++) blocked[j] = true;
        }
        for (int[] org : placeOrganisations(t, tokens, blocked)) {
            // "Air France", "Air India": the airline, not the country
            Span span = new Span(tokens.get(org[0]).start(), tokens.get(org[1] - 1).end());
            String known = kb.lookup(span.of(text)).stream().filter(e -> e.type() == EntityType.ORG).map(KbEntry::id).findFirst().orElse(null);
            out.add(new Candidate(span, span.of(text), EntityType.ORG, known != null ? 0.9 : CapitalisedNameTagger.STRONG,
                    known != null ? Candidate.Source.GAZETTEER : Candidate.Source.RULES, index, known));
            for (int j = org[0]; j < org[1]; j++) blocked[j] = true;
        }
        boolean nounsCapitalised = CAPITALISED_NOUNS.contains(lang) || CAPITALISED_NOUNS.contains(sentenceLanguage(text, tokens));
        for (NameBoundaries.Found f : NameBoundaries.find(lex, kb, gaz, t, k, blocked, headline, nounsCapitalised)) {
            // "the Strait of Hormuz", "National Liberation Army", "North Africa": a known word inside ("Hormuz",
            // "Liberation", the newspaper) is a word of the longer name, not a mention of its own
            Span span = new Span(tokens.get(f.start()).start(), tokens.get(f.end() - 1).end());
            out.add(f.id() != null
                    ? new Candidate(span, span.of(text), f.type(), 0.9, Candidate.Source.GAZETTEER, index, f.id())
                    : new Candidate(span, span.of(text), f.type(), CapitalisedNameTagger.STRONG, Candidate.Source.RULES, index, null));
            for (int j = f.start(); j < f.end(); j++) blocked[j] = true;
        }
        for (int[] product : productModels(t, k, tokens, blocked)) {
            // "the Korvan Airways Boeing 777": the maker and model number are one product, and the words before it
            // another name (its operator), never one person's name with them
            Span span = new Span(tokens.get(product[0]).start(), tokens.get(product[1] - 1).end());
            out.add(new Candidate(span, span.of(text), EntityType.MISC, CapitalisedNameTagger.STRONG, Candidate.Source.RULES, index, null));
            for (int j = product[0]; j < product[1]; j++) blocked[j] = true;
        }
        for (PlaceNames.Found f : PlaceNames.find(lex, kb, gaz, t, k, blocked, headline, nounsCapitalised)) {
            // "University of Michigan", "said Josh Schwerin": the place is a word of a longer name, not a mention
            Span span = new Span(tokens.get(f.start()).start(), tokens.get(f.end() - 1).end());
            if (f.id() != null) out.add(new Candidate(span, span.of(text), f.type(), 0.9, Candidate.Source.GAZETTEER, index, f.id()));
            else {
                Candidate c = new Candidate(span, span.of(text), f.type(), CapitalisedNameTagger.STRONG, Candidate.Source.RULES, index, null);
                c.outlet = f.outlet();
                out.add(c);
            }
            for (int j = f.start(); j < f.end(); j++) blocked[j] = true;
        }
        List<NameSpan> gapNames = tagged(doc, s, tokens, lang, true);
        for (List<Gazetteer.Hit> group : gaz.find(t, k, blocked)) {
            Gazetteer.Hit h = linker.choose(group, date);
            int from = h.start();
            if (h.end() - h.start() == 1 && CapitalisedNameTagger.isAllCapsWord(t.get(from)) && lex.stopwords.contains(k.get(from))
                    && (from > 0 && CapitalisedNameTagger.isAllCapsWord(t.get(from - 1)) || from + 1 < n && CapitalisedNameTagger.isAllCapsWord(t.get(from + 1)))) {
                // "UN HOMME", "AU CONSEIL": in a line of capitals an acronym that is also a common word is the word
                continue;
            }
            if (h.end() - h.start() == 1 && h.target().kind() == Gazetteer.Kind.NAME && opensSentence(t, from)
                    && !CapitalisedNameTagger.isAllCapsWord(t.get(from)) && lowerWords.contains(k.get(from))) {
                // "Seul le ministre..." is not Seoul ("Seúl"): a name of one word opening the sentence that the
                // document writes in lower case elsewhere is that common word
                continue;
            }
            if (h.target().kind() == Gazetteer.Kind.NAME && endsFormalStateName(lex, t, k, h.start(), h.end())) {
                // "la Repubblica Italiana" is Italy, not the newspaper "la Repubblica": the demonym after it makes the
                // words a state's formal name
                continue;
            }
            if (insideTaggedName(h, gapNames, tokens)) {
                // "Whitney Houston", "University of Michigan", "Boston Consulting Group": a place that the trained
                // model reads, with confidence, as a part of a longer person's or organisation's name is that name's
                // word; the place gives way and the rules or the model name the whole
                continue;
            }
            if (h.target().type() == EntityType.PER && from > 0 && !blocked[from - 1] && givenNameOf(h.target().id(), t.get(from - 1), lex)) {
                // "Dmitro Kuleba": a spelling of the person's given name before a known surname belongs to the mention
                from--;
            }
            if (h.target().type() == EntityType.PER && from == h.start() && from > 0 && !blocked[from - 1]
                    && CapitalisedNameTagger.isCap(t.get(from - 1)) && !CapitalisedNameTagger.isAllCapsWord(t.get(from - 1))
                    && lex.givenNames.contains(k.get(from - 1)) && !lex.stopwords.contains(k.get(from - 1))) {
                // "Luis Rubio" is not the known Marco Rubio: another given name before a known surname is another
                // person, left to the rules
                continue;
            }
            if (h.target().type() != EntityType.PER && personName(t, k, blocked, lex, h.start(), h.end())) {
                // "David French", "Chad Bown": a given name and a capitalised word make a person's name even when
                // one of them is also a demonym or a place; the rules type the run
                continue;
            }
            if ((h.target().kind() == Gazetteer.Kind.DEMONYM || h.target().type() == EntityType.GPE || h.target().type() == EntityType.LOC)
                    && CapitalisedNameTagger.isCap(t.get(from)) && companyHeadAfter(t, k, blocked, h.end())) {
                // "British Airways", "Qatar Airways": the demonym or place opens a company's name, which the rules take whole
                continue;
            }
            Gazetteer.Target target = h.target();
            int to = h.end();
            if (target.kind() == Gazetteer.Kind.DEMONYM) {
                int[] formal = formalWithDemonym(lex, t, k, blocked, h.start(), h.end());
                if (formal != null) {
                    // "the French Republic", "la République française": the state's formal name, one mention of it
                    Span span = new Span(tokens.get(formal[0]).start(), tokens.get(formal[1] - 1).end());
                    out.add(new Candidate(span, span.of(text), EntityType.GPE, 0.9, Candidate.Source.GAZETTEER, index, target.id()));
                    for (int j = formal[0]; j < formal[1]; j++) blocked[j] = true;
                    continue;
                }
            }
            if (target.kind() == Gazetteer.Kind.DEMONYM && insideOrganisationName(lex, t, k, blocked, h.start(), h.end())) {
                // "Société suisse des maîtres imprimeurs", "Parti communiste chinois": inside a full organisation name
                // a demonym is a word of the name, no mention of the state
                for (int j = h.start(); j < h.end(); j++) blocked[j] = true;
                continue;
            }
            if (target.kind() == Gazetteer.Kind.NAME && target.type() == EntityType.ORG && from == h.start()) {
                int[] named = PrefixedOrganisations.find(lex, kb, t, k, tokens, blocked, h.start(), h.end(), lowerWords);
                if (named != null) {
                    // "Kataib Hezbollah": another organisation named after the known one, not a mention of it
                    Span whole = new Span(tokens.get(named[0]).start(), tokens.get(named[1] - 1).end());
                    out.add(new Candidate(whole, whole.of(text), EntityType.ORG, CapitalisedNameTagger.STRONG, Candidate.Source.RULES, index, null));
                    for (int j = named[0]; j < named[1]; j++) blocked[j] = true;
                    continue;
                }
            }
            Span span = new Span(tokens.get(from).start(), tokens.get(to - 1).end());
            if (target.kind() == Gazetteer.Kind.DEMONYM && h.start() > 0
                    && (lex.placePrepositions.contains(k.get(h.start() - 1)) || lex.ofPrepositions.contains(k.get(h.start() - 1)))
                    && !CapitalisedNameTagger.isCap(t.get(h.start() - 1))
                    // German writes its language names with a capital: "nach ukrainischen Angaben" is the adjective
                    && !(CAPITALISED_NOUNS.contains(lang) && !CapitalisedNameTagger.isCap(t.get(h.start())))
                    // "the assets of Iranian officials", "to North Korean envoys": a capitalised demonym before the
                    // lower-case noun it qualifies is the adjective, a mention of the state
                    && !capitalisedAdjective(lex, lang, t, k, h.start(), h.end())
                    // "thousands of Kenyans", "la colère des Kényans": a plural demonym is a people, never a language
                    && !peopleNoun(lex, t, k, h.start(), h.end())) {
                // "en allemand", "in German": a language, not the state
                for (int j = h.start(); j < h.end(); j++) blocked[j] = true;
                continue;
            }
            if (target.kind() == Gazetteer.Kind.DEMONYM && CAPITALISED_NOUNS.contains(lang) && h.start() > 0 && h.end() < n
                    && Character.isLetter(t.get(h.start() - 1).charAt(0)) && CapitalisedNameTagger.isCap(t.get(h.start()))
                    && CapitalisedNameTagger.isCap(t.get(h.end())) && lex.demonyms.containsKey(t.get(h.start()).toLowerCase(Locale.ROOT))) {
                // German writes nationality adjectives in lower case: a capitalised one inside a sentence, before a
                // noun, opens a name ("die Deutsche Bahn"), left to the rules
                continue;
            }
            if (target.kind() == Gazetteer.Kind.DEMONYM && nextToAgencyWord(k, h.start(), h.end())) {
                // "the Spanish agency EFE", "l'agence espagnole EFE": describes the outlet, a source rather than an actor
                for (int j = h.start(); j < h.end(); j++) blocked[j] = true;
                continue;
            }
            String id = target.id();
            EntityType type = target.type();
            Candidate.Source source = switch (target.kind()) {
                case DEMONYM -> Candidate.Source.DEMONYM;
                case METONYM -> Candidate.Source.METONYM;
                default -> Candidate.Source.GAZETTEER;
            };
            // "PARIS, 18 (Havas). —": a place in capitals before a comma and a day is a dateline even inside a
            // paragraph (reflowed wire copy, newspaper columns)
            boolean comma = h.end() < n && t.get(h.end()).equals(",");
            boolean day = h.end() + 1 < n && Character.isDigit(t.get(h.end() + 1).charAt(0));
            boolean dateline = comma && (blockStart && h.start() == 0 || h.start() == 0 && day
                    || CapitalisedNameTagger.isAllCapsWord(t.get(h.start())) && (h.start() == 0 || day))
                    || sharedDateline(t, h.start(), h.end());
            if ("capital".equals(target.entryKind()) && !dateline && actsAsGovernment(lex, k, h.start()) && !originNote(t, h.start(), h.end())) {
                Optional<String> country = kb.country(id);
                if (country.isPresent()) {
                    id = country.get();
                    type = EntityType.GPE;
                    source = Candidate.Source.METONYM;
                }
            }
            out.add(new Candidate(span, span.of(text), type, 0.9, source, index, id));
            for (int j = from; j < h.end(); j++) blocked[j] = true;
        }
        addTagged(doc, tokens, index, tagged(doc, s, tokens, lang, false), blocked, out, List.of());
        int rulesFrom = out.size();
        for (NameSpan ns : rules.tag(text, tokens, lang, blocked, blockStart, headline, nounsCapitalised, acronyms)) {
            if (onlyStateWords(lex, tokens, ns.span(), k)) continue;
            Candidate rule = new Candidate(ns.span(), ns.span().of(text), ns.type(), ns.confidence(), Candidate.Source.RULES, index, null);
            rule.guessed = CapitalisedNameTagger.GUESS.equals(ns.origin());
            out.add(rule);
            int[] range = tokenRange(tokens, ns.span());
            if (range != null) for (int j = range[0]; j < range[1]; j++) blocked[j] = true;
        }
        addTagged(doc, tokens, index, gapNames, blocked, out, List.copyOf(out.subList(rulesFrom, out.size())));
        for (int c = first; c < out.size(); c++) out.get(c).afterAgencyWord = afterAgencyWord(k, tokens, out.get(c).span, text);
    }

    /**
     * Whether the demonym [start, end) is a capitalised plural noun, a people ("Kenyans", "Kényans"): one word whose
     * form without its final "s" is a demonym of the same state. Plural forms that are also singular ("Français")
     * are not told apart from the language and are left out.
     */
    private static boolean peopleNoun(EntityLexicon lex, List<String> t, List<String> k, int start, int end) {
        if (end != start + 1 || !CapitalisedNameTagger.isCap(t.get(start))) return false;
        String w = k.get(start);
        if (w.length() < 4 || !w.endsWith("s")) return false;
        String state = lex.demonymKeys.get(w);
        return state != null && state.equals(lex.demonymKeys.get(w.substring(0, w.length() - 1)));
    }

    /**
     * Whether an organisation name built on a demonym ({@code org-patterns.tsv}, tokens [org[0], org[1])) is built on
     * the demonym of a known state: the demonyms of states the lexicon does not know ("forces armées brastoviennes")
     * name organisations of their own, as in English, where only known demonyms make a state body.
     */
    private static boolean stateBody(EntityLexicon lex, List<String> k, int[] org) {
        for (int j = org[0]; j < org[1]; j++) if (lex.demonymKeys.containsKey(k.get(j))) return true;
        return false;
    }

    /**
     * The tokens of a demonym and the formal state word it goes with ("French Republic", "République française",
     * "Schweizerische Eidgenossenschaft"), or null. The formal word must be capitalised.
     */
    private static int[] formalWithDemonym(EntityLexicon lex, List<String> t, List<String> k, boolean[] blocked, int start, int end) {
        for (EntityLexicon.StateForm f : lex.stateForms) {
            int m = f.words().size();
            int a, b;
            if (f.pattern() == EntityLexicon.StatePattern.DEM_BEFORE) {
                a = end;
                b = end + m;
            } else if (f.pattern() == EntityLexicon.StatePattern.DEM_AFTER) {
                a = start - m;
                b = start;
            } else {
                continue;
            }
            if (a < 0 || b > k.size() || !k.subList(a, b).equals(f.words()) || !CapitalisedNameTagger.isCap(t.get(a))
                    || anyBlocked(blocked, a, b)) {
                continue;
            }
            return new int[]{Math.min(a, start), Math.max(b, end)};
        }
        return null;
    }

    /**
     * Whether the capitalised demonym [start, end) qualifies the lower-case word right after it ("of Iranian
     * officials"), as languages that capitalise nationality adjectives but not nouns write it; a function word after it
     * ("in English and", "en allemand dans") leaves it a language name.
     */
    private static boolean capitalisedAdjective(EntityLexicon lex, String lang, List<String> t, List<String> k, int start, int end) {
        if (CAPITALISED_NOUNS.contains(lang) || end >= t.size() || !CapitalisedNameTagger.isCap(t.get(start))) return false;
        String next = t.get(end);
        return !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && !lex.stopwords.contains(k.get(end));
    }

    /** Whether the hit [start, end) ends with a formal state word that a capitalised demonym right after completes. */
    private static boolean endsFormalStateName(EntityLexicon lex, List<String> t, List<String> k, int start, int end) {
        if (end >= k.size() || !CapitalisedNameTagger.isCap(t.get(end)) || !lex.demonymKeys.containsKey(k.get(end))) return false;
        for (EntityLexicon.StateForm f : lex.stateForms) {
            int m = f.words().size();
            if (f.pattern() == EntityLexicon.StatePattern.DEM_AFTER && end - m >= start && k.subList(end - m, end).equals(f.words())) return true;
        }
        return false;
    }

    /** "the Republic", "die Bundesrepublik": formal state words alone are no name (with the country they are its name). */
    private static boolean onlyStateWords(EntityLexicon lex, List<Token> tokens, Span span, List<String> k) {
        boolean any = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            if (tok.start() < span.start() || tok.end() > span.end()) continue;
            if (lex.stateFormWords.contains(k.get(i))) any = true;
            else if (!lex.stopwords.contains(k.get(i))) return false;
        }
        return any;
    }

    static final Set<String> PRODUCT_MAKERS = org.vigie.nlp.lang.LanguagePack.of("multi").words("product-makers.txt").stream()
            .map(EntityLexicon::norm).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Capitalised maker words followed by a model number ("Boeing 777", "Airbus A320", "Sukhoi Su-25", "Boeing
     * 737-800"): token ranges [start, end) of the products, the model's hyphenated parts included.
     */
    private static List<int[]> productModels(List<String> t, List<String> k, List<Token> tokens, boolean[] blocked) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (blocked[i] || !PRODUCT_MAKERS.contains(k.get(i)) || !CapitalisedNameTagger.isCap(t.get(i))) continue;
            int end = i + 1;
            // a model word follows the maker in the text, with a space between ("Boeing 777", not "Boeing's")
            if (tokens.get(end).start() == tokens.get(i).end()) continue;
            boolean prefixed = end + 2 < t.size() && prefixWord(t.get(end)) && t.get(end + 1).equals("-") && modelWord(t.get(end + 2));
            if (!prefixed && !modelWord(t.get(end))) continue;
            end++;
            while (end + 1 < t.size() && t.get(end).equals("-") && tokens.get(end).start() == tokens.get(end - 1).end()
                    && tokens.get(end + 1).start() == tokens.get(end).end() && t.get(end + 1).chars().allMatch(Character::isLetterOrDigit)) {
                end += 2;
            }
            if (anyBlocked(blocked, i, end)) continue;
            out.add(new int[]{i, end});
            i = end - 1;
        }
        for (int i = 0; i + 2 < t.size(); i++) {
            // "F-16", "MiG-29", "S-400": a designation of letters, a hyphen and a number, written as one word, names a
            // model even without its maker; its letters are no name of their own
            if (blocked[i] || !designationLetters(t.get(i)) || !t.get(i + 1).equals("-") || !Character.isDigit(t.get(i + 2).charAt(0))) continue;
            if (tokens.get(i + 1).start() != tokens.get(i).end() || tokens.get(i + 2).start() != tokens.get(i + 1).end()) continue;
            if (i > 0 && tokens.get(i).start() == tokens.get(i - 1).end()) continue;
            int from = i, end = i + 3;
            if (anyBlocked(blocked, from, end) || out.stream().anyMatch(r -> r[0] < end && r[1] > from)) continue;
            out.add(new int[]{i, end});
            i = end - 1;
        }
        out.sort(Comparator.comparingInt(r -> r[0]));
        return out;
    }

    /** One to three letters, the first a capital ("F", "MiG", "Su", "S"). */
    private static boolean designationLetters(String w) {
        if (w.isEmpty() || w.length() > 3 || !Character.isUpperCase(w.charAt(0))) return false;
        return w.chars().allMatch(Character::isLetter);
    }

    private static int indexOf(List<Candidate> list, Candidate c) {
        for (int i = list.size() - 1; i >= 0; i--) if (list.get(i) == c) return i;
        return -1;
    }

    /**
     * "Air France", "Air New Zealand": a word of multi/place-org-prefixes.txt, as written, followed by the name of a
     * country or city of the knowledge base (up to three words), as token ranges [start, end).
     */
    private List<int[]> placeOrganisations(List<String> t, List<Token> tokens, boolean[] blocked) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (blocked[i] || !EntityLexicon.PLACE_ORG_PREFIXES.contains(t.get(i))) continue;
            for (int end = Math.min(t.size(), i + 4); end > i + 1; end--) {
                if (anyBlocked(blocked, i, end) || !CapitalisedNameTagger.isCap(t.get(i + 1))) continue;
                String place = t.subList(i + 1, end).stream().reduce((a, b) -> a + " " + b).orElse("");
                boolean known = kb.lookup(place).stream().anyMatch(e -> e.type() == EntityType.GPE);
                if (known) {
                    out.add(new int[]{i, end});
                    i = end - 1;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether the capitalised words from {@code from} on, up to three, end in a company's head word ("Airways"):
     * the words before them are then the start of that company's name.
     */
    private static boolean companyHeadAfter(List<String> t, List<String> k, boolean[] blocked, int from) {
        int j = from;
        while (j < t.size() && j < from + 3 && !blocked[j] && CapitalisedNameTagger.isCap(t.get(j))) j++;
        return j > from && EntityLexicon.COMPANY_HEADS.contains(k.get(j - 1));
    }

    /** "777", "A320", "737": a model word has a digit; a year ("Boeing 2024 results") is no model. */
    private static boolean modelWord(String w) {
        if (w.isEmpty() || !w.chars().allMatch(Character::isLetterOrDigit) || w.chars().noneMatch(Character::isDigit)) return false;
        return !(w.length() == 4 && w.chars().allMatch(Character::isDigit) && (w.startsWith("19") || w.startsWith("20")));
    }

    /** "Su" in "Su-25", "C" in "C-130": a short capitalised prefix of a hyphenated model number. */
    private static boolean prefixWord(String w) {
        return !w.isEmpty() && w.length() <= 3 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter);
    }

    private static List<String> keys(List<Token> tokens, String text) {
        List<String> k = new ArrayList<>(tokens.size());
        for (Token tok : tokens) k.add(EntityLexicon.norm(tok.span().of(text)));
        return k;
    }

    /**
     * Whether a one-word gazetteer hit at [start, end) is part of a person's name: right after a capitalised given
     * name ("David French"), or itself a given name right before a capitalised word the gazetteer does not know
     * ("Chad Bown"). Words the language lists as name stop words never count.
     */
    private boolean personName(List<String> t, List<String> k, boolean[] blocked, EntityLexicon lex, int start, int end) {
        if (end - start != 1) return false;
        boolean after = start > 0 && !blocked[start - 1] && CapitalisedNameTagger.isCap(t.get(start - 1))
                && !CapitalisedNameTagger.isAllCapsWord(t.get(start - 1))
                && lex.givenNames.contains(k.get(start - 1)) && !lex.stopwords.contains(k.get(start - 1));
        if (after) return true;
        return end < t.size() && !blocked[end] && lex.givenNames.contains(k.get(start))
                && CapitalisedNameTagger.isCap(t.get(start)) && !CapitalisedNameTagger.isAllCapsWord(t.get(start))
                && CapitalisedNameTagger.isCap(t.get(end)) && !CapitalisedNameTagger.isAllCapsWord(t.get(end))
                && !lex.stopwords.contains(k.get(end)) && !lex.orgCues.contains(k.get(end)) && kb.lookup(t.get(end)).isEmpty();
    }

    private static final Set<String> AGENCY_WORDS = org.vigie.nlp.lang.LanguagePack.of("multi").words("agency-words.txt");

    private static final Set<String> AGENCY_MODIFIERS = org.vigie.nlp.lang.LanguagePack.of("multi").words("agency-modifiers.txt").stream()
            .map(EntityLexicon::norm).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Whether a word for a news agency stands right before the span, or with only agency modifiers and demonyms
     * between ("agence officielle valdorienne KNA", "agencia estatal de noticias KNA").
     */
    private boolean afterAgencyWord(List<String> k, List<Token> tokens, Span span, String text) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() < span.start()) i++;
        for (int j = i - 1; j >= Math.max(0, i - 5); j--) {
            if (AGENCY_WORDS.contains(k.get(j))) return true;
            String w = tokens.get(j).span().of(text);
            boolean modifier = AGENCY_MODIFIERS.contains(k.get(j)) || (Character.isLowerCase(w.charAt(0)) && lexicons.get(ANY).looksLikeDemonym(k.get(j)));
            if (tokens.get(j).kind() != Token.Kind.WORD || !modifier) return false;
        }
        return false;
    }

    private boolean givenNameOf(String personId, String word, EntityLexicon lex) {
        if (!CapitalisedNameTagger.isCap(word) || lex.stopwords.contains(EntityLexicon.norm(word)) || Gazetteer.letters(word) < 3) return false;
        String key = VariantKey.of(word);
        for (String name : kb.entry(personId).map(KbEntry::allNames).orElse(List.of())) {
            String[] w = name.split("\\s+");
            if (w.length >= 2 && key.length() >= 3 && VariantKey.givenNamesAgree(key, VariantKey.of(w[0])) && key.charAt(0) == VariantKey.of(w[0]).charAt(0)
                    && VariantKey.distance(key, VariantKey.of(w[0]), 2) <= 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean nextToAgencyWord(List<String> k, int start, int end) {
        return (start > 0 && AGENCY_WORDS.contains(k.get(start - 1))) || (end < k.size() && AGENCY_WORDS.contains(k.get(end)));
    }

    /** Names inside a role phrase ("secrétaire général de l'OTAN") are still mentions; only the role's own words are not. */
    private static void unblockNames(Gazetteer gaz, List<String> t, List<String> k, boolean[] blocked) {
        boolean[] none = new boolean[blocked.length];
        for (List<Gazetteer.Hit> group : gaz.find(t, k, none)) {
            Gazetteer.Hit h = group.get(0);
            if (h.target().kind() == Gazetteer.Kind.DEMONYM) continue;
            boolean inRole = false;
            for (int j = h.start(); j < h.end(); j++) inRole |= blocked[j];
            if (inRole) for (int j = h.start(); j < h.end(); j++) blocked[j] = false;
        }
    }

    /**
     * The spans of the taggers that run before the rules, or of the fallback ones, on tokens not yet claimed. A
     * fallback tagger's name that is exactly an unsure rule span (a capitalised word opening a sentence or in a
     * headline) makes it count without being seen elsewhere; the rules' type stands.
     */
    private void addTagged(Document doc, List<Token> tokens, int index, List<NameSpan> names,
                           boolean[] blocked, List<Candidate> out, List<Candidate> ruleCands) {
        String text = doc.text();
        for (NameSpan ns : names) {
            int[] range = tokenRange(tokens, ns.span());
            if (range == null || onlyStateWords(lexicons.get(ANY), tokens, ns.span(), keys(tokens, text))) continue;
            if (anyBlocked(blocked, range[0], range[1])) {
                for (Candidate c : ruleCands) {
                    if (!c.span.equals(ns.span())) continue;
                    if (c.confidence <= CapitalisedNameTagger.UNSURE) c.confidence = CapitalisedNameTagger.WEAK;
                    // "Lufthansa said": the rules had no evidence for their type, the model reads an organisation; its
                    // one-word persons are left to the rules and the grouping (it reads a capital acting as its
                    // government, "warned that Tirana would judge", as a person)
                    int at = c.guessed && ns.type() == EntityType.ORG && c.type != EntityType.ORG ? indexOf(out, c) : -1;
                    if (at >= 0) out.set(at, c.as(c.span, c.text, ns.type(), c.kbId));
                }
                continue;
            }
            out.add(new Candidate(ns.span(), ns.span().of(text), ns.type(), ns.confidence(), Candidate.Source.TAGGER, index, null));
            for (int j = range[0]; j < range[1]; j++) blocked[j] = true;
        }
    }

    /** The names of the taggers that run before the rules, or of the fallback ones, in the order of the taggers. */
    private List<NameSpan> tagged(Document doc, Sentence s, List<Token> tokens, String lang, boolean fallback) {
        List<NameSpan> names = new ArrayList<>();
        for (NameTagger tagger : taggers) {
            if (tagger.fallback() == fallback) names.addAll(safeTag(tagger, doc, s, tokens, lang));
        }
        return names;
    }

    /**
     * Whether a gazetteer hit for a place is strictly inside a person's or organisation's name that a tagger found
     * ("Whitney Houston", "University of Michigan").
     */
    private static boolean insideTaggedName(Gazetteer.Hit h, List<NameSpan> names, List<Token> tokens) {
        EntityType type = h.target().type();
        if (h.target().kind() != Gazetteer.Kind.NAME || type != EntityType.GPE && type != EntityType.LOC) return false;
        int start = tokens.get(h.start()).start(), end = tokens.get(h.end() - 1).end();
        for (NameSpan ns : names) {
            if (ns.type() != EntityType.PER && ns.type() != EntityType.ORG) continue;
            if (ns.span().start() <= start && end <= ns.span().end() && ns.span().length() > end - start) return true;
        }
        return false;
    }

    private static List<NameSpan> safeTag(NameTagger tagger, Document doc, Sentence s, List<Token> tokens, String lang) {
        try {
            return tagger.tag(doc, s, tokens, lang);
        } catch (RuntimeException e) {
            // a failing statistical tagger must not lose the gazetteer's and the rules' work on this document
            return List.of();
        }
    }

    /**
     * A lower-case demonym after a capitalised organisation word, with at most one lower-case adjective between
     * ("Société suisse", "Parti communiste chinois"), where nouns are not all capitalised.
     */
    private static boolean insideOrganisationName(EntityLexicon lex, List<String> t, List<String> k, boolean[] blocked, int start, int end) {
        if (end - start != 1 || !Character.isLowerCase(t.get(start).charAt(0)) || CAPITALISED_NOUNS.contains(lex.language)) return false;
        int j = start - 1;
        boolean adjectiveBetween = false;
        if (j > 0 && !blocked[j] && Character.isLowerCase(t.get(j).charAt(0)) && !lex.stopwords.contains(k.get(j))
                && !lex.particles.contains(k.get(j)) && !lex.ofPrepositions.contains(k.get(j))) {
            j--;
            adjectiveBetween = true;
        }
        // "le Parlement turc", "le Ministère russe": an organisation word and the demonym alone name the state's own
        // body, an actor the demonym stands for; a longer name ("Parti communiste chinois", "Société suisse des
        // maîtres imprimeurs") is an organisation of its own
        boolean continues = end + 1 < k.size() && lex.ofPrepositions.contains(k.get(end)) && Character.isLetter(t.get(end + 1).charAt(0));
        if (!adjectiveBetween && !continues) return false;
        // "le Gouvernement français" is the state's government, an actor the demonym stands for
        return j >= 0 && !blocked[j] && CapitalisedNameTagger.isCap(t.get(j)) && !CapitalisedNameTagger.isAllCapsWord(t.get(j))
                && lex.orgCues.contains(k.get(j)) && !lex.stateInstitutions.contains(k.get(j));
    }

    /** The first word of the sentence, perhaps after an opening quote or dash. */
    private static boolean opensSentence(List<String> t, int i) {
        for (int j = 0; j < i; j++) if (Character.isLetterOrDigit(t.get(j).charAt(0))) return false;
        return true;
    }

    /**
     * "MM. Karrer (Berne) et Allet", "Hutter Joseph, Berne ;": a capital in brackets, or set off by a comma before a
     * list separator, says where a person or thing comes from; it does not act.
     */
    private static boolean originNote(List<String> t, int start, int end) {
        String before = start > 0 ? t.get(start - 1) : "";
        String after = end < t.size() ? t.get(end) : "";
        if (before.equals("(") && after.equals(")")) return true;
        return before.equals(",") && (after.equals(";") || after.equals(")"));
    }

    /**
     * "BEIRUT/JERUSALEM, Oct 3 (Reuters)": places in capitals joined by slashes at the start of a sentence, the last
     * one before a comma, are the dateline of a story filed from several cities.
     */
    private static boolean sharedDateline(List<String> t, int start, int end) {
        if (!CapitalisedNameTagger.isAllCapsWord(t.get(start))) return false;
        boolean slashed = false;
        int from = start;
        for (; from > 0 && (t.get(from - 1).equals("/") || CapitalisedNameTagger.isAllCapsWord(t.get(from - 1))); from--) {
            slashed |= t.get(from - 1).equals("/");
        }
        int to = end;
        for (; to < t.size() && (t.get(to).equals("/") || CapitalisedNameTagger.isAllCapsWord(t.get(to))); to++) {
            slashed |= t.get(to).equals("/");
        }
        return slashed && from == 0 && to < t.size() && t.get(to).equals(",");
    }

    /**
     * A capital named outside a locative or genitive phrase stands for its government: "Moscou a démenti". After a
     * noun of statement or proposal and its "of" word ("la proposition de Moscou", "le refus de Kiev") the capital
     * is the one who proposed or refused, its government too.
     */
    private static boolean actsAsGovernment(EntityLexicon lex, List<String> k, int start) {
        if (start == 0) return true;
        String prev = k.get(start - 1);
        if (lex.ofPrepositions.contains(prev) && start >= 2 && statementNouns(lex.language).contains(k.get(start - 2))) return true;
        return !lex.placePrepositions.contains(prev) && !lex.ofPrepositions.contains(prev);
    }

    private static final Map<String, Set<String>> STATEMENT_NOUNS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Nouns of statement or proposal of a language ({@code statement-nouns.txt}), of all languages for {@link #ANY}. */
    private static Set<String> statementNouns(String language) {
        return STATEMENT_NOUNS.computeIfAbsent(language, l -> ANY.equals(l) ? unionOfLanguages("statement-nouns.txt")
                : org.vigie.nlp.lang.LanguagePack.of(l).words("statement-nouns.txt").stream().map(EntityLexicon::norm)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    private static int[] tokenRange(List<Token> tokens, Span span) {
        int a = -1, b = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == span.start()) a = i;
            if (tokens.get(i).end() == span.end()) b = i + 1;
        }
        return a < 0 || b <= a ? null : new int[]{a, b};
    }

    /** Whether any token in [from, to) is blocked (shared by the name finders of this package). */
    static boolean anyBlocked(boolean[] blocked, int from, int to) {
        for (int i = from; i < to; i++) if (blocked[i]) return true;
        return false;
    }

    /**
     * Unsure rule spans (sentence-initial words, headline words) count only when the name is seen elsewhere, as a
     * name or through its demonym ("Brastovie" in a headline, "les soldats brastoviens" in the body).
     */
    private List<Candidate> confirmed(List<Candidate> cands, String text, List<Token> tokens) {
        Set<String> sure = new HashSet<>();
        Set<String> sureFull = new HashSet<>();
        Set<String> genericWords = lexicons.get(ANY).orgCues;
        Map<Character, List<String>> byInitial = new HashMap<>();
        for (Candidate c : cands) {
            if (c.confidence <= CapitalisedNameTagger.UNSURE || c.hidden) continue;
            sureFull.add(c.form().key);
            List<String> keys = new ArrayList<>(List.of(c.form().wordKeys));
            keys.add(c.form().key);
            for (String k : keys) {
                if (!k.isEmpty() && sure.add(k)) byInitial.computeIfAbsent(k.charAt(0), x -> new ArrayList<>()).add(k);
            }
        }
        Set<String> stems = demonymStems(text, tokens);
        // a word always written with a capital, seen twice or more where capitals are ambiguous, is a name too
        Map<String, Integer> unsureCounts = new HashMap<>();
        for (Candidate c : cands) {
            if (c.confidence <= CapitalisedNameTagger.UNSURE && !c.hidden && !c.nav && c.relatedBlock < 0) unsureCounts.merge(c.form().key, 1, Integer::sum);
        }
        Set<String> lowerWords = new HashSet<>();
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.WORD && Character.isLowerCase(text.charAt(t.start()))) lowerWords.add(VariantKey.of(t.span().of(text)));
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : cands) {
            if (c.confidence <= CapitalisedNameTagger.UNSURE) {
                String key = c.form().key;
                if (!c.text.contains(" ") && genericWords.contains(org.vigie.nlp.lang.LanguagePack.normalize(c.text))) {
                    // "Parlement", "Office": counts only when the document uses the same word alone elsewhere
                    if (sureFull.contains(key)) out.add(c);
                    continue;
                }
                boolean seen = sure.contains(key) || anyWordSure(c, sure)
                        || (unsureCounts.getOrDefault(key, 0) >= 2 && !lowerWords.contains(key) && key.length() >= 4 && c.relatedBlock < 0)
                        || (!c.text.contains(" ") && stems.contains(Linker.stem(org.vigie.nlp.lang.LanguagePack.normalize(c.text))));
                if (!seen && !key.isEmpty()) {
                    // spelling variants of a sure name share its first letter (close() demands it below seven letters)
                    for (String s : byInitial.getOrDefault(key.charAt(0), List.of())) {
                        if (VariantKey.close(key, s)) {
                            seen = true;
                            break;
                        }
                    }
                }
                if (!seen) continue;
            }
            out.add(c);
        }
        // continents and regions on navigation lines are section names ("Monde > Europe"), not mentions of the story
        out.removeIf(c -> c.nav && c.kbId != null && kb.entry(c.kbId).map(e -> "continent".equals(e.kind()) || "region".equals(e.kind())).orElse(false));
        // a link to another story counts when it is about this one: three names or more that the body names too
        Map<Integer, Integer> perBlock = new HashMap<>();
        for (Candidate c : out) if (c.relatedBlock >= 0) perBlock.merge(c.relatedBlock, 1, Integer::sum);
        out.removeIf(c -> c.relatedBlock >= 0 && perBlock.get(c.relatedBlock) < 3);
        return out;
    }

    /** A name of several words counts when one of its longer words is a sure name ("Anatol Verenko" after "Verenko"). */
    private static boolean anyWordSure(Candidate c, Set<String> sure) {
        Form f = c.form();
        if (f.words.length < 2) return false;
        for (int i = 0; i < f.words.length; i++) {
            if (f.wordKeys[i].length() >= 4 && Character.isUpperCase(f.words[i].charAt(0)) && sure.contains(f.wordKeys[i])) return true;
        }
        return false;
    }

    /** Stems of the lower-case words with a demonym ending ("brastoviens" -> "brastov"). */
    private Set<String> demonymStems(String text, List<Token> tokens) {
        Set<String> stems = new HashSet<>();
        List<String> suffixes = lexicons.get(ANY).demonymSuffixes;
        for (Token t : tokens) {
            if (t.kind() != Token.Kind.WORD || !Character.isLowerCase(text.charAt(t.start()))) continue;
            String key = org.vigie.nlp.lang.LanguagePack.normalize(t.span().of(text));
            for (String suffix : suffixes) {
                if (key.endsWith(suffix) && key.length() >= suffix.length() + 4) {
                    stems.add(Linker.stem(key.substring(0, key.length() - suffix.length())));
                    break;
                }
            }
        }
        return stems;
    }

    private static final Set<String> COMMUNITY_ADJECTIVES = unionOfLanguages("community-adjectives.txt");

    /**
     * "the Protestant extremist organization", "a Shiite mosque", "Karen guerrillas": a capitalised adjective of a
     * religion or people before a lower-case word is a MISC mention, not a place or actor of its own; the noun after
     * it names the group. "Karen Bass", a name the knowledge base links, stay what they are.
     */
    private static List<Candidate> communityAdjectives(List<Candidate> cands, String text) {
        List<Candidate> out = new ArrayList<>(cands.size());
        for (Candidate c : cands) {
            int next = c.span.end();
            boolean adjective = c.kbId == null && c.text.indexOf(' ') < 0 && COMMUNITY_ADJECTIVES.contains(EntityLexicon.norm(c.text))
                    && next + 1 < text.length() && text.charAt(next) == ' ' && Character.isLowerCase(text.charAt(next + 1));
            out.add(adjective ? c.as(c.span, c.text, EntityType.MISC, null) : c);
        }
        return out;
    }

    private static Set<String> unionOfLanguages(String file) {
        return org.vigie.nlp.lang.LanguagePack.wordsOfAll(LANGUAGES, file);
    }

    private static final Set<String> COMPOUND_PARTICIPLES = unionOfLanguages("compound-participles.txt");

    /**
     * "US-led", "Iranian-backed", "NATO-brokered", "US-geführte": the name before the hyphen is the mention (of the
     * state or organisation the knowledge base knows), the participle after it no part of the name.
     */
    private List<Candidate> withoutParticiples(List<Candidate> cands) {
        List<Candidate> out = new ArrayList<>(cands.size());
        for (Candidate c : cands) {
            int hyphen = participleHyphen(c.text);
            if (hyphen < 0) {
                out.add(c);
                continue;
            }
            String name = c.text.substring(0, hyphen);
            Span span = new Span(c.span.start(), c.span.start() + hyphen);
            List<KbEntry> known = kb.lookup(name);
            // "Israeli-occupied", "Saudi-led": a demonym before the participle is a mention of its state
            String state = known.isEmpty() ? lexicons.get(ANY).demonymKeys.get(EntityLexicon.norm(name)) : null;
            if (state != null) out.add(c.as(span, name, EntityType.GPE, state));
            else if (!known.isEmpty()) out.add(c.as(span, name, known.get(0).type(), known.get(0).id()));
            else if (Gazetteer.letters(name) >= 2) out.add(c.as(span, name, c.type, null));
        }
        return out;
    }

    /** Where "-led" or "-geführte" begins in a name ("NATO-geführte Mission" too), or -1. */
    private static int participleHyphen(String name) {
        for (int hyphen = name.indexOf('-'); hyphen > 0; hyphen = name.indexOf('-', hyphen + 1)) {
            int end = hyphen + 1;
            while (end < name.length() && Character.isLetter(name.charAt(end))) end++;
            String after = name.substring(hyphen + 1, end);
            if (!after.isEmpty() && Character.isLowerCase(after.charAt(0)) && COMPOUND_PARTICIPLES.contains(EntityLexicon.norm(after))) return hyphen;
        }
        return -1;
    }

    /**
     * "Brastovie-Lessarie": a hyphenated pair of names, each seen elsewhere in the document (as a name or through its
     * demonym, "les forces brastoviennes") or known to the knowledge base, is two mentions; "Roux-Keller" stays one
     * name.
     */
    private List<Candidate> splitCompounds(List<Candidate> cands, String text, List<Token> tokens) {
        Set<String> seen = new HashSet<>();
        for (Candidate c : cands) if (c.text.indexOf('-') < 0) seen.add(VariantKey.of(c.text));
        Set<String> stems = demonymStems(text, tokens);
        // English writes demonyms with a capital: "Brastovian" found as a place-like name is a demonym too
        for (Candidate c : cands) {
            if (c.type != EntityType.GPE || c.text.contains(" ") || c.text.indexOf('-') >= 0) continue;
            String key = org.vigie.nlp.lang.LanguagePack.normalize(c.text);
            for (String suffix : lexicons.get(ANY).demonymSuffixes) {
                if (key.endsWith(suffix) && key.length() >= suffix.length() + 4) {
                    stems.add(Linker.stem(key.substring(0, key.length() - suffix.length())));
                    break;
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : cands) {
            String[] parts = c.text.split("-");
            boolean split = c.kbId == null && parts.length >= 2 && !c.text.contains(" ");
            for (String p : parts) {
                if (!split) break;
                split = p.length() >= 3 && Character.isUpperCase(p.charAt(0))
                        && (seen.contains(VariantKey.of(p)) || stems.contains(Linker.stem(org.vigie.nlp.lang.LanguagePack.normalize(p)))
                        || kb.lookup(p).stream().anyMatch(e -> e.type() == EntityType.GPE));
            }
            if (!split) {
                out.add(c);
                continue;
            }
            int offset = c.span.start();
            for (String p : parts) {
                Span span = new Span(offset, offset + p.length());
                List<KbEntry> known = kb.lookup(p);
                String id = known.isEmpty() ? null : known.get(0).id();
                EntityType type = known.isEmpty() ? c.type : known.get(0).type();
                Candidate part = new Candidate(span, p, type, Math.max(c.confidence, CapitalisedNameTagger.WEAK), c.source, c.sentence, id);
                part.hidden = c.hidden;
                part.afterAgencyWord = c.afterAgencyWord;
                out.add(part);
                offset += p.length() + 1;
            }
        }
        return out;
    }

    private Layers layers(List<Candidate> cands, List<Cluster> clusters, List<RoleHit> roles, LocalDate date) {
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, EntityType> types = new HashMap<>();
        List<Mention> mentions = new ArrayList<>();
        Map<Cluster, String> ids = new IdentityHashMap<>();
        for (Cluster cl : clusters) {
            if (cl.members.isEmpty()) continue;
            String name = cl.name();
            String id = cl.kbId != null ? cl.kbId : KnowledgeBase.slug(name);
            ids.put(cl, id);
            spans.computeIfAbsent(id, x -> new ArrayList<>());
            names.putIfAbsent(id, name);
            types.putIfAbsent(id, cl.type());
        }
        Set<String> outlets = new HashSet<>();
        for (Cluster cl : clusters) {
            if (!cl.members.isEmpty() && isOutlet(cl)) outlets.add(ids.get(cl));
        }
        for (Candidate c : cands) {
            if (c.cluster == null || c.cluster.members.isEmpty()) continue;
            String id = ids.get(c.cluster);
            if (c.hidden) continue;
            // an outlet's mention is an ORG mention of the outlet for the annotators after this one (quotes read
            // "rapporte l'agence Belga" through it), but the outlet is a source, not an entity of the story
            if (!outlets.contains(id)) spans.get(id).add(c.span);
            mentions.add(new Mention(c.span, types.get(id), id, c.confidence));
        }
        for (String id : outlets) spans.remove(id);
        // a group seen only in captions, credits and other hidden lines has no entity entry
        spans.values().removeIf(List::isEmpty);
        List<String> people = new ArrayList<>();
        for (Map.Entry<String, EntityType> t : types.entrySet()) if (t.getValue() == EntityType.PER && spans.containsKey(t.getKey())) people.add(t.getKey());
        {
            for (RoleHit r : roles) {
                if (r.of() == null) continue;
                // "the former Norwegian prime minister" is never the holder of the day: a past holder the text names;
                // without a date, a present role is only known as a person the text names who has held it
                Optional<KbEntry> holder = r.former() || date == null ? namedHolder(r, people, r.former() ? date : null)
                        : kb.holder(r.role(), r.of(), date);
                if (holder.isEmpty()) continue;
                KbEntry h = holder.get();
                spans.computeIfAbsent(h.id(), x -> new ArrayList<>());
                names.putIfAbsent(h.id(), h.name());
                types.putIfAbsent(h.id(), h.type());
                mentions.add(new Mention(r.span(), types.get(h.id()), h.id(), 0.6));
            }
        }
        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<String, List<Span>> e : spans.entrySet()) {
            List<Span> s = new ArrayList<>(new TreeSet<>(e.getValue()));
            entities.add(new Entity(e.getKey(), names.get(e.getKey()), types.get(e.getKey()), s));
        }
        entities.sort(Comparator.comparing((Entity e) -> e.mentions().isEmpty() ? Integer.MAX_VALUE : e.mentions().get(0).start()));
        mentions.sort(Comparator.comparing(Mention::span));
        return Layers.builder().put(LayerKind.MENTIONS, mentions).put(LayerKind.ENTITIES, entities).build();
    }

    /**
     * The one person among {@code people} (entity ids of the document) who held the role of a role phrase: a term
     * ended before {@code before} when given (a former office), any term otherwise; empty when none or several did.
     */
    private Optional<KbEntry> namedHolder(RoleHit r, List<String> people, LocalDate before) {
        KbEntry found = null;
        for (String id : people) {
            boolean held = false;
            for (org.vigie.nlp.kb.Office o : kb.offices(id)) {
                if (!o.role().equals(r.role()) || !o.of().equals(r.of())) continue;
                if (!r.former() || o.end().isPresent() && (before == null || o.end().get().isBefore(before))) held = true;
            }
            if (!held) continue;
            if (found != null) return Optional.empty();
            found = kb.entry(id).orElse(null);
        }
        return Optional.ofNullable(found);
    }

    /**
     * News outlets are sources, not entities of the story: their mentions stay in MENTIONS only. Unknown names count
     * as outlets when an outlet word is in them or an agency word precedes them.
     */
    private boolean isOutlet(Cluster cl) {
        if (cl.kbId != null) return kb.entry(cl.kbId).map(e -> "outlet".equals(e.kind())).orElse(false);
        for (Candidate m : cl.members) if (m.afterAgencyWord || m.outlet) return true;
        if (cl.type() != EntityType.ORG) return false;
        String name = org.vigie.nlp.lang.LanguagePack.normalize(cl.name());
        for (String w : OUTLET_WORDS) if (name.contains(w)) return true;
        return false;
    }

    private static final List<String> OUTLET_WORDS = org.vigie.nlp.lang.LanguagePack.of("multi").orderedWords("outlet-words.txt")
            .stream().map(org.vigie.nlp.lang.LanguagePack::normalize).toList();

    /** The date offices are resolved at: PUBLISHED when present, else the input's metadata; null when unknown. */
    static LocalDate documentDate(Document doc) {
        String v = doc.published().map(Published::value).orElse(doc.metadata().published());
        if (v == null || v.length() < 10) return null;
        try {
            return LocalDate.parse(v.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Lines where a capital does not mark a name. Navigation lines (breadcrumbs, menus, NAV blocks): every name there
     * counts only when the document names it elsewhere. Headline-like lines (Title Case, bylines, other boilerplate):
     * the same holds for names unknown to the knowledge base.
     */
    private void classify(Document doc, List<Token> tokens, Set<Block> nav, Set<Block> headline) {
        String text = doc.text();
        Set<String> bylines = lexicons.get(ANY).bylineCues;
        int ti = 0;
        for (Block b : doc.blocks()) {
            if (b.kind() == Block.Kind.NAV || b.kind() == Block.Kind.OTHER) {
                nav.add(b);
                continue;
            }
            if (!b.isBody()) {
                headline.add(b);
                continue;
            }
            while (ti < tokens.size() && tokens.get(ti).start() < b.start()) ti++;
            int words = 0, caps = 0, separators = 0, all = 0, lower = 0;
            String first = null;
            for (int j = ti; j < tokens.size() && tokens.get(j).end() <= b.end(); j++) {
                String w = tokens.get(j).span().of(text);
                all++;
                if (first == null) first = EntityLexicon.norm(w);
                if ((w.equals(">") || w.equals("›") || w.equals("»") || w.equals("|") || w.equals("/") || w.equals("•"))
                        && spaced(text, tokens.get(j).span())) {
                    separators++;
                }
                if (tokens.get(j).kind() == Token.Kind.WORD && Character.isLowerCase(w.charAt(0))) lower++;
                if (tokens.get(j).kind() != Token.Kind.WORD || Gazetteer.letters(w) < 4) continue;
                words++;
                if (Character.isUpperCase(w.charAt(0))) caps++;
            }
            String line = b.span().of(text);
            if (line.indexOf('«') >= 0) separators -= count(line, '»');
            // a breadcrumb is a short line: two stray "> " in a long paragraph (OCR, quoted e-mail) make no navigation
            boolean breadcrumb = all <= MAX_NAV_TOKENS && (separators >= 2 || line.indexOf('\t') >= 0 && line.strip().indexOf('\t') > 0);
            boolean menu = (words >= 3 && caps == words && all <= words + separators + 2 && !line.strip().endsWith("."))
                    || (words >= 2 && lower == 0 && all <= 8 && !line.strip().endsWith("."));
            boolean titleCase = words >= 4 && caps * 10 > words * 7 && !line.strip().endsWith(".");
            boolean byline = first != null && bylines.contains(first) && all <= 12;
            if (breadcrumb || menu) nav.add(b);
            else if (titleCase || byline) headline.add(b);
        }
    }

    /** Tokens of the longest line read as a breadcrumb. */
    private static final int MAX_NAV_TOKENS = 40;

    private static final Set<Block.Kind> HIDDEN_KINDS = EnumSet.of(Block.Kind.CAPTION, Block.Kind.CREDIT, Block.Kind.BYLINE,
            Block.Kind.AD, Block.Kind.COMMENT, Block.Kind.COUNTER, Block.Kind.URL, Block.Kind.DUPLICATE_HEADLINE);

    /**
     * Captions, credits, bylines, ads, comments, counters and repeated headlines: their names are not mentions of the
     * story (the guidelines count boilerplate names only in navigation and related lines about the story). A line wholly in brackets, such as
     * "(Reporting by the Kyiv bureau; Editing by ...)", is a credit too, and so is a line opening with ©.
     */
    private static Set<Block> hiddenBlocks(Document doc) {
        Set<Block> out = new HashSet<>();
        for (Block b : doc.blocks()) {
            String line = b.span().of(doc.text()).strip();
            if (HIDDEN_KINDS.contains(b.kind()) || (line.length() > 2 && line.charAt(0) == '(' && line.endsWith(")"))
                    || line.startsWith("©")) {
                out.add(b);
            }
        }
        return out;
    }

    /** Inside the bracketed agency credit of a dateline ("BRUXELLES, 10 février (EUROPA PRESS) -"): a source, not an entity. */
    private static boolean inDatelineCredit(String text, Span span) {
        int open = text.lastIndexOf('(', span.start());
        int lineStart = text.lastIndexOf('\n', span.start() - 1) + 1;
        if (open < lineStart || open > lineStart + 60) return false;
        int close = text.indexOf(')', span.end());
        if (close < 0 || text.indexOf('\n', span.end()) >= 0 && text.indexOf('\n', span.end()) < close) return false;
        String inside = text.substring(open + 1, close).strip();
        String head = text.substring(lineStart, open).strip();
        return inside.length() <= 30 && inside.equals(inside.toUpperCase(java.util.Locale.ROOT)) && head.matches(".*\\d.*")
                && head.split("[\\s,]+")[0].equals(head.split("[\\s,]+")[0].toUpperCase(java.util.Locale.ROOT));
    }

    /** A breadcrumb separator stands between spaces ("Monde / Europe"), unlike the slashes of "/TASS/". */
    private static boolean spaced(String text, Span s) {
        boolean before = s.start() == 0 || Character.isWhitespace(text.charAt(s.start() - 1)) || text.charAt(s.start() - 1) == '\u00A0';
        boolean after = s.end() >= text.length() || Character.isWhitespace(text.charAt(s.end())) || text.charAt(s.end()) == '\u00A0';
        return before && after;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    /** Without a language layer: the language whose common words the sentence uses most, else all languages together. */
    private String sentenceLanguage(String text, List<Token> tokens) {
        String best = ANY;
        int bestCount = 1;
        for (String l : LANGUAGES) {
            Set<String> stop = lexicons.get(l).stopwords;
            int count = 0;
            for (Token t : tokens) if (t.kind() == Token.Kind.WORD && stop.contains(EntityLexicon.norm(t.span().of(text)))) count++;
            if (count > bestCount) {
                best = l;
                bestCount = count;
            }
        }
        return best;
    }
}

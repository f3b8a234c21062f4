package org.vigie.nlp.entities;

import org.vigie.core.model.EntityType;
import org.vigie.nlp.lang.LanguagePack;
import org.vigie.nlp.segment.SegmentAnnotator;

import java.util.*;

/**
 * The entity knowledge of one language, read once from its resource files: titles, role phrases, demonyms,
 * metonyms, organisation and place cues, prepositions, words that are never names, demonym endings; plus the
 * language-independent given names and name particles.
 */
final class EntityLexicon {
    /** One element of a role pattern: a normalised word, or a placeholder for a demonym or a country name. */
    record RoleElement(String word, boolean demonym, boolean country) {
    }

    record RolePattern(List<RoleElement> elements, String role, String of) {
    }

    /** A word announcing a name: its type, whether it comes before the name, whether it belongs to the mention. */
    record NameCue(List<String> words, EntityType type, boolean before, boolean inSpan) {
    }

    /** How a formal state word joins the country it names (see state-forms.tsv). */
    enum StatePattern { OF, BEFORE, DEM_AFTER, DEM_BEFORE }

    /** A formal word of a state's name ("Kingdom", "République fédérale") and where the country stands. */
    record StateForm(List<String> words, StatePattern pattern) {
    }

    final String language;
    final TokenTrie<String> titles = new TokenTrie<>();
    /** Words for an organisation's head ("CEO", "PDG"): next to a name they make it an organisation's, before one a title. */
    final TokenTrie<String> orgRoles = new TokenTrie<>();
    /** Words closing a company's name after a demonym or a place ("Airways"), from multi/company-heads.txt. */
    static final Set<String> COMPANY_HEADS = normalised(LanguagePack.of("multi").words("company-heads.txt"));
    /** Words making an organisation's name with a place after them ("Air France"), as written. */
    static final Set<String> PLACE_ORG_PREFIXES = LanguagePack.of("multi").words("place-org-prefixes.txt");
    final List<RolePattern> roles = new ArrayList<>();
    private Map<String, List<RolePattern>> rolesByFirstWord;
    private List<RolePattern> rolesByPlaceholder;
    /** Organisation names built on a demonym ("forces armées {dem}"), as role patterns without a role. */
    final List<RolePattern> orgPatterns = new ArrayList<>();
    final Map<String, List<String>> demonyms = new LinkedHashMap<>();
    /** Normalised demonym form -> its (first) country. */
    final Map<String, String> demonymKeys = new HashMap<>();
    final Map<String, String> metonyms = new LinkedHashMap<>();
    final Set<String> orgCues;
    final List<NameCue> nameCues = new ArrayList<>();
    final Set<String> bylineCues;
    final Set<String> demonymHeads;
    final Set<String> placePrepositions;
    final Set<String> ofPrepositions;
    final Set<String> stopwords;
    final List<String> demonymSuffixes;
    /** Stems of common words that have a demonym ending without being demonyms ("quotidien", "républicain"). */
    final Set<String> notDemonymStems;
    /** Endings of common nouns in languages that capitalise them ("-ung"): such a word alone is not a name. */
    final List<String> commonNounSuffixes;
    /** Articles after which an unknown one-word name is an organisation rather than a town ("la Juventus"). */
    final Set<String> orgArticles;
    /** Nouns for a leader's government named after the leader ("the Obama administration", "le régime Assad"), by side of the name. */
    final Set<String> eponymNounsAfterName;
    final Set<String> eponymNounsBeforeName;
    final Set<String> givenNames;
    final Set<String> particles;
    /** Words that make a sports club's name with a place before it ("FC Barcelona") or after it ("Leeds United"). */
    final Set<String> clubBefore;
    final Set<String> clubAfter;
    /** Finite and participle forms of speech verbs ("said", "a déclaré"): a name right before or after one is a speaker's. */
    final Set<String> speechVerbs;
    /** Lower-case words joining the parts of an organisation's name after its head word ("Board of Elections"). */
    final Set<String> nameConnectors;
    /** Words for a state's government as a whole ("Government of Ukraine" is the state, not an organisation). */
    final Set<String> stateInstitutions;
    /** Capitalised words of religion and political creed ({@code creed-words.txt}): never a place, never a name's first word. */
    final Set<String> creedWords;
    /** Nouns of places ({@code place-nouns.txt}): an unknown name modifying another noun is no place. */
    final Set<String> placeNouns;
    /** Determiners before a noun a capitalised word may modify ({@code modifier-determiners.txt}; English: "the X deal"). */
    final Set<String> modifierDeterminers;
    /** Formal state words, longest first: with the country they make one mention of it. */
    final List<StateForm> stateForms;
    /** Every word of the formal state forms: a name made of these words only is no name ("the Republic"). */
    final Set<String> stateFormWords;
    /** Words for a university, whose name built on a region may go on with its campus ("University of Texas at Austin"). */
    final Set<String> campusWords;
    /** Prepositions joining the campus to such a name ("at", "à"). */
    final Set<String> campusConnectors;
    /** Newspaper title words: after a place or before "of" and a place they make an outlet's name ("Boston Globe"). */
    final Set<String> mastheads;
    /** Words before a role that make it a past office ("former", "ancien", "ex"). */
    final Set<String> formerWords;

    EntityLexicon(String language, SegmentAnnotator segmenter) {
        this.language = language;
        LanguagePack pack = LanguagePack.of(language);
        for (Map<String, String> r : pack.table("titles.tsv")) titles.add(keys(segmenter, r.get("title")), r.get("kind"));
        for (Map<String, String> r : pack.table("roles.tsv")) {
            List<RoleElement> els = new ArrayList<>();
            for (String part : r.get("phrase").strip().split("\\s+")) {
                if (part.equals("{dem}")) els.add(new RoleElement(null, true, false));
                else if (part.equals("{country}")) els.add(new RoleElement(null, false, true));
                else for (String k : keys(segmenter, part)) els.add(new RoleElement(k, false, false));
            }
            roles.add(new RolePattern(List.copyOf(els), r.get("role").strip(), r.getOrDefault("of", "").strip()));
        }
        for (Map<String, String> r : pack.table("org-patterns.tsv")) {
            List<RoleElement> els = new ArrayList<>();
            for (String part : r.get("pattern").strip().split("\\s+")) {
                if (part.equals("{dem}")) els.add(new RoleElement(null, true, false));
                else for (String k : keys(segmenter, part)) els.add(new RoleElement(k, false, false));
            }
            orgPatterns.add(new RolePattern(List.copyOf(els), "-", ""));
        }
        for (Map<String, String> r : pack.table("demonyms.tsv")) {
            for (String form : r.get("forms").split("\\|")) {
                if (!form.isBlank()) demonyms.computeIfAbsent(form.strip(), k -> new ArrayList<>()).add(r.get("country").strip());
            }
        }
        for (Map.Entry<String, List<String>> e : demonyms.entrySet()) demonymKeys.putIfAbsent(norm(e.getKey()), e.getValue().get(0));
        for (Map<String, String> r : pack.table("metonyms.tsv")) metonyms.put(r.get("phrase").strip(), r.get("target").strip());
        Set<String> cues = new HashSet<>(normalised(pack.words("org-cues.txt")));
        cues.addAll(COMPANY_HEADS);
        orgCues = Set.copyOf(cues);
        for (String role : pack.words("org-roles.txt")) orgRoles.add(keys(segmenter, role), "org-role");
        for (Map<String, String> r : pack.table("name-cues.tsv")) {
            nameCues.add(new NameCue(keys(segmenter, r.get("cue")), EntityType.valueOf(r.get("type").strip()),
                    "before".equals(r.get("position").strip()), "yes".equals(r.get("in_span").strip())));
        }
        nameCues.sort(Comparator.comparingInt((NameCue c) -> c.words().size()).reversed());
        bylineCues = normalised(pack.words("byline-cues.txt"));
        demonymHeads = normalised(pack.words("demonym-heads.txt"));
        placePrepositions = normalised(pack.words("place-prepositions.txt"));
        ofPrepositions = normalised(pack.words("of-prepositions.txt"));
        stopwords = normalised(pack.words("name-stopwords.txt"));
        demonymSuffixes = pack.words("demonym-suffixes.txt").stream().map(LanguagePack::normalize)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        Set<String> notDemonyms = new HashSet<>();
        for (String w : pack.words("adjectives-not-demonyms.txt")) {
            String stem = demonymStem(LanguagePack.normalize(w), demonymSuffixes);
            if (stem != null) notDemonyms.add(stem);
        }
        notDemonymStems = Set.copyOf(notDemonyms);
        commonNounSuffixes = pack.words("common-noun-suffixes.txt").stream().map(LanguagePack::normalize).toList();
        orgArticles = normalised(pack.words("org-articles.txt"));
        Set<String> afterName = new HashSet<>(), beforeName = new HashSet<>();
        for (Map<String, String> r : pack.table("leader-eponyms.tsv")) {
            ("after-name".equals(r.get("position").strip()) ? afterName : beforeName).add(norm(r.get("noun").strip()));
        }
        eponymNounsAfterName = Set.copyOf(afterName);
        eponymNounsBeforeName = Set.copyOf(beforeName);
        LanguagePack multi = LanguagePack.of("multi");
        Set<String> given = new HashSet<>(normalised(multi.words("given-names.txt")));
        // the language's own table, derived from named-entity training corpora (GivenNames)
        given.addAll(GivenNames.of(language).names());
        givenNames = Set.copyOf(given);
        particles = normalised(multi.words("name-particles.txt"));
        Set<String> before = new HashSet<>(), after = new HashSet<>();
        clubAffixes(multi, before, after);
        clubBefore = Set.copyOf(before);
        clubAfter = Set.copyOf(after);
        Set<String> verbs = new HashSet<>();
        for (Map<String, String> r : pack.table("speech-cues.tsv")) {
            String kind = r.get("kind").strip();
            if (kind.equals("verb") || kind.equals("verb-bare")) verbs.add(norm(r.get("form").strip()));
        }
        speechVerbs = Set.copyOf(verbs);
        nameConnectors = normalised(pack.words("name-connectors.txt"));
        stateInstitutions = normalised(pack.words("state-institutions.txt"));
        creedWords = normalised(pack.words("creed-words.txt"));
        placeNouns = normalised(pack.words("place-nouns.txt"));
        modifierDeterminers = normalised(pack.words("modifier-determiners.txt"));
        List<StateForm> forms = new ArrayList<>();
        for (Map<String, String> r : pack.table("state-forms.tsv")) {
            forms.add(new StateForm(keys(segmenter, r.get("form")),
                    StatePattern.valueOf(r.get("pattern").strip().toUpperCase(Locale.ROOT).replace('-', '_'))));
        }
        forms.sort(Comparator.comparingInt((StateForm f) -> f.words().size()).reversed());
        stateForms = List.copyOf(forms);
        stateFormWords = formWords(stateForms);
        campusWords = normalised(pack.words("campus-words.txt"));
        campusConnectors = normalised(pack.words("campus-connectors.txt"));
        mastheads = normalised(pack.words("masthead-words.txt"));
        formerWords = normalised(pack.words("former-words.txt"));
    }

    private static Set<String> formWords(List<StateForm> forms) {
        Set<String> words = new HashSet<>();
        for (StateForm f : forms) words.addAll(f.words());
        return Set.copyOf(words);
    }

    private static void clubAffixes(LanguagePack multi, Set<String> before, Set<String> after) {
        for (Map<String, String> r : multi.table("club-affixes.tsv")) {
            // as written: "AS Roma" is a club, "As China builds" is not
            ("before".equals(r.get("position").strip()) ? before : after).add(r.get("word").strip());
        }
    }

    /** The union of several languages' lexicons, for text whose language is not known. */
    EntityLexicon(String code, List<EntityLexicon> parts) {
        this.language = code;
        Set<String> org = new HashSet<>(), place = new HashSet<>(), of = new HashSet<>(), stop = new HashSet<>();
        Set<String> byline = new HashSet<>(), heads = new HashSet<>();
        Set<String> suffixes = new LinkedHashSet<>();
        for (EntityLexicon p : parts) {
            titles.addAll(p.titles);
            orgRoles.addAll(p.orgRoles);
            roles.addAll(p.roles);
            orgPatterns.addAll(p.orgPatterns);
            p.demonyms.forEach((f, cs) -> demonyms.computeIfAbsent(f, x -> new ArrayList<>()).addAll(cs));
            p.demonymKeys.forEach(demonymKeys::putIfAbsent);
            p.metonyms.forEach(metonyms::putIfAbsent);
            org.addAll(p.orgCues);
            nameCues.addAll(p.nameCues);
            byline.addAll(p.bylineCues);
            heads.addAll(p.demonymHeads);
            place.addAll(p.placePrepositions);
            of.addAll(p.ofPrepositions);
            for (String suffix : p.demonymSuffixes) if (suffix.length() >= 3) suffixes.add(suffix);
        }
                Map<String, Integer> count = new HashMap<>();
        for (EntityLexicon p : parts) for (String w : p.stopwords) count.merge(w, 1, Integer::sum);
        stop.addAll(count.keySet());
        nameCues.sort(Comparator.comparingInt((NameCue c) -> c.words().size()).reversed());
        bylineCues = Set.copyOf(byline);
        demonymHeads = Set.copyOf(heads);
        orgCues = Set.copyOf(org);
        placePrepositions = Set.copyOf(place);
        ofPrepositions = Set.copyOf(of);
        stopwords = Set.copyOf(stop);
        demonymSuffixes = suffixes.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        notDemonymStems = union(parts, p -> p.notDemonymStems);
        // only where the language is known: other languages' nouns with these endings may be names
        commonNounSuffixes = List.of();
        orgArticles = Set.of();
        eponymNounsAfterName = union(parts, p -> p.eponymNounsAfterName);
        eponymNounsBeforeName = union(parts, p -> p.eponymNounsBeforeName);
        givenNames = union(parts, p -> p.givenNames);
        particles = parts.get(0).particles;
        clubBefore = parts.get(0).clubBefore;
        clubAfter = parts.get(0).clubAfter;
        speechVerbs = union(parts, p -> p.speechVerbs);
        nameConnectors = union(parts, p -> p.nameConnectors);
        stateInstitutions = union(parts, p -> p.stateInstitutions);
        creedWords = union(parts, p -> p.creedWords);
        placeNouns = union(parts, p -> p.placeNouns);
        modifierDeterminers = union(parts, p -> p.modifierDeterminers);
        List<StateForm> forms = new ArrayList<>();
        for (EntityLexicon p : parts) forms.addAll(p.stateForms);
        forms.sort(Comparator.comparingInt((StateForm f) -> f.words().size()).reversed());
        stateForms = List.copyOf(forms);
        stateFormWords = formWords(stateForms);
        Set<String> campus = new HashSet<>(), campusPrepositions = new HashSet<>(), titles = new HashSet<>();
        for (EntityLexicon p : parts) {
            campus.addAll(p.campusWords);
            campusPrepositions.addAll(p.campusConnectors);
            titles.addAll(p.mastheads);
        }
        campusWords = Set.copyOf(campus);
        campusConnectors = Set.copyOf(campusPrepositions);
        mastheads = Set.copyOf(titles);
        formerWords = union(parts, p -> p.formerWords);
    }

    /** The role patterns that may start with this normalised word (those starting with a placeholder included). */
    synchronized List<RolePattern> rolesStartingWith(List<RolePattern> patterns, String word) {
        if (patterns != roles) return patterns;
        if (rolesByFirstWord == null) {
            Map<String, List<RolePattern>> m = new HashMap<>();
            List<RolePattern> placeholders = new ArrayList<>();
            for (RolePattern p : roles) {
                String w = p.elements().get(0).word();
                if (w == null) placeholders.add(p); else m.computeIfAbsent(w, x -> new ArrayList<>()).add(p);
            }
            rolesByFirstWord = m;
            rolesByPlaceholder = placeholders;
        }
        List<RolePattern> byWord = rolesByFirstWord.get(word);
        if (byWord == null) return rolesByPlaceholder;
        List<RolePattern> all = new ArrayList<>(byWord);
        all.addAll(rolesByPlaceholder);
        return all;
    }

    /** A lower-case word with one of the language's demonym endings ("brastoviennes"). */
    boolean looksLikeDemonym(String key) {
        for (String suffix : demonymSuffixes) if (key.length() >= suffix.length() + 4 && key.endsWith(suffix)) return true;
        return false;
    }

    /** The word less its longest demonym ending, when the rest keeps at least four letters; else null. */
    static String demonymStem(String key, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (key.endsWith(suffix) && key.length() >= suffix.length() + 4) return key.substring(0, key.length() - suffix.length());
        }
        return null;
    }

    static String norm(String token) {
        return LanguagePack.normalize(token);
    }

    static List<String> keys(SegmentAnnotator segmenter, String phrase) {
        List<String> out = new ArrayList<>();
        String p = phrase.strip();
        for (var t : segmenter.tokenize(p)) out.add(norm(t.span().of(p)));
        return out;
    }

    private static Set<String> normalised(Set<String> words) {
        Set<String> s = new HashSet<>();
        for (String w : words) s.add(norm(w));
        return Set.copyOf(s);
    }

    /** The union of one word set over the languages merged. */
    private static Set<String> union(List<EntityLexicon> parts, java.util.function.Function<EntityLexicon, Set<String>> field) {
        Set<String> all = new HashSet<>();
        for (EntityLexicon p : parts) all.addAll(field.apply(p));
        return Set.copyOf(all);
    }
}

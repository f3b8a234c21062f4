package org.vigie.nlp.sources;

import org.vigie.core.Annotator;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.nlp.kb.Outlet;
import org.vigie.nlp.lang.LanguagePack;
import org.vigie.nlp.segment.SegmentAnnotator;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * News organisations credited or evidently at the origin of the text (contract field {@code sources}): outlets of
 * the entities layer read in their context (a dateline "(AFP)" or "/TASS/", "© fourni par Le Figaro", "selon
 * Reuters", "rapporte l'agence Belga"), unknown agencies in dateline brackets or after "agence"/"news agency", web
 * domains in the text, and the input's own URL. One credit per outlet and role, evidence the first such mention.
 */
public final class SourceAnnotator implements Annotator {
    private static final List<String> LANGUAGES = LanguagePack.DEFAULT_LANGUAGES;
    private static final Set<String> ARTICLES = LanguagePack.wordsOfAll(LANGUAGES, "articles.txt");
    private static final Pattern BRACKETED = Pattern.compile("[(/]\\s*([A-Z][A-Z0-9&\\-]{1,11}(?: [A-Z][A-Z0-9&\\-]{1,11}){0,2})\\s*[)/]");
    private static final Pattern DOMAIN = Pattern.compile("(?<![\\w@.-])((?:[a-z0-9-]+\\.)+(?:com|fr|ru|net|org|be|ch|de|it|es|uk|ua|cn|info|eu|ca|at|pl|ro|in|jp|kr|tr|ir|il|qa|us|io|media))(?![\\w-])");

    private record Cue(List<String> words, SourceCredit.Role role, boolean before) {
    }

    /** One way of writing an outlet's name: its normalised tokens and their written forms, for the case check. */
    private record Alias(List<String> keys, List<String> surface, Outlet outlet) {
    }

    /** An outlet named in the text: known (id from the knowledge base) or not (engine id from its name). */
    private record Found(Span span, String name, String id) {
    }

    private static final class Shared {
        static final Shared INSTANCE = new Shared();
        final Map<String, List<Cue>> cues = new HashMap<>();
        final List<Cue> allCues = new ArrayList<>();
        final Set<String> agencyWords = LanguagePack.wordsOfAll(LANGUAGES, "agency-words.txt");
        final Set<String> syndicationWords = LanguagePack.wordsOfAll(LANGUAGES, "syndication-words.txt");
        final Set<String> pictureWords = LanguagePack.wordsOfAll(LANGUAGES, "picture-words.txt");
        final Set<String> navWords = new HashSet<>();
        final Map<String, List<Alias>> aliases = new HashMap<>();
        final List<String> outletWords;
        final Set<String> agencyModifiers = new HashSet<>();
        final List<String> demonymSuffixes = new ArrayList<>();

        boolean looksLikeDemonym(String key) {
            for (String suffix : demonymSuffixes) if (key.length() >= suffix.length() + 4 && key.endsWith(suffix)) return true;
            return false;
        }

        private Shared() {
            for (String l : LANGUAGES) {
                List<Cue> list = new ArrayList<>();
                for (Map<String, String> r : LanguagePack.of(l).table("source-cues.tsv")) {
                    List<String> words = List.of(LanguagePack.normalize(r.get("cue").strip()).split("\\s+"));
                    list.add(new Cue(words, SourceCredit.Role.valueOf(r.get("role").strip().toUpperCase(Locale.ROOT)),
                            "before".equals(r.get("position").strip())));
                }
                list.sort(Comparator.comparingInt((Cue c) -> c.words().size()).reversed());
                cues.put(l, List.copyOf(list));
                for (String w : LanguagePack.of(l).words("name-stopwords.txt")) navWords.add(LanguagePack.normalize(w));
                allCues.addAll(list);
            }
            allCues.sort(Comparator.comparingInt((Cue c) -> c.words().size()).reversed());
            SegmentAnnotator segmenter = new SegmentAnnotator();
            for (Outlet o : KnowledgeBase.get().outlets()) {
                List<String> names = new ArrayList<>(o.aliases());
                names.add(0, o.name());
                for (String n : names) {
                    List<String> surface = segmenter.tokenize(n).stream().map(t -> t.span().of(n)).toList();
                    if (surface.isEmpty()) continue;
                    List<String> keys = surface.stream().map(LanguagePack::normalize).toList();
                    aliases.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(new Alias(keys, surface, o));
                }
            }
            aliases.values().forEach(l -> l.sort(Comparator.comparingInt((Alias a) -> a.keys().size()).reversed()));
            outletWords = LanguagePack.of("multi").orderedWords("outlet-words.txt").stream().map(LanguagePack::normalize).toList();
            for (String w : LanguagePack.of("multi").words("agency-modifiers.txt")) agencyModifiers.add(LanguagePack.normalize(w));
            for (String l : LANGUAGES) {
                for (String suffix : LanguagePack.of(l).words("demonym-suffixes.txt")) {
                    if (suffix.length() >= 3) demonymSuffixes.add(LanguagePack.normalize(suffix));
                }
            }
        }
    }

    private final KnowledgeBase kb = KnowledgeBase.get();
    private final Shared shared = Shared.INSTANCE;

    @Override
    public String name() {
        return "sources";
    }

    @Override
    public Set<LayerKind<?>> requires() {
        return Set.of(LayerKind.BLOCKS, LayerKind.TOKENS, LayerKind.ENTITIES);
    }

    @Override
    public Set<LayerKind<?>> produces() {
        return Set.of(LayerKind.SOURCES);
    }

    @Override
    public Layers annotate(Document doc) {
        String text = doc.text();
        List<Token> tokens = doc.tokens();
        Map<String, SourceCredit> credits = new LinkedHashMap<>();
        for (String url : new String[]{doc.input().url(), doc.metadata().url(), doc.metadata().canonicalUrl()}) {
            kb.outletForUrl(url).ifPresent(o -> add(credits, new SourceCredit(o.name(), o.id(), SourceCredit.Role.PUBLISHER, null)));
        }
        publishers(doc, credits);
        Set<Span> outletSpans = new HashSet<>();
        for (Found f : outlets(text, tokens)) {
            SourceCredit.Role role = role(doc, tokens, f.span());
            if (role == null) continue;
            outletSpans.add(f.span());
            add(credits, new SourceCredit(f.name(), f.id(), role, f.span()));
        }
        unknownAgencies(doc, tokens, outletSpans, credits);
        Matcher d = DOMAIN.matcher(text);
        while (d.find()) {
            Span s = new Span(d.start(1), d.end(1));
            kb.outletForUrl(d.group(1)).ifPresent(o -> add(credits, new SourceCredit(o.name(), o.id(), SourceCredit.Role.PUBLISHER, s)));
        }
        List<SourceCredit> out = resolveAcronyms(new ArrayList<>(credits.values()));
        out.sort(Comparator.comparing((SourceCredit c) -> c.evidence() == null ? -1 : c.evidence().start()));
        return Layers.of(LayerKind.SOURCES, out);
    }

    private static final Pattern COPYRIGHT = Pattern.compile("^\\s*(?:©|\\(c\\)|Copyright)\\s*(\\p{Lu}[\\p{L}\\p{N}&' .-]{1,40}?)[\\s,.–—-]+(?:\\d{4}|"
            + alternatives(LanguagePack.wordsOfAll(LANGUAGES, "rights-reserved.txt")) + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);

    /** The phrases as a regular-expression alternation, their spaces matching any run of white space. */
    private static String alternatives(Set<String> phrases) {
        StringJoiner out = new StringJoiner("|");
        for (String phrase : phrases) {
            StringJoiner words = new StringJoiner("\\s+");
            for (String w : phrase.split("\\s+")) words.add(Pattern.quote(w));
            out.add(words.toString());
        }
        return out.toString();
    }
    private static final Pattern SEPARATOR = Pattern.compile("[\\s\\u00A0]*(?:>|›|»|\\||/|\\t|•)[\\s\\u00A0]*");

    /**
     * The site that published the page: the first segment of a breadcrumb on the first line ("Le Courrier
     * continental > Monde > Europe"), a short first line naming a site, or a copyright line ("© InfoVeille 2025").
     */
    private void publishers(Document doc, Map<String, SourceCredit> credits) {
        String text = doc.text();
        int lineStart = 0;
        while (lineStart < text.length() && Character.isWhitespace(text.charAt(lineStart))) lineStart++;
        int lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) lineEnd = text.length();
        String line = text.substring(lineStart, lineEnd);
        Matcher sep = SEPARATOR.matcher(line);
        boolean hasSeparator = sep.find() && sep.start() > 0;
        String first = hasSeparator ? line.substring(0, sep.start()) : line.strip();
        int words = first.isBlank() ? 0 : first.strip().split("\\s+").length;
        if (words >= 1 && words <= 4 && isSiteName(first) && (hasSeparator || (words >= 2 && allCapitalised(first)))) {
            Span s = new Span(lineStart, lineStart + first.stripTrailing().length());
            publisher(credits, text.substring(s.start(), s.end()), s);
        }
        creditLines(doc, credits);
        Matcher c = COPYRIGHT.matcher(text);
        while (c.find()) {
            String name = c.group(1).strip();
            String norm = LanguagePack.normalize(name);
            if (suppliedOrPicture(norm)) continue;
            publisher(credits, name, new Span(c.start(1), c.start(1) + name.length()));
        }
    }

    /**
     * Outlets named in the text: names and aliases of the knowledge base's outlets (case as written: "Le Monde", not
     * "le monde"; "AFP", not "afp"), a capitalised name right after a word for an agency ("l'agence officielle KNA"),
     * and capitalised names made with an outlet word ("Brenmoor News Agency").
     */
    private List<Found> outlets(String text, List<Token> tokens) {
        List<Found> out = new ArrayList<>();
        int n = tokens.size();
        List<String> surface = new ArrayList<>(n);
        List<String> keys = new ArrayList<>(n);
        for (Token t : tokens) {
            String w = t.span().of(text);
            surface.add(w);
            keys.add(LanguagePack.normalize(w));
        }
        int i = 0;
        while (i < n) {
            Alias hit = null;
            for (Alias a : shared.aliases.getOrDefault(keys.get(i), List.of())) {
                int m = a.keys().size();
                if (i + m <= n && keys.subList(i, i + m).equals(a.keys()) && caseFits(a.surface(), surface.subList(i, i + m))
                        && sameLine(text, tokens.get(i), tokens.get(i + m - 1))) {
                    hit = a;
                    break;
                }
            }
            if (hit != null) {
                int end = i + hit.keys().size();
                out.add(new Found(new Span(tokens.get(i).start(), tokens.get(end - 1).end()), hit.outlet().name(), hit.outlet().id()));
                i = end;
                continue;
            }
            if (shared.agencyWords.contains(keys.get(i))) {
                int j = i + 1;
                while (j < n && j <= i + 4 && tokens.get(j).kind() == Token.Kind.WORD && Character.isLowerCase(surface.get(j).charAt(0))
                        && (shared.agencyModifiers.contains(keys.get(j)) || shared.looksLikeDemonym(keys.get(j)))) {
                    j++;
                }
                int end = capitalisedRun(surface, tokens, j);
                if (end > j) {
                    Span span = new Span(tokens.get(j).start(), tokens.get(end - 1).end());
                    String name = span.of(text);
                    out.add(new Found(span, name, KnowledgeBase.slug(name)));
                    i = end;
                    continue;
                }
            }
            int end = capitalisedRun(surface, tokens, i);
            if (end - i >= 2) {
                String name = new Span(tokens.get(i).start(), tokens.get(end - 1).end()).of(text);
                String norm = LanguagePack.normalize(name);
                for (String w : shared.outletWords) {
                    if (norm.contains(w)) {
                        out.add(new Found(new Span(tokens.get(i).start(), tokens.get(end - 1).end()), name, KnowledgeBase.slug(name)));
                        break;
                    }
                }
                i = end;
                continue;
            }
            i++;
        }
        return out;
    }

    /** The end of a run of up to four capitalised words starting at {@code i} (i itself when it is not capitalised). */
    private static int capitalisedRun(List<String> surface, List<Token> tokens, int i) {
        int j = i;
        while (j < surface.size() && j < i + 4 && tokens.get(j).kind() == Token.Kind.WORD && Character.isUpperCase(surface.get(j).charAt(0))) j++;
        return j;
    }

    private static boolean sameLine(String text, Token a, Token b) {
        return text.indexOf('\n', a.start()) < 0 || text.indexOf('\n', a.start()) >= b.end();
    }

    /** Capitalised alias words need capitals, short acronyms need all capitals; lower-case alias words match any case. */
    private static boolean caseFits(List<String> alias, List<String> text) {
        for (int k = 0; k < alias.size(); k++) {
            String a = alias.get(k), t = text.get(k);
            int letters = 0;
            boolean upper = true;
            for (int c = 0; c < a.length(); c++) {
                if (Character.isLetter(a.charAt(c))) {
                    letters++;
                    if (!Character.isUpperCase(a.charAt(c))) upper = false;
                }
            }
            if (letters == 0) continue;
            boolean textUpper = t.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
            if (upper && letters >= 2) {
                if (!(textUpper || (letters >= 4 && Character.isUpperCase(t.charAt(0))))) return false;
            } else if (Character.isUpperCase(firstLetter(a)) && !(k == 0 && isArticle(LanguagePack.normalize(a)))) {
                if (!Character.isUpperCase(firstLetter(t))) return false;
            }
        }
        return true;
    }

    private static char firstLetter(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return s.charAt(i);
        return ' ';
    }

    /** A line made of a credit cue and a name ("© fourni par Le Fil continental"): the name is credited, known or not. */
    private void creditLines(Document doc, Map<String, SourceCredit> credits) {
        String text = doc.text();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            String line = text.substring(start, end);
            String norm = LanguagePack.normalize(line);
            for (Cue cue : shared.allCues) {
                if (cue.role() != SourceCredit.Role.CREDITED || !cue.before() || cue.words().size() < 2) continue;
                String prefix = String.join(" ", cue.words());
                int lead = norm.length() - norm.stripLeading().length();
                if (!norm.stripLeading().startsWith(prefix + " ")) continue;
                int nameStart = start + lead + prefix.length();
                while (nameStart < end && Character.isWhitespace(text.charAt(nameStart))) nameStart++;
                int nameEnd = end;
                while (nameEnd > nameStart && ".,;: \u00A0".indexOf(text.charAt(nameEnd - 1)) >= 0) nameEnd--;
                String name = text.substring(nameStart, nameEnd);
                if (name.isEmpty() || name.split("\\s+").length > 5 || !Character.isUpperCase(name.charAt(0))) break;
                Optional<Outlet> o = outletNamed(name);
                add(credits, new SourceCredit(o.map(Outlet::name).orElse(name), o.map(Outlet::id).orElse(KnowledgeBase.slug(name)),
                        SourceCredit.Role.CREDITED, new Span(nameStart, nameEnd)));
                break;
            }
            start = end + 1;
        }
    }

    private void publisher(Map<String, SourceCredit> credits, String name, Span evidence) {
        Optional<Outlet> o = outletNamed(name);
        add(credits, new SourceCredit(o.map(Outlet::name).orElse(name), o.map(Outlet::id).orElse(KnowledgeBase.slug(name)),
                SourceCredit.Role.PUBLISHER, evidence));
    }

    /** An outlet whose name is this credit misspelt by one letter ("EUROPE PRESS"), for names of eight letters or more. */
    private Optional<Outlet> outletSpelledLike(String name) {
        String key = KnowledgeBase.key(name);
        if (key.length() < 8) return Optional.empty();
        Outlet found = null;
        for (Outlet o : kb.outlets()) {
            List<String> names = new ArrayList<>(o.aliases());
            names.add(o.name());
            for (String n : names) {
                if (oneEditApart(key, KnowledgeBase.key(n))) {
                    if (found != null && found != o) return Optional.empty();
                    found = o;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean oneEditApart(String a, String b) {
        if (a.equals(b)) return true;
        if (Math.abs(a.length() - b.length()) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) return false;
            if (a.length() > b.length()) i++;
            else if (a.length() < b.length()) j++;
            else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }

    private Optional<Outlet> outletNamed(String name) {
        String key = KnowledgeBase.key(name);
        for (Outlet o : kb.outlets()) {
            if (KnowledgeBase.key(o.name()).equals(key)) return Optional.of(o);
            for (String a : o.aliases()) if (KnowledgeBase.key(a).equals(key)) return Optional.of(o);
        }
        return Optional.empty();
    }

    /** A site name: capitalised words, no navigation word first ("Accueil", "Home", "News"), no broken characters. */
    private boolean isSiteName(String s) {
        String t = s.strip();
        if (t.isEmpty() || !Character.isUpperCase(t.charAt(0)) || t.indexOf('\uFFFD') >= 0 || t.indexOf('Ã') >= 0) return false;
        // a dateline ("KORVAN, April 2.") or a sentence is no site name
        if (t.indexOf(',') >= 0 || t.endsWith(".") || t.indexOf(':') >= 0) return false;
        for (String w : t.split("\\s+")) if (!shared.navWords.contains(LanguagePack.normalize(w))) return true;
        return false;
    }

    private static boolean allCapitalised(String s) {
        for (String w : s.strip().split("\\s+")) if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) return false;
        return true;
    }

    /** An acronym credit ("/KNA/") takes the name of another credit with those initials ("Korvan News Agency"). */
    private static List<SourceCredit> resolveAcronyms(List<SourceCredit> credits) {
        List<SourceCredit> out = new ArrayList<>();
        for (SourceCredit c : credits) {
            SourceCredit r = c;
            if (c.name().matches("\\p{Lu}{2,6}")) {
                for (SourceCredit o : credits) {
                    if (o != c && initials(o.name()).equals(c.name())) {
                        r = new SourceCredit(o.name(), o.entityId(), c.role(), c.evidence());
                        break;
                    }
                }
            }
            out.add(r);
        }
        Map<String, SourceCredit> unique = new LinkedHashMap<>();
        for (SourceCredit c : out) unique.putIfAbsent(c.entityId() + "|" + c.role(), c);
        return new ArrayList<>(unique.values());
    }

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) sb.append(w.charAt(0));
        return sb.toString();
    }

    private static void add(Map<String, SourceCredit> credits, SourceCredit c) {
        credits.putIfAbsent((c.entityId() == null ? c.name() : c.entityId()) + "|" + c.role(), c);
    }

    /** Credited when bracketed or slashed as in a dateline, or in a credit line; else the role of a cue next to it; null when nothing says it is a source. */
    private SourceCredit.Role role(Document doc, List<Token> tokens, Span span) {
        String text = doc.text();
        char before = prevChar(text, span.start());
        char after = nextChar(text, span.end());
        if ((before == '(' && after == ')') || (before == '/' && after == '/')) return SourceCredit.Role.CREDITED;
        for (Block b : doc.blocks()) {
            if (b.span().contains(span.start()) && (b.kind() == Block.Kind.CREDIT || b.kind() == Block.Kind.BYLINE)) {
                return SourceCredit.Role.CREDITED;
            }
        }
        int idx = tokenIndex(tokens, span.start());
        if (idx < 0) return null;
        List<Cue> cues = cues(doc, span.start());
        int i = idx - 1;
        while (i >= 0 && isArticle(norm(text, tokens.get(i)))) i--;
        for (Cue c : cues) {
            if (!c.before()) continue;
            int m = c.words().size();
            if (i - m + 1 < 0) continue;
            boolean ok = true;
            for (int j = 0; j < m; j++) {
                if (!norm(text, tokens.get(i - m + 1 + j)).equals(c.words().get(j))) {
                    ok = false;
                    break;
                }
            }
            if (ok) return c.role();
        }
        int endIdx = idx;
        while (endIdx + 1 < tokens.size() && tokens.get(endIdx + 1).start() < span.end()) endIdx++;
        for (Cue c : cues) {
            if (c.before()) continue;
            int m = c.words().size();
            if (endIdx + m >= tokens.size()) continue;
            boolean ok = true;
            for (int j = 0; j < m; j++) {
                if (!norm(text, tokens.get(endIdx + 1 + j)).equals(c.words().get(j))) {
                    ok = false;
                    break;
                }
            }
            if (ok) return c.role();
        }
        // "selon l'agence officielle valdorienne KNA", "the state news agency KNA said": cited unless a cue says otherwise
        for (int j = idx - 1; j >= Math.max(0, idx - 4); j--) {
            if (shared.agencyWords.contains(norm(text, tokens.get(j)))) {
                SourceCredit.Role r = roleBefore(doc, tokens, j);
                return r != null ? r : SourceCredit.Role.CITED;
            }
            if (tokens.get(j).kind() != Token.Kind.WORD) break;
        }
        // a dateline credit: "KORVAN, 3 mars - AFP -" or an agency name alone on its line
        int lineStart = text.lastIndexOf('\n', span.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', span.end());
        if (lineEnd < 0) lineEnd = text.length();
        String line = text.substring(lineStart, lineEnd).strip();
        if (line.length() <= span.length() + 8) return SourceCredit.Role.CREDITED;
        if (after == '-' || after == '–' || after == '—' || before == '-' || before == '–' || before == '—') {
            if (span.start() - lineStart < 60) return SourceCredit.Role.CREDITED;
        }
        return null;
    }

    private void unknownAgencies(Document doc, List<Token> tokens, Set<Span> known, Map<String, SourceCredit> credits) {
        String text = doc.text();
        Matcher m = BRACKETED.matcher(text);
        while (m.find()) {
            Span s = new Span(m.start(1), m.end(1));
            if (overlapsAny(s, known) || s.start() - (text.lastIndexOf('\n', s.start() - 1) + 1) > 80) continue;
            String name = m.group(1);
            if (name.length() < 2 || name.chars().allMatch(Character::isDigit)) continue;
            if (!datelineBefore(text, m.start())) continue;
            Optional<Outlet> near = outletSpelledLike(name);
            add(credits, new SourceCredit(near.map(Outlet::name).orElse(name), near.map(Outlet::id).orElse(KnowledgeBase.slug(name)),
                    SourceCredit.Role.CREDITED, s));
        }
    }

    private SourceCredit.Role roleBefore(Document doc, List<Token> tokens, int agencyIdx) {
        String text = doc.text();
        int i = agencyIdx - 1;
        while (i >= 0 && isArticle(norm(text, tokens.get(i)))) i--;
        for (Cue c : cues(doc, tokens.get(agencyIdx).start())) {
            if (!c.before()) continue;
            int m = c.words().size();
            if (i - m + 1 < 0) continue;
            boolean ok = true;
            for (int j = 0; j < m; j++) if (!norm(text, tokens.get(i - m + 1 + j)).equals(c.words().get(j))) ok = false;
            if (ok) return c.role();
        }
        return null;
    }

    /** A bracketed acronym is a dateline credit only near the start of its line, after a place in capitals or a date. */
    private static boolean datelineBefore(String text, int open) {
        int lineStart = text.lastIndexOf('\n', open - 1) + 1;
        String head = text.substring(lineStart, open).strip();
        if (head.isEmpty() || head.length() > 60) return false;
        String firstWord = head.split("[\\s,]+")[0];
        return firstWord.length() >= 2 && firstWord.equals(firstWord.toUpperCase(Locale.ROOT)) && head.matches(".*\\d.*");
    }

    private List<Cue> cues(Document doc, int offset) {
        Optional<String> l = doc.languageAt(offset);
        return l.isPresent() && shared.cues.containsKey(l.get()) ? shared.cues.get(l.get()) : shared.allCues;
    }

    private static boolean overlapsAny(Span s, Set<Span> spans) {
        for (Span o : spans) if (o.overlaps(s)) return true;
        return false;
    }

    /**
     * Whether a © notice names who supplied a story ("Provided by ...") or a picture ("Photo ...", "Example Agency
     * Photo", "Example Images"), not the publisher.
     */
    private boolean suppliedOrPicture(String notice) {
        String[] words = notice.split("[\\s,.:/]+");
        if (words.length == 0) return false;
        if (shared.syndicationWords.contains(words[0])) return true;
        for (String w : words) if (shared.pictureWords.contains(w)) return true;
        return false;
    }

    private static boolean isArticle(String w) {
        return ARTICLES.contains(w);
    }

    private static String norm(String text, Token t) {
        return LanguagePack.normalize(t.span().of(text));
    }

    private static int tokenIndex(List<Token> tokens, int start) {
        int lo = 0, hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = tokens.get(mid).start();
            if (s == start) return mid;
            if (s < start) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    private static char prevChar(String text, int i) {
        int j = i - 1;
        while (j >= 0 && text.charAt(j) == ' ') j--;
        return j >= 0 ? text.charAt(j) : '\0';
    }

    private static char nextChar(String text, int i) {
        int j = i;
        while (j < text.length() && text.charAt(j) == ' ') j++;
        return j < text.length() ? text.charAt(j) : '\0';
    }
}

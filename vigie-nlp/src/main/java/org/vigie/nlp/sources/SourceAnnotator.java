package org.vigie.nlp.sources;

import org.vigie.core.Annotator;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.nlp.kb.Outlet;
import org.vigie.nlp.lang.LanguagePack;

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
    private static final List<String> LANGUAGES = List.of("fr", "en", "es", "it", "de");
    private static final Pattern BRACKETED = Pattern.compile("[(/]\\s*([A-Z][A-Z0-9&\\-]{1,11}(?: [A-Z][A-Z0-9&\\-]{1,11}){0,2})\\s*[)/]");
    private static final Pattern DOMAIN = Pattern.compile("(?<![\\w@.-])((?:[a-z0-9-]+\\.)+(?:com|fr|ru|net|org|be|ch|de|it|es|uk|ua|cn|info|eu|ca|at|pl|ro|in|jp|kr|tr|ir|il|qa|us|io|media))(?![\\w-])");

    private record Cue(List<String> words, SourceCredit.Role role, boolean before) {
    }

    private static final class Shared {
        static final Shared INSTANCE = new Shared();
        final Map<String, List<Cue>> cues = new HashMap<>();
        final List<Cue> allCues = new ArrayList<>();
        final Set<String> agencyWords = Set.of("agence", "agency", "agencia", "agenzia", "agentur");

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
                allCues.addAll(list);
            }
            allCues.sort(Comparator.comparingInt((Cue c) -> c.words().size()).reversed());
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
        Set<Span> outletSpans = new HashSet<>();
        List<Map.Entry<Span, Outlet>> mentions = new ArrayList<>();
        for (Entity e : doc.entities()) {
            Optional<Outlet> o = kb.outlet(e.id());
            if (o.isEmpty()) continue;
            for (Span s : e.mentions()) mentions.add(Map.entry(s, o.get()));
        }
        mentions.sort(Map.Entry.comparingByKey());
        for (Map.Entry<Span, Outlet> m : mentions) {
            outletSpans.add(m.getKey());
            SourceCredit.Role role = role(doc, tokens, m.getKey());
            if (role != null) add(credits, new SourceCredit(m.getValue().name(), m.getValue().id(), role, m.getKey()));
        }
        unknownAgencies(doc, tokens, outletSpans, credits);
        Matcher d = DOMAIN.matcher(text);
        while (d.find()) {
            Span s = new Span(d.start(1), d.end(1));
            kb.outletForUrl(d.group(1)).ifPresent(o -> add(credits, new SourceCredit(o.name(), o.id(), SourceCredit.Role.PUBLISHER, s)));
        }
        List<SourceCredit> out = new ArrayList<>(credits.values());
        out.sort(Comparator.comparing((SourceCredit c) -> c.evidence() == null ? -1 : c.evidence().start()));
        return Layers.of(LayerKind.SOURCES, out);
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
            add(credits, new SourceCredit(name, KnowledgeBase.slug(name), SourceCredit.Role.CREDITED, s));
        }
        for (Entity e : doc.entities()) {
            if (e.type() != EntityType.ORG || kb.outlet(e.id()).isPresent()) continue;
            for (Span s : e.mentions()) {
                int idx = tokenIndex(tokens, s.start());
                if (idx <= 0) continue;
                String prev = norm(text, tokens.get(idx - 1));
                boolean agency = shared.agencyWords.contains(prev) || e.name().toLowerCase(Locale.ROOT).contains("news agency")
                        || e.name().toLowerCase(Locale.ROOT).contains("agence");
                if (!agency) continue;
                SourceCredit.Role role = role(doc, tokens, s);
                if (role == null && shared.agencyWords.contains(prev)) role = roleBefore(doc, tokens, idx - 1);
                if (role != null) add(credits, new SourceCredit(e.name(), e.id(), role, s));
            }
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

    /** A bracketed acronym is a dateline credit only near the start of its line, after a place or a date. */
    private static boolean datelineBefore(String text, int open) {
        int lineStart = text.lastIndexOf('\n', open - 1) + 1;
        String head = text.substring(lineStart, open).strip();
        return !head.isEmpty() && head.length() <= 60 && (head.endsWith(",") || Character.isDigit(head.charAt(head.length() - 1))
                || head.equals(head.toUpperCase(Locale.ROOT)) || head.matches(".*\\p{L}"));
    }

    private List<Cue> cues(Document doc, int offset) {
        Optional<String> l = doc.languageAt(offset);
        return l.isPresent() && shared.cues.containsKey(l.get()) ? shared.cues.get(l.get()) : shared.allCues;
    }

    private static boolean overlapsAny(Span s, Set<Span> spans) {
        for (Span o : spans) if (o.overlaps(s)) return true;
        return false;
    }

    private static boolean isArticle(String w) {
        return w.equals("l'") || w.equals("le") || w.equals("la") || w.equals("les") || w.equals("the") || w.equals("el") || w.equals("il") || w.equals("der") || w.equals("die") || w.equals("das") || w.equals("dem");
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

package org.vigie.nlp.entities;

import org.vigie.nlp.lang.LanguagePack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A government portfolio named with a title ("Minister of Health", "Secretary for Home Affairs", "the Kenyan Health
 * Minister") is part of a title, not a name: without this, "Minister" and "Health" became unknown entities. The
 * title words ({@code portfolio-titles.txt}) and the portfolios ({@code portfolios.txt}, one phrase per line) are per
 * language; the tokens of a title phrase are blocked before names are looked for, so the person the title
 * introduces ("Minister of Finance Ama Owusu") and the state after it ("Minister of Finance of Ghana") are still found.
 */
final class PortfolioTitles {
    private static final int MAX_PORTFOLIOS = 3;

    private PortfolioTitles() {
    }

    /** The lists of one language (or of all, for text of unknown language), read once. */
    private record Lists(Set<String> titles, List<List<String>> portfolios, Set<String> articles, Set<String> conjunctions) {
    }

    private static final Map<String, Lists> LISTS = new ConcurrentHashMap<>();

    private static Lists lists(String language) {
        return LISTS.computeIfAbsent(language, l -> {
            List<String> languages = EntityAnnotator.ANY.equals(l) ? LanguagePack.DEFAULT_LANGUAGES : List.of(l);
            return new Lists(LanguagePack.wordsOfAll(languages, "portfolio-titles.txt"),
                    phrases(LanguagePack.wordsOfAll(languages, "portfolios.txt")), LanguagePack.wordsOfAll(languages, "articles.txt"),
                    LanguagePack.wordsOfAll(languages, "conjunctions.txt"));
        });
    }

    static void block(EntityLexicon lex, List<String> t, List<String> k, boolean[] blocked) {
        Lists lists = lists(lex.language);
        Set<String> titles = lists.titles();
        if (titles.isEmpty()) return;
        List<List<String>> portfolios = lists.portfolios();
        Set<String> articles = lists.articles();
        Set<String> conjunctions = lists.conjunctions();
        for (int i = 0; i < k.size(); i++) {
            if (!titles.contains(k.get(i)) || !CapitalisedNameTagger.isCap(t.get(i))) continue;
            // "Minister of Health", "Secretary for Foreign Affairs and Trade"
            int j = i + 1;
            if (j < k.size() && lex.nameConnectors.contains(k.get(j))) {
                int p = j + 1;
                if (p < k.size() && articles.contains(k.get(p)) && !CapitalisedNameTagger.isCap(t.get(p))) p++;
                int end = portfolioRun(portfolios, conjunctions, t, k, p);
                if (end > p) for (int x = i; x < end; x++) blocked[x] = true;
            }
            // "Health Minister", "the Kenyan Foreign Affairs Minister": capitalised portfolio words right before the title
            int start = i;
            for (int n = 0; n < MAX_PORTFOLIOS && start > 0; n++) {
                int s = portfolioEndingAt(portfolios, t, k, start);
                if (s < 0) break;
                start = s;
            }
            for (int x = start; x < i; x++) blocked[x] = true;
        }
    }

    private static List<List<String>> phrases(Set<String> lines) {
        List<List<String>> out = new ArrayList<>();
        for (String line : lines) out.add(List.of(line.split("\\s+")));
        out.sort((a, b) -> b.size() - a.size());
        return List.copyOf(out);
    }

    /** The end of capitalised portfolios joined by "and" from {@code p}, or {@code p} when none starts there. */
    private static int portfolioRun(List<List<String>> portfolios, Set<String> conjunctions, List<String> t, List<String> k, int p) {
        int end = p;
        for (int n = 0; n < MAX_PORTFOLIOS; n++) {
            int e = portfolioAt(portfolios, t, k, end);
            if (e < 0) break;
            end = e;
            if (end + 1 < k.size() && conjunctions.contains(k.get(end)) && portfolioAt(portfolios, t, k, end + 1) > 0) end++;
            else break;
        }
        return end;
    }

    private static int portfolioAt(List<List<String>> portfolios, List<String> t, List<String> k, int p) {
        for (List<String> phrase : portfolios) if (capitalisedPhrase(t, k, phrase, p)) return p + phrase.size();
        return -1;
    }

    /** The start of a capitalised portfolio ending right before {@code end}, or -1. */
    private static int portfolioEndingAt(List<List<String>> portfolios, List<String> t, List<String> k, int end) {
        for (List<String> phrase : portfolios) if (capitalisedPhrase(t, k, phrase, end - phrase.size())) return end - phrase.size();
        return -1;
    }

    /** Whether the tokens from {@code start} are {@code phrase}, each word capitalised. */
    private static boolean capitalisedPhrase(List<String> t, List<String> k, List<String> phrase, int start) {
        int end = start + phrase.size();
        if (start < 0 || end > k.size() || !k.subList(start, end).equals(phrase)) return false;
        for (int x = start; x < end; x++) if (!CapitalisedNameTagger.isCap(t.get(x))) return false;
        return true;
    }
}

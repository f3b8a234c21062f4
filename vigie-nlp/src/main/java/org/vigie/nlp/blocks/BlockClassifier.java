package org.vigie.nlp.blocks;

import org.vigie.core.model.Block.Kind;
import org.vigie.core.model.MarkupHint;
import org.vigie.core.model.Span;
import org.vigie.nlp.lang.LanguagePack;
import org.vigie.nlp.published.DateFinder;

import java.util.*;

/**
 * Hand-weighted rules over line features, in passes from the strongest evidence to the weakest:
 * <ol>
 * <li>markup hints of HTML input and unambiguous shapes: URLs, lone numbers (counters), cue phrases of
 * {@code boilerplate-cues.txt}, short lines holding a number (counters) or opening with a date (bylines), menu
 * lines with several separators (nav), a lone word or two in capitals ("REUTERS": a credit);</li>
 * <li>the headline: the line matching {@code metadata().title()}, an {@code h1} hint, else the first
 * headline-shaped line before the first paragraph that is not a menu line ending with it;</li>
 * <li>position: unclassified lines above the headline are navigation; repeats of the headline are
 * {@code duplicate_headline};</li>
 * <li>neighbours: the line before a picture credit (or before a credit it ends with) is a caption; headline-shaped lines after a related-links
 * header ("Read more:") or after the last paragraph are related links;</li>
 * <li>the rest is body: running text is a paragraph, a short unpunctuated line between paragraphs a heading.</li>
 * </ol>
 */
final class BlockClassifier {
    private final BoilerplateCues cues;
    private final Set<String> pictureWords = new HashSet<>();
    private final DateFinder dates;

    record Result(Kind[] kinds, int title) {
    }

    BlockClassifier(List<String> languages, DateFinder dates) {
        this.cues = new BoilerplateCues(languages);
        for (String code : languages) {
            for (String w : LanguagePack.of(code).words("picture-words.txt")) pictureWords.add(BoilerplateCues.key(w));
        }
        this.dates = dates;
    }

    Result classify(List<Line> lines, List<MarkupHint> hints, String metadataTitle) {
        int n = lines.size();
        Kind[] k = new Kind[n];
        List<Set<String>> lineHints = hintsPerLine(lines, hints);
        for (Line l : lines) k[l.index()] = strong(l, lineHints.get(l.index()));

        int title = title(lines, k, lineHints, metadataTitle);
        for (int i = 0; i < (title < 0 ? 0 : title); i++) if (k[i] == null) k[i] = Kind.NAV;
        if (title >= 0) {
            k[title] = Kind.HEADING;
            String key = lines.get(title).key();
            for (int i = title + 1; i < n; i++) if (lines.get(i).key().equals(key)) k[i] = Kind.DUPLICATE_HEADLINE;
        }
        captions(lines, k);
        relatedLists(lines, k);
        tail(lines, k);
        for (Line l : lines) {
            int i = l.index();
            if (k[i] != null) continue;
            if (l.paragraphLike()) k[i] = Kind.PARAGRAPH;
            else if (l.words() <= 2 && !l.terminal()) k[i] = Kind.OTHER;
            else if (l.headlineLike()) k[i] = Kind.HEADING;
            else k[i] = Kind.PARAGRAPH;
        }
        return new Result(k, title);
    }

    private Kind strong(Line l, Set<String> hints) {
        if (l.url()) return Kind.URL;
        if (l.numberOnly()) return Kind.COUNTER;
        Optional<Kind> cue = cues.match(l.key(), l.text(), l.words());
        if (cue.isPresent()) return cue.get();
        Kind hinted = fromHints(l, hints);
        if (hinted != null) return hinted;
        if (l.words() <= 3 && l.digits() > 0 && !l.terminal() && l.letters() <= 25 && !l.dateline()) {
            return dateOnly(l) ? Kind.BYLINE : Kind.COUNTER;
        }
        if (l.words() <= 6 && dateOnly(l)) return Kind.BYLINE;
        if (l.words() <= 12 && !l.terminal() && startsWithDate(l)) return Kind.BYLINE;
        if (l.separators() >= 2 && l.words() <= 15) return Kind.NAV;
        if (l.words() >= 1 && l.words() <= 2 && l.separators() == 0 && l.digits() == 0 && l.letters() >= 2 && l.text().equals(l.text().toUpperCase(java.util.Locale.ROOT))) {
            return Kind.CREDIT;
        }
        return null;
    }

    /** HTML structure, when the extractor saw it: strong evidence, though a cue phrase wins. */
    private static Kind fromHints(Line l, Set<String> hints) {
        if (hints.isEmpty() || hints.contains("main") && !hints.contains("boilerplate")) return null;
        if (hints.contains("nav")) return Kind.NAV;
        if (hints.contains("figcaption")) return Kind.CAPTION;
        if (hints.contains("aside")) return Kind.RELATED;
        if (hints.contains("a-dense")) return l.headlineLike() ? Kind.RELATED : Kind.NAV;
        if (hints.contains("footer") || hints.contains("boilerplate")) return Kind.OTHER;
        return null;
    }

    private boolean dateOnly(Line l) {
        List<DateFinder.Found> found = dates.find(l.text(), 0, l.text().length());
        if (found.isEmpty()) return false;
        int covered = 0;
        for (DateFinder.Found f : found) covered += f.span().length();
        return covered * 2 >= l.text().strip().length();
    }

    private boolean startsWithDate(Line l) {
        List<DateFinder.Found> found = dates.find(l.text(), 0, l.text().length());
        return !found.isEmpty() && found.get(0).span().start() == 0 && found.get(0).hasYear();
    }

    private static List<Set<String>> hintsPerLine(List<Line> lines, List<MarkupHint> hints) {
        List<Set<String>> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) out.add(new HashSet<>());
        if (hints.isEmpty()) return out;
        for (MarkupHint h : hints) {
            for (Line l : lines) {
                Span s = l.span();
                if (h.span().overlaps(s) || h.span().contains(s.start())) out.get(l.index()).add(h.kind());
            }
        }
        return out;
    }

    private static int title(List<Line> lines, Kind[] k, List<Set<String>> hints, String metadataTitle) {
        for (Line l : lines) if (hints.get(l.index()).contains("h1") && k[l.index()] == null) return l.index();
        if (metadataTitle != null && !metadataTitle.isBlank()) {
            String key = BoilerplateCues.key(metadataTitle);
            for (Line l : lines) if (l.key().equals(key) && k[l.index()] != Kind.NAV) return l.index();
            for (Line l : lines) {
                if (k[l.index()] == null && l.key().length() >= 20 && (l.key().startsWith(key) || key.startsWith(l.key()))) return l.index();
            }
        }
        // candidates up to the first paragraph: a headline is usually long, repeated, or echoed by the menu line above it
        int limit = Math.min(lines.size(), 12);
        int best = -1, bestScore = Integer.MIN_VALUE;
        for (int i = 0; i < limit; i++) {
            Line l = lines.get(i);
            if (k[i] == null && l.paragraphLike() && !titleShaped(l)) break;
            if (k[i] != null || !titleShaped(l) || endsWithALaterLine(lines, i)) continue;
            int score = l.words() >= 5 ? 2 : 0;
            for (Line o : lines) {
                if (o.index() == i) continue;
                if (o.key().equals(l.key())) score += 3;
                else if (o.index() < i && o.key().length() > l.key().length() && o.key().contains(l.key())) score += 3;
            }
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean titleShaped(Line l) {
        boolean question = l.text().endsWith("?") || l.text().endsWith("!");
        return (!l.terminal() || question) && l.words() >= 3 && l.words() <= 30 && l.separators() == 0 && !l.dateline()
                && !l.url() && !l.text().endsWith(":");
    }

    /** A menu line that ends with (or cuts off) the headline that follows it: "Accueil Monde Korvan menace Miravel". */
    private static boolean endsWithALaterLine(List<Line> lines, int i) {
        String key = lines.get(i).key();
        for (int j = i + 1; j < Math.min(lines.size(), i + 6); j++) {
            String other = lines.get(j).key();
            if (other.length() < 12 || other.length() >= key.length()) continue;
            if (key.endsWith(other) || key.contains(other)) return true;
        }
        return false;
    }

    private void captions(List<Line> lines, Kind[] k) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (k[i] != null || k[i + 1] != Kind.CREDIT || lines.get(i).words() > 40) continue;
            if (lines.get(i).key().endsWith(" " + lines.get(i + 1).key())) {
                k[i] = Kind.CAPTION;
                continue;
            }
            for (String w : lines.get(i + 1).key().split(" ")) {
                if (pictureWords.contains(w.replace("©", ""))) {
                    k[i] = Kind.CAPTION;
                    break;
                }
            }
        }
    }

    /** Headline-shaped lines under a related-links header ("Read more:", "Vous aimerez aussi") are links too. */
    private static void relatedLists(List<Line> lines, Kind[] k) {
        for (int i = 0; i < lines.size(); i++) {
            boolean header = (k[i] == Kind.RELATED || k[i] == Kind.OTHER) && (lines.get(i).words() <= 4 || lines.get(i).text().endsWith(":"));
            if (!header) continue;
            for (int j = i + 1; j < lines.size() && k[j] == null && titleShaped(lines.get(j)); j++) {
                // a headline followed by a dateline opens another dispatch of an aggregation page
                if (j + 1 < lines.size() && lines.get(j + 1).dateline() && lines.get(j + 1).paragraphLike()) break;
                k[j] = Kind.RELATED;
            }
        }
    }

    /** After the last paragraph, headline-shaped lines are links to other articles. */
    private static void tail(List<Line> lines, Kind[] k) {
        int last = -1;
        for (Line l : lines) if (k[l.index()] == null && l.paragraphLike()) last = l.index();
        if (last < 0) return;
        for (int i = last + 1; i < lines.size(); i++) {
            if (k[i] == null && titleShaped(lines.get(i))) k[i] = Kind.RELATED;
        }
    }
}

package org.vigie.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import org.vigie.core.Document;
import org.vigie.core.model.MarkupHint;
import org.vigie.ingest.Origin;
import org.vigie.ingest.html.ExtractionRule;
import org.vigie.ingest.html.HtmlReader;
import org.vigie.ingest.html.MainTextTrace;
import org.vigie.ingest.html.LineHints;
import org.vigie.ingest.text.TextDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Scores main-text extraction on the trafilatura evaluation set with that set's own protocol: per page,
 * each "with" snippet found in the whitespace-normalised output is a true positive (else a false
 * negative), each "without" snippet found is a false positive (else a true negative); counts are summed
 * over the corpus. Vigie's output is the lines hinted {@code main}; boilerpipe's ArticleExtractor is
 * scored the same way as a Java baseline. Title and date accuracy are measured against the gold metadata.
 *
 * <p>The extractor was tuned on these pages, so the set is split once and for all: a page whose entry's
 * {@code file} name has an even first byte of SHA-256 (UTF-8) is in the development half (536 pages), the
 * others are the held-out test half (454 pages). Scores are printed for both halves and for the whole set;
 * error listings only ever show development pages, so that the test half stays unseen.
 */
public final class ExtractionEvaluator {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ExtractionEvaluator() {
    }

    /** The development half, the held-out test half, and the whole set. */
    public static final String DEV = "dev";
    public static final String TEST = "test";
    public static final String ALL = "all";

    /** Counts and rates for one extractor on one split. */
    public record Score(String extractor, String split, int pages, int tp, int fp, int fn, int tn, int titles, int titlesRight,
                        int dates, int datesRight, double seconds, double cpuSeconds) {
        /** {@code dates} is 0 for an extractor that does not look for dates, whose date accuracy is then NaN. */
        public double precision() { return tp + fp == 0 ? 0 : (double) tp / (tp + fp); }
        public double recall() { return tp + fn == 0 ? 0 : (double) tp / (tp + fn); }
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        public double accuracy() { return (double) (tp + tn) / Math.max(1, tp + tn + fp + fn); }
        public double titleAccuracy() { return titles == 0 ? Double.NaN : (double) titlesRight / titles; }
        public double dateAccuracy() { return dates == 0 ? Double.NaN : (double) datesRight / dates; }
        public double pagesPerSecond() { return seconds == 0 ? 0 : pages / seconds; }
        /** Pages per second of this thread's CPU time: steadier than wall time on a shared machine. */
        public double pagesPerCpuSecond() { return cpuSeconds == 0 ? 0 : pages / cpuSeconds; }
    }

    /** The result of a run; {@code skipped} when the data directory is absent. */
    public record Report(boolean skipped, List<Score> scores) {
        /** The extractor's score on the whole set. */
        public Optional<Score> score(String extractor) {
            return score(extractor, ALL);
        }

        public Optional<Score> score(String extractor, String split) {
            return scores.stream().filter(s -> s.extractor().equals(extractor) && s.split().equals(split)).findFirst();
        }
    }

    /** Whether a page is in the development half: the first byte of SHA-256 of its file name is even. */
    static boolean isDevelopment(String fileName) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(fileName.getBytes(StandardCharsets.UTF_8));
            return (h[0] & 1) == 0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** One page's extraction: the main text, the title and date found (null if none or not extracted). */
    private record Output(String text, String title, String date) {
    }

    private record Page(String url, Path file, List<String> with, List<String> without, String title, String date,
                        boolean dev) {
    }

    /** One page's counts; {@code titles}/{@code dates} are 1 when the page has that gold field. */
    private record PageCounts(boolean dev, int tp, int fp, int fn, int tn, int titles, int titlesRight, int dates,
                              int datesRight) {
    }

    /** The evaluation pages and their HTML; empty (with the reason printed as skipped) when the data is absent. */
    private record Corpus(List<Page> pages, List<byte[]> html) {
    }

    private static Optional<Corpus> corpus(Path dataDir, PrintStream out) {
        Path gold = dataDir.resolve("evaldata.json");
        if (!Files.isRegularFile(gold)) {
            out.println("skipped: " + gold + " not found");
            return Optional.empty();
        }
        List<Page> pages;
        try {
            pages = pages(dataDir, gold);
        } catch (IOException e) {
            out.println("skipped: " + gold + " cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        List<byte[]> html = new ArrayList<>();
        for (Page p : pages) html.add(readGzip(p.file()));
        return Optional.of(new Corpus(pages, html));
    }

    public static Report run(Path dataDir, PrintStream out) {
        return run(dataDir, out, false);
    }

    /** With {@code listErrors}, each missed or wrongly kept snippet is printed, for error analysis. */
    public static Report run(Path dataDir, PrintStream out, boolean listErrors) {
        Optional<Corpus> corpus = corpus(dataDir, out);
        if (corpus.isEmpty()) return new Report(true, List.of());
        List<Page> pages = corpus.get().pages();
        List<byte[]> html = corpus.get().html();
        List<Score> scores = new ArrayList<>();
        scores.addAll(score("vigie", pages, html, ExtractionEvaluator::vigie, true, out, listErrors));
        scores.addAll(score("boilerpipe-article", pages, html, ExtractionEvaluator::boilerpipe, false, out, false));
        out.printf(Locale.ROOT, "%-20s %-5s %6s %9s %7s %7s %8s %7s %7s %8s %10s%n", "extractor", "split", "pages",
                "precision", "recall", "F1", "accuracy", "title", "date", "pages/s", "pages/cpu-s");
        for (Score s : scores) {
            out.printf(Locale.ROOT, "%-20s %-5s %6d %9.3f %7.3f %7.3f %8.3f %7s %7s %8.1f %10.1f%n", s.extractor(),
                    s.split(), s.pages(), s.precision(), s.recall(), s.f1(), s.accuracy(), rate(s.titleAccuracy()),
                    rate(s.dateAccuracy()), s.pagesPerSecond(), s.pagesPerCpuSecond());
        }
        Score all = scores.stream().filter(s -> s.split().equals(ALL)).findFirst().orElseThrow();
        out.println("(dev: pages whose file name's SHA-256 starts with an even byte, the only ones error listings show;"
                + " test: the others, held out; title: exact match after whitespace normalisation, over " + all.titles()
                + " pages with a gold title; date: same day, over " + all.dates() + " pages with a gold date;"
                + " pages/s: extraction only, files already in memory, whole set, wall time; pages/cpu-s: the same on"
                + " the extracting thread's CPU time, which other processes on the machine disturb less; Vigie runs"
                + " first, so it also pays for the JIT warm-up; Vigie is given each page's URL)");
        return new Report(false, scores);
    }

    private static String rate(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static List<Page> pages(Path dataDir, Path gold) throws IOException {
        JsonNode root = new ObjectMapper().readTree(gold.toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            Path file = dataDir.resolve("html").resolve(v.path("file").asText() + ".gz");
            pages.add(new Page(e.getKey(), file, strings(v.get("with")), strings(v.get("without")),
                    v.path("title").asText(""), v.path("date").asText(""), isDevelopment(v.path("file").asText())));
        }
        return pages;
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null) for (JsonNode s : n) out.add(s.asText());
        return out;
    }

    private static byte[] readGzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    private static Output vigie(PageInput in) {
        return vigie(in, Set.of());
    }

    private static Output vigie(PageInput in, Set<ExtractionRule> off) {
        Document doc = HtmlReader.read(in.bytes(), null, new Origin(in.name(), in.url(), in.name()), off);
        StringBuilder text = new StringBuilder();
        for (MarkupHint h : doc.metadata().hints()) {
            if (h.kind().equals(LineHints.MAIN)) text.append(doc.text(h.span())).append('\n');
        }
        return new Output(text.toString(), doc.metadata().title(), doc.metadata().published());
    }

    private static Output boilerpipe(PageInput in) {
        String html = TextDecoder.decode(in.bytes()).text();
        try {
            de.l3s.boilerpipe.document.TextDocument doc = new de.l3s.boilerpipe.sax.BoilerpipeSAXInput(
                    new org.xml.sax.InputSource(new java.io.StringReader(html))).getTextDocument();
            ArticleExtractor.INSTANCE.process(doc);
            return new Output(doc.getContent(), doc.getTitle(), null);
        } catch (BoilerpipeProcessingException | org.xml.sax.SAXException | RuntimeException e) {
            return new Output("", null, null);
        }
    }

    private record PageInput(byte[] bytes, String name, String url) {
    }

    private static List<Score> score(String name, List<Page> pages, List<byte[]> html,
                                     Function<PageInput, Output> extractor, boolean findsDates, PrintStream out,
                                     boolean listErrors) {
        List<PageCounts> counts = new ArrayList<>();
        long nanos = 0;
        long cpuNanos = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean cpuTimed = threads.isCurrentThreadCpuTimeSupported();
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            Output o;
            long t0 = System.nanoTime();
            long c0 = cpuTimed ? threads.getCurrentThreadCpuTime() : 0;
            try {
                o = html.get(i) == null ? new Output("", null, null)
                        : extractor.apply(new PageInput(html.get(i), p.file().getFileName().toString(), p.url()));
            } catch (RuntimeException | StackOverflowError e) {
                o = new Output("", null, null);
            }
            nanos += System.nanoTime() - t0;
            if (cpuTimed) cpuNanos += threads.getCurrentThreadCpuTime() - c0;
            counts.add(count(p, o, findsDates, out, listErrors && p.dev(), html.get(i)));
        }
        double seconds = nanos / 1e9;
        double cpuSeconds = cpuNanos / 1e9;
        List<Score> scores = new ArrayList<>();
        scores.add(sum(name, DEV, counts, c -> c.dev(), seconds, cpuSeconds));
        scores.add(sum(name, TEST, counts, c -> !c.dev(), seconds, cpuSeconds));
        scores.add(sum(name, ALL, counts, c -> true, seconds, cpuSeconds));
        return scores;
    }

    private static PageCounts count(Page p, Output o, boolean findsDates, PrintStream out, boolean listErrors, byte[] html) {
        List<MainTextTrace.Line> trace = null;
        int tp = 0, fp = 0, fn = 0, tn = 0, titles = 0, titlesRight = 0, dates = 0, datesRight = 0;
        String text = normalize(o.text());
        String file = p.file().getFileName().toString();
        for (String w : p.with()) {
            if (!text.isEmpty() && text.contains(normalize(w))) tp++;
            else {
                fn++;
                if (listErrors) {
                    if (trace == null) trace = MainTextTrace.of(TextDecoder.decode(html).text(), p.url(), Set.of());
                    out.println("MISS\t" + file + "\t" + w + "\t" + droppedBy(trace, w));
                }
            }
        }
        for (String w : p.without()) {
            if (!text.isEmpty() && text.contains(normalize(w))) {
                fp++;
                if (listErrors) out.println("KEPT\t" + file + "\t" + w);
            } else tn++;
        }
        if (!p.title().isBlank()) {
            titles++;
            if (o.title() != null && normalize(o.title()).equals(normalize(p.title()))) titlesRight++;
            else if (listErrors) out.println("TITLE\t" + file + "\t" + o.title() + "\t|\t" + p.title());
        }
        if (findsDates && !p.date().isBlank()) {
            dates++;
            if (o.date() != null && o.date().startsWith(p.date().substring(0, Math.min(10, p.date().length())))) datesRight++;
            else if (listErrors) out.println("DATE\t" + file + "\t" + o.date() + "\t|\t" + p.date());
        }
        return new PageCounts(p.dev(), tp, fp, fn, tn, titles, titlesRight, dates, datesRight);
    }

    /**
     * The rule that dropped the line holding the snippet, "outside" ... (see {@link ExtractionRule}), or
     * "not-a-line" when no single visible line holds it (a snippet spanning lines, or text the reader skips).
     */
    private static String droppedBy(List<MainTextTrace.Line> trace, String snippet) {
        String w = normalize(snippet);
        for (MainTextTrace.Line l : trace) {
            if (normalize(l.text()).contains(w)) {
                return l.main() ? "kept" : l.droppedBy().map(r -> r.name().toLowerCase(Locale.ROOT)).orElse("?");
            }
        }
        return "not-a-line";
    }

    /**
     * Switches each rule family off in turn and prints the change of Vigie's F1 on the development half and
     * on the held-out half (one number per family, no page listed), so that rules learnt on development
     * pages can be checked for how they generalise.
     */
    public static Report ablation(Path dataDir, PrintStream out) {
        Optional<Corpus> corpus = corpus(dataDir, out);
        if (corpus.isEmpty()) return new Report(true, List.of());
        List<Page> pages = corpus.get().pages();
        List<byte[]> html = corpus.get().html();
        PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
        List<Score> base = score("vigie", pages, html, ExtractionEvaluator::vigie, true, quiet, false);
        List<Score> scores = new ArrayList<>(base);
        out.printf(Locale.ROOT, "%-22s %8s %8s %8s %8s %8s%n", "rule family off", "dev F1", "Δ dev", "test F1", "Δ test", "Δ all");
        out.printf(Locale.ROOT, "%-22s %8.4f %8s %8.4f %8s %8s%n", "(none)", base.get(0).f1(), "", base.get(1).f1(), "", "");
        for (ExtractionRule rule : ExtractionRule.values()) {
            if (rule == ExtractionRule.OUTSIDE_CONTENT_ROOT || rule == ExtractionRule.STRUCTURE) continue;
            Set<ExtractionRule> off = Set.of(rule);
            List<Score> s = score("vigie-without-" + rule.name().toLowerCase(Locale.ROOT), pages, html,
                    in -> vigie(in, off), true, quiet, false);
            scores.addAll(s);
            out.printf(Locale.ROOT, "%-22s %8.4f %+8.4f %8.4f %+8.4f %+8.4f%n", rule.name().toLowerCase(Locale.ROOT),
                    s.get(0).f1(), s.get(0).f1() - base.get(0).f1(), s.get(1).f1(), s.get(1).f1() - base.get(1).f1(),
                    s.get(2).f1() - base.get(2).f1());
        }
        out.println("(Δ: F1 with the family switched off minus F1 with every rule on; a negative Δ means the family helps)");
        return new Report(false, scores);
    }

    /** Sums the selected pages' counts; the time is the whole run's, scaled to the selected share of pages. */
    private static Score sum(String name, String split, List<PageCounts> counts,
                             java.util.function.Predicate<PageCounts> in, double seconds, double cpuSeconds) {
        int pages = 0, tp = 0, fp = 0, fn = 0, tn = 0, titles = 0, titlesRight = 0, dates = 0, datesRight = 0;
        for (PageCounts c : counts) {
            if (!in.test(c)) continue;
            pages++;
            tp += c.tp();
            fp += c.fp();
            fn += c.fn();
            tn += c.tn();
            titles += c.titles();
            titlesRight += c.titlesRight();
            dates += c.dates();
            datesRight += c.datesRight();
        }
        double part = counts.isEmpty() ? 0 : (double) pages / counts.size();
        return new Score(name, split, pages, tp, fp, fn, tn, titles, titlesRight, dates, datesRight, seconds * part,
                cpuSeconds * part);
    }

    static String normalize(String s) {
        return s == null ? "" : SPACES.matcher(s).replaceAll(" ").strip();
    }
}

package org.vigie.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import org.vigie.core.Document;
import org.vigie.core.model.MarkupHint;
import org.vigie.ingest.Origin;
import org.vigie.ingest.html.HtmlReader;
import org.vigie.ingest.html.LineHints;
import org.vigie.ingest.text.TextDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Scores main-text extraction on the trafilatura evaluation set with that set's own protocol: per page,
 * each "with" snippet found in the whitespace-normalised output is a true positive (else a false
 * negative), each "without" snippet found is a false positive (else a true negative); counts are summed
 * over the corpus. Vigie's output is the lines hinted {@code main}; boilerpipe's ArticleExtractor is
 * scored the same way as a Java baseline. Title and date accuracy are measured against the gold metadata.
 */
public final class ExtractionEvaluator {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ExtractionEvaluator() {
    }

    /** Counts and rates for one extractor. */
    public record Score(String extractor, int pages, int tp, int fp, int fn, int tn, int titles, int titlesRight,
                        int dates, int datesRight, double seconds) {
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
    }

    /** The result of a run; {@code skipped} when the data directory is absent. */
    public record Report(boolean skipped, List<Score> scores) {
        public Optional<Score> score(String extractor) {
            return scores.stream().filter(s -> s.extractor().equals(extractor)).findFirst();
        }
    }

    /** One page's extraction: the main text, the title and date found (null if none or not extracted). */
    private record Output(String text, String title, String date) {
    }

    private record Page(String url, Path file, List<String> with, List<String> without, String title, String date) {
    }

    public static Report run(Path dataDir, PrintStream out) {
        return run(dataDir, out, false);
    }

    /** With {@code listErrors}, each missed or wrongly kept snippet is printed, for error analysis. */
    public static Report run(Path dataDir, PrintStream out, boolean listErrors) {
        Path gold = dataDir.resolve("evaldata.json");
        if (!Files.isRegularFile(gold)) {
            out.println("skipped: " + gold + " not found");
            return new Report(true, List.of());
        }
        List<Page> pages;
        try {
            pages = pages(dataDir, gold);
        } catch (IOException e) {
            out.println("skipped: " + gold + " cannot be read: " + e.getMessage());
            return new Report(true, List.of());
        }
        List<byte[]> html = new ArrayList<>();
        for (Page p : pages) html.add(readGzip(p.file()));
        List<Score> scores = new ArrayList<>();
        scores.add(score("vigie", pages, html, ExtractionEvaluator::vigie, true, out, listErrors));
        scores.add(score("boilerpipe-article", pages, html, ExtractionEvaluator::boilerpipe, false, out, false));
        out.printf(Locale.ROOT, "%-20s %6s %9s %7s %7s %8s %7s %7s %8s%n", "extractor", "pages", "precision", "recall",
                "F1", "accuracy", "title", "date", "pages/s");
        for (Score s : scores) {
            out.printf(Locale.ROOT, "%-20s %6d %9.3f %7.3f %7.3f %8.3f %7s %7s %8.1f%n", s.extractor(), s.pages(),
                    s.precision(), s.recall(), s.f1(), s.accuracy(), rate(s.titleAccuracy()), rate(s.dateAccuracy()),
                    s.pagesPerSecond());
        }
        out.println("(title: exact match after whitespace normalisation, over " + scores.get(0).titles()
                + " pages with a gold title; date: same day, over " + scores.get(0).dates() + " pages with a gold date;"
                + " pages/s: extraction only, files already in memory; Vigie is given each page's URL)");
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
                    v.path("title").asText(""), v.path("date").asText("")));
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
        Document doc = HtmlReader.read(in.bytes(), null, new Origin(in.name(), in.url(), in.name()));
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

    private static Score score(String name, List<Page> pages, List<byte[]> html, Function<PageInput, Output> extractor,
                               boolean findsDates, PrintStream out, boolean listErrors) {
        int tp = 0, fp = 0, fn = 0, tn = 0, titles = 0, titlesRight = 0, dates = 0, datesRight = 0;
        long nanos = 0;
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            Output o;
            long t0 = System.nanoTime();
            try {
                o = html.get(i) == null ? new Output("", null, null)
                        : extractor.apply(new PageInput(html.get(i), p.file().getFileName().toString(), p.url()));
            } catch (RuntimeException | StackOverflowError e) {
                o = new Output("", null, null);
            }
            nanos += System.nanoTime() - t0;
            String text = normalize(o.text());
            for (String w : p.with()) {
                if (!text.isEmpty() && text.contains(normalize(w))) tp++;
                else {
                    fn++;
                    if (listErrors) out.println("MISS\t" + p.file().getFileName() + "\t" + w);
                }
            }
            for (String w : p.without()) {
                if (!text.isEmpty() && text.contains(normalize(w))) {
                    fp++;
                    if (listErrors) out.println("KEPT\t" + p.file().getFileName() + "\t" + w);
                } else tn++;
            }
            if (!p.title().isBlank()) {
                titles++;
                if (o.title() != null && normalize(o.title()).equals(normalize(p.title()))) titlesRight++;
                else if (listErrors) out.println("TITLE\t" + p.file().getFileName() + "\t" + o.title() + "\t|\t" + p.title());
            }
            if (findsDates && !p.date().isBlank()) {
                dates++;
                if (o.date() != null && o.date().startsWith(p.date().substring(0, Math.min(10, p.date().length())))) datesRight++;
                else if (listErrors) out.println("DATE\t" + p.file().getFileName() + "\t" + o.date() + "\t|\t" + p.date());
            }
        }
        return new Score(name, pages.size(), tp, fp, fn, tn, titles, titlesRight, dates, datesRight, nanos / 1e9);
    }

    static String normalize(String s) {
        return s == null ? "" : SPACES.matcher(s).replaceAll(" ").strip();
    }
}

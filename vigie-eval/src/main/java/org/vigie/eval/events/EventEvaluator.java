package org.vigie.eval.events;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.json.AnalysisJson;
import org.vigie.core.model.Event;
import org.vigie.core.model.Span;
import org.vigie.eval.quotes.GoldInput;
import org.vigie.nlp.events.EventAnnotator;
import org.vigie.nlp.quotes.QuoteAnnotator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.stream.Stream;

/**
 * {@code vigie eval events}: the events annotator on the PETRARCH-2 / UniversalPetrarch validation sentences
 * ({@link #run}) and on demo gold records ({@link #runGold}).
 */
public final class EventEvaluator {
    private EventEvaluator() {
    }

    /**
     * Demo gold records ({@code *.json} in {@code goldDir}): the gold text with gold blocks, languages, entities,
     * mentions, times and publication date injected, default segmentation, quotes from the quotes annotator, then
     * the events annotator; scored against gold events, French and English records separately and together.
     */
    public static int runGold(Path goldDir, PrintStream out, boolean showErrors) {
        if (!Files.isDirectory(goldDir)) {
            out.println("skipped: " + goldDir + " not found");
            return 0;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(goldDir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            out.println("skipped: cannot list " + goldDir + ": " + e.getMessage());
            return 0;
        }
        QuoteAnnotator quotes = new QuoteAnnotator();
        EventAnnotator events = new EventAnnotator();
        Map<String, EventScorer> byLanguage = new TreeMap<>();
        EventScorer all = new EventScorer();
        for (Path f : files) {
            Document gold;
            try {
                gold = AnalysisJson.read(AnalysisJson.MAPPER.readTree(f.toFile()));
            } catch (IOException | RuntimeException e) {
                out.println("  " + f.getFileName() + ": unreadable gold record (" + e.getMessage() + "), skipped");
                continue;
            }
            Document doc = GoldInput.of(gold);
            doc = doc.with(quotes.annotate(doc));
            List<Event> predicted = events.annotate(doc).get(LayerKind.EVENTS);
            List<EventScorer.Item> g = gold.events().stream().map(EventEvaluator::item).toList();
            List<EventScorer.Item> p = predicted.stream().map(EventEvaluator::item).toList();
            String language = gold.language().orElse("und");
            String text = gold.text();
            for (EventScorer sc : List.of(all, byLanguage.computeIfAbsent(language, k -> new EventScorer()))) {
                boolean report = sc == all && showErrors;
                sc.add(g, p, (x, y) -> ((Span) x).overlaps((Span) y), e -> {
                    if (report) out.println("  " + f.getFileName() + ": " + e.replaceAll("\\[(\\d+),(\\d+)\\)", "") + snippet(e, text));
                });
            }
        }
        for (Map.Entry<String, EventScorer> e : byLanguage.entrySet()) {
            out.println("demo gold, language " + e.getKey() + ":");
            e.getValue().print(out);
        }
        out.println("demo gold, all " + files.size() + " records in " + goldDir + ":");
        all.print(out);
        return 0;
    }

    private static String snippet(String error, String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\\d+),(\\d+)\\)").matcher(error);
        if (!m.find()) return "";
        int s = Integer.parseInt(m.group(1)), e = Integer.parseInt(m.group(2));
        String t = text.substring(s, Math.min(e, s + 100)).replace('\n', ' ');
        return "\"" + t + "\"";
    }

    static EventScorer.Item item(Event e) {
        return new EventScorer.Item(e.type().name(), e.actor1() == null ? null : e.actor1().entity(),
                e.actor2() == null ? null : e.actor2().entity(), e.location() == null ? null : e.location().entity(),
                e.date(), e.mode(), e.negated(), e.evidence());
    }
}

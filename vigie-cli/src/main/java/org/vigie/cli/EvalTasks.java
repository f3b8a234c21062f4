package org.vigie.cli;

import org.vigie.eval.blocks.BlockEvaluator;
import org.vigie.eval.entities.EntityEvaluator;
import org.vigie.eval.entities.WrittenSentences;
import org.vigie.eval.events.EventEvaluator;
import org.vigie.eval.events.PloverGoldRecords;
import org.vigie.eval.events.WrittenEvents;
import org.vigie.eval.extraction.ExtractionEvaluator;
import org.vigie.eval.language.LanguageEvaluator;
import org.vigie.eval.linking.HipeLinking;
import org.vigie.eval.ner.NerEvaluator;
import org.vigie.eval.quantities.QuantityEvaluator;
import org.vigie.eval.quantities.WrittenQuantities;
import org.vigie.eval.quotes.QuoteEvaluator;
import org.vigie.eval.quotes.WrittenQuotes;
import org.vigie.eval.stories.DemoStoryEvaluator;
import org.vigie.eval.stories.StoryEvaluator;
import org.vigie.eval.times.TimeEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * One subcommand of {@code vigie eval} per annotator evaluation. Corpus data defaults to {@code ../shared/data};
 * an evaluation whose data is absent prints {@code skipped: <path> not found} and succeeds.
 */
final class EvalTasks {
    private EvalTasks() {
    }

    abstract static class Task implements Callable<Integer> {
        @Option(names = "--data", description = "Data folder (default: ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--errors", description = "List every miss and false alarm.")
        boolean errors;

        final PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);

        Path data(Path fallback) {
            return data != null ? data : fallback;
        }

        static Path shared(String sub) {
            return Home.shared().resolve("data").resolve(sub);
        }
    }

    @Command(name = "blocks", mixinStandardHelpOptions = true, description = "Body/boilerplate blocks, kinds, headline and stories on gold records (default: the demo gold).")
    static final class Blocks extends Task {
        public Integer call() {
            return BlockEvaluator.run(data(Home.demoGold()), out, errors);
        }
    }

    @Command(name = "language", mixinStandardHelpOptions = true, description = "Language per block on labelled corpus texts (../shared/data) and the demo gold blocks; load time and speed.")
    static final class Language extends Task {
        public Integer call() {
            return LanguageEvaluator.run(data(Home.shared().resolve("data")), List.of(Home.demoGold()), out, errors);
        }
    }

    @Command(name = "entities", mixinStandardHelpOptions = true, description = "Entity mentions (typed and untyped), linking accuracy and variant grouping (B-cubed) on gold records (default: the demo gold), then mentions in the team-written German, Spanish and Italian sentences.")
    static final class Entities extends Task {
        public Integer call() {
            int demo = EntityEvaluator.run(data(Home.demoGold()), out, errors);
            out.println();
            return demo + WrittenSentences.run(out, errors);
        }
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true, description = "Quotes and speakers on PolNeAR dev (../shared/data/quotes), on the demo gold, then in the team-written Spanish, German and Italian paragraphs.")
    static final class Quotes extends Task {
        @Option(names = "--written", description = "Only the team-written Spanish, German and Italian paragraphs.")
        boolean written;

        @Option(names = "--split", description = "PolNeAR split to score: dev (default, held out) or train (for developing rules).")
        String split = "dev";

        public Integer call() {
            if (written) return WrittenQuotes.run(out, errors);
            int a = QuoteEvaluator.run(data(shared("quotes")), split, out, errors);
            out.println();
            a += QuoteEvaluator.runGold(Home.demoGold(), out, errors);
            out.println();
            return a + WrittenQuotes.run(out, errors);
        }
    }

    @Command(name = "events", mixinStandardHelpOptions = true, description = "PLOVER events on the PETRARCH2 validation sentences and the PLOVER gold records (../shared/data/events), on the demo gold, then on the team-written English and French sentences.")
    static final class Events extends Task {
        public Integer call() {
            int a = EventEvaluator.run(data(shared("events")), out, errors);
            out.println();
            a += PloverGoldRecords.run(data(shared("events")), out, errors);
            out.println();
            int b = EventEvaluator.runGold(Home.demoGold(), out, errors);
            out.println();
            return a + b + WrittenEvents.run(out, errors);
        }
    }

    @Command(name = "times", mixinStandardHelpOptions = true, description = "Time expressions and their resolved values on gold records (default: the demo gold).")
    static final class Times extends Task {
        public Integer call() {
            return TimeEvaluator.run(data(Home.demoGold()), out, errors);
        }
    }

    @Command(name = "quantities", mixinStandardHelpOptions = true, description = "Figures: spans, values, units and claimants on gold records (default: the demo gold), then in the team-written English and French news paragraphs.")
    static final class Quantities extends Task {
        @Option(names = "--written", description = "Only the team-written English and French news paragraphs.")
        boolean written;

        public Integer call() {
            if (written) return WrittenQuantities.run(out, errors);
            int demo = QuantityEvaluator.run(data(Home.demoGold()), out, errors);
            out.println();
            return demo + WrittenQuantities.run(out, errors);
        }
    }

    @Command(name = "extraction", mixinStandardHelpOptions = true, description = "HTML main-text extraction on the trafilatura evaluation pages, against boilerpipe in the same run.")
    static final class Extraction extends Task {
        @Option(names = "--ablation", description = "Score again with each rule family switched off, on both halves "
                + "(one number per family on the held-out half; about 20 minutes).")
        boolean ablation;

        public Integer call() {
            Path dir = data(shared("extraction/trafilatura-eval"));
            if (ablation) ExtractionEvaluator.ablation(dir, out);
            else ExtractionEvaluator.run(dir, out, errors);
            return 0;
        }
    }

    @Command(name = "stories", mixinStandardHelpOptions = true, description = "Story clustering on ECB+ (B-cubed and pairwise F1 against sub-topics and topics).")
    static final class Stories extends Task {
        public Integer call() throws Exception {
            return StoryEvaluator.run(data(shared("clustering/ecbplus-en")), out, errors);
        }
    }

    @Command(name = "ner", mixinStandardHelpOptions = true, description = "NER F1 (conlleval rules) on CoNLL-2003 eng.testa, the held-back fifth of WikiNEuRal en/fr and HIPE fr dev; tokens/s and model load time.")
    static final class Ner extends Task {
        public Integer call() throws Exception {
            return NerEvaluator.run(data(shared("ner")), out, errors);
        }
    }

    @Command(name = "linking", mixinStandardHelpOptions = true, description = "Entity linking to Wikidata on the HIPE French newspaper files (../shared/data/ner/hipe-fr): precision of our links and recall on gold mentions whose id the knowledge base holds, per type.")
    static final class Linking extends Task {
        @Option(names = "--split", description = "dev (HIPE-2020, held out; default), newseye-dev (HIPE-2022, held out) or train (where errors were studied).")
        String split = "dev";

        public Integer call() {
            return HipeLinking.run(data(shared("ner/hipe-fr")), out, errors, split);
        }
    }

    @Command(name = "demo-stories", mixinStandardHelpOptions = true, description = "Duplicates, republications, translations and events of the demo corpus grouped into stories (pairwise F1 against demo/stories*.tsv).")
    static final class DemoStories extends Task {
        public Integer call() throws Exception {
            return DemoStoryEvaluator.run(data(Home.root().resolve("demo")), out, errors);
        }
    }
}

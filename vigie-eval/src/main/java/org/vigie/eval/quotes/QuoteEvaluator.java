package org.vigie.eval.quotes;

import org.vigie.core.Document;
import org.vigie.core.model.*;
import org.vigie.nlp.quotes.Attribution;
import org.vigie.nlp.lang.LanguagePack;
import org.vigie.nlp.quotes.QuoteAnnotator;
import org.vigie.nlp.quotes.SpeechLexicon;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/**
 * {@code vigie eval quotes}: the quotes annotator on PolNeAR's dev split ({@link #run}) and on demo gold records
 * ({@link #runGold}).
 *
 * <p>PolNeAR protocol: every attribution relation with a content span is a gold quote (PolNeAR also annotates
 * attributed beliefs, intentions and findings, so recall has a ceiling well below 1 for a speech-only annotator);
 * a gold quote is direct when its content starts and ends with a quotation mark. A discontinuous gold content is
 * compared by its parts, and a predicted piece of a gold quote already found (one side of a quote split by its cue,
 * a partial quotation inside reported speech) is neither a hit nor spurious ({@link QuoteScorer#QuoteScorer(boolean)}).
 * The "speech cues" sub-score keeps only gold relations whose cue is a speech act ({@link SpeechActs}); the other
 * relations are still paired, so a prediction that finds one is not counted at all. Input layers: blocks and segmentation
 * from the default pipeline, then the entity annotator when the pipeline has one, else {@link CapitalisedEntities}.
 * The source phrase is right when it overlaps the gold Source span; the speaker entity is checked only where the
 * head of the gold Source (its last word before any comma, bracket, preposition, relative or conjunction) is a
 * name of the entity layer's entities: "Clinton spokesman Nick Merrill" is Nick Merrill, not Clinton. Pronoun,
 * common-noun ("the Indiana governor") and outlet sources are counted by the source-phrase accuracy only. The
 * earlier protocol (first name anywhere in the Source) is printed too, for comparison.
 */
public final class QuoteEvaluator {
    private QuoteEvaluator() {
    }

    /** The splits {@link #run(Path, String, PrintStream, boolean)} accepts. */
    public static final List<String> SPLITS = List.of("dev", "train");

    /** PolNeAR dev split; {@code dataDir} is the {@code polnear-en} folder or a folder holding it. */
    public static int run(Path dataDir, PrintStream out, boolean showErrors) {
        return run(dataDir, "dev", out, showErrors);
    }

    /** One PolNeAR split ({@code "dev"}, or {@code "train"} while developing rules; never the test split). */
    public static int run(Path dataDir, String split, PrintStream out, boolean showErrors) {
        if (!SPLITS.contains(split)) {
            // the test split stays unseen: rules are developed on train and checked on dev
            out.println("unknown split '" + split + "': expected one of " + SPLITS);
            return 2;
        }
        Path root = Files.isDirectory(dataDir.resolve("polnear-en")) ? dataDir.resolve("polnear-en") : dataDir;
        Path dev = root.resolve(split);
        if (!Files.isDirectory(dev.resolve("text")) || !Files.isDirectory(dev.resolve("attributions"))) {
            out.println("skipped: " + dev + " not found");
            return 0;
        }
        List<PolnearReader.Article> articles = PolnearReader.read(dev);
        QuoteAnnotator annotator = new QuoteAnnotator();
        CorpusInput input = new CorpusInput();
        QuoteScorer scorer = new QuoteScorer(true);
        QuoteScorer speech = new QuoteScorer(true);
        QuoteScorer firstName = new QuoteScorer(true);
        long nanos = 0;
        long chars = 0;
        for (PolnearReader.Article a : articles) {
            Document doc = input.prepare(Document.ofText(a.text()), "en");
            long t0 = System.nanoTime();
            List<Attribution> predicted = annotator.attribute(doc.asRead());
            nanos += System.nanoTime() - t0;
            chars += a.text().length();
            List<QuoteScorer.Item> gold = new ArrayList<>();
            List<QuoteScorer.Item> goldFirst = new ArrayList<>();
            for (PolnearReader.Relation r : a.relations()) {
                gold.add(goldItem(doc, r, true));
                goldFirst.add(goldItem(doc, r, false));
            }
            List<QuoteScorer.Item> pred = new ArrayList<>();
            for (Attribution at : predicted) {
                Quote q = at.quote();
                pred.add(new QuoteScorer.Item(q.span(), q.direct(), q.cue(), at.source(),
                        q.speaker() == null ? null : q.speaker().entity(), true));
            }
            scorer.add(a.text(), gold, pred, e -> {
                if (showErrors) out.println("  " + a.name() + ": " + e);
            });
            List<QuoteScorer.Item> speechGold = new ArrayList<>();
            for (QuoteScorer.Item g : gold) {
                boolean isSpeech = g.cue() != null && SpeechActs.isSpeech(a.text().substring(g.cue().start(), g.cue().end()));
                speechGold.add(isSpeech ? g : g.uncounted());
            }
            speech.add(a.text(), speechGold, pred, e -> {
                if (showErrors) out.println("  speech " + a.name() + ": " + e);
            });
            firstName.add(a.text(), goldFirst, pred, e -> { });
        }
        out.println("PolNeAR " + split + ": " + articles.size() + " articles, entity layer: " + input.entitySource());
        out.println("all attributions (speech, beliefs, intentions, findings):");
        scorer.print(out);
        out.printf(Locale.ROOT, "speaker accuracy, previous protocol (first name anywhere in the source phrase): %.3f (%d scored)%n",
                firstName.speakerAccuracy(), firstName.speakersScored());
        out.println();
        out.println("speech cues only (" + speech.goldCount() + " of " + scorer.goldCount()
                + " gold relations; predictions paired with other relations not counted):");
        speech.print(out);
        out.printf(Locale.ROOT, "speed: %.0f articles/s, %.1f MB/s (quotes annotator only)%n",
                articles.size() / (nanos / 1e9), chars / (nanos / 1e9) / 1e6);
        return 0;
    }

    /**
     * Demo gold records ({@code *.json} in {@code goldDir}): the annotator runs on each record's text with the gold
     * blocks, languages, entities and mentions injected and the default segmentation; scored against gold quotes.
     */
    public static int runGold(Path goldDir, PrintStream out, boolean showErrors) {
        List<org.vigie.eval.GoldCorpus.Gold> records = org.vigie.eval.GoldCorpus.readOrSkip(goldDir, out);
        if (records == null) return 0;
        QuoteAnnotator annotator = new QuoteAnnotator();
        QuoteScorer scorer = new QuoteScorer();
        int used = 0;
        long nanos = 0, chars = 0;
        for (org.vigie.eval.GoldCorpus.Gold record : records) {
            Document gold = record.gold();
            used++;
            Document doc = GoldInput.of(gold);
            List<QuoteScorer.Item> g = new ArrayList<>();
            for (Quote q : gold.quotes()) {
                g.add(new QuoteScorer.Item(q.span(), q.direct(), q.cue(), null, q.speaker() == null ? null : q.speaker().entity(), true));
            }
            List<QuoteScorer.Item> p = new ArrayList<>();
            long t0 = System.nanoTime();
            List<Attribution> found = annotator.attribute(doc.asRead());
            nanos += System.nanoTime() - t0;
            chars += gold.text().length();
            for (Attribution at : found) {
                Quote q = at.quote();
                p.add(new QuoteScorer.Item(q.span(), q.direct(), q.cue(), at.source(), q.speaker() == null ? null : q.speaker().entity(), true));
            }
            scorer.add(gold.text(), g, p, e -> {
                if (showErrors) out.println("  " + record.name() + ": " + e);
            });
        }
        out.println("demo gold: " + used + " records in " + goldDir);
        scorer.print(out);
        if (nanos > 0) {
            out.printf(Locale.ROOT, "speed: %.0f documents/s, %.2f MB/s (quotes annotator only)%n",
                    used / (nanos / 1e9), chars / (nanos / 1e9) / 1e6);
        }
        return 0;
    }

    /**
     * A gold relation as a scorer item. With {@code head}, the speaker is the entity named by the head of the
     * source phrase ({@link #sourceHead}): "White House spokesman Josh Earnest" is Josh Earnest, "The Indiana
     * governor" and "a spokeswoman for Ann Reed" name no one and are not scored, nor are outlets, which have no
     * entity. Without it (the earlier protocol), the first non-MISC mention anywhere in the phrase.
     */
    static QuoteScorer.Item goldItem(Document doc, PolnearReader.Relation r, boolean head) {
        Span content = r.contentHull();
        String text = doc.text();
        String c = text.substring(content.start(), content.end()).strip();
        boolean direct = c.length() > 1 && isQuoteMark(c.charAt(0)) && isQuoteMark(c.charAt(c.length() - 1));
        Span source = r.sourceHull();
        String speaker = null;
        boolean scored = false;
        Span named = source == null ? null : head ? sourceHead(doc, source) : source;
        if (named != null) {
            Set<String> entities = new HashSet<>();
            for (Entity e : doc.entities()) entities.add(e.id());
            for (Mention m : doc.mentions()) {
                if (m.span().overlaps(named) && m.type() != EntityType.MISC && (!head || entities.contains(m.entityId()))) {
                    speaker = m.entityId();
                    scored = true;
                    break;
                }
            }
        }
        return new QuoteScorer.Item(content, r.content(), direct, r.cueHull(), source, speaker, scored, true);
    }

    private static final Set<SpeechLexicon.Kind> HEAD_END = EnumSet.of(SpeechLexicon.Kind.THAT, SpeechLexicon.Kind.LINK,
            SpeechLexicon.Kind.REL, SpeechLexicon.Kind.PREP, SpeechLexicon.Kind.STOP, SpeechLexicon.Kind.SOURCE);

    /**
     * The last word of a source phrase before its first comma, bracket, dash, preposition, relative or
     * conjunction (English lexicon kinds), a possessive ending dropped: the word that says who the source is. Null
     * when the phrase has no word.
     */
    static Span sourceHead(Document doc, Span source) {
        SpeechLexicon en = SpeechLexicon.of("en").orElseThrow();
        String text = doc.text();
        Token last = null;
        for (Token t : doc.tokens()) {
            if (t.end() <= source.start()) continue;
            if (t.start() >= source.end()) break;
            String form = LanguagePack.normalize(t.span().of(text));
            if (last != null && (form.equals(",") || form.equals("(") || form.equals("--") || form.equals("—")
                    || form.equals("–") || form.equals(";") || HEAD_END.contains(en.kindOf(form)))) break;
            if (form.equals("'s") || form.equals("’s") || form.equals("'") || form.equals("’")) continue;
            if (t.kind() == Token.Kind.WORD) last = t;
        }
        return last == null ? null : last.span();
    }

    private static boolean isQuoteMark(char c) {
        return "\"“”«»„‘’'".indexOf(c) >= 0;
    }
}

package org.vigie.eval.events;

import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.Event;
import org.vigie.eval.quotes.CorpusInput;
import org.vigie.nlp.events.CameoPlover;
import org.vigie.nlp.events.EventAnnotator;
import org.vigie.nlp.quotes.QuoteAnnotator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PETRARCH unit-test suite ({@code petrarch2/text/PETR.UnitTest.records.xml}: stylised sentences testing the
 * coder's logic on compound actors, agents, possessives, passives, subordinate clauses and paired events) as a
 * development set for the events annotator, scored like the PETRARCH-2 validation records ({@link EventEvaluator#run}:
 * same reading, same PLOVER mapping of gold codes, same comparison through {@link EventEvaluator#coded}, same
 * strict and UniversalPetrarch rows of {@link PetrarchScore}).
 * <p>
 * What differs: the suite's actors are fictional (Arnor, Gondor...) and coded by its own small dictionaries, so
 * actor codes come from {@code PETR.Validate.actors.txt} and {@code PETR.Validate.agents.txt}, and the entity layer
 * is {@link DictionaryEntities}: the PETR.Validate actor names found in the sentence, merged with the pipeline's own
 * entities (dictionary spans win where they overlap), since the suite tests coder logic, not name recognition.
 * Records upstream does not run ({@code sentence="false"}, or commented "not implemented") are skipped and counted,
 * and so are records with a gold code outside CAMEO ({@link #isCameo}), which name no event type to compare.
 * The verbs are coded by our tables, not by the suite's test verb dictionary: a gold code that dictionary gives
 * unlike CAMEO 2.0 is a convention difference. Half A (even records among those scored) is the development half
 * whose errors are listed with {@code showErrors} (lines {@code [UA]}); half B (odd) is scored only, its errors
 * never listed.
 */
public final class PetrarchUnitTests {
    private static final Pattern SENTENCE_HEAD = Pattern.compile("<Sentence\\b([^>]*)>");
    private static final Pattern ATTR = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");

    private PetrarchUnitTests() {
    }

    public static int run(Path dataDir, PrintStream out, boolean showErrors) {
        Path root = EventEvaluator.eventsRoot(dataDir);
        Path records = root.resolve("petrarch2/text/PETR.UnitTest.records.xml");
        Path table = root.resolve("plover/CAMEO2PLOVER-2021.txt");
        Path actors = root.resolve("petrarch2/dictionaries/PETR.Validate.actors.txt");
        Path agents = root.resolve("petrarch2/dictionaries/PETR.Validate.agents.txt");
        if (!EventEvaluator.allPresent(out, records, table, actors, agents)) return 0;
        String xml;
        CameoPlover plover;
        ActorCodes codes;
        DictionaryEntities names;
        try {
            xml = Files.readString(records, StandardCharsets.UTF_8);
            plover = CameoPlover.read(table);
            codes = ActorCodes.read(List.of(actors, agents)).restrictionsFirst();
            names = DictionaryEntities.read(actors);
        } catch (IOException e) {
            out.println("skipped: cannot read " + root + ": " + e.getMessage());
            return 0;
        }
        Set<String> skip = notRun(xml);
        List<PetrarchReader.Record> all = PetrarchReader.parse(xml);
        PetrarchScore score = new PetrarchScore();
        PetrarchScore[] halves = {new PetrarchScore(), new PetrarchScore()};
        // the same comparison with types set aside: the suite's verb codes are its test dictionary's conventions
        PetrarchScore[] actorsOnly = {new PetrarchScore(), new PetrarchScore(), new PetrarchScore()};
        CorpusInput input = new CorpusInput();
        QuoteAnnotator quotes = new QuoteAnnotator();
        EventAnnotator events = new EventAnnotator();
        int index = 0, skipped = 0, testCodes = 0;
        List<String> errors = new ArrayList<>();
        for (PetrarchReader.Record r : all) {
            if (skip.contains(r.id())) {
                skipped++;
                continue;
            }
            if (r.codings().stream().anyMatch(c -> !isCameo(c.event()))) {
                // counted in the alternation all the same, so that each record stays in the half it was first in
                testCodes++;
                index++;
                continue;
            }
            Document doc = names.merge(EventEvaluator.asBodyParagraph(input.prepare(Document.ofText(r.text()), "en")));
            doc = doc.with(Layers.of(LayerKind.TIMES, List.of()));
            doc = doc.with(Pipeline.apply(quotes, doc));
            List<Event> predicted = Pipeline.apply(events, doc).get(LayerKind.EVENTS);
            List<PetrarchScore.Gold> gold = gold(r, plover);
            List<PetrarchScore.Predicted> pred = EventEvaluator.coded(doc, predicted, codes, dateOf(r.date()));
            boolean halfA = index % 2 == 0;
            for (PetrarchScore a : List.of(actorsOnly[index % 2], actorsOnly[2])) a.add(r.id(), r.category(), anyType(gold), anyTypePredicted(pred), msg -> { });
            score.add(r.id(), r.category(), gold, pred, msg -> { });
            halves[index++ % 2].add(r.id(), r.category(), gold, pred, msg -> {
                if (showErrors && halfA) errors.add("  [UA] " + r.id() + ": " + msg + " | " + r.text());
            });
        }
        out.println();
        out.println("PETRARCH unit-test suite (petrarch2 PETR.UnitTest.records.xml, coder-logic tests with fictional actors): "
                + (index - testCodes) + " records scored, " + skipped + " skipped (not run upstream), " + testCodes
                + " skipped (a gold code outside CAMEO, from the test verb dictionary); entity layer: PETR.Validate actor "
                + "names + pipeline entities (" + input.entitySource() + "); actor codes: PETR.Validate actors and agents");
        score.print(out);
        halves[0].printSummary(out, "unit half A (even, dev)");
        halves[1].printSummary(out, "unit half B (odd, held out)");
        score.printSummary(out, "unit all records");
        out.println("actors only (event type set aside, source and target as above, in the gold's direction):");
        actorsOnly[0].printSummary(out, "unit half A (even, dev)");
        actorsOnly[1].printSummary(out, "unit half B (odd, held out)");
        actorsOnly[2].printSummary(out, "unit all records");
        errors.forEach(out::println);
        return 0;
    }

    /** Gold events of a record: its CAMEO codings with a PLOVER type. */
    static List<PetrarchScore.Gold> gold(PetrarchReader.Record r, CameoPlover plover) {
        List<PetrarchScore.Gold> gold = new ArrayList<>();
        for (PetrarchReader.Coding c : r.codings()) {
            plover.map(c.event()).ifPresent(m -> gold.add(new PetrarchScore.Gold(m.type(), c.source(), c.target())));
        }
        return gold;
    }

    /**
     * Whether an event code is CAMEO's: a root from 01 to 20. The suite's test verb dictionary also codes with
     * made-up codes ("904", "212", "345") that test its own machinery and name no event type.
     */
    static boolean isCameo(String code) {
        if (code == null || !code.matches("\\d{2,4}")) return false;
        int root = Integer.parseInt(code.substring(0, 2));
        return root >= 1 && root <= 20;
    }

    /** Gold events with their type set aside, to score actors alone. */
    static List<PetrarchScore.Gold> anyType(List<PetrarchScore.Gold> gold) {
        return gold.stream().map(g -> new PetrarchScore.Gold(ANY, g.source(), g.target())).toList();
    }

    static List<PetrarchScore.Predicted> anyTypePredicted(List<PetrarchScore.Predicted> pred) {
        return pred.stream().map(p -> new PetrarchScore.Predicted(ANY, p.source(), p.target(), p.label())).toList();
    }

    private static final String ANY = "ANY";

    /**
     * Ids of the records upstream does not run: marked {@code sentence="false"}, or commented as a feature "not
     * implemented" (the comment sits between the record's opening tag and its text).
     */
    static Set<String> notRun(String xml) {
        Set<String> ids = new HashSet<>();
        Matcher m = SENTENCE_HEAD.matcher(xml);
        while (m.find()) {
            Map<String, String> a = new HashMap<>();
            Matcher attr = ATTR.matcher(m.group(1));
            while (attr.find()) a.put(attr.group(1), attr.group(2));
            String id = a.get("id");
            if (id == null) continue;
            int text = xml.indexOf("<Text>", m.end());
            String head = xml.substring(m.end(), text < 0 ? m.end() : text);
            if ("false".equalsIgnoreCase(a.get("sentence")) || head.contains("not implemented")) ids.add(id);
        }
        return ids;
    }

    private static int dateOf(String d) {
        if (d == null || !d.matches("\\d{6,8}")) return 20150101;
        return d.length() == 8 ? Integer.parseInt(d) : 20000000 + Integer.parseInt(d);
    }
}

package org.vigie.eval.events;

import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.Block;
import org.vigie.core.model.EntityRef;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Event;
import org.vigie.core.model.Span;
import org.vigie.eval.quotes.GoldInput;
import org.vigie.nlp.entities.GroupActors;
import org.vigie.nlp.events.EventAnnotator;
import org.vigie.nlp.kb.KbEntry;
import org.vigie.nlp.kb.KnowledgeBase;
import org.vigie.nlp.quotes.QuoteAnnotator;
import org.vigie.nlp.events.CameoPlover;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/**
 * {@code vigie eval events}: the events annotator on the PETRARCH-2 / UniversalPetrarch validation sentences
 * ({@link #run}) and on demo gold records ({@link #runGold}).
 */
public final class EventEvaluator {
    private EventEvaluator() {
    }

    /** The events data folder: {@code dataDir/events} when there is one, else {@code dataDir} itself. */
    static Path eventsRoot(Path dataDir) {
        return Files.isDirectory(dataDir.resolve("events")) ? dataDir.resolve("events") : dataDir;
    }

    /** Whether every path exists; the first missing one is reported as {@code skipped: <path> not found}. */
    static boolean allPresent(PrintStream out, Path... paths) {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                out.println("skipped: " + p + " not found");
                return false;
            }
        }
        return true;
    }

    /**
     * PETRARCH-2 validation records ({@code universal-petrarch/PETR2_GSR_validation.xml} under {@code dataDir}, the
     * {@code events} data folder). Protocol: each sentence is a one-line English document; its entity layer comes
     * from the pipeline's entity annotator when one is registered, else from capitalised spans
     * ({@link org.vigie.eval.quotes.CapitalisedEntities}) since the records give actor codes, not actor texts; the
     * line is one body paragraph (a record is a sentence of an article body, which the block annotator could
     * otherwise take for a headline, and the annotator skips headlines); times are left empty. Group actors qualified by a named state or organisation ("the police in Guyana") reach the
     * comparison through it; group entities ({@code vigie:group:}: "Syrian rebels", "insurgents") are coded from their
     * state and agent code ({@code SYRREB}, {@code ---REB}; see {@link #groupCode}). Gold CAMEO codes become PLOVER types through {@code plover/CAMEO2PLOVER-2021.txt}; codes with no
     * PLOVER type (CAMEO 01 statements, 02 appeals) are dropped, and a sentence left without gold events counts as a
     * no-event sentence. Each predicted actor is mapped to a CAMEO code by its name through the Phoenix actor
     * and agents dictionaries ({@code petrarch2/dictionaries/Phoenix.*.actors.txt}, {@code Phoenix.agents.txt}, at
     * the sentence date; a name not found falls back to its last word, a plural to its singular); codes agree on their country root (see {@link ActorCodes#matches}). A gold event
     * is right when a predicted event has its type, its source and, unless the gold has no target, its target
     * (either order for CONSULT, AGREE, COOPERATE); an event without a second actor is compared with its location
     * as target, as PETRARCH codes a place ("will meet in Zurich": target CHE). A state actor named right before an agent noun
     * ("Chinese police", "Georgian demonstrators") gets that agent's sector from {@code Phoenix.agents.txt}
     * ({@code CHNCOP}, {@code GEOOPP}), which lets it match a gold actor of unknown country ("---REB") by sector. A predicted event matching no gold event is a false positive. A
     * negated cooperative event (support, aid, agreement, meeting...) is compared as REJECT, CAMEO's code for it.
     * A record whose Text is empty is read from the words of its parse, as upstream codes it. Scores are printed
     * for all records, and for the even-numbered (half A, the only one whose errors were studied to write rules)
     * and odd-numbered records (half B, held out); see {@link PetrarchScore} for the UniversalPetrarch protocol
     * row (FP = extra events per record, null events set aside) and how it differs from upstream's exact codes.
     */
    public static int run(Path dataDir, PrintStream out, boolean showErrors) {
        Path root = eventsRoot(dataDir);
        Path records = root.resolve("universal-petrarch/PETR2_GSR_validation.xml");
        Path table = root.resolve("plover/CAMEO2PLOVER-2021.txt");
        Path dictionaries = root.resolve("petrarch2/dictionaries");
        if (!allPresent(out, records, table, dictionaries)) return 0;
        List<PetrarchReader.Record> sentences;
        CameoPlover plover;
        ActorCodes codes;
        try {
            sentences = PetrarchReader.read(records);
            plover = CameoPlover.read(table);
            codes = phoenixCodes(dictionaries);
        } catch (IOException e) {
            out.println("skipped: cannot read " + root + ": " + e.getMessage());
            return 0;
        }
        PetrarchScore score = new PetrarchScore();
        // rules are developed looking at the errors of half A only; half B is the held-out report
        PetrarchScore[] halves = {new PetrarchScore(), new PetrarchScore()};
        int index = 0;
        org.vigie.eval.quotes.CorpusInput input = new org.vigie.eval.quotes.CorpusInput();
        QuoteAnnotator quotes = new QuoteAnnotator();
        EventAnnotator events = new EventAnnotator();
        for (PetrarchReader.Record r : sentences) {
            Document doc = asBodyParagraph(input.prepare(Document.ofText(r.text()), "en"));
            doc = doc.with(Layers.of(LayerKind.TIMES, List.of()));
            doc = doc.with(Pipeline.apply(quotes, doc));
            List<Event> predicted = Pipeline.apply(events, doc).get(LayerKind.EVENTS);
            int date = dateOf(r.date());
            List<PetrarchScore.Gold> gold = new ArrayList<>();
            for (PetrarchReader.Coding c : r.codings()) {
                plover.map(c.event()).ifPresent(m -> gold.add(new PetrarchScore.Gold(m.type(), c.source(), c.target())));
            }
            List<PetrarchScore.Predicted> pred = coded(doc, predicted, codes, date);
            String half = index % 2 == 0 ? "A" : "B";
            score.add(r.id(), r.category(), gold, pred, msg -> {
                if (showErrors) out.println("  [" + half + "] " + r.id() + ": " + msg + " | " + r.text());
            });
            halves[index++ % 2].add(r.id(), r.category(), gold, pred, msg -> { });
        }
        out.println("PETRARCH-2 validation (UniversalPetrarch PETR2_GSR_validation.xml): " + sentences.size()
                + " sentences, entity layer: " + input.entitySource());
        score.print(out);
        halves[0].printSummary(out, "half A (even records, tuning)");
        halves[1].printSummary(out, "half B (odd records, held out)");
        score.printSummary(out, "all records");
        return PetrarchUnitTests.run(dataDir, out, showErrors);
    }

    /** The Phoenix country, international, non-state and agents dictionaries of a PETRARCH dictionary folder. */
    static ActorCodes phoenixCodes(Path dictionaries) throws IOException {
        return ActorCodes.read(List.of(dictionaries.resolve("Phoenix.Countries.actors.txt"),
                dictionaries.resolve("Phoenix.International.actors.txt"),
                dictionaries.resolve("Phoenix.MilNonState.actors.txt"), dictionaries.resolve("Phoenix.agents.txt")));
    }

    /**
     * Produced events as the PETRARCH comparison sees them: CAMEO's type ({@link #cameoType}), actors coded by name
     * at the date with the agent noun after them ({@link #agentAfter}), the location as target when there is no
     * second actor ({@link #target}).
     */
    static List<PetrarchScore.Predicted> coded(Document doc, List<Event> predicted, ActorCodes codes, int date) {
        List<PetrarchScore.Predicted> pred = new ArrayList<>();
        for (Event e : predicted) {
            EntityRef target = target(e);
            String source = codeOf(codes, e.actor1(), date);
            String targetCode = codeOf(codes, target, date);
            if (e.actor1() != null) {
                source = ActorCodes.withAgent(source, agentAfter(doc, e, e.actor1(), 0, codes, date));
                if (source == null) source = stateAround(doc, e, e.actor1(), 0, codes, date);
            }
            if (e.actor2() != null) {
                int nth = e.actor1() != null && e.actor1().entity().equals(e.actor2().entity()) ? 1 : 0;
                targetCode = ActorCodes.withAgent(targetCode, agentAfter(doc, e, e.actor2(), nth, codes, date));
                if (targetCode == null) targetCode = stateAround(doc, e, e.actor2(), nth, codes, date);
            }
            String place = e.location() == null ? null : codeOf(codes, e.location(), date);
            source = inPlace(source, place);
            if (e.actor2() != null) targetCode = inPlace(targetCode, place);
            pred.add(new PetrarchScore.Predicted(cameoType(e), source, targetCode,
                    (e.actor1() == null ? "-" : e.actor1().name()) + " -> " + (target == null ? "-"
                            : e.actor2() == null ? "@" + target.name() : target.name())));
        }
        return pred;
    }

    /**
     * A record is one sentence taken from an article body; alone on its line, the block annotator may call it a
     * headline (no final stop) and the events annotator skips headlines, so the line is declared a body paragraph.
     */
    static Document asBodyParagraph(Document doc) {
        Block body = new Block(new Span(0, doc.text().length()), Block.Role.BODY, Block.Kind.PARAGRAPH);
        return doc.without(LayerKind.BLOCKS).with(Layers.of(LayerKind.BLOCKS, List.of(body)));
    }

    /**
     * CAMEO codes a refused or negated cooperative act as a rejection ("said he would not provide support" is 12,
     * Reject); the annotator keeps the act with {@code negated: true}, so the comparison converts it.
     */
    static String cameoType(Event e) {
        boolean cooperative = switch (e.type()) {
            case SUPPORT, AID, AGREE, CONSULT, COOPERATE, CONCEDE, RETREAT -> true;
            default -> false;
        };
        return e.negated() && cooperative ? "REJECT" : e.type().name();
    }

    /**
     * The target PETRARCH would code: the second actor, else the place where the act happened. PETRARCH has no
     * location slot and codes "will meet in Zurich", "attend a summit in Switzerland" with the place's state as
     * target; the annotator keeps the place as the event's location, so the comparison moves it back.
     */
    static EntityRef target(Event e) {
        return e.actor2() != null ? e.actor2() : e.location();
    }

    /**
     * The agent noun right after the {@code nth} mention of an actor in the event's evidence ("Chinese police",
     * "Georgian demonstrators", "the US leader"), coded by the Phoenix agents dictionary as PETRARCH codes such a
     * phrase: two words, else one; null when the words after the name are no agent.
     */
    static String agentAfter(Document doc, Event e, EntityRef actor, int nth, ActorCodes codes, int date) {
        if (!doc.has(LayerKind.MENTIONS) || !doc.has(LayerKind.TOKENS)) return null;
        int seen = 0;
        for (org.vigie.core.model.Mention m : doc.mentions()) {
            if (!m.entityId().equals(actor.entity()) || !e.evidence().contains(m.span())) continue;
            if (seen++ < nth) continue;
            List<String> words = new ArrayList<>();
            for (org.vigie.core.model.Token t : doc.tokens()) {
                if (t.span().start() < m.span().end()) continue;
                if (words.size() == 2 || !e.evidence().contains(t.span())) break;
                words.add(doc.text(t.span()));
            }
            for (int n = words.size(); n > 0; n--) {
                Optional<String> a = codes.agent(String.join(" ", words.subList(0, n)), date);
                if (a.isPresent()) return a.get();
            }
            return null;
        }
        return null;
    }

    /**
     * A group of no state ({@code ---OPP}: "demonstrators") acting where the event happened is of the place's state
     * ("demonstrators in Baghdad": {@code IRQOPP}), as the gold codes it.
     */
    static String inPlace(String code, String place) {
        if (code == null || !code.startsWith("---") || code.length() <= 3 || place == null || place.length() < 3
                || place.startsWith("---") || place.startsWith("IGO") || place.startsWith("NGO")) return code;
        return place.substring(0, 3) + code.substring(3);
    }

    /**
     * For an actor whose name has no code, the state named in its noun phrase, as PETRARCH codes the whole phrase:
     * right before the name ("Palestinian Prime Minister Ismail Haniyeh", "Iran's religious leader Ayatollah X",
     * at most five tokens, no punctuation but the possessive between), else in an apposition right before or after
     * it ("A member of the Syrian parliament, Mohammed Mamoun", "Kenzo Oshima, the United Nations relief
     * coordinator,"). Null when neither names a coded state or organisation.
     */
    static String stateAround(Document doc, Event e, EntityRef actor, int nth, ActorCodes codes, int date) {
        if (!doc.has(LayerKind.MENTIONS) || !doc.has(LayerKind.TOKENS)) return null;
        List<org.vigie.core.model.Mention> mentions = doc.mentions();
        List<org.vigie.core.model.Token> tokens = doc.tokens();
        int seen = 0;
        for (org.vigie.core.model.Mention m : mentions) {
            if (!m.entityId().equals(actor.entity()) || !e.evidence().contains(m.span())) continue;
            if (seen++ < nth) continue;
            int first = -1, last = -1;
            for (int i = 0; i < tokens.size(); i++) {
                Span t = tokens.get(i).span();
                if (t.end() <= m.span().start()) first = i;
                if (t.start() >= m.span().end() && last < 0) last = i;
            }
            int lowerCase = 0;
            for (int i = first, n = 0; i >= 0 && n < 5; i--, n++) {
                Span t = tokens.get(i).span();
                String w = doc.text(t);
                if (!e.evidence().contains(t)) break;
                if (w.equals(",") && i == first) {
                    // "A member of the Syrian parliament, Mohammed Mamoun": an apposition before the name
                    for (int j = i - 1; j >= 0 && j >= i - 8; j--) {
                        Span u = tokens.get(j).span();
                        if (!e.evidence().contains(u) || tokens.get(j).kind() == org.vigie.core.model.Token.Kind.PUNCT) break;
                        String c = codeAt(doc, mentions, u, actor, codes, date);
                        if (c != null) return c;
                    }
                    break;
                }
                if (tokens.get(i).kind() == org.vigie.core.model.Token.Kind.PUNCT && !w.equals("'") && !w.equals("’")) break;
                String c = codeAt(doc, mentions, t, actor, codes, date);
                // a title run ("Palestinian Prime Minister X", "British militant X") or a possessive ("Iran's religious
                // leader X"), not a state named before a verb ("the German government today welcomed President X")
                if (c != null && (lowerCase <= 1 || possessive(doc, tokens, i))) return c;
                if (!Character.isUpperCase(w.charAt(0)) && !w.equals("of") && !w.equals("'") && !w.equals("’")
                        && !w.equalsIgnoreCase("'s") && !w.equalsIgnoreCase("’s")) lowerCase++;
            }
            if (last >= 0 && doc.text(tokens.get(last).span()).equals(",")) {
                for (int i = last + 1; i < tokens.size() && i <= last + 8; i++) {
                    Span t = tokens.get(i).span();
                    if (!e.evidence().contains(t) || tokens.get(i).kind() == org.vigie.core.model.Token.Kind.PUNCT) break;
                    String c = codeAt(doc, mentions, t, actor, codes, date);
                    if (c != null) return c;
                }
            }
            return null;
        }
        return null;
    }

    /** Whether token {@code i} ends a possessive: "'s" (or an apostrophe) follows it, or it ends with one. */
    private static boolean possessive(Document doc, List<org.vigie.core.model.Token> tokens, int i) {
        String w = doc.text(tokens.get(i).span());
        if (w.endsWith("'s") || w.endsWith("’s")) return true;
        if (i + 1 >= tokens.size()) return false;
        String next = doc.text(tokens.get(i + 1).span());
        return next.equals("'s") || next.equals("’s") || next.equals("'") || next.equals("’");
    }

    /** The code of the entity mentioned over a token, when it is another entity than the actor and names a state. */
    private static String codeAt(Document doc, List<org.vigie.core.model.Mention> mentions, Span token, EntityRef actor,
                                 ActorCodes codes, int date) {
        for (org.vigie.core.model.Mention o : mentions) {
            if (!o.span().overlaps(token) || o.entityId().equals(actor.entity())) continue;
            String c = codeOf(codes, new EntityRef(o.entityId(), doc.text(o.span())), date);
            if (c != null && !c.startsWith("---")) return c.length() > 3 && !c.startsWith("IGO") && !c.startsWith("NGO") ? c.substring(0, 3) : c;
        }
        return null;
    }

    static String codeOf(ActorCodes codes, EntityRef actor, int date) {
        if (actor == null) return null;
        if (GroupActors.isGroup(actor.entity())) return groupCode(codes, actor.entity(), date);
        String code = actor.name() == null ? null : codes.wholeCode(actor.name(), date).orElse(null);
        if (code == null && actor.name() != null && actor.name().contains(" ")) {
            // "Northern Ireland" is not "Ireland": a place of several words the dictionaries do not know belongs to
            // the state the knowledge base gives it before its last word is read as a name of its own
            code = KnowledgeBase.get().entry(actor.entity())
                    .filter(e -> e.type() == EntityType.GPE || e.type() == EntityType.LOC)
                    .map(e -> kbCode(codes, e, date)).orElse(null);
        }
        if (code == null && actor.name() != null) code = codes.code(actor.name(), date).orElse(null);
        // a named entity is no bare sector: "European Community" is not the civilians of "community"
        if (code != null && code.startsWith("---")) code = null;
        if (code == null && actor.name() != null && actor.name().contains(" ")) {
            // "US State department" cut after "State": the state named first in the name is the one it belongs to
            String first = actor.name().substring(0, actor.name().indexOf(' '));
            code = codes.code(first, date).filter(c -> c.length() == 3 && !c.startsWith("---")).orElse(null);
        }
        if (code != null) return code;
        // the dictionaries may know the entity under another of its names ("ISIL" for "Islamic State")
        Optional<KbEntry> kb = KnowledgeBase.get().entry(actor.entity());
        for (String name : kb.map(KbEntry::allNames).orElse(List.of())) {
            Optional<String> c = codes.code(name, date).filter(x -> !x.startsWith("---"));
            if (c.isPresent()) return c.get();
        }
        return kb.map(e -> kbCode(codes, e, date)).orElse(null);
    }

    /** Kinds of knowledge-base organisations that, with no state of their own, are international (CAMEO "IGO"). */
    private static final Set<String> INTERNATIONAL = Set.of("igo", "alliance", "forum", "court", "agency");

    /**
     * What the knowledge base says of an entity the dictionaries do not know: an international organisation is an
     * IGO; a body, place or person of a state is that state ("Cankaya" a district of Turkey: TUR). Null otherwise.
     */
    static String kbCode(ActorCodes codes, KbEntry e, int date) {
        if (e.country().isEmpty()) return INTERNATIONAL.contains(e.kind()) ? "IGO" : null;
        if (e.country().get().equals(e.id())) return null;
        String state = KnowledgeBase.get().entry(e.country().get()).map(KbEntry::name).orElse(null);
        if (state == null) return null;
        return codes.code(state, date).filter(c -> c.length() >= 3 && !c.startsWith("---")).map(c -> c.substring(0, 3)).orElse(null);
    }

    /**
     * A group entity's code as PETRARCH codes the phrase: its state's root and its agent code ("Syrian rebels":
     * {@code SYR} and {@code REB}, {@code SYRREB}); a bare group has no state ({@code ---REB}); null when the state
     * has no code.
     */
    static String groupCode(ActorCodes codes, String id, int date) {
        Optional<GroupActors.Group> g = GroupActors.parse(id);
        if (g.isEmpty()) return null;
        Optional<String> agent = GroupActors.agentCode(g.get().noun());
        if (agent.isEmpty()) return null;
        if (g.get().country() == null) return "---" + agent.get();
        String name = KnowledgeBase.get().entry(g.get().country()).map(KbEntry::name).orElse(null);
        if (name == null && g.get().country().startsWith("vigie:")) name = g.get().country().substring(6).replace('-', ' ');
        String state = name == null ? null : codes.code(name, date).orElse(null);
        if (state == null || state.length() < 3) return null;
        return (state.startsWith("IGO") ? state : state.substring(0, 3)) + agent.get();
    }

    private static int dateOf(String d) {
        if (d == null || !d.matches("\\d{6,8}")) return 20150101;
        return d.length() == 8 ? Integer.parseInt(d) : 20000000 + Integer.parseInt(d);
    }

    /**
     * Demo gold records ({@code *.json} in {@code goldDir}): the gold text with gold blocks, languages, entities,
     * mentions, times and publication date injected, default segmentation, quotes from the quotes annotator, then
     * the events annotator; scored against gold events, French and English records separately and together.
     */
    public static int runGold(Path goldDir, PrintStream out, boolean showErrors) {
        List<org.vigie.eval.GoldCorpus.Gold> records = org.vigie.eval.GoldCorpus.readOrSkip(goldDir, out);
        if (records == null) return 0;
        QuoteAnnotator quotes = new QuoteAnnotator();
        EventAnnotator events = new EventAnnotator();
        Map<String, EventScorer> byLanguage = new TreeMap<>();
        EventScorer all = new EventScorer();
        long nanos = 0, chars = 0;
        for (org.vigie.eval.GoldCorpus.Gold record : records) {
            Document gold = record.gold();
            Document doc = GoldInput.of(gold);
            doc = doc.with(Pipeline.apply(quotes, doc));
            long t0 = System.nanoTime();
            List<Event> predicted = Pipeline.apply(events, doc).get(LayerKind.EVENTS);
            nanos += System.nanoTime() - t0;
            chars += gold.text().length();
            List<EventScorer.Item> g = gold.events().stream().map(EventEvaluator::item).toList();
            List<EventScorer.Item> p = predicted.stream().map(EventEvaluator::item).toList();
            String language = gold.language().orElse("und");
            String text = gold.text();
            for (EventScorer sc : List.of(all, byLanguage.computeIfAbsent(language, k -> new EventScorer()))) {
                boolean report = sc == all && showErrors;
                sc.add(g, p, (x, y) -> ((Span) x).overlaps((Span) y), e -> {
                    if (report) out.println("  " + record.name() + ": " + e.replaceAll("\\[(\\d+),(\\d+)\\)", "") + snippet(e, text));
                });
            }
        }
        for (Map.Entry<String, EventScorer> e : byLanguage.entrySet()) {
            out.println("demo gold, language " + e.getKey() + ":");
            e.getValue().print(out);
        }
        out.println("demo gold, all " + records.size() + " records in " + goldDir + ":");
        all.print(out);
        if (nanos > 0) {
            out.printf(Locale.ROOT, "speed: %.0f documents/s, %.2f MB/s (events annotator only)%n",
                    records.size() / (nanos / 1e9), chars / (nanos / 1e9) / 1e6);
        }
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

package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.core.model.*;
import org.vigie.nlp.DefaultPipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** How a gap-filling {@link NameTagger} combines with the knowledge base and the rules. */
class FallbackTaggerTest {
    private final Pipeline upstream = DefaultPipeline.create(List.of("blocks", "language", "segment"));

    /** Tags the given phrases (token sequences of the text) with the given types, at confidence 0.95. */
    private record Stub(Map<String, EntityType> names, boolean fallback) implements NameTagger {
        @Override
        public List<NameSpan> tag(Document doc, Sentence sentence, List<Token> tokens, String language) {
            List<NameSpan> out = new ArrayList<>();
            String text = doc.text();
            for (int i = 0; i < tokens.size(); i++) {
                for (int j = i + 1; j <= tokens.size(); j++) {
                    Span span = new Span(tokens.get(i).start(), tokens.get(j - 1).end());
                    EntityType type = names.get(span.of(text));
                    if (type != null) out.add(new NameSpan(span, type, 0.95, "stub"));
                }
            }
            return out;
        }
    }

    private List<Mention> mentions(String text, NameTagger tagger) {
        Document doc = upstream.run(Document.ofText(text));
        EntityAnnotator annotator = tagger == null ? new EntityAnnotator() : new EntityAnnotator(List.of(tagger));
        return doc.with(annotator.annotate(doc)).mentions();
    }

    private static String surfaces(String text, List<Mention> mentions) {
        return mentions.stream().map(m -> m.span().of(text) + "/" + m.type()).toList().toString();
    }

    @Test
    void aGapFillersNameOnWordsNobodyElseClaimedBecomesAMention() {
        String text = "Le groupe a été racheté par acme industries la semaine dernière, selon un communiqué.";
        assertTrue(mentions(text, null).isEmpty());
        List<Mention> found = mentions(text, new Stub(Map.of("acme industries", EntityType.ORG), true));
        assertEquals("[acme industries/ORG]", surfaces(text, found));
    }

    @Test
    void aGapFillerCannotRetypeANameTheKnowledgeBaseKnows() {
        String text = "Le président Emmanuel Macron a reçu mardi son homologue à l'Élysée.";
        List<Mention> found = mentions(text, new Stub(Map.of("Emmanuel Macron", EntityType.ORG), true));
        Mention macron = found.stream().filter(m -> m.span().of(text).equals("Emmanuel Macron")).findFirst().orElseThrow();
        assertEquals(EntityType.PER, macron.type());
    }

    @Test
    void aGapFillerConfirmsASentenceOpeningNameTheRulesWereUnsureOf() {
        String text = "Kowalczyk a démenti toute implication dans l'affaire, a indiqué son avocat.";
        assertTrue(mentions(text, null).isEmpty(), "the rules alone drop an unknown capitalised word opening a sentence");
        List<Mention> found = mentions(text, new Stub(Map.of("Kowalczyk", EntityType.PER), true));
        assertEquals(1, found.size(), surfaces(text, found));
        assertEquals("Kowalczyk", found.get(0).span().of(text));
    }

    @Test
    void aTaggerRunningBeforeTheRulesTypesTheNamesItFindsFirst() {
        String text = "Hier, la délégation de Norvalt a quitté la salle.";
        List<Mention> before = mentions(text, new Stub(Map.of("Norvalt", EntityType.ORG), false));
        assertEquals("[Norvalt/ORG]", surfaces(text, before));
    }

    @Test
    void aPlaceInsideALongerNameTheGapFillerFindsGivesWayToThatName() {
        String text = "The singer Marla Hamburg and a professor at the University of Bavaria met the press.";
        assertEquals("[Hamburg/GPE]", surfaces(text, mentions(text, null).stream()
                .filter(m -> m.span().of(text).contains("Hamburg")).toList()), "alone, the knowledge base reads a city");
        List<Mention> found = mentions(text, new Stub(Map.of("Marla Hamburg", EntityType.PER,
                "University of Bavaria", EntityType.ORG), true));
        assertEquals("[Marla Hamburg/PER, University of Bavaria/ORG]", surfaces(text, found));
    }

    @Test
    void aPlaceTheGapFillerOnlyRepeatsStaysAPlace() {
        String text = "The delegation flew to Hamburg on Monday.";
        List<Mention> found = mentions(text, new Stub(Map.of("Hamburg", EntityType.ORG), true));
        assertEquals("[Hamburg/GPE]", surfaces(text, found));
    }
}

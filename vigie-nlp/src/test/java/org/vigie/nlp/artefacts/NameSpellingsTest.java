package org.vigie.nlp.artefacts;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.Artefact;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class NameSpellingsTest {
    private final ArtefactAnnotator annotator = new ArtefactAnnotator();

    private List<String> variants(String text) {
        Document doc = DefaultPipeline.create(List.of("blocks", "language", "segment", "entities")).run(Document.ofText(text));
        return annotator.annotate(doc).get(LayerKind.ARTEFACTS).stream()
                .filter(a -> a.kind() == Artefact.Kind.NAME_VARIANT)
                .map(a -> a.span().of(text) + "->" + a.repair()).toList();
    }

    @Test
    void aKnownPersonsNameMisspeltIsRepairedToTheKnowledgeBaseSpelling() {
        assertEquals(List.of("Scholtz->Scholz"),
                variants("Le chancelier Olaf Scholtz a reçu mardi à Berlin plusieurs ministres européens de la défense."));
    }

    @Test
    void regularSpellingsTransliterationsAndCapitalsAreNotArtefacts() {
        assertEquals(List.of(), variants("Der Kanzler empfing Wolodymyr Selenskyj am Montag in Berlin zu längeren Gesprächen."));
        assertEquals(List.of(), variants("Le président Volodymyr Zelensky et son homologue ZELENSKY ont été confondus par erreur."));
        assertEquals(List.of(), variants("President Recep Tayyip Erdogan met Emmanuel Macron in Ankara on Tuesday for long talks."));
        assertEquals(List.of(), variants("The Macrons spent the weekend in Brittany while Emmanuel Macron prepared his speech."));
    }

    @Test
    void anUnknownPersonsMinoritySpellingIsMisspeltWhenTheTextClearlyPrefersAnother() {
        String text = "Le général Tarvik Olbrecht a inspecté les troupes lundi. Olbrecht a promis des renforts. "
                + "Selon Olbrech, la situation reste tendue. Olbrecht doit rentrer jeudi.";
        assertEquals(List.of("Olbrech->Olbrecht"), variants(text));
    }

    @Test
    void twoSpellingsUsedAsOftenAsEachOtherAreLeftAlone() {
        String text = "Le général Tarvik Olbrecht a inspecté les troupes lundi. Selon Olbrech, la situation reste tendue.";
        assertEquals(List.of(), variants(text));
    }
}

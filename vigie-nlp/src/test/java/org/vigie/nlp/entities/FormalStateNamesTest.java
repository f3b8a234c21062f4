package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Mention;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;
import java.util.Optional;

import static org.vigie.nlp.entities.RuleMentions.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * A state's formal name ("the Kingdom of Spain", "le Royaume de Belgique", "das Königreich Spanien", "the Italian
 * Republic") is one mention of the state; the formal word alone ("the Republic") is no name.
 */
class FormalStateNamesTest {
    private static Mention the(Document d, String surface) {
        return mention(d, surface).orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + surfaces(d)));
    }

    private static void noMentionContaining(Document d, String word) {
        for (Mention m : d.mentions()) {
            String s = d.text(m.span());
            assertFalse(s.equals(word), "'" + word + "' alone is no name: " + surfaces(d).toString());
        }
    }

    @Test
    void anEnglishFormalStateNameIsOneMentionOfTheState() {
        Document d = run("Officials of the Kingdom of Spain met envoys from the Principality of Monaco and the Republic of the Philippines in Geneva.");
        Mention spain = the(d, "Kingdom of Spain");
        assertEquals(EntityType.GPE, spain.type());
        assertEquals("Q29", spain.entityId());
        assertTrue(mention(d, "Spain").isEmpty(), surfaces(d).toString());
        noMentionContaining(d, "Kingdom");
        noMentionContaining(d, "Principality");
        assertTrue(mention(d, "Principality of Monaco").isPresent() || mention(d, "Monaco").isEmpty(), surfaces(d).toString());
    }

    @Test
    void aFrenchFormalStateNameIsOneMentionOfTheState() {
        Document d = run("Le Royaume de Belgique et la République italienne ont signé l'accord à Genève, a indiqué le ministère.");
        Mention belgium = the(d, "Royaume de Belgique");
        assertEquals("Q31", belgium.entityId());
        assertEquals("Q38", the(d, "République italienne").entityId());
        noMentionContaining(d, "Royaume");
        assertTrue(mention(d, "Belgique").isEmpty(), surfaces(d).toString());
    }

    @Test
    void aGermanFormalStateNameIsOneMentionOfTheState() {
        Document d = run("Das Königreich Spanien und die Italienische Republik haben am Montag in Genf einen Vertrag unterzeichnet.");
        assertEquals("Q29", the(d, "Königreich Spanien").entityId());
        assertEquals("Q38", the(d, "Italienische Republik").entityId());
        assertTrue(mention(d, "Spanien").isEmpty(), surfaces(d).toString());
    }

    @Test
    void theFormalWordAloneIsNoName() {
        Document en = run("Kingdom of Spain officials said on Monday that the Republic was founded long ago. The Republic never answered.");
        noMentionContaining(en, "Republic");
        assertEquals("Q29", the(en, "Kingdom of Spain").entityId());
        Document fr = run("Le Royaume de Belgique a protesté lundi. La République ne répond pas, selon le ministère.");
        noMentionContaining(fr, "République");
        Document de = run("Die Republik schweigt dazu, teilte das Königreich Spanien am Montag mit.");
        noMentionContaining(de, "Republik");
    }

    @Test
    void aLowerCaseFormalWordIsACommonNounBeforeTheCountry() {
        Document fr = run("Le roi a parcouru le royaume de Belgique pendant tout l'été, selon le ministère.");
        assertEquals("Q31", the(fr, "Belgique").entityId());
        assertTrue(mention(fr, "royaume de Belgique").isEmpty(), surfaces(fr).toString());
        Document en = run("Officials from the Kingdom of Spain met the head of the Bank of Spain in Madrid on Monday.");
        assertEquals(EntityType.ORG, the(en, "Bank of Spain").type(), "other organisation words still make a name: " + surfaces(en));
    }

    @Test
    void spanishAndItalianFormalStateNamesAreOneMentionOfTheState() {
        Document es = run("El Reino de España y la República Francesa firmaron el acuerdo en Ginebra, según el ministerio. La República no respondió.");
        assertEquals("Q29", the(es, "Reino de España").entityId());
        assertEquals("Q142", the(es, "República Francesa").entityId());
        noMentionContaining(es, "República");
        Document it = run("Il Regno di Spagna e la Repubblica Italiana hanno firmato l'accordo a Ginevra, secondo il ministero.");
        assertEquals("Q29", the(it, "Regno di Spagna").entityId());
        assertEquals("Q38", the(it, "Repubblica Italiana").entityId());
        Document paper = run("Secondo la Repubblica, il ministro ha parlato lunedì a Roma.");
        assertTrue(paper.mentions().stream().anyMatch(m -> paper.text(m.span()).endsWith("Repubblica") && m.type() == EntityType.ORG),
                "without a demonym the newspaper stays: " + surfaces(paper));
    }
}

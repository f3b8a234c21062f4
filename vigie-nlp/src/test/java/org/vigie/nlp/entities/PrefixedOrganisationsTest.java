package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.model.EntityType;
import org.vigie.core.model.Mention;

import static org.junit.jupiter.api.Assertions.*;

/**
 * One or two unknown capitalised words right before a known organisation's name make another organisation's name:
 * one ORG mention over the span, not linked to the known one; demonyms, creed words and function words describe
 * the known organisation instead.
 */
class PrefixedOrganisationsTest {
    private static Mention org(Document d, String surface) {
        Mention m = RuleMentions.required(d, surface);
        assertEquals(EntityType.ORG, m.type(), RuleMentions.surfaces(d).toString());
        return m;
    }

    @Test
    void unknownWordsBeforeAKnownOrganisationNameAnotherOrganisation() {
        Document d = RuleMentions.run("Rockets were fired by Saraya Hamas fighters near the crossing, the army said.");
        assertNotEquals("vigie:hamas", org(d, "Saraya Hamas").entityId());
        Document e = RuleMentions.run("A statement from Jund Taliban claimed the attack on Tuesday.");
        assertNotEquals("vigie:taliban", org(e, "Jund Taliban").entityId());
        Document f = RuleMentions.run("Le groupe Liwa Fath Hezbollah a revendiqué l'attaque mercredi.");
        assertNotEquals("vigie:hezbollah", org(f, "Liwa Fath Hezbollah").entityId());
    }

    @Test
    void aJoinedArticleAfterTheKnownNameContinuesTheNewName() {
        Document d = RuleMentions.run("Officials blamed Harakat Hamas al-Tahrir for the blast on Sunday.");
        assertNotEquals("vigie:hamas", org(d, "Harakat Hamas al-Tahrir").entityId());
    }

    @Test
    void describingWordsBeforeAKnownOrganisationLeaveItTheKnownOne() {
        Document d = RuleMentions.run("Lebanese Hezbollah denied the report, and Shiite Hezbollah fighters were seen near the border.");
        assertTrue(RuleMentions.mention(d, "Lebanese Hezbollah").isEmpty(), RuleMentions.surfaces(d).toString());
        assertTrue(RuleMentions.mention(d, "Shiite Hezbollah").isEmpty(), RuleMentions.surfaces(d).toString());
        assertEquals("vigie:hezbollah", RuleMentions.required(d, "Hezbollah").entityId(), RuleMentions.surfaces(d).toString());
        Document e = RuleMentions.run("But Hamas rejected the offer. Islamist Hamas leaders met on Friday.");
        assertEquals("vigie:hamas", RuleMentions.required(e, "Hamas").entityId(), RuleMentions.surfaces(e).toString());
        assertTrue(RuleMentions.mention(e, "Islamist Hamas").isEmpty(), RuleMentions.surfaces(e).toString());
    }

    @Test
    void aCapitalisedCommonWordOpeningTheSentenceIsNoPartOfTheName() {
        Document d = RuleMentions.run("Meanwhile Hamas said the talks had failed. The talks meanwhile went on.");
        assertEquals("vigie:hamas", RuleMentions.required(d, "Hamas").entityId(), RuleMentions.surfaces(d).toString());
    }

    @Test
    void aKnownLongNameStaysAsItIs() {
        Document d = RuleMentions.run("Delegates of the World Health Organization met in the capital on Monday.");
        assertEquals(EntityType.ORG, RuleMentions.required(d, "World Health Organization").type(), RuleMentions.surfaces(d).toString());
    }
}

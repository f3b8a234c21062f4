package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.Pipeline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** "US-led", "NATO-brokered", "US-geführte": the name before the hyphen is the mention, linked; the participle is not. */
class CompoundParticiplesTest {
    private static final Pipeline FULL = RuleMentions.FULL;

    @Test
    void theNameBeforeAnEnglishParticipleIsTheMentionOfTheKnownEntity() {
        Document d = FULL.run(Document.ofText("The US-led coalition and a NATO-brokered truce were discussed in Geneva on Monday."));
        assertEquals("Q30", RuleMentions.required(d, "US").entityId());
        assertEquals("Q7184", RuleMentions.required(d, "NATO").entityId());
        assertTrue(RuleMentions.mention(d, "US-led").isEmpty(), RuleMentions.surfaces(d).toString());
    }

    @Test
    void aDemonymBeforeTheParticipleIsAMentionOfItsState() {
        Document d = FULL.run(Document.ofText("Farmers of the Israeli-occupied Golan Heights protested on Monday."));
        assertEquals("Q801", RuleMentions.required(d, "Israeli").entityId(), RuleMentions.surfaces(d).toString());
    }

    @Test
    void germanParticiplesWithTheirEndingsAreCutToo() {
        Document d = FULL.run(Document.ofText("Die NATO-geführte Mission zog am Montag aus Syrien ab."));
        assertEquals("Q7184", RuleMentions.required(d, "NATO").entityId(), RuleMentions.surfaces(d).toString());
    }

    @Test
    void aHyphenatedNameWhoseSecondPartIsNoParticipleStaysWhole() {
        Document d = FULL.run(Document.ofText("Marie Roux-Keller spoke in Geneva on Monday."));
        assertTrue(RuleMentions.mention(d, "Marie Roux-Keller").isPresent(), RuleMentions.surfaces(d).toString());
    }
}

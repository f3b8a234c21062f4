package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.core.model.EntityType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Capitalised adjectives of religions and peoples ("Protestant extremists") are MISC, never places or actors. */
class CommunityAdjectivesTest {
    private static final Pipeline FULL = RuleMentions.FULL;

    @Test
    void aReligionOrPeopleAdjectiveBeforeALowerCaseWordIsMisc() {
        Document d = FULL.run(Document.ofText("Police in the capital dispersed Protestant marchers near a Shiite shrine, "
                + "and troops shelled a Karen village."));
        for (String w : List.of("Protestant", "Shiite", "Karen")) {
            RuleMentions.mention(d, w).ifPresent(m -> assertEquals(EntityType.MISC, m.type(), w + " " + RuleMentions.surfaces(d)));
        }
        assertTrue(d.mentions().stream().noneMatch(m -> m.type() == EntityType.GPE), RuleMentions.surfaces(d).toString());
    }

    @Test
    void theSameWordAsAGivenNameStaysAPerson() {
        Document d = FULL.run(Document.ofText("Karen Holloway, the mayor, opened the bridge on Monday."));
        assertEquals(EntityType.PER, RuleMentions.required(d, "Karen Holloway").type());
    }
}

package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.model.EntityType;

import static org.junit.jupiter.api.Assertions.*;

/**
 * In English, an unknown capitalised word between a determiner and the lower-case noun it qualifies names a thing
 * of that noun's kind, not a place; before a place noun ("the X border") it stays a place.
 */
class ModifierNamesTest {
    private static EntityType type(String text, String surface) {
        Document d = RuleMentions.run(text);
        return RuleMentions.required(d, surface).type();
    }

    @Test
    void anUnknownWordQualifyingAnotherNounIsNoPlace() {
        assertEquals(EntityType.MISC, type("Traders said the Velmora festival drew fewer visitors this year.", "Velmora"));
        assertEquals(EntityType.MISC, type("Officials said a Korbast holiday would close the markets on Monday.", "Korbast"));
        assertEquals(EntityType.MISC, type("Lawmakers rejected the Tarvenne accord late on Tuesday.", "Tarvenne"));
    }

    @Test
    void anUnknownWordQualifyingAPlaceNounStaysAPlace() {
        assertEquals(EntityType.GPE, type("Troops massed near the Quorvand border on Friday.", "Quorvand"));
        assertEquals(EntityType.GPE, type("Shells hit the Bresk outskirts overnight, the army said.", "Bresk"));
    }

    @Test
    void anUnknownWordBeforeAVerbOrWithoutDeterminerKeepsItsReading() {
        assertNotEquals(EntityType.MISC, type("Officials said Ostravel rejected the offer on Monday.", "Ostravel"));
        assertNotEquals(EntityType.MISC, type("Le ministre a dit que la Pelmarie avait rappelé son ambassadeur.", "Pelmarie"));
    }
}

package org.vigie.eval.events;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.vigie.core.model.EntityRef;

import static org.junit.jupiter.api.Assertions.*;

class MultiWordPlaceCodesTest {
    private static final int DATE = 20150101;

    @Test
    @DisplayName("A place of several words the dictionaries do not know takes the knowledge base's state before its last word's code")
    void aRegionIsCodedByItsStateNotByItsLastWord() {
        ActorCodes codes = ActorCodes.of("AUSTRALIA [AUS]", "WALES [GBR]", "JANE_DOE [USA]", "+DOE", "SOUTH_AFRICA [ZAF]");
        assertEquals("AUS", EventEvaluator.codeOf(codes, new EntityRef("vigie:new-south-wales", "New South Wales"), DATE));
        // a person keeps the dictionaries' reading of the surname
        assertEquals("USA", EventEvaluator.codeOf(codes, new EntityRef("vigie:john-doe", "John Doe"), DATE));
        // a name the dictionaries know whole keeps its code
        assertEquals("ZAF", EventEvaluator.codeOf(codes, new EntityRef("Q258", "South Africa"), DATE));
        // the fallback to the last word stays for places the knowledge base does not know
        assertEquals("GBR", EventEvaluator.codeOf(codes, new EntityRef("vigie:nowhere", "Upper Wales"), DATE));
        ActorCodes whole = ActorCodes.of("NEW_SOUTH_WALES [NSW]", "AUSTRALIA [AUS]");
        assertEquals("NSW", EventEvaluator.codeOf(whole, new EntityRef("vigie:new-south-wales", "New South Wales"), DATE));
    }
}

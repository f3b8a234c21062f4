package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class NameVariantsTest {
    @Test
    void transliterationsAndMisspellingsOfOneNameAreVariants() {
        assertTrue(NameVariants.same("Zelensky", "Zelenskyy"));
        assertTrue(NameVariants.same("Volenko", "Volenkko"));
        assertEquals(NameVariants.key("Loukachenko"), NameVariants.key("Lukashenko"));
    }

    @Test
    void aSurnameAloneIsAVariantOfTheFullNameAndInitialsOfAnAcronym() {
        assertTrue(NameVariants.same("Verenko", "Anatol Verenko"));
        assertTrue(NameVariants.same("Anatol Verenko", "Anatoli Werenko"));
        assertTrue(NameVariants.same("CSMO", "Continental Security Monitoring Office"));
        assertFalse(NameVariants.same("CSMO", "Central Baltic Treaty Organization"));
    }

    @Test
    void twoPeopleOfOneFamilyAndDifferentNamesAreNot() {
        assertTrue(NameVariants.conflicting("Anna Keller", "Tom Keller"));
        assertFalse(NameVariants.same("Anna Keller", "Tom Keller"));
        assertFalse(NameVariants.same("Brenhaven", "Dravnik"));
    }
}

package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class VariantKeyTest {
    private static boolean same(String a, String b) {
        return VariantKey.close(VariantKey.of(a), VariantKey.of(b));
    }

    @Test
    void transliterationFamiliesShareAKey() {
        assertTrue(same("Zelensky", "Zelenskyy"));
        assertTrue(same("Zelenski", "Selenskyj"));
        assertTrue(same("Lukashenko", "Loukachenko"));
        assertTrue(same("Lukashenko", "Lukaschenko"));
        assertTrue(same("Peskov", "Peskof"));
        assertTrue(same("Erdoğan", "Erdoghan"));
        assertTrue(same("Macron", "Makron"));
        assertTrue(same("Holtová", "Holt"));
        assertTrue(same("Aalstad", "Ahlstad"));
        assertTrue(same("Roux-Keller", "Roux Keller"));
    }

    @Test
    void differentNamesStayApart() {
        assertFalse(same("Orlin", "Orlov"));
        assertFalse(same("Holt", "Hall"));
        assertFalse(same("Marescu", "Vasko"));
    }

    @Test
    void givenNamesAgreeAcrossSpellingsButNotAcrossPeople() {
        assertTrue(VariantKey.givenNamesAgree(VariantKey.of("Iouri"), VariantKey.of("Yuri")));
        assertTrue(VariantKey.givenNamesAgree(VariantKey.of("Petr"), VariantKey.of("Piotr")));
        assertTrue(VariantKey.givenNamesAgree(VariantKey.of("Théodore"), VariantKey.of("Teodor")));
        assertTrue(VariantKey.givenNamesAgree(VariantKey.of("A."), VariantKey.of("Anatol")));
        assertFalse(VariantKey.givenNamesAgree(VariantKey.of("Tomas"), VariantKey.of("Radek")));
    }
}

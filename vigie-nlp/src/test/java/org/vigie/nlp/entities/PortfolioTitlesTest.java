package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A government portfolio in a title is part of the title: no entity for "Minister" or "Health". */
class PortfolioTitlesTest {
    private static List<String> names(String text) {
        Document d = RuleMentions.FULL.run(Document.ofText("Report\n\n" + text));
        return d.entities().stream().map(e -> e.name()).toList();
    }

    @Test
    void aTitleOfAPortfolioMakesNoEntity() {
        assertEquals(List.of("Kenya"), names("The Kenyan Minister of Health said the clinics would reopen."));
        assertEquals(List.of("Ireland"), names("The Minister for Foreign Affairs and Trade of Ireland spoke on Monday."));
        assertEquals(List.of("Ghana"), names("The Minister of Finance of Ghana resigned on Monday."));
        assertEquals(List.of("Kenya", "Jane Mwangi"), names("Kenyan Health Minister Jane Mwangi said the clinics would reopen."));
    }

    @Test
    void thePersonAfterTheTitleIsStillFound() {
        assertEquals(List.of("Ama Owusu"), names("Minister of Finance Ama Owusu presented the budget."));
    }

    @Test
    void aMinistryKeepsItsName() {
        assertEquals(List.of("Ministry of Health"), names("The Ministry of Health said the clinics would reopen."));
    }

    @Test
    void aPortfolioWordThatIsNoTitleIsLeftToTheOtherRules() {
        assertTrue(names("The World Health Organization sent a team.").contains("World Health Organization"));
    }
}

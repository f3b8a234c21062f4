package org.vigie.nlp.entities;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.model.EntityType;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A capitalised word of religion or political creed ({@code creed-words.txt}) is never read as a place, even where
 * a lone unknown word would be one (after a placing preposition, with a demonym's ending); an unknown word that is no
 * creed word keeps its place reading.
 */
class CreedWordsTest {
    private static EntityType type(String text, String surface) {
        Document d = RuleMentions.run(text);
        return RuleMentions.required(d, surface).type();
    }

    @Test
    void aWordOfCreedIsNeverAPlace() {
        assertEquals(EntityType.MISC, type("The judges said that Sharia courts would hear the case next week.", "Sharia"));
        assertEquals(EntityType.MISC, type("Clashes broke out in Sunni districts of the town overnight.", "Sunni"));
        assertEquals(EntityType.MISC, type("Officials said the Salafi preacher left the country on Friday.", "Salafi"));
        assertEquals(EntityType.MISC, type("Le tribunal a dit que la Charia ne s'appliquait pas dans ce cas.", "Charia"));
    }

    @Test
    void anUnknownWordThatIsNoCreedWordStaysAPlaceAfterAPlacePreposition() {
        assertEquals(EntityType.GPE, type("Clashes broke out in Sorvinka overnight, officials said.", "Sorvinka"));
    }
}

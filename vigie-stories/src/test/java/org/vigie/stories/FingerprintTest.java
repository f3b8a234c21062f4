package org.vigie.stories;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.model.Artefact;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class FingerprintTest {

    @Test
    void boilerplateLinesDoNotChangeTheBodyFingerprint() {
        Fingerprint plain = Fingerprint.of(Port.afpEnglish().build());
        Article framed = Article.of("Home | World", Port.AFP_ENGLISH[0], Port.AFP_ENGLISH[1], Port.AFP_ENGLISH[2], Port.AFP_ENGLISH[3],
                Port.AFP_ENGLISH[4], "Share 27 | Tweet | Comments (3)").lang("en").boilerplate("Home | World", "Share 27 | Tweet | Comments (3)");
        Fingerprint other = Fingerprint.of(framed.build());
        assertEquals(1.0, MinHash.similarity(plain.minHash(), other.minHash()));
        assertEquals(plain.shingles(), other.shingles());
    }

    @Test
    void aRepairedArtefactReadsAsItsRepair() {
        Fingerprint clean = Fingerprint.of(Article.of("Les douaniers ont saisi des caisses de fusils dans le port hier soir selon la police.").lang("fr").build());
        Article damaged = Article.of("Les douaniers ont saisi des caisses de fusils dans le port hier soir selon la police.".replace("saisi", "saisÃ¯"))
                .lang("fr");
        Fingerprint unrepaired = Fingerprint.of(damaged.build());
        Fingerprint repaired = Fingerprint.of(damaged.artefact("saisÃ¯", Artefact.Kind.ENCODING, "saisi").build());
        assertTrue(MinHash.similarity(clean.minHash(), unrepaired.minHash()) < 1.0);
        assertEquals(1.0, MinHash.similarity(clean.minHash(), repaired.minHash()));
        assertEquals(1, repaired.damage());
    }

    @Test
    void withoutEntitiesCapitalisedNamesMeetAcrossLanguagesByTheirFirstLetters() {
        Fingerprint en = Fingerprint.of(Document.ofText("Officials in Belmark said the Ostrian navy escorted the ship to Karsavik on Monday."));
        Fingerprint fr = Fingerprint.of(Document.ofText("Des responsables à Belmark ont indiqué que la marine d'Ostrie avait escorté le navire jusqu'à Karsavik lundi."));
        int shared = Similarity.intersection(en.evidence(), fr.evidence());
        assertTrue(shared >= 3, "Belmark, Ostri(an/e) and Karsavik: " + shared);
    }

    @Test
    void monthAndWeekdayNamesOfTheLanguageAreNotNames() {
        assertTrue(FingerprintBuilder.notNames("qx").containsAll(java.util.Set.of("janvember", "janv", "lunsday")));
        Fingerprint f = Fingerprint.of(Article.of("The ship left Belmark on Lunsday, the third of Janvember.").lang("qx").build());
        Fingerprint g = Fingerprint.of(Article.of("The ship left Belmark.").lang("qx").build());
        assertArrayEquals(g.evidence(), f.evidence(), "only Belmark is a name");
    }

    @Test
    void figuresAreReadWithTheirThousandsSeparators() {
        Fingerprint a = Fingerprint.of(Document.ofText("The ministry counted 40,000 soldiers and 1.5 million euros of damage."));
        Fingerprint b = Fingerprint.of(Document.ofText("Le ministère a compté 40 000 soldats et 1,5 million d'euros de dégâts."));
        Fingerprint c = Fingerprint.of(Document.ofText("Le ministère a compté 45 000 soldats et 2,5 millions d'euros de dégâts."));
        assertEquals(2, Similarity.intersection(a.evidence(), b.evidence()), "40000 and 1.5 in both");
        assertEquals(0, Similarity.intersection(a.evidence(), c.evidence()));
    }

    @Test
    void theLanguageIsGuessedFromStopwordsWhenNoLayerGivesIt() {
        assertEquals("fr", Fingerprint.of(Document.ofText("Les douaniers ont saisi des caisses de fusils dans le port et la police a arrêté le capitaine.")).language());
        assertEquals("en", Fingerprint.of(Document.ofText("The customs officers seized crates of rifles in the port and the police arrested the captain.")).language());
        assertEquals("und", Fingerprint.of(Document.ofText("12 34 56")).language());
    }

    @Test
    void theWireCopyTheCreditingPublisherAndTheUncreditedTextAreTold() {
        assertEquals(Fingerprint.Origin.WIRE, Fingerprint.of(Port.afpEnglish().build()).origin());
        assertEquals(Fingerprint.Origin.CREDITING_PUBLISHER, Fingerprint.of(Port.afpFrench().build()).origin());
        assertEquals(Fingerprint.Origin.UNCREDITED, Fingerprint.of(Port.flood().build()).origin());
        assertEquals(Fingerprint.of(Port.afpEnglish().build()).source(), Fingerprint.of(Port.afpFrench().build()).source(),
                "both come from AFP");
    }

    @Test
    void thePublicationDateAndTimeAreKept() {
        Fingerprint f = Fingerprint.of(Port.afpEnglish().date("2025-05-06T09:45").build());
        assertEquals("2025-05-06", f.date());
        assertEquals(9 * 60 + 45, f.minute());
        Fingerprint undated = Fingerprint.of(Document.ofText("No date here."));
        assertFalse(undated.hasDate());
        assertNull(undated.date());
    }

    @Test
    void aFingerprintSurvivesItsBinaryForm() {
        for (Article a : List.of(Port.afpEnglish(), Port.afpFrench(), Port.flood())) {
            Fingerprint f = Fingerprint.of(a.build());
            Fingerprint back = Fingerprint.decode(f.documentId(), f.encode());
            assertEquals(f, back);
            assertTrue(Arrays.equals(f.minHash(), back.minHash()));
        }
    }

    @Test
    void damagedBytesAreRejectedNamingTheDocument() {
        byte[] bytes = Fingerprint.of(Port.afpEnglish().build()).encode();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Fingerprint.decode("doc-7", Arrays.copyOf(bytes, bytes.length / 2)));
        assertTrue(e.getMessage().contains("doc-7"), e.getMessage());
        bytes[0] = 99;
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.decode("doc-7", bytes));
    }

    @Test
    void anEmptyDocumentHasAnEmptyFingerprintThatMatchesNothing() {
        Fingerprint empty = Fingerprint.of(Document.ofText(""));
        assertEquals(0, empty.shingles());
        assertEquals(0, MinHash.similarity(empty.minHash(), empty.minHash()));
        StoryIndex index = new StoryIndex();
        Assignment a = index.add(empty);
        Assignment b = index.add(Fingerprint.of(Document.ofText(" ")));
        assertNotEquals(a.storyId(), b.storyId());
    }
}

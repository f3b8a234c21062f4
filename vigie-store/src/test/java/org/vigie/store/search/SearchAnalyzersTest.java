package org.vigie.store.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SearchAnalyzersTest {

    static List<String> terms(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        }
        return out;
    }

    @Test
    void frenchRemovesElisionWithEitherApostrophe() throws IOException {
        Analyzer fr = SearchAnalyzers.french();
        assertEquals(List.of("otbc"), terms(fr, "l’OTBC"));
        assertEquals(List.of("otbc"), terms(fr, "l'OTBC"));
        assertEquals(List.of("otbc"), terms(fr, "L’OTBC"));
        assertEquals(terms(fr, "union"), terms(fr, "jusqu’union").subList(0, 1));
    }

    @Test
    void frenchFoldsAccentsBeforeStemming() throws IOException {
        Analyzer fr = SearchAnalyzers.french();
        assertEquals(terms(fr, "défense"), terms(fr, "defense"));
        assertEquals(terms(fr, "Réunion"), terms(fr, "reunion"));
        assertEquals(terms(fr, "sanction"), terms(fr, "sanctions"));
        assertEquals(terms(fr, "économique"), terms(fr, "économiques"));
        assertNotEquals(terms(fr, "sanction"), terms(fr, "sanctuaire"));
    }

    @Test
    void englishRemovesPossessivesAndStems() throws IOException {
        Analyzer en = SearchAnalyzers.english();
        assertEquals(List.of("brenhaven"), terms(en, "Brenhaven's"));
        assertEquals(List.of("brenhaven"), terms(en, "Brenhaven’s"));
        assertEquals(terms(en, "sanction"), terms(en, "sanctions"));
        assertEquals(terms(en, "negotiate"), terms(en, "negotiated"));
        assertEquals(terms(en, "café"), terms(en, "cafe"));
    }

    @Test
    void otherLanguagesOnlyFoldAndLowerCase() throws IOException {
        Analyzer other = SearchAnalyzers.neutral();
        assertEquals(List.of("gesprache", "in", "aalstad"), terms(other, "Gespräche in Aalstad"));
    }

    @Test
    void offsetsPointAtTheOriginalWordsSoSnippetsCanMarkThem() throws IOException {
        String text = "Selon l’OTBC, les sanctions";
        List<String> marked = new ArrayList<>();
        try (TokenStream ts = SearchAnalyzers.french().tokenStream("f", text)) {
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) marked.add(text.substring(offset.startOffset(), offset.endOffset()));
            ts.end();
        }
        assertEquals(List.of("Selon", "l’OTBC", "les", "sanctions"), marked);
    }

    @Test
    void theDocumentLanguageChoosesTheFields() {
        assertEquals(SearchAnalyzers.Analysis.FRENCH, SearchAnalyzers.Analysis.of("fr"));
        assertEquals(SearchAnalyzers.Analysis.ENGLISH, SearchAnalyzers.Analysis.of("EN"));
        assertEquals(SearchAnalyzers.Analysis.OTHER, SearchAnalyzers.Analysis.of("und"));
        assertEquals(SearchAnalyzers.Analysis.OTHER, SearchAnalyzers.Analysis.of(null));
        assertEquals("body_fr", SearchAnalyzers.Analysis.FRENCH.bodyField());
    }
}

package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

class PetrarchVerbImportTest {
    /** A dictionary excerpt in the PETRARCH format, written for this test (invented blocks and patterns). */
    static final List<String> DICTIONARY = List.of(
            "# A TEST VERB DICTIONARY",
            "#",
            "# The MIT License (MIT)",
            "#",
            "# Copyright (c) 2099 Nobody",
            "# Permission is granted.",
            "#",
            "# LAST UPDATE: never",
            "",
            "&WEAPONRY",
            "# a comment inside a class does not close it",
            "+RIFLE",
            "+MORTAR_SHELL",
            "",
            "####### VERB PATTERNS #######",
            "",
            "---  HURL   [---]  ---",
            "HURL",
            "LOB {LOBS LOBBED LOBBING}",
            "+FIRE_OFF {+FIRES_OFF +FIRED_OFF +FIRING_OFF, }",
            "- * &WEAPONRY (AT CROWD)   [190]   # HURL",
            "- * COMPLAINTS   [112]   # HURL",
            "- * {FORMAL COMPLAINTS} (TO COURT)   [115]   # HURL",
            "- * OPINIONS   [010]   # HURL",
            "- * (TO)   [042]   # a preposition alone is dropped",
            "- * &UNDEFINED   [190]   # an undefined class: ignored",
            "- $ * PRISONERS (FROM ^) + [0841:0841]",
            "",
            "---  PARLEY   [040]  ---",
            "PARLEY",
            "CONFER [036]",
            "- * TRUCE   [0871]",
            "",
            "---  REMARK   [010]  ---",
            "REMARK",
            "STUDY",
            "- * ISSUES   [012]",
            "");

    private static final CameoPlover PLOVER = CameoPlover.of("01: ", "04: CONSULT", "040: CONSULT, ,", "042: CONSULT, visit,",
            "03: AGREE", "036: AGREE, , diplomatic", "08: RETREAT", "0841: RETREAT, release, legal", "0871: RETREAT, ceasefire, military",
            "11: ACCUSE", "112: ACCUSE, accuse,", "115: ACCUSE, , legal", "19: ASSAULT", "190: ASSAULT, , military");

    private static List<String> convert() throws IOException {
        StringBuilder out = new StringBuilder();
        PetrarchVerbImport.convert(DICTIONARY, PLOVER, out, List.of("a header line"));
        return List.of(out.toString().split("\n"));
    }

    private static List<String[]> rows(List<String> lines, String kind) {
        List<String[]> out = new ArrayList<>();
        for (String l : lines) if (l.startsWith(kind + "\t")) out.add(l.split("\t", -1));
        return out;
    }

    @Test
    void everyVerbGetsItsRegularOrListedFormsAndMultiWordVerbsInflectTheirVerbWord() throws IOException {
        List<String[]> verbs = rows(convert(), "verb");
        Map<String, String> forms = new LinkedHashMap<>();
        for (String[] v : verbs) forms.put(v[2].split("\\|")[0], v[2]);
        assertEquals("hurl|hurls|hurled|hurling", forms.get("hurl"));
        assertEquals("lob|lobs|lobbed|lobbing", forms.get("lob"));
        assertEquals("fire off|fires off|fired off|firing off", forms.get("fire off"));
        assertEquals("parley|parleys|parleyed|parleying", forms.get("parley"));
        assertEquals(List.of("studies", "studied", "studying"), PetrarchVerbImport.regularForms("study"));
        assertEquals(List.of("confers", "confered", "confering"), PetrarchVerbImport.regularForms("confer"),
                "no consonant doubling, as in PETRARCH: irregular spellings must be listed");
    }

    @Test
    void patternsBecomeWordGroupsWithPloverTypesAndStatementsBecomeNoEvent() throws IOException {
        List<String> lines = convert();
        Map<String, String[]> patterns = new LinkedHashMap<>();
        for (String[] p : rows(lines, "pattern")) patterns.put(p[2], p);
        assertEquals("ASSAULT", patterns.get("&weaponry ; at crowd")[5]);
        assertEquals("", patterns.get("&weaponry ; at crowd")[6], "'military' is the PLOVER context, not a mode");
        assertEquals("ceasefire", patterns.get("truce")[6]);
        assertEquals("ACCUSE", patterns.get("formal complaints ; to court")[5]);
        assertEquals("-", patterns.get("opinions")[5], "a statement (010) is kept as a pattern of no event");
        assertEquals("RETREAT", patterns.get("prisoners ; from")[5], "actor markers $ + ^ are dropped, the code before ':' is the subject's");
        assertFalse(patterns.containsKey("to"), "a preposition alone says nothing without a parse");
        assertTrue(patterns.keySet().stream().noneMatch(k -> k.contains("undefined")));
        assertEquals(Set.of("&weaponry ; at crowd", "complaints", "formal complaints ; to court", "opinions", "prisoners ; from", "truce"),
                patterns.keySet(), "the REMARK block codes only statements and is dropped whole");
        String[] weaponry = rows(lines, "class").get(0);
        assertEquals("&weaponry", weaponry[1]);
        assertEquals("rifle|mortar shell", weaponry[2]);
    }

    @Test
    void aVerbsOwnCodeAndTheBlockDefaultAreKeptWithTheirAgreement() throws IOException {
        List<String> lines = convert();
        String[] parley = rows(lines, "default").stream().filter(r -> r[1].equals("PARLEY")).findFirst().orElseThrow();
        assertEquals("CONSULT", parley[5]);
        assertEquals("0.00", parley[7], "the block's one pattern codes RETREAT, not CONSULT");
        String[] confer = rows(lines, "verb").stream().filter(r -> r[2].startsWith("confer|")).findFirst().orElseThrow();
        assertEquals("036", confer[4]);
        assertEquals("AGREE", confer[5]);
        assertTrue(rows(lines, "verb").stream().noneMatch(r -> r[2].startsWith("remark")));
    }

    @Test
    void theHeaderCarriesTheGivenLinesAndTheDictionaryLicence() throws IOException {
        List<String> lines = convert();
        assertEquals("# a header line", lines.get(0));
        assertEquals("kind\tname\ttext\tbefore\tcameo\ttype\tmode\tagree", lines.get(1));
        assertEquals(List.of("The MIT License (MIT)", "", "Copyright (c) 2099 Nobody", "Permission is granted."),
                PetrarchVerbImport.licence(DICTIONARY));
    }

    @Test
    void anUnclosedFormListIsAClearError() {
        List<String> bad = List.of("---  X   [190]  ---", "SMASH {SMASHES SMASHED");
        Exception e = assertThrows(RuntimeException.class, () -> PetrarchVerbImport.convert(bad, PLOVER, new StringBuilder(), List.of()));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
}

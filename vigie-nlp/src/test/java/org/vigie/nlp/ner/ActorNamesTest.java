package org.vigie.nlp.ner;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.EntityType;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

class ActorNamesTest {

    @Test
    void aCountryFilesRulersArePeopleItsInstitutionsOrganisationsAndTheCountryItselfIsLeftOut() {
        List<String> lines = List.of(
                "# a made-up country",
                "FREEDONIA_  [FRD]",
                "+FREEDONIAN_",
                "",
                "# National Institutions",
                "FREEDONIAN_COASTAL_GUARD",
                "+COASTAL_GUARD_OF_FREEDONIA",
                "\t[FRDMIL]",
                "",
                "RUFUS_T._FIREFLY_  # CountryInfo.txt",
                "\t[FRDGOV 330101-331231]",
                "+PRESIDENT_FIREFLY",
                "TRENTINO_BALDAZZI_",
                "\t[FRDELI]");
        Map<String, Set<EntityType>> names = ActorNames.fromPhoenix(lines, true, false);
        assertFalse(names.containsKey("freedonia"), names.toString());
        assertFalse(names.containsKey("freedonian"), names.toString());
        assertEquals(Set.of(EntityType.ORG), names.get("freedonian coastal guard"));
        assertEquals(Set.of(EntityType.ORG), names.get("coastal guard of freedonia"));
        assertEquals(Set.of(EntityType.PER), names.get("rufus t. firefly"));
        assertEquals(Set.of(EntityType.PER), names.get("president firefly"));
        assertEquals(Set.of(EntityType.PER), names.get("trentino baldazzi"), "an elite code without dates");
    }

    @Test
    void theInternationalFileTellsPeopleByDatedCodesAndTheGroupsFileIsAllOrganisations() {
        Map<String, Set<EntityType>> intl = ActorNames.fromPhoenix(List.of(
                "THE_LEAGUE_OF_SMALL_HARBOURS_ [IGOSHB]",
                "OSKAR_VELLAMO_\t[IGOSHB 990101-031231] [ELI]# IGOrulers.txt",
                "QX_ [NGO]"), false, false);
        assertEquals(Set.of(EntityType.ORG), intl.get("league of small harbours"), "a leading 'the' is dropped");
        assertEquals(Set.of(EntityType.PER), intl.get("oskar vellamo"));
        assertFalse(intl.containsKey("qx"), "two letters are too short to be worth a feature");
        Map<String, Set<EntityType>> groups = ActorNames.fromPhoenix(List.of(
                "NORTHERN_DAWN_BRIGADE_ [XYZREB] # a note", "+DAWN_BRIGADE_"), false, true);
        assertEquals(Set.of(EntityType.ORG), groups.get("northern dawn brigade"));
        assertEquals(Set.of(EntityType.ORG), groups.get("dawn brigade"));
    }

    @Test
    void aLatin1LineInAUtf8FileIsStillRead() {
        byte[] utf8 = "M\u00c9LANIE_DURAND_\n".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "C\u00d4TE_SUD_\r\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] both = new byte[utf8.length + latin1.length];
        System.arraycopy(utf8, 0, both, 0, utf8.length);
        System.arraycopy(latin1, 0, both, utf8.length, latin1.length);
        List<String> lines = ActorNames.lines(both);
        assertEquals("M\u00c9LANIE_DURAND_", lines.get(0));
        assertEquals("C\u00d4TE_SUD_", lines.get(1));
    }

    @Test
    void theResourceFileIsReadWithItsHeaderAndABadTypeIsRefused() throws Exception {
        Map<String, Set<EntityType>> names = ActorNames.read(new BufferedReader(new StringReader(
                "# source\nname\ttype\noskar vellamo\tPER\nleague of small harbours\tORG\nleague of small harbours\tPER\n")), "test");
        assertEquals(Set.of(EntityType.PER, EntityType.ORG), names.get("league of small harbours"));
        assertThrows(org.vigie.core.ConfigException.class, () -> ActorNames.read(new BufferedReader(new StringReader(
                "name\ttype\noskar vellamo\tPERSON\n")), "test"));
        assertThrows(org.vigie.core.ConfigException.class, () -> ActorNames.read(new BufferedReader(new StringReader(
                "phrase\ttypes\noskar vellamo\tPER\n")), "test"));
    }

    @Test
    void theShippedListKnowsWellKnownActorsAndMatchesThemInAnySpellingOfCase() {
        KbNames actors = ActorNames.shared();
        assertTrue(actors.size() > 20_000, actors.size() + " names");
        List<int[]> found = Features.kbMatches(new String[]{"Hier", ",", "Kofi", "Annan", "a", "parlé", "."}, actors);
        assertEquals(1, found.size());
        assertArrayEquals(new int[]{2, 4, 1 << EntityType.PER.ordinal()}, found.get(0));
    }

    @Test
    void actorNameFeaturesAreKeyedApartFromKnowledgeBaseFeatures() {
        String[] words = {"Yesterday", "Oskar", "Vellamo", "left", "."};
        KbNames list = KbNames.of(Map.of("Oskar Vellamo", EntityType.PER));
        int[] kbKeys = new int[words.length * Features.MAX], kbCounts = new int[words.length];
        int[] actorKeys = new int[words.length * Features.MAX], actorCounts = new int[words.length];
        int[] noneKeys = new int[words.length * Features.MAX], noneCounts = new int[words.length];
        Lexicon lexicon = new Lexicon(new IntTable(16));
        Features.extract(words, lexicon, Gazetteer.NONE, list, KbNames.NONE, kbKeys, kbCounts);
        Features.extract(words, lexicon, Gazetteer.NONE, KbNames.NONE, list, actorKeys, actorCounts);
        Features.extract(words, lexicon, Gazetteer.NONE, KbNames.NONE, KbNames.NONE, noneKeys, noneCounts);
        assertEquals(noneCounts[1] + 2, kbCounts[1]);
        assertEquals(noneCounts[1] + 2, actorCounts[1]);
        assertEquals(noneCounts[3], actorCounts[3], "no feature outside the name");
        Set<Integer> kbOnly = new HashSet<>(), actorOnly = new HashSet<>();
        for (int k = noneCounts[1]; k < kbCounts[1]; k++) kbOnly.add(kbKeys[Features.MAX + k]);
        for (int k = noneCounts[1]; k < actorCounts[1]; k++) actorOnly.add(actorKeys[Features.MAX + k]);
        assertTrue(Collections.disjoint(kbOnly, actorOnly));
    }

    @Test
    void aModelTrainedWithActorNamesSaysSoAndOneTrainedWithoutIgnoresThem() {
        java.io.PrintStream quiet = new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        List<NerSentence> train = ToyCorpus.titled("d", 20, false, new Random(5));
        NerTrainer.Options without = new NerTrainer.Options(2, 1, 2, 0, 0, 7, false, 1, 0);
        NerModel plain = NerTrainer.train("xx", train, without, quiet);
        assertFalse(plain.usesActorNames());
        assertSame(KbNames.NONE, plain.actorNames());
        NerModel with = NerTrainer.train("xx", train, without.withActorNames(true), quiet);
        assertTrue(with.usesActorNames());
        assertSame(ActorNames.shared(), with.actorNames());
    }
}

package org.vigie.nlp.events;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;
import static org.vigie.nlp.events.PipelineEvents.pairs;

/**
 * Accusations (PLOVER ACCUSE, CAMEO 111/112) that no verb of accusing names: judgements in quotes, the party an
 * accusation is aimed at, and clauses that report no accusation of their own (branch ev11acc).
 */
class AccusationPhenomenaTest {
    private static final String CHILE = "Q298", PERU = "Q419";

    private static Set<String> accusations(String language, String text) {
        List<Event> es = events(language, text);
        return pairs(es, EventType.ACCUSE);
    }

    // Rule: a speaker who calls another side's act or words a crime, lies, propaganda, a provocation or a rehearsal
    // for something worse, as the predicate of a copula in a quote, accuses that side.

    @Test
    void aQuotedWordOfCondemnationAccusesTheSideNamedInTheQuote() {
        Set<String> named = accusations("en", "“These claims are lies spread by Peru,” Chilean Foreign Minister Marta Soto said on Monday.");
        assertTrue(named.contains("vigie:marta-soto|" + PERU), named.toString());
        Set<String> regime = accusations("en", "Chile and Peru have argued for weeks. “That was pure propaganda of the Lima government,” Chilean spokesman Ramon Vidal told reporters.");
        assertTrue(regime.stream().anyMatch(p -> p.startsWith("vigie:ramon-vidal|")), regime.toString());
    }

    @Test
    void aQuotedJudgementWithNoNameAccusesTheOtherSideOfATwoStateStory() {
        String before = "Chile and Peru have quarrelled for weeks. Chile moved 5,000 troops towards the border with Peru on Monday. ";
        Set<String> predicate = accusations("en", before + "Peruvian Foreign Minister Elena Cruz said the drills were “a rehearsal for an invasion”.");
        assertTrue(predicate.contains("vigie:elena-cruz|" + CHILE), predicate.toString());
        Set<String> crime = accusations("en", before + "“What happened in the valley is a crime against farmers,” Peruvian Foreign Minister Elena Cruz said.");
        assertTrue(crime.contains("vigie:elena-cruz|" + CHILE), crime.toString());
        Set<String> adjective = accusations("en", before + "“The move is illegal,” Peruvian Foreign Minister Elena Cruz said on Tuesday.");
        assertTrue(adjective.contains("vigie:elena-cruz|" + CHILE), adjective.toString());
    }

    @Test
    void aFrenchQuotedJudgementAccusesTheOtherSide() {
        String before = "Le Chili et le Pérou se disputent depuis des semaines. Le Chili a déployé 5 000 soldats près de la frontière avec le Pérou lundi. ";
        Set<String> crime = accusations("fr", before + "« Ce qui s'est passé dans la vallée est un crime », a déclaré la ministre péruvienne des Affaires étrangères Elena Cruz.");
        assertTrue(crime.contains("vigie:elena-cruz|" + CHILE), crime.toString());
        Set<String> rehearsal = accusations("fr", before + "La ministre péruvienne Elena Cruz a affirmé que ces manœuvres étaient « une répétition pour une invasion ».");
        assertTrue(rehearsal.contains("vigie:elena-cruz|" + CHILE), rehearsal.toString());
        Set<String> named = accusations("fr", "« Ces accusations sont de la propagande du Pérou », a dit mardi le ministre chilien Ramon Vidal.");
        assertTrue(named.contains("vigie:ramon-vidal|" + PERU), named.toString());
    }

    @Test
    void aNegatedOrOwnSideJudgementAccusesNobody() {
        String before = "Chile and Peru have quarrelled for weeks. Chile moved 5,000 troops towards the border with Peru on Monday. ";
        Set<String> negated = accusations("en", before + "“This is not a provocation,” Chilean Defence Minister Marta Soto said.");
        assertTrue(negated.isEmpty(), negated.toString());
        Set<String> fr = accusations("fr", "Le Chili et le Pérou se disputent depuis des semaines. Le Chili a déployé 5 000 soldats près de la frontière avec le Pérou lundi. « Ce n'est pas une provocation », a déclaré la ministre chilienne Marta Soto.");
        assertTrue(fr.isEmpty(), fr.toString());
    }

    // Rule: a French quote that lays the responsibility for an act on a named actor of another side ("X en portera
    // la responsabilité", "X est responsable de") accuses that actor, as the English "X will bear full responsibility".

    @Test
    void aFrenchQuoteLayingTheResponsibilityOnAnotherSideAccusesIt() {
        Set<String> future = accusations("fr", "« Le Pérou portera l'entière responsabilité de cette escalade », a déclaré lundi le ministre chilien Ramon Vidal.");
        assertTrue(future.contains("vigie:ramon-vidal|" + PERU), future.toString());
        Set<String> clitic = accusations("fr", "« C'est une attaque contre nos villages et le Chili en portera la responsabilité », a dit la présidente péruvienne Elena Cruz.");
        assertTrue(clitic.contains("vigie:elena-cruz|" + CHILE), clitic.toString());
        Set<String> present = accusations("fr", "« Le Chili est responsable des tirs », a affirmé mardi la ministre péruvienne Elena Cruz.");
        assertTrue(present.contains("vigie:elena-cruz|" + CHILE), present.toString());
    }

    @Test
    void aFrenchQuoteDenyingResponsibilityAccusesNobody() {
        Set<String> denied = accusations("fr", "« Le Pérou n'est pas responsable de ces tirs », a déclaré la ministre chilienne Marta Soto.");
        assertTrue(denied.isEmpty(), denied.toString());
    }

    // Rule: French content a speaker reports that charges people with espionage is the speaker's accusation, as the
    // English "said the diplomats had been spying".

    @Test
    void frenchReportedContentChargingEspionageIsTheSpeakersAccusation() {
        Set<String> gathered = accusations("fr", "Le ministère péruvien des Affaires étrangères a déclaré que deux attachés chiliens recueillaient des renseignements près de la base.");
        assertEquals(1, gathered.size(), gathered.toString());
        Set<String> spying = accusations("fr", "Le gouvernement du Pérou a affirmé mardi que les trois diplomates se livraient à l'espionnage.");
        assertEquals(1, spying.size(), spying.toString());
        Set<String> officers = accusations("fr", "La présidente péruvienne Elena Cruz a indiqué que ces employés de l'ambassade étaient en réalité des officiers de renseignement chiliens.");
        assertEquals(1, officers.size(), officers.toString());
    }

    @Test
    void frenchReportedContentDenyingEspionageAccusesNobody() {
        Set<String> none = accusations("fr", "Le ministère péruvien des Affaires étrangères a déclaré qu'aucune preuve d'espionnage n'avait été trouvée.");
        assertTrue(none.isEmpty(), none.toString());
    }

    // Rule: an attack someone reports inside a background clause ("hours after X said Y had shelled ...") recalls
    // what was said before the act the sentence reports: no accusation of its own by X. And a place the text also
    // names by a demonym ("Ostmarkian" for Ostmark) is a state, never the seat of another state, so the accused
    // stays the one named after the verb.

    @Test
    void anAttackReportedInABackgroundClauseIsNoAccusationOfItsOwn() {
        Set<String> hours = accusations("en", "Norvalia and Ostmark trade blame. Norvalia accused Ostmark on Monday of shelling the village of Kiro, hours after Ostmarkian officials said Norvalian guns had killed two farmers.");
        assertEquals(Set.of("vigie:norvalia|vigie:ostmark"), hours, hours.toString());
        Set<String> day = accusations("en", "Norvalia and Ostmark trade blame. Ostmark blamed Norvalia on Tuesday for the fire at the Dessel depot, a day after Norvalian officials said Ostmarkian drones had struck two bridges.");
        assertEquals(Set.of("vigie:ostmark|vigie:norvalia"), day, day.toString());
        Set<String> since = accusations("en", "Tarnia and Velsk trade blame. Tarnia condemned Velsk for the blockade of the port, since Velskian ministers claimed Tarnian boats had rammed a patrol ship.");
        assertFalse(since.stream().anyMatch(p -> p.startsWith("vigie:velsk|")), since.toString());
    }

    @Test
    void anAttackReportedInAMainClauseStillAccusesTheAttacker() {
        Set<String> main = accusations("en", "Norvalia and Ostmark trade blame. Ostmarkian Foreign Minister Lena Berg said Norvalian guns had killed two farmers near Kiro.");
        assertTrue(main.contains("vigie:lena-berg|vigie:norvalia"), main.toString());
    }

    // Rule: the accuser of a verb of blame in a relative clause ("..., which X blamed on Y", "dont X et Y se
    // rejettent la responsabilité") is the subject between the pronoun and the verb, never the antecedent; a
    // reciprocal pronoun with a coordinated subject makes the accusation mutual.

    @Test
    void theAccuserOfARelativeClauseIsItsOwnSubject() {
        Set<String> which = accusations("en", "Norvalia and Ostmark trade blame. The talks opened four days after a blast killed two farmers near the village of Kiro, which Norvalia blamed on Ostmark.");
        assertEquals(Set.of("vigie:norvalia|vigie:ostmark"), which, which.toString());
        Set<String> that = accusations("en", "Tarnia and Velsk trade blame. The crisis deepened after a fire at the Dessel depot that Velsk blames on Tarnia.");
        assertEquals(Set.of("vigie:velsk|vigie:tarnia"), that, that.toString());
        Set<String> dont = accusations("fr", "La Norvalie et l'Ostmarkie s'opposent. Les pourparlers se sont ouverts après une explosion près de Kiro, dont la Norvalie et l'Ostmarkie se rejettent la responsabilité.");
        assertEquals(Set.of("vigie:norvalie|vigie:ostmarkie", "vigie:ostmarkie|vigie:norvalie"), dont, dont.toString());
        Set<String> sur = accusations("fr", "La Norvalie et l'Ostmarkie s'opposent. L'explosion a tué deux paysans, une attaque dont la Norvalie rejette la responsabilité sur l'Ostmarkie.");
        assertEquals(Set.of("vigie:norvalie|vigie:ostmarkie"), sur, sur.toString());
    }

    @Test
    void aRelativeClauseWhoseSubjectNamesNoActorAccusesNobody() {
        Set<String> each = accusations("en", "Norvalia and Ostmark trade blame. The talks opened four days after a blast killed two farmers near the village of Kiro, which each side blamed on the other.");
        assertTrue(each.isEmpty(), each.toString());
    }

    @Test
    void frenchCoordinatedPartiesAccusingEachOtherAccuseBothWays() {
        Set<String> adverb = accusations("fr", "La Norvalie et l'Ostmarkie se sont mutuellement accusées de l'explosion.");
        assertEquals(Set.of("vigie:norvalie|vigie:ostmarkie", "vigie:ostmarkie|vigie:norvalie"), adverb, adverb.toString());
        Set<String> present = accusations("fr", "La Tarnie et la Velskie s'accusent mutuellement de violer la trêve.");
        assertEquals(Set.of("vigie:tarnie|vigie:velskie", "vigie:velskie|vigie:tarnie"), present, present.toString());
    }

    // Rule: a verbal act aimed at the actor's counterpart ("accused her counterpart of", "son homologue") is aimed at
    // the person of the other side the text names, or, for people the text ties to no state, the one it names
    // alongside the actor.

    private static Set<String> of(String language, String text, EventType type) {
        return pairs(events(language, text), type);
    }

    @Test
    void anActAimedAtTheCounterpartIsAimedAtTheOtherSidesPersonNamedInTheText() {
        String meeting = "Peruvian Foreign Minister Elena Cruz met Chilean Foreign Minister Marta Soto in Quito on Monday. ";
        Set<String> accused = of("en", meeting + "Cruz later accused her counterpart of stalling the talks.", EventType.ACCUSE);
        assertTrue(accused.contains("vigie:elena-cruz|vigie:marta-soto"), accused.toString());
        Set<String> pair = of("en", "The two foreign ministers, Elena Cruz and Marta Soto, met in Quito on Monday. Soto accused her counterpart of bad faith.", EventType.ACCUSE);
        assertTrue(pair.contains("vigie:marta-soto|vigie:elena-cruz"), pair.toString());
        String rencontre = "La ministre péruvienne des Affaires étrangères Elena Cruz a rencontré la ministre chilienne Marta Soto à Quito lundi. ";
        Set<String> fr = of("fr", rencontre + "Cruz a accusé son homologue de bloquer les pourparlers.", EventType.ACCUSE);
        assertTrue(fr.contains("vigie:elena-cruz|vigie:marta-soto"), fr.toString());
        Set<String> deux = of("fr", "Les deux ministres, Elena Cruz et Marta Soto, se sont vues à Quito. Soto a accusé mardi son homologue de mauvaise foi.", EventType.ACCUSE);
        assertTrue(deux.contains("vigie:marta-soto|vigie:elena-cruz"), deux.toString());
    }

    @Test
    void anActAimedAtSomeoneElseThanTheCounterpartIsNotAimedAtTheOtherMinister() {
        String meeting = "Peruvian Foreign Minister Elena Cruz met Chilean Foreign Minister Marta Soto in Quito on Monday. ";
        Set<String> rivals = of("en", meeting + "Cruz later accused her rivals of stalling the talks.", EventType.ACCUSE);
        assertFalse(rivals.contains("vigie:elena-cruz|vigie:marta-soto"), rivals.toString());
    }

    // Rule: an accusation aimed at a bare "government" by someone whose title places them outside it (opposition,
    // lawmakers) is aimed at the accuser's own state, not at a name found later in the clause.

    @Test
    void anOppositionAccusationOfTheBareGovernmentIsAimedAtTheOwnState() {
        Set<String> en = accusations("en", "Peruvian opposition lawmaker Diego Ramos accused the government of ignoring warnings from Chile.");
        assertEquals(Set.of("vigie:diego-ramos|" + PERU), en, en.toString());
        Set<String> fr = accusations("fr", "Le député péruvien Diego Ramos a reproché au gouvernement d'avoir ignoré les signaux venus du Chili.");
        assertEquals(Set.of("vigie:diego-ramos|" + PERU), fr, fr.toString());
        Set<String> activist = accusations("en", "Chilean activist Rosa Vega accused the government on Friday of lying about the talks with Peru.");
        assertEquals(Set.of("vigie:rosa-vega|" + CHILE), activist, activist.toString());
    }

    @Test
    void aGovernmentWithItsOwnerNamedOrAMinistersAccusationKeepsItsTarget() {
        Set<String> owner = accusations("en", "Peruvian opposition lawmaker Diego Ramos accused the government of Chile of lying.");
        assertFalse(owner.contains("vigie:diego-ramos|" + PERU), owner.toString());
    }

    // Rule: a claim whose content opens negated ("claimed that no troops had moved") alleges no act of anyone: no
    // accusation; a claim of an act still is one.

    @Test
    void aClaimThatNothingHappenedIsNoAccusation() {
        Set<String> no = accusations("en", "Chile claimed that no Peruvian patrol had crossed the river.");
        assertTrue(no.isEmpty(), no.toString());
        Set<String> never = accusations("en", "The Peruvian navy claims that it never entered Chilean waters.");
        assertTrue(never.isEmpty(), never.toString());
        Set<String> alleged = accusations("en", "Chilean officials alleged that no shots had been fired at the border post.");
        assertTrue(alleged.isEmpty(), alleged.toString());
    }

    @Test
    void aClaimOfAnActIsStillAnAccusation() {
        Set<String> claimed = accusations("en", "Chile claimed that Peru had moved artillery to the river.");
        assertTrue(claimed.contains(CHILE + "|" + PERU), claimed.toString());
    }

    // Rule: a coordination has one conjunction, before its last member: a second conjunction before it (", and X and
    // Y accused each other") opens another clause, whose names are no parties of the accusation.

    @Test
    void aSecondConjunctionEndsTheListOfAccusingParties() {
        Set<String> place = accusations("en", "Norvalia and Ostmark trade blame. The blast killed two farmers near Kiro, and Norvalia and Ostmark blamed each other for it.");
        assertEquals(Set.of("vigie:norvalia|vigie:ostmark", "vigie:ostmark|vigie:norvalia"), place, place.toString());
        Set<String> state = accusations("en", "Brazil sent observers to the border, and Peru and Bolivia accused each other of smuggling.");
        assertFalse(state.stream().anyMatch(p -> p.contains("Q155")), state.toString());
        assertTrue(state.contains("Q419|Q750") && state.contains("Q750|Q419"), state.toString());
        Set<String> fr = accusations("fr", "L'explosion a détruit un pont près de Kiro, et la Norvalie et l'Ostmarkie s'accusent mutuellement.");
        assertEquals(Set.of("vigie:norvalie|vigie:ostmarkie", "vigie:ostmarkie|vigie:norvalie"), fr, fr.toString());
    }

    @Test
    void aListWithOneConjunctionKeepsAllItsParties() {
        Set<String> three = accusations("en", "Chile, Peru and Bolivia accused each other of smuggling.");
        assertTrue(three.contains(CHILE + "|Q750") && three.contains("Q750|" + PERU), three.toString());
    }
}

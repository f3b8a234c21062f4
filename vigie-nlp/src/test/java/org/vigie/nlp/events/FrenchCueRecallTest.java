package org.vigie.nlp.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.core.model.Event;
import org.vigie.core.model.EventType;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigie.nlp.events.PipelineEvents.events;

/** French cues of common reported acts, each with a sentence where it reports the act and one where it must not fire. */
class FrenchCueRecallTest {
    private static Set<String> actors(List<Event> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).map(e -> e.actor1().entity()).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0} -> {1} by {2}")
    @CsvSource(delimiter = '|', value = {
            "Les États-Unis ont levé les sanctions contre le Venezuela.|RETREAT|Q30",
            "La Turquie a abattu un avion russe près de la frontière.|ASSAULT|Q43",
            "Israël a mené une frappe aérienne contre la Syrie.|ASSAULT|Q801",
            "Le Japon a critiqué la Chine pour ses manœuvres.|ACCUSE|Q17",
            "Le Japon a imputé l'attaque à la Corée du Nord.|ACCUSE|Q17",
            "L'Allemagne a appuyé la candidature de l'Ukraine.|SUPPORT|Q183",
            "Le Brésil a exprimé sa solidarité avec le Chili.|SUPPORT|Q155",
            "Le Canada et le Mexique ont tenu une réunion à Ottawa.|CONSULT|Q16",
            "Le Canada accepte de participer à la mission.|AGREE|Q16",
            "Le Japon exhorte la Chine à la retenue.|REQUEST|Q17",
            "La France a plaidé pour un cessez-le-feu immédiat.|REQUEST|Q142",
            "La Russie a positionné des chars près de la frontière.|MOBILIZE|Q159",
            "La Chine a envoyé des navires de guerre près des côtes japonaises.|MOBILIZE|Q148",
            "Le Royaume-Uni va envoyer 2 000 soldats supplémentaires en Estonie.|MOBILIZE|Q145",
            "Le Kremlin a exclu toute négociation avec l'Ukraine.|REJECT|Q159",
            "Les forces israéliennes ont tué trois militants du Hamas.|ASSAULT|Q801",
            "La Turquie a donné son feu vert à l'adhésion de la Suède.|AGREE|Q43",
            "Le Japon va fournir des générateurs à l'Ukraine.|AID|Q17",
            "Le Niger a rompu ses relations diplomatiques avec la France.|SANCTION|Q1032",
            "Le Hezbollah a revendiqué des tirs de roquettes contre Israël.|ASSAULT|vigie:hezbollah",
            "La Russie a repris ses frappes contre l'Ukraine.|ASSAULT|Q159",
            "Le président brésilien a exprimé son appui au gouvernement vénézuélien.|SUPPORT|Q155",
            "La Corée du Nord a mené un exercice d'artillerie près de la frontière maritime.|MOBILIZE|Q423",
            "Un accord a été conclu entre le Kenya et la Somalie.|AGREE|Q114",
            "La Chine réfute les accusations américaines d'espionnage.|REJECT|Q148",
            "La France a rapatrié ses soldats du Niger.|RETREAT|Q142",
            "Les forces russes ont levé le siège de Tchernihiv.|RETREAT|Q159",
            "Le Tchad a rouvert sa frontière avec le Soudan.|RETREAT|Q657",
            "Le Canada s'est prononcé en faveur de l'adhésion de l'Ukraine à l'OTAN.|SUPPORT|Q16",
            "L'Iran a donné son accord à une inspection de l'AIEA.|AGREE|Q794",
            "L'Arménie et l'Azerbaïdjan ont paraphé un traité de paix.|AGREE|Q399",
            "Le Parlement turc a ratifié l'adhésion de la Suède à l'OTAN.|AGREE|Q43",
            "La Russie dispose de 30 000 soldats en Biélorussie.|MOBILIZE|Q159",
            "Le Liban a porté plainte contre Israël auprès du Conseil de sécurité.|ACCUSE|Q822",
            "La Russie a lancé une opération militaire contre l'Ukraine.|ASSAULT|Q159",
            "La rencontre entre le président chinois et le président américain a duré quatre heures.|CONSULT|Q148",
    })
    void aCueReportsItsAct(String sentence, EventType type, String actor) {
        List<Event> fr = events("fr", sentence);
        assertTrue(actors(fr, type).contains(actor), fr.toString());
    }

    @ParameterizedTest(name = "{0}: no {1}")
    @CsvSource(delimiter = '|', value = {
            "Les États-Unis ont renforcé les sanctions contre le Venezuela.|RETREAT",
            "La Turquie a abattu un arbre pour élargir la route.|ASSAULT",
            "Le Japon a publié une critique de film.|ACCUSE",
            "L'Allemagne a appuyé sur le bouton.|SUPPORT",
            "Le Canada n'accepte pas de participer à la mission.|CONSULT",
            "Le Japon a reçu un appel de la Chine.|REQUEST",
            "La Russie a positionné ses satellites.|MOBILIZE",
            "La Chine a envoyé des médicaments au Japon.|MOBILIZE",
            "Le Mali a ordonné le départ des troupes françaises.|MOBILIZE",
            "Le député a été exclu du parti par la Russie unie.|REJECT",
            "Trois civils ont été tués dans l'explosion à Kiev.|ASSAULT",
            "Le Niger a rompu le silence sur la France.|SANCTION",
            "Washington a qualifié d'« inacceptables » les tirs de missiles nord-coréens.|ASSAULT",
            "Les talibans ont repris le contrôle de Kaboul.|ASSAULT",
            "Un attentat a fait dix morts à Kaboul.|ASSAULT",
            "La Corée du Nord a clôturé l'exercice budgétaire en excédent.|MOBILIZE",
            "L'accord a été conclu par le Kenya après neuf heures de discussions.|AGREE",
            "La Chine réfute les accusations américaines d'espionnage.|ACCUSE",
            "La police a lancé une opération de contrôle routier à Paris.|ASSAULT",
            "Le Tchad a rouvert son musée national.|RETREAT",
            "L'Arménie a commémoré le traité de Kars.|AGREE",
            "La Russie dispose de réserves de gaz importantes.|MOBILIZE",
            "Le Canada s'est prononcé sur la réforme fiscale.|SUPPORT",
    })
    void aCueOutOfItsSenseReportsNothing(String sentence, EventType type) {
        List<Event> fr = events("fr", sentence);
        assertTrue(actors(fr, type).isEmpty(), fr.toString());
    }
}

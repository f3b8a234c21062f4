package org.vigie.stories;

import org.vigie.core.model.EntityType;

/**
 * One invented event told several ways, for the story tests: customs officers in the port of Port Velden (Ostria)
 * seize rifles hidden on the freighter Nordlys. Every sentence was written for these tests.
 */
final class Port {
    private Port() {
    }

    static final String[] AFP_ENGLISH = {
            "PORT VELDEN, May 6 (AFP) - Customs officers in Port Velden seized 300 crates of rifles from the freighter Nordlys on Tuesday, Ostrian police said, and arrested the ship's captain.",
            "The crates were hidden under sacks of grain bound for Belmark, according to the interior ministry.",
            "\"This is the largest seizure of weapons in our harbour for a decade,\" Interior Minister Harald Ness told reporters at the quay.",
            "The captain, a Karsian national, will appear before a judge on Thursday. The owners of the Nordlys could not be reached for comment.",
            "Police said 12 crew members were questioned and released overnight after customs officers searched the hold."};

    static final String[] AFP_FRENCH = {
            "PORT VELDEN, 6 mai (AFP) - Les douaniers de Port Velden ont saisi mardi 300 caisses de fusils à bord du cargo Nordlys, a indiqué la police ostrienne, et ont arrêté le capitaine du navire.",
            "Les caisses étaient cachées sous des sacs de grain à destination de Belmark, selon le ministère de l'Intérieur.",
            "« C'est la plus grande saisie d'armes dans notre port depuis dix ans », a déclaré aux journalistes le ministre de l'Intérieur Harald Ness sur le quai.",
            "Le capitaine, un ressortissant karsien, comparaîtra jeudi devant un juge. Les propriétaires du Nordlys n'ont pu être joints.",
            "La police a indiqué que 12 membres d'équipage avaient été interrogés puis relâchés dans la nuit après la fouille de la cale.",
            "Le Journal du Port"};

    /** An independent English report of the same seizure, from another agency. */
    static final String[] REUTERS_ENGLISH = {
            "BELMARK, May 6 (Reuters) - Ostrian customs found rifles hidden in grain sacks aboard the freighter Nordlys in Port Velden on Tuesday and detained its captain, officials said.",
            "Interior Minister Harald Ness called it the biggest weapons haul at the harbour in ten years.",
            "Officials did not say where the rifles came from. The Nordlys sails under a Karsian flag."};

    /** An independent French report on the next day, about the captain's custody. */
    static final String[] PARQUET_FRENCH = {
            "Le capitaine du Nordlys a été placé en garde à vue mercredi à Port Velden, a annoncé le procureur Ivo Darmak, qui évoque un trafic d'armes organisé depuis Karsa.",
            "Selon une source judiciaire, l'enquête vise aussi l'armateur du navire et deux transitaires de Karsa.",
            "« Nous suivons la piste de l'argent », a déclaré Ivo Darmak, sans dire quand le capitaine serait présenté à un juge."};

    /** The same report, translated into English. */
    static final String[] PARQUET_ENGLISH = {
            "The captain of the Nordlys was taken into custody in Port Velden on Wednesday, prosecutor Ivo Darmak announced, citing organised arms trafficking from Karsa.",
            "According to a judicial source, the investigation also targets the ship's owner and two freight forwarders from Karsa.",
            "\"We are following the money,\" Ivo Darmak said, without saying when the captain would be brought before a judge."};

    static final String[] FLOOD = {
            "Heavy rain flooded the old town of Lindholm overnight and hundreds of residents were moved to schools.",
            "The river rose by three metres in a few hours and the mayor asked for pumps and volunteers from neighbouring towns.",
            "Forecasters expect more rain on Wednesday across the northern valleys."};

    static Article afpEnglish() {
        return Article.of(AFP_ENGLISH).lang("en").date("2025-05-06").title("Customs seize 300 crates of rifles on freighter in Port Velden")
                .credited("AFP")
                .entity("vigie:port-velden", "Port Velden", EntityType.GPE, "Port Velden", "PORT VELDEN")
                .entity("vigie:nordlys", "Nordlys", EntityType.MISC, "Nordlys")
                .entity("vigie:ostria", "Ostria", EntityType.GPE, "Ostrian")
                .entity("vigie:belmark", "Belmark", EntityType.GPE, "Belmark")
                .entity("vigie:harald-ness", "Harald Ness", EntityType.PER, "Harald Ness")
                .entity("vigie:karsa", "Karsa", EntityType.GPE, "Karsian")
                .figure("300 crates", 300.0, "crate", "vigie:ostria", "Ostria", false)
                .figure("12 crew members", 12.0, "crew member", "vigie:ostria", "Ostria", false)
                .day("Tuesday", "2025-05-06")
                .quote("This is the largest seizure of weapons in our harbour for a decade", "vigie:harald-ness", "Harald Ness");
    }

    static Article afpFrench() {
        return Article.of(AFP_FRENCH).lang("fr").date("2025-05-06").title("Saisie de 300 caisses de fusils sur un cargo à Port Velden")
                .credited("AFP").publisher("Le Journal du Port").boilerplate("Le Journal du Port")
                .entity("vigie:port-velden", "Port Velden", EntityType.GPE, "Port Velden", "PORT VELDEN")
                .entity("vigie:nordlys", "Nordlys", EntityType.MISC, "Nordlys")
                .entity("vigie:ostria", "Ostria", EntityType.GPE, "ostrienne")
                .entity("vigie:belmark", "Belmark", EntityType.GPE, "Belmark")
                .entity("vigie:harald-ness", "Harald Ness", EntityType.PER, "Harald Ness")
                .entity("vigie:karsa", "Karsa", EntityType.GPE, "karsien")
                .figure("300 caisses", 300.0, "crate", "vigie:ostria", "Ostria", false)
                .figure("12 membres d'équipage", 12.0, "crew member", "vigie:ostria", "Ostria", false)
                .day("mardi", "2025-05-06")
                .quote("C'est la plus grande saisie d'armes dans notre port depuis dix ans", "vigie:harald-ness", "Harald Ness");
    }

    static Article reutersEnglish() {
        return Article.of(REUTERS_ENGLISH).lang("en").date("2025-05-06").title("Ostria finds rifles in grain aboard freighter")
                .credited("Reuters")
                .entity("vigie:port-velden", "Port Velden", EntityType.GPE, "Port Velden")
                .entity("vigie:nordlys", "Nordlys", EntityType.MISC, "Nordlys")
                .entity("vigie:ostria", "Ostria", EntityType.GPE, "Ostrian")
                .entity("vigie:belmark", "Belmark", EntityType.GPE, "BELMARK")
                .entity("vigie:harald-ness", "Harald Ness", EntityType.PER, "Harald Ness")
                .entity("vigie:karsa", "Karsa", EntityType.GPE, "Karsian")
                .day("Tuesday", "2025-05-06");
    }

    static Article parquetFrench() {
        return Article.of(PARQUET_FRENCH).lang("fr").date("2025-05-07").title("Le capitaine du Nordlys en garde à vue")
                .entity("vigie:nordlys", "Nordlys", EntityType.MISC, "Nordlys")
                .entity("vigie:port-velden", "Port Velden", EntityType.GPE, "Port Velden")
                .entity("vigie:ivo-darmak", "Ivo Darmak", EntityType.PER, "Ivo Darmak")
                .entity("vigie:karsa", "Karsa", EntityType.GPE, "Karsa")
                .day("mercredi", "2025-05-07")
                .quote("Nous suivons la piste de l'argent", "vigie:ivo-darmak", "Ivo Darmak");
    }

    static Article parquetEnglish() {
        return Article.of(PARQUET_ENGLISH).lang("en").date("2025-05-07").title("Nordlys captain taken into custody")
                .entity("vigie:nordlys", "Nordlys", EntityType.MISC, "Nordlys")
                .entity("vigie:port-velden", "Port Velden", EntityType.GPE, "Port Velden")
                .entity("vigie:ivo-darmak", "Ivo Darmak", EntityType.PER, "Ivo Darmak")
                .entity("vigie:karsa", "Karsa", EntityType.GPE, "Karsa")
                .day("Wednesday", "2025-05-07")
                .quote("We are following the money", "vigie:ivo-darmak", "Ivo Darmak");
    }

    static Article flood() {
        return Article.of(FLOOD).lang("en").date("2025-05-06").title("Floods in Lindholm")
                .entity("vigie:lindholm", "Lindholm", EntityType.GPE, "Lindholm");
    }
}

package org.vigie.jmh;

/** A synthetic news article written by the team, repeated to a chosen length, with the usual noise. */
final class SampleArticle {
    private SampleArticle() {
    }

    private static final String[] PARAGRAPHS = {
        "Accueil International Europe",
        "Les forces valdoriennes massent des troupes près de la frontière",
        "12",
        "KORVAN, 10 mars (AFP) - Le ministère valdorien de la Défense a annoncé lundi des exercices « de grande ampleur » près de la vallée de la Sarvel, où 90 000 soldats seraient déjà déployés selon l'Alliance.",
        "« Nous ne menaçons personne », a déclaré mardi le porte-parole de la présidence, Iouri Kastelan, ajoutant que les manœuvres dureraient trois semaines.",
        "Selon des responsables occidentaux, près de 120 000 hommes et 300 chars seraient désormais stationnés à moins de 50 km de la frontière.",
        "Lire aussi : Les prix de l'énergie repartent à la hausse",
        "The foreign minister, Teodor Vasko, said on Friday that Miravel would ask the Security Council to meet next week.",
        "© Photo AFP",
    };

    static String text(int paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) sb.append(PARAGRAPHS[i % PARAGRAPHS.length]).append("\n\n");
        return sb.toString();
    }
}

package org.vigie.store;

import org.vigie.core.Document;
import org.vigie.core.model.Entity;
import org.vigie.core.model.EntityType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A large, reproducible set of analysed wire stories for ingest tests: document {@code i} is always the same. The
 * sentences and names were written for these tests (any likeness to real reports is by construction of the
 * templates). Every {@value #REPEAT_EVERY}th document repeats an earlier one byte for byte, as a feed that
 * republishes a story does, so a set of {@code n} documents has {@link #distinctIds(int)} ids.
 */
public final class SyntheticNews {
    public static final int REPEAT_EVERY = 40;

    private record Name(String id, EntityType type, String name, String... aliases) {
    }

    private static final Name[] NAMES = {
            new Name("vigie:paris", EntityType.GPE, "Paris", "la capitale"),
            new Name("vigie:lyon", EntityType.GPE, "Lyon"),
            new Name("vigie:marseille", EntityType.GPE, "Marseille", "la cité phocéenne"),
            new Name("vigie:kyiv", EntityType.GPE, "Kyiv", "Kiev"),
            new Name("vigie:bruxelles", EntityType.GPE, "Bruxelles"),
            new Name("vigie:dakar", EntityType.GPE, "Dakar"),
            new Name("vigie:montreal", EntityType.GPE, "Montréal"),
            new Name("vigie:rhone", EntityType.LOC, "le Rhône"),
            new Name("vigie:alpes", EntityType.LOC, "les Alpes"),
            new Name("vigie:manche", EntityType.LOC, "la Manche"),
            new Name("vigie:anne-morel", EntityType.PER, "Anne Morel", "Mme Morel"),
            new Name("vigie:paul-keita", EntityType.PER, "Paul Keïta", "M. Keïta", "Paul Keita"),
            new Name("vigie:lea-fontaine", EntityType.PER, "Léa Fontaine", "Mme Fontaine"),
            new Name("vigie:ivan-petrenko", EntityType.PER, "Ivan Petrenko", "M. Petrenko", "Ivan Petrenco"),
            new Name("vigie:sofia-ricci", EntityType.PER, "Sofia Ricci"),
            new Name("vigie:omar-diallo", EntityType.PER, "Omar Diallo", "M. Diallo"),
            new Name("vigie:agence-nord", EntityType.ORG, "Agence Nord", "l'agence"),
            new Name("vigie:croix-bleue", EntityType.ORG, "Croix Bleue"),
            new Name("vigie:union-ports", EntityType.ORG, "Union des ports", "l'Union"),
            new Name("vigie:banque-centrale", EntityType.ORG, "Banque centrale", "la banque"),
            new Name("vigie:festival-lumieres", EntityType.MISC, "Festival des lumières"),
            new Name("vigie:plan-grand-froid", EntityType.MISC, "plan Grand Froid", "ce plan"),
    };

    private static final String[] OPENINGS = {
            "Selon les premières informations, %s a confirmé la nouvelle mardi soir.",
            "Dans un communiqué publié jeudi, %s annonce une hausse de ses moyens.",
            "Les habitants de %s ont été invités à limiter leurs déplacements.",
            "Une réunion d'urgence s'est tenue autour de %s en fin de matinée.",
            "D'après un porte-parole, %s suit la situation heure par heure.",
    };
    private static final String[] MIDDLES = {
            "Les équipes sur place évoquent des dégâts importants mais aucun blessé grave.",
            "Le bilan pourrait encore évoluer dans les prochains jours, ont prévenu les secours.",
            "Plusieurs centaines de personnes ont été accueillies dans des gymnases.",
            "Les transports reprendront progressivement à partir de lundi.",
            "Un second rapport est attendu avant la fin du mois.",
            "Les prix ont augmenté de 3,5 % sur un an, selon les chiffres officiels.",
    };
    private static final String[] LINKS = {
            "%s a ensuite rappelé le rôle de %s dans ce dossier.",
            "Interrogé sur ce point, %s a renvoyé vers %s.",
            "%s et %s doivent se rencontrer la semaine prochaine.",
            "La décision de %s a été saluée par %s.",
    };

    private SyntheticNews() {
    }

    /** How many distinct documents (ids) the first {@code count} documents hold. */
    public static int distinctIds(int count) {
        return count - count / REPEAT_EVERY;
    }

    /** Document {@code i}: a short story naming two to four entities, each mentioned once to three times. */
    public static Document document(int i) {
        if (i % REPEAT_EVERY == REPEAT_EVERY - 1) return document(i - 13);
        SplittableRandom r = new SplittableRandom(0x5EED_0000L + i);
        int entityCount = 2 + r.nextInt(3);
        List<Name> picked = new ArrayList<>();
        while (picked.size() < entityCount) {
            Name n = NAMES[r.nextInt(NAMES.length)];
            if (!picked.contains(n)) picked.add(n);
        }
        // Surfaces in the order they are written, per entity; offsets are found afterwards in the finished text.
        Map<Name, List<String>> written = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        if (i % 10 == 3) text.append("\uD83D\uDCF0 "); // a non-BMP character, so char and code point offsets differ
        text.append("Dépêche n° ").append(i).append(". ");
        text.append(String.format(OPENINGS[r.nextInt(OPENINGS.length)], surface(picked.get(0), r, written)));
        text.append(' ').append(MIDDLES[r.nextInt(MIDDLES.length)]);
        for (int k = 1; k < picked.size(); k++) {
            Name a = picked.get(k), b = picked.get(r.nextInt(k));
            text.append(' ').append(String.format(LINKS[r.nextInt(LINKS.length)], surface(a, r, written), surface(b, r, written)));
            if (r.nextBoolean()) text.append(' ').append(MIDDLES[r.nextInt(MIDDLES.length)]);
        }
        for (int p = r.nextInt(4); p > 0; p--) text.append("\n").append(MIDDLES[r.nextInt(MIDDLES.length)]);
        String t = text.toString();
        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<Name, List<String>> e : written.entrySet()) {
            Name n = e.getKey();
            entities.add(TestDocuments.entity(n.id(), n.name(), n.type(), t, e.getValue().toArray(String[]::new)));
        }
        return TestDocuments.withEntities(t, "Dépêche " + i, entities.toArray(Entity[]::new));
    }

    private static String surface(Name n, SplittableRandom r, Map<Name, List<String>> written) {
        String s = n.aliases().length == 0 || r.nextInt(3) > 0 ? n.name() : n.aliases()[r.nextInt(n.aliases().length)];
        written.computeIfAbsent(n, k -> new ArrayList<>()).add(s);
        return s;
    }
}

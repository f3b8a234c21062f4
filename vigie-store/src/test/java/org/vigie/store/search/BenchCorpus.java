package org.vigie.store.search;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic news documents for the search benchmark, assembled at random (seeded) from sentences written for it,
 * about invented places, people and organisations: French and English, with entities, events, sources and stories.
 */
final class BenchCorpus {
    private static final String[][] PLACES = {
            {"Q910001", "Brenhaven"}, {"Q910002", "Aalstad"}, {"Q910003", "Velmar"}, {"Q910004", "Quellin"},
            {"Q910005", "Ostravia"}, {"Q910006", "Kerrin"}, {"Q910007", "Dunmark"}, {"Q910008", "Solvenia"},
            {"Q910009", "Marrow Bay"}, {"Q910010", "Tessaly"}, {"Q910011", "Grünwald"}, {"Q910012", "Île-Basse"}};
    private static final String[][] PEOPLE = {
            {"vigie:ilse-varga", "Ilse Varga"}, {"vigie:tomas-reyl", "Tomas Reyl"}, {"vigie:ana-morel", "Ana Morel"},
            {"vigie:piet-oduya", "Piet Oduya"}, {"vigie:lea-strand", "Léa Strand"}, {"vigie:jon-amari", "Jon Amari"},
            {"vigie:mira-kalt", "Mira Kalt"}, {"vigie:oren-hale", "Oren Hale"}};
    private static final String[][] ORGS = {
            {"vigie:otbc", "OTBC"}, {"vigie:nec", "Northern Energy Council"}, {"vigie:ucs", "Union of Coastal States"},
            {"vigie:rtf", "Relief Task Force"}, {"vigie:cmb", "Central Monetary Board"}};
    private static final String[] SOURCES = {"Vigie Wire", "Coastal Press", "Northern Daily", "Harbour Times", "Le Veilleur"};

    private static final String[] FRENCH = {
            "Le ministre des affaires étrangères de {P} a rencontré son homologue de {Q} lundi.",
            "Selon {S}, les deux délégations ont discuté de sanctions économiques et de la sécurité des frontières.",
            "{H} a déclaré que le dialogue restait la seule voie possible pour {P}.",
            "Les autorités de {P} ont annoncé l’arrivée de {N} observateurs internationaux.",
            "L’opposition accuse le gouvernement de {P} de retarder les négociations.",
            "Des manifestants se sont rassemblés devant l’ambassade de {Q} pour protester contre les nouvelles mesures.",
            "Le porte-parole de l’{O} a confirmé la livraison de {N} tonnes d’aide humanitaire.",
            "La réunion s’est achevée sans accord, mais une nouvelle rencontre est prévue la semaine prochaine.",
            "Les marchés ont réagi avec prudence à l’annonce de l’{O}.",
            "Un accord de coopération énergétique a été signé entre {P} et {Q}.",
            "{H} a menacé de suspendre les livraisons de gaz si les sanctions étaient maintenues.",
            "Les pêcheurs de {P} demandent une compensation après la fermeture du port.",
            "D’après un rapport de l’{O}, la production agricole a baissé de {N} % cette année.",
            "Le parlement de {Q} votera jeudi sur le budget de la défense.",
            "{H} s’est rendu à {P} pour une visite de deux jours consacrée à la reconstruction.",
            "Les ministres ont condamné l’attaque contre un convoi humanitaire près de la frontière.",
    };
    private static final String[] ENGLISH = {
            "The foreign minister of {P} met her counterpart from {Q} on Monday.",
            "According to {S}, both delegations discussed economic sanctions and border security.",
            "{H} said that dialogue remained the only way forward for {P}.",
            "Authorities in {P} announced the arrival of {N} international observers.",
            "The opposition accused the government of {P} of delaying the negotiations.",
            "Protesters gathered outside the embassy of {Q} to oppose the new measures.",
            "A spokesperson for the {O} confirmed the delivery of {N} tonnes of humanitarian aid.",
            "The meeting ended without agreement, but another round of talks is planned for next week.",
            "Markets reacted cautiously to the announcement by the {O}.",
            "An energy cooperation agreement was signed between {P} and {Q}.",
            "{H} threatened to suspend gas deliveries if the sanctions stayed in place.",
            "Fishermen in {P} are asking for compensation after the closure of the harbour.",
            "A report by the {O} found that farm output fell by {N} percent this year.",
            "The parliament of {Q} will vote on Thursday on the defence budget.",
            "{H} travelled to {P} for a two-day visit focused on reconstruction.",
            "Ministers condemned the attack on an aid convoy near the border.",
    };
    private static final EventType[] EVENTS = EventType.values();

    private BenchCorpus() {
    }

    static List<Document> documents(int n, long seed) {
        Random r = new Random(seed);
        List<Document> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) docs.add(document(r, i));
        return docs;
    }

    private static Document document(Random r, int serial) {
        boolean french = r.nextInt(10) < 6;
        String[] sentences = french ? FRENCH : ENGLISH;
        String[] p = PLACES[r.nextInt(PLACES.length)];
        String[] q = PLACES[r.nextInt(PLACES.length)];
        String[] h = PEOPLE[r.nextInt(PEOPLE.length)];
        String[] o = ORGS[r.nextInt(ORGS.length)];
        String source = SOURCES[r.nextInt(SOURCES.length)];
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        int paragraphs = 2 + r.nextInt(4);
        for (int k = 0; k < paragraphs; k++) {
            StringBuilder para = new StringBuilder();
            int count = 2 + r.nextInt(4);
            for (int s = 0; s < count; s++) {
                if (para.length() > 0) para.append(' ');
                para.append(sentences[r.nextInt(sentences.length)].replace("{P}", p[1]).replace("{Q}", q[1])
                        .replace("{H}", h[1]).replace("{O}", o[1]).replace("{S}", source)
                        .replace("{N}", String.valueOf(5 + r.nextInt(995))));
            }
            if (text.length() > 0) text.append('\n');
            blocks.add(Block.body(new Span(text.length(), text.length() + para.length()), Block.Kind.PARAGRAPH));
            text.append(para);
        }
        String nav = (french ? "Partager · Imprimer · Dépêche " : "Share · Print · Dispatch ") + serial;
        text.append('\n');
        blocks.add(Block.boilerplate(new Span(text.length(), text.length() + nav.length()), Block.Kind.NAV));
        text.append(nav);
        String t = text.toString();
        Map<String, Entity> entities = new LinkedHashMap<>();
        addEntity(entities, t, p, EntityType.GPE);
        addEntity(entities, t, q, EntityType.GPE);
        addEntity(entities, t, h, EntityType.PER);
        addEntity(entities, t, o, EntityType.ORG);
        Span first = blocks.get(0).span();
        String title = (french ? "Point sur " : "Update on ") + p[1] + (r.nextBoolean() ? "" : (french ? " et " : " and ") + q[1]);
        return Document.ofText(t).with(Layers.builder()
                .put(LayerKind.BLOCKS, blocks)
                .put(LayerKind.LANGUAGE, List.of(new DocumentLanguage(french ? "fr" : "en")))
                .put(LayerKind.TITLE, List.of(new Title(title, null)))
                .put(LayerKind.SOURCES, List.of(new SourceCredit(source, null, SourceCredit.Role.PUBLISHER, new Span(0, 0))))
                .put(LayerKind.ENTITIES, List.copyOf(entities.values()))
                .put(LayerKind.EVENTS, List.of(new Event(EVENTS[r.nextInt(EVENTS.length)], null, null, null, null, null, false, first)))
                .put(LayerKind.STORY, List.of(new StoryAssignment("story-" + r.nextInt(300))))
                .build());
    }

    private static void addEntity(Map<String, Entity> entities, String text, String[] idName, EntityType type) {
        if (entities.containsKey(idName[0])) return;
        List<Span> mentions = new ArrayList<>();
        for (int at = text.indexOf(idName[1]); at >= 0; at = text.indexOf(idName[1], at + 1)) {
            mentions.add(new Span(at, at + idName[1].length()));
        }
        if (!mentions.isEmpty()) entities.put(idName[0], new Entity(idName[0], idName[1], type, mentions));
    }
}

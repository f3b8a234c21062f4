package org.vigie.store.search;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;
import org.vigie.store.TestDocuments;

import java.util.ArrayList;
import java.util.List;

/** Analysed documents for the search tests, built from sentences written for them. */
public final class SearchDocs {
    private final String language;
    private final String title;
    private final List<String> paragraphs;
    private final List<String> boilerplate = new ArrayList<>();
    private String published;
    private String story;
    private final List<String> sources = new ArrayList<>();
    private final List<String[]> entities = new ArrayList<>();
    private final List<Object[]> events = new ArrayList<>();

    private SearchDocs(String language, String title, List<String> paragraphs) {
        this.language = language;
        this.title = title;
        this.paragraphs = paragraphs;
    }

    /** A document whose body is {@code paragraphs}, one block each. */
    static SearchDocs doc(String language, String title, String... paragraphs) {
        return new SearchDocs(language, title, List.of(paragraphs));
    }

    SearchDocs published(String value) {
        published = value;
        return this;
    }

    SearchDocs story(String id) {
        story = id;
        return this;
    }

    SearchDocs source(String name) {
        sources.add(name);
        return this;
    }

    /** An entity mentioned where {@code surface} first occurs in the body. */
    SearchDocs entity(String id, String name, EntityType type, String surface) {
        entities.add(new String[] {id, name, type.name(), surface});
        return this;
    }

    SearchDocs event(EventType type, String evidence) {
        events.add(new Object[] {type, evidence});
        return this;
    }

    /** A boilerplate line (navigation) after the body. */
    SearchDocs boilerplate(String line) {
        boilerplate.add(line);
        return this;
    }

    Document build() {
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) line(text, blocks, p, true);
        for (String b : boilerplate) line(text, blocks, b, false);
        String t = text.toString();
        Layers.Builder layers = Layers.builder()
                .put(LayerKind.BLOCKS, blocks)
                .put(LayerKind.LANGUAGE, List.of(new DocumentLanguage(language)))
                .put(LayerKind.TITLE, title == null ? List.of() : List.of(new Title(title, null)))
                .put(LayerKind.PUBLISHED, published == null ? List.of() : List.of(new Published(published, null, Published.Method.METADATA)));
        List<SourceCredit> credits = new ArrayList<>();
        for (String s : sources) credits.add(new SourceCredit(s, null, SourceCredit.Role.CREDITED, new Span(0, 0)));
        layers.put(LayerKind.SOURCES, credits);
        List<Entity> es = new ArrayList<>();
        for (String[] e : entities) {
            es.add(new Entity(e[0], e[1], EntityType.valueOf(e[2]), List.of(TestDocuments.find(t, e[3]))));
        }
        layers.put(LayerKind.ENTITIES, es);
        List<Event> evs = new ArrayList<>();
        for (Object[] e : events) {
            evs.add(new Event((EventType) e[0], null, null, null, null, null, false, TestDocuments.find(t, (String) e[1])));
        }
        layers.put(LayerKind.EVENTS, evs);
        if (story != null) layers.put(LayerKind.STORY, List.of(new StoryAssignment(story)));
        return Document.ofText(t).with(layers.build());
    }

    private static void line(StringBuilder text, List<Block> blocks, String line, boolean body) {
        if (text.length() > 0) text.append('\n');
        Span span = new Span(text.length(), text.length() + line.length());
        text.append(line);
        blocks.add(body ? Block.body(span, Block.Kind.PARAGRAPH) : Block.boilerplate(span, Block.Kind.NAV));
    }

    /** Six documents in French, English and German, with dates, sources, entities, events and stories. */
    public static List<Document> corpus() {
        return List.of(sanctionsFr(), meetingFr(), defenceEn(), talksEn(), talksDe(), portFr());
    }

    public static Document sanctionsFr() {
        return doc("fr", "Sanctions contre l’OTBC",
                "Le Conseil a adopté lundi de nouvelles sanctions économiques contre l’OTBC.",
                "La défense de Brenhaven répond que ces mesures sont injustes.")
                .published("2022-01-10").source("AFP").story("story-1")
                .entity("vigie:otbc", "OTBC", EntityType.ORG, "OTBC")
                .entity("Q900001", "Brenhaven", EntityType.GPE, "Brenhaven")
                .event(EventType.SANCTION, "a adopté lundi de nouvelles sanctions")
                .build();
    }

    public static Document meetingFr() {
        return doc("fr", "Réunion à Aalstad",
                "Les ministres se sont réunis à Aalstad pour discuter d’une sanction commune.")
                .published("2022-02-03").source("Reuters").story("story-2")
                .entity("Q900002", "Aalstad", EntityType.GPE, "Aalstad")
                .event(EventType.CONSULT, "se sont réunis")
                .build();
    }

    public static Document defenceEn() {
        return doc("en", "Brenhaven's defence minister speaks",
                "The defence minister said that the economic sanctions would not change Brenhaven's policy.")
                .published("2022-01-20").source("Reuters").story("story-1")
                .entity("Q900001", "Brenhaven", EntityType.GPE, "Brenhaven")
                .entity("vigie:defence-minister", "Defence minister of Brenhaven", EntityType.PER, "defence minister")
                .event(EventType.REJECT, "would not change")
                .build();
    }

    public static Document talksEn() {
        return doc("en", "Talks resume in Aalstad",
                "Negotiators met again in Aalstad on Tuesday.",
                "Economic cooperation was on the agenda of the talks.")
                .published("2022-03-05T09:30:00Z").source("AP")
                .entity("Q900002", "Aalstad", EntityType.GPE, "Aalstad")
                .event(EventType.CONSULT, "met again")
                .build();
    }

    public static Document talksDe() {
        return doc("de", "Gespräche in Aalstad",
                "Die Gespräche in Aalstad wurden am Dienstag fortgesetzt.")
                .published("2022-02-15")
                .entity("Q900002", "Aalstad", EntityType.GPE, "Aalstad")
                .build();
    }

    /** Undated, with a navigation line that must not be searchable. */
    public static Document portFr() {
        return doc("fr", "Le port de Velmar",
                "Le port de Velmar reste fermé aux navires étrangers.")
                .boilerplate("Abonnez-vous à notre lettre quotidienne")
                .entity("vigie:velmar", "Velmar", EntityType.LOC, "Velmar")
                .build();
    }
}

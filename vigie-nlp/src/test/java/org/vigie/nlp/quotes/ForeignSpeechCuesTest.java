package org.vigie.nlp.quotes;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.Quote;
import org.vigie.nlp.DefaultPipeline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Spanish, German and Italian speech, supported by resources alone ({@code lang/<code>/speech-cues.tsv},
 * {@code pronouns.tsv}, {@code gender-cues.tsv}, {@code speaker-roles.tsv}). Sentences written for these tests.
 * Each quote is written "D:" (direct) or "R:" (reported), its text, then "<-" and its speaker's name ("-" for none).
 */
class ForeignSpeechCuesTest {
    private static Document doc(String text, String... entities) {
        Document d = DefaultPipeline.create(List.of("blocks", "language", "segment")).run(Document.ofText(text));
        return TestDocs.withEntities(d, entities);
    }

    private static List<String> quotes(String text, String... entities) {
        Document d = doc(text, entities);
        return new QuoteAnnotator().annotate(d).get(LayerKind.QUOTES).stream().map(q -> show(d, q)).toList();
    }

    private static String show(Document d, Quote q) {
        return (q.direct() ? "D:" : "R:") + d.text(q.span()) + "<-" + (q.speaker() == null ? "-" : q.speaker().name());
    }

    // ------------------------------------------------------------------------------------------- lexicons

    @Test
    void spanishGermanAndItalianAreSupportedByTheirResources() {
        List<String> codes = SpeechLexicon.all().stream().map(SpeechLexicon::language).toList();
        assertTrue(codes.containsAll(List.of("en", "fr", "es", "de", "it")), codes.toString());
        assertTrue(SpeechLexicon.of("es").orElseThrow().is("dijo", SpeechLexicon.Kind.VERB));
        assertTrue(SpeechLexicon.of("de").orElseThrow().is("sagte", SpeechLexicon.Kind.VERB_BARE));
        assertTrue(SpeechLexicon.of("it").orElseThrow().is("detto", SpeechLexicon.Kind.VERB));
        assertTrue(SpeechLexicon.of("es").orElseThrow().is("segun", SpeechLexicon.Kind.SOURCE));
        assertTrue(SpeechLexicon.of("de").orElseThrow().is("dass", SpeechLexicon.Kind.THAT));
        assertTrue(SpeechLexicon.of("it").orElseThrow().is("che", SpeechLexicon.Kind.THAT));
    }

    @Test
    void anAccentedPronounIsNotTheDeterminerItLooksLikeWithoutItsAccent() {
        SpeechLexicon es = SpeechLexicon.of("es").orElseThrow();
        assertNull(es.pronoun("el"), "'el' is the article");
        assertTrue(es.isDeterminer("el"));
    }

    // ------------------------------------------------------------------------------------------- Spanish

    @Test
    void spanishDirectQuotesWithTheCueAfterThem() {
        assertEquals(List.of("D:Cerraremos la mina en mayo<-Irene Salas"),
                quotes("«Cerraremos la mina en mayo», dijo Irene Salas en Oviedo.", "Irene Salas|PER"));
        assertEquals(List.of("D:El puerto seguirá abierto<-Hugo Baena"),
                quotes("«El puerto seguirá abierto», ha señalado el alcalde, Hugo Baena.", "Hugo Baena|PER"));
        assertEquals(List.of("D:No hay fecha para la visita<-Nerea Gil"),
                quotes("\"No hay fecha para la visita\", afirmó este jueves la portavoz Nerea Gil.", "Nerea Gil|PER"));
    }

    @Test
    void spanishDirectQuotesWithTheCueBeforeThem() {
        assertEquals(List.of("D:Nadie quedará atrás<-Irene Salas"),
                quotes("Irene Salas declaró: «Nadie quedará atrás».", "Irene Salas|PER"));
        assertEquals(List.of("D:Es un día triste para el club<-Hugo Baena"),
                quotes("Hugo Baena aseguró a la prensa: «Es un día triste para el club».", "Hugo Baena|PER"));
        assertEquals(List.of("D:vamos a recurrir<-Nerea Gil"),
                quotes("Según Nerea Gil, «vamos a recurrir».", "Nerea Gil|PER"));
    }

    @Test
    void spanishReportedSpeechIsTheContentAfterQue() {
        assertEquals(List.of("R:la planta cerrará en junio<-Irene Salas"),
                quotes("Irene Salas anunció que la planta cerrará en junio.", "Irene Salas|PER"));
        assertEquals(List.of("R:habrá elecciones en otoño<-Hugo Baena"),
                quotes("Hugo Baena ha dicho a los periodistas que habrá elecciones en otoño.", "Hugo Baena|PER"));
        assertEquals(List.of("R:el embalse puede desbordarse<-Nerea Gil"),
                quotes("La consejera Nerea Gil advirtió de que el embalse puede desbordarse.", "Nerea Gil|PER"));
    }

    @Test
    void spanishSourcePhrasesNameTheSource() {
        assertEquals(List.of("R:el paro bajó en marzo<-Instituto Nacional de Estadística"),
                quotes("Según el Instituto Nacional de Estadística, el paro bajó en marzo.", "Instituto Nacional de Estadística|ORG"));
        assertEquals(List.of("R:la tregua se mantiene<-Naciones Unidas"),
                quotes("De acuerdo con Naciones Unidas, la tregua se mantiene.", "Naciones Unidas|ORG"));
        assertEquals(List.of("R:Los precios subirán en verano<-Banco de España"),
                quotes("Los precios subirán en verano, según el Banco de España.", "Banco de España|ORG"));
    }

    @Test
    void spanishPronounAndDroppedSubjectsResolveToAPersonOfTheParagraph() {
        assertEquals(List.of("R:el acuerdo está cerca<-Irene Salas"),
                quotes("Irene Salas y Hugo Baena llegaron a Lima. Ella explicó que el acuerdo está cerca.",
                        "Irene Salas|PER", "Hugo Baena|PER"));
        assertEquals(List.of("D:No es el momento<-Hugo Baena"),
                quotes("Hugo Baena salió del Congreso sin hablar. «No es el momento», aseguró.", "Hugo Baena|PER"));
        assertEquals(List.of("D:Lo haremos<-Nerea Gil", "D:Pero no hoy<-Nerea Gil"),
                quotes("«Lo haremos», dijo Nerea Gil. «Pero no hoy», añadió luego.", "Nerea Gil|PER"));
    }

    @Test
    void spanishRoleSpeakersResolveToTheNamedHolder() {
        assertEquals(List.of("D:Habrá controles<-Hugo Baena"),
                quotes("El ministro del Interior, Hugo Baena, visitó la frontera. «Habrá controles», dijo el ministro.",
                        "Hugo Baena|PER"));
    }

    @Test
    void spanishNounsThatLookLikeCuesAndCuesInsideQuotesAreNoSpeech() {
        assertEquals(List.of(), quotes("El dicho de la abuela se hizo famoso en el pueblo.", "Irene Salas|PER"));
        assertEquals(List.of(), quotes("La declaración del ministro se publicó el lunes.", "Irene Salas|PER"));
        // "dijo" inside the quote is not the cue: the quote's own cue is "reconoció"
        assertEquals(List.of("D:Nadie dijo que sería fácil<-Irene Salas"),
                quotes("«Nadie dijo que sería fácil», reconoció Irene Salas.", "Irene Salas|PER"));
    }

    // ------------------------------------------------------------------------------------------- German

    @Test
    void germanDirectQuotesWithInvertedCues() {
        assertEquals(List.of("D:Wir bauen neue Schulen<-Jonas Weber"),
                quotes("„Wir bauen neue Schulen“, sagte Jonas Weber am Montag in Kassel.", "Jonas Weber|PER"));
        assertEquals(List.of("D:Das Risiko bleibt hoch<-Greta Lang"),
                quotes("„Das Risiko bleibt hoch“, erklärte Ministerin Greta Lang.", "Greta Lang|PER"));
        assertEquals(List.of("D:Wir geben nicht auf<-Jonas Weber"),
                quotes("»Wir geben nicht auf«, betonte der Bürgermeister Jonas Weber.", "Jonas Weber|PER"));
    }

    @Test
    void germanPronounIncisesAndSeparableVerbs() {
        assertEquals(List.of("D:Der Zug fährt wieder<-Jonas Weber"),
                quotes("Jonas Weber besuchte den Bahnhof. „Der Zug fährt wieder“, sagte er.", "Jonas Weber|PER"));
        assertEquals(List.of("D:Es gibt noch viel zu tun<-Greta Lang"),
                quotes("Greta Lang kam am Abend. „Es gibt noch viel zu tun“, fügte sie hinzu.", "Greta Lang|PER"));
        assertEquals(List.of("D:Wir haben Fehler gemacht<-Greta Lang"),
                quotes("„Wir haben Fehler gemacht“, räumte Greta Lang ein.", "Greta Lang|PER"));
    }

    @Test
    void germanReportedSpeechWithDassOrInTheSubjunctiveAfterAComma() {
        assertEquals(List.of("R:die Steuern sinken werden<-Jonas Weber"),
                quotes("Jonas Weber erklärte, dass die Steuern sinken werden.", "Jonas Weber|PER"));
        assertEquals(List.of("R:die Lage sei unter Kontrolle<-Greta Lang"),
                quotes("Greta Lang sagte am Freitag, die Lage sei unter Kontrolle.", "Greta Lang|PER"));
        assertEquals(List.of("R:Die Preise würden weiter steigen<-Jonas Weber"),
                quotes("Die Preise würden weiter steigen, sagte Jonas Weber.", "Jonas Weber|PER"));
    }

    @Test
    void germanSoAfterAQuoteNamesTheSource() {
        assertEquals(List.of("D:Die Brücke ist sicher<-Jonas Weber"),
                quotes("„Die Brücke ist sicher“, so der Ingenieur Jonas Weber.", "Jonas Weber|PER"));
        assertEquals(List.of("D:Wir warten ab<-Greta Lang"),
                quotes("„Wir warten ab“, so die Sprecherin Greta Lang.", "Greta Lang|PER"));
        assertEquals(List.of("D:Der Vertrag gilt<-Bundesregierung"),
                quotes("„Der Vertrag gilt“, so die Bundesregierung.", "Bundesregierung|ORG"));
    }

    @Test
    void germanSourcesOpeningTheSentenceWithoutAComma() {
        assertEquals(List.of("R:sind drei Wanderer vermisst<-Bergwacht"),
                quotes("Laut Bergwacht sind drei Wanderer vermisst.", "Bergwacht|ORG"));
        assertEquals(List.of("R:hat die Stadt 40 Millionen Euro Schulden<-Greta Lang"),
                quotes("Nach Angaben von Greta Lang hat die Stadt 40 Millionen Euro Schulden.", "Greta Lang|PER"));
        assertEquals(List.of("R:ist der Winter milder geworden<-Wetterdienst"),
                quotes("Dem Bericht vom Wetterdienst zufolge ist der Winter milder geworden.", "Wetterdienst|ORG"));
        assertEquals(List.of("R:wird die Fabrik geschlossen<-Jonas Weber"),
                quotes("Jonas Weber zufolge wird die Fabrik geschlossen.", "Jonas Weber|PER"));
        // a lower-case word right after "laut" is no name: "laut" is the adjective "loud" here
        assertEquals(List.of(), quotes("Die Musik war laut und die Nachbarn klagten.", "Jonas Weber|PER"));
    }

    @Test
    void germanNounsAndQuotedTitlesAreNoSpeech() {
        assertEquals(List.of(), quotes("Die Erklärung der Regierung kam am Abend.", "Jonas Weber|PER"));
        assertEquals(List.of(), quotes("Der Film „Die letzte Reise“ läuft ab Donnerstag.", "Jonas Weber|PER"));
        assertEquals(List.of("D:Niemand hat gesagt, dass es leicht wird<-Greta Lang"),
                quotes("„Niemand hat gesagt, dass es leicht wird“, betonte Greta Lang.", "Greta Lang|PER"));
    }

    // ------------------------------------------------------------------------------------------- Italian

    @Test
    void italianDirectQuotesWithTheCueAfterThem() {
        assertEquals(List.of("D:Il ponte sarà pronto a giugno<-Piero Sala"),
                quotes("«Il ponte sarà pronto a giugno», ha detto Piero Sala a Bari.", "Piero Sala|PER"));
        assertEquals(List.of("D:Non ci sono rischi<-Marta Neri"),
                quotes("«Non ci sono rischi», ha spiegato la sindaca Marta Neri.", "Marta Neri|PER"));
        assertEquals(List.of("D:Siamo soddisfatti<-Piero Sala"),
                quotes("«Siamo soddisfatti», dichiarò Piero Sala.", "Piero Sala|PER"));
    }

    @Test
    void italianReportedSpeechIsTheContentAfterChe() {
        assertEquals(List.of("R:la scuola riaprirà lunedì<-Piero Sala"),
                quotes("Piero Sala ha annunciato che la scuola riaprirà lunedì.", "Piero Sala|PER"));
        assertEquals(List.of("R:i treni saranno puntuali<-Marta Neri"),
                quotes("Marta Neri ha assicurato ai giornalisti che i treni saranno puntuali.", "Marta Neri|PER"));
        assertEquals(List.of("R:il bilancio è in ordine<-Piero Sala"),
                quotes("Il sindaco Piero Sala ha ribadito che il bilancio è in ordine.", "Piero Sala|PER"));
    }

    @Test
    void italianSourcePhrasesNameTheSource() {
        assertEquals(List.of("R:il turismo è cresciuto del 5 per cento<-Banca d'Italia"),
                quotes("Secondo la Banca d'Italia, il turismo è cresciuto del 5 per cento.", "Banca d'Italia|ORG"));
        assertEquals(List.of("R:le scuole resteranno chiuse<-Marta Neri"),
                quotes("Stando a Marta Neri, le scuole resteranno chiuse.", "Marta Neri|PER"));
        assertEquals(List.of("R:La neve bloccherà i valichi<-Protezione civile"),
                quotes("La neve bloccherà i valichi, secondo la Protezione civile.", "Protezione civile|ORG"));
    }

    @Test
    void italianPronounAndDroppedSubjectsResolveToAPersonOfTheParagraph() {
        assertEquals(List.of("R:il piano è pronto<-Piero Sala"),
                quotes("Marta Neri e Piero Sala hanno parlato in aula. Lui ha precisato che il piano è pronto.",
                        "Marta Neri|PER", "Piero Sala|PER"));
        assertEquals(List.of("R:la diga sarà finita entro l'anno<-Marta Neri"),
                quotes("La ministra Marta Neri è arrivata a Matera. Ha assicurato che la diga sarà finita entro l'anno.",
                        "Marta Neri|PER"));
        assertEquals(List.of("D:Andiamo avanti<-Piero Sala", "D:Senza paura<-Piero Sala"),
                quotes("«Andiamo avanti», ha detto Piero Sala. «Senza paura», ha aggiunto.", "Piero Sala|PER"));
    }

    @Test
    void italianNounsAndCuesInsideQuotesAreNoSpeech() {
        assertEquals(List.of(), quotes("La dichiarazione del governo è arrivata in serata.", "Piero Sala|PER"));
        assertEquals(List.of(), quotes("Il romanzo «La casa gialla» ha vinto il premio.", "Piero Sala|PER"));
        assertEquals(List.of("D:Nessuno ha detto che sarebbe facile<-Marta Neri"),
                quotes("«Nessuno ha detto che sarebbe facile», ha ammesso Marta Neri.", "Marta Neri|PER"));
    }

    // ------------------------------------------------------------------------------------------- mixed

    @Test
    void aSpanishParagraphInAFrenchArticleReadsSpanishCues() {
        assertEquals(List.of("D:La alianza seguirá unida<-Mikkel Holm"),
                quotes("Le sommet s'est ouvert mardi à Madrid en présence des chefs de gouvernement européens.\n"
                        + "«La alianza seguirá unida», ha subrayado el ex primer ministro danés Mikkel Holm.", "Mikkel Holm|PER"));
    }

    @Test
    void aQuoteParagraphInAnotherLanguageKeepsTheCueOfTheWordsAroundTheQuote() {
        assertEquals(List.of("D:Wir haben heute keinen Durchbruch erzielt, aber niemand hat den Tisch verlassen und wir kommen morgen wieder<-Greta Lang"),
                quotes("Les discussions ont repris mardi à Genève.\n« Wir haben heute keinen Durchbruch erzielt, aber niemand "
                        + "hat den Tisch verlassen und wir kommen morgen wieder », a déclaré Greta Lang devant la presse.", "Greta Lang|PER"));
        assertEquals(List.of("D:La situazione è grave, ma la porta del dialogo resta aperta e continueremo a lavorare con tutti,<-Piero Sala"),
                quotes("The talks resumed in Geneva on Tuesday.\n“La situazione è grave, ma la porta del dialogo resta aperta "
                        + "e continueremo a lavorare con tutti,” Piero Sala told reporters.", "Piero Sala|PER"));
        assertEquals(List.of("D:Nuestro trabajo será verificar y contar lo que vemos, nada más, y no aceptaremos presiones de nadie<-Irene Salas"),
                quotes("Les discussions ont repris mardi à Genève.\n« Nuestro trabajo será verificar y contar lo que vemos, nada "
                        + "más, y no aceptaremos presiones de nadie », a affirmé Irene Salas.", "Irene Salas|PER"));
    }

    @Test
    void aGermanParagraphInAnEnglishArticleReadsGermanCues() {
        assertEquals(List.of("D:Wir stehen an der Seite der Ukraine<-Jonas Weber"),
                quotes("Defence ministers met in Brussels on Thursday to discuss new air defence systems for Kyiv.\n"
                        + "„Wir stehen an der Seite der Ukraine“, sagte der Minister Jonas Weber.", "Jonas Weber|PER"));
    }

    // ------------------------------------------------------------------------------------------- generic roles

    @Test
    void anArticledGenericRoleIsThePersonOfItsGenderSpokenOfLast() {
        assertEquals(List.of("R:el gremio recurrirá el fallo<-Lucía Prado", "D:Es un golpe a los pescadores<-Lucía Prado"),
                quotes("Lucía Prado ha dicho que el gremio recurrirá el fallo. «Es un golpe a los pescadores», ha añadido la dirigente.",
                        "Lucía Prado|PER"));
        assertEquals(List.of("R:la fábrica cerrará en mayo<-Tomás Ruiz", "D:No hay otra salida<-Tomás Ruiz"),
                quotes("Tomás Ruiz explicó que la fábrica cerrará en mayo. «No hay otra salida», aseguró el líder sindical.",
                        "Tomás Ruiz|PER"));
        assertEquals(List.of("D:Wir bleiben im Hafen<-Greta Lang"),
                quotes("Greta Lang leitet den Verband seit März. „Wir bleiben im Hafen“, sagte die Vorsitzende am Montag.",
                        "Greta Lang|PER"));
    }

    @Test
    void aGenericRoleOfTheOtherGenderNamesNoOne() {
        assertEquals(List.of("D:Es un golpe a los pescadores<--"),
                quotes("Lucía Prado visitó el puerto el lunes. «Es un golpe a los pescadores», ha añadido el dirigente.",
                        "Lucía Prado|PER"));
    }

    @Test
    void aRoleWordTakenForANameIsStillTheRole() {
        // the entity layer here wrongly holds "Sprecher" as a place; the role resolves to its holder all the same
        assertEquals(List.of("D:Das ist falsch<-Lukas Berger"),
                quotes("Der Sprecher des Hafens, Lukas Berger, wies die Kritik zurück. „Das ist falsch“, sagte der Sprecher.",
                        "Lukas Berger|PER", "Sprecher|GPE"));
        assertEquals(List.of("D:Es ist nicht wahr<-Lukas Berger"),
                quotes("Lukas Berger, Sprecher des Hafens, kam spät. „Es ist nicht wahr“, erklärte der Sprecher am Montag.",
                        "Lukas Berger|PER", "Sprecher|GPE"));
        assertEquals(List.of("D:Es un error<-Ana Vidal"),
                quotes("La portavoz del puerto, Ana Vidal, rechazó las críticas. «Es un error», dijo la portavoz.",
                        "Ana Vidal|PER"));
    }

    @Test
    void aRealPlaceNamedLikeNoRoleStillQualifies() {
        assertEquals(List.of("D:Wir bleiben<-Jonas Weber"),
                quotes("„Wir bleiben“, sagte der Sprecher Jonas Weber in Hamburg.", "Jonas Weber|PER", "Hamburg|GPE"));
    }
}

package org.vigie.ingest.html;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.model.MarkupHint;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Main-content decisions on small pages written for each case: what stays and what goes. */
class MainContentTest {
    static final String P1 = "The harbour authority confirmed on Monday that the northern pier will close for repairs, "
            + "after inspectors found cracks in several of its concrete pillars during a routine check.";
    static final String P2 = "Ferry services will move to the southern terminal for at least four months, and the operator "
            + "said that timetables would stay the same, although boarding could take a little longer.";
    static final String P3 = "Local traders, who depend on the flow of passengers, asked the city council for help, "
            + "arguing that the temporary move would cut their sales by a third over the summer season.";

    static List<String> mainLines(String html) {
        Document doc = HtmlReaderTest.read(html);
        List<String> out = new ArrayList<>();
        for (MarkupHint h : doc.metadata().hints()) {
            if (h.kind().equals(LineHints.MAIN)) out.add(doc.text(h.span()));
        }
        return out;
    }

    static String page(String inside) {
        return "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main>" + inside
                + "</main><footer><p>Contact us at the harbour office, open every day.</p></footer></body></html>";
    }

    @Test
    void figureCaptionsAndPhotoCreditsAreNotMainText() {
        List<String> main = mainLines(page("<article><div class='body'><p>" + P1 + "</p><figure><img src='a.jpg'>"
                + "<figcaption>The northern pier seen from the lighthouse on a calm morning. Photo: J. Smith</figcaption>"
                + "</figure><p>" + P2 + "</p><p>" + P3 + "</p></div></article>"));
        assertTrue(main.contains(P1) && main.contains(P2) && main.contains(P3), main.toString());
        assertFalse(String.join("\n", main).contains("Photo: J. Smith"), main.toString());
    }

    @Test
    void aTableWrappedInAFigureStaysMainText() {
        String row = "Southern terminal, weekdays, first departure at six and last departure at eleven at night";
        List<String> main = mainLines(page("<article><div class='body'><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<figure><table><tr><td>" + row + "</td></tr></table></figure><p>" + P3 + "</p></div></article>"));
        assertTrue(main.contains(row), main.toString());
    }

    @Test
    void aLeadParagraphBesideTheArticleBodyIsKept() {
        String lead = "The city's busiest pier closes for four months, and ferries move south while it is repaired.";
        List<String> main = mainLines(page("<article><h1>Northern pier to close</h1><p class='standfirst'>" + lead
                + "</p><div class='text'><div class='inner'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div></div></article><div class='more'><p><a href='/x'>Another story about the old harbour "
                + "and its history, with a link that takes the whole line</a></p></div>"));
        assertTrue(main.contains(lead), main.toString());
        assertTrue(main.contains(P1), main.toString());
        assertFalse(String.join("\n", main).contains("Another story"), main.toString());
    }

    @Test
    void relatedStoriesWithSummariesAreBoilerplateEvenInsideTheArticle() {
        String teaser = "Last year the southern terminal was renovated at a cost of two million, and it reopened in May.";
        List<String> main = mainLines(page("<article><div class='text'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div><div class='related-stories'><h3>Southern terminal reopens</h3><p>" + teaser + "</p></div>"
                + "</article>"));
        assertTrue(main.contains(P3), main.toString());
        assertFalse(main.contains(teaser), main.toString());
    }

    @Test
    void aContentClassThatAlsoSaysReadMoreIsStillContent() {
        List<String> main = mainLines(page("<article><div class='entry-content entry-content-read-more'><p>" + P1
                + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></article>"));
        assertTrue(main.contains(P1) && main.contains(P3), main.toString());
    }

    @Test
    void aShortLineIntroducingLinksIsNotMainTextButAnIngredientIs() {
        List<String> main = mainLines(page("<article><div class='text'><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<p>Read more:</p><p><a href='/other'>Why ferries are late in winter, and what the operator plans</a></p>"
                + "<ul><li>Two large eggs</li><li><a href='/shop/flour'>Flour from the local mill, organic, fine and white</a></li>"
                + "<li>A pinch of salt</li></ul><p>" + P3 + "</p></div></article>"));
        assertFalse(main.contains("Read more:"), main.toString());
        assertTrue(main.contains("Two large eggs"), main.toString());
        assertTrue(main.contains(P3), main.toString());
    }

    @Test
    void shortLinesAroundAListOfLongStepsStayWithIt() {
        List<String> main = mainLines(page("<article><h1>Almond biscuits</h1><div class='recipe'><p>Makes: 40 biscuits</p>"
                + "<p>200 g sugar</p><p>300 g flour</p><ol><li>Put everything in a bowl and knead it into a smooth dough.</li>"
                + "<li>Roll the dough out on a floured surface and cut out any shapes you like.</li>"
                + "<li>Bake in the middle of the oven for fifteen minutes until they turn golden.</li></ol></div></article>"));
        assertTrue(main.contains("200 g sugar"), main.toString());
        assertTrue(main.contains("Bake in the middle of the oven for fifteen minutes until they turn golden."), main.toString());
    }

    @Test
    void anArticleInsideARegionWhoseClassSoundsLikeAFooterIsStillFound() {
        String notice = "Some offers on this site come from partners who may pay us when you click, as explained here.";
        List<String> main = mainLines(page("<div class='promo-box'><p>" + notice + "</p></div>"
                + "<div class='above-footer'><div class='article-text'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p><p>" + P1.replace("Monday", "Tuesday") + "</p><p>" + P2.replace("four", "five") + "</p><p>"
                + P3.replace("third", "quarter") + "</p></div></div>"));
        assertTrue(main.contains(P1) && main.contains(P2) && main.contains(P3), main.toString());
    }

    @Test
    void aFormWrappingTheWholePageIsNotTakenForAForm() {
        List<String> main = mainLines("<html><body><form id='pageForm' action='/'><nav><a href='/'>Home</a></nav>"
                + "<div class='article-text'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
                + "<div class='search'><input name='q'><button>Search</button></div></form></body></html>");
        assertTrue(main.contains(P1) && main.contains(P2) && main.contains(P3), main.toString());
    }

    @Test
    void aSmallFormInsideTheArticleStaysBoilerplate() {
        String label = "Your e-mail address, to receive our daily harbour newsletter";
        List<String> main = mainLines(page("<article><div class='text'><p>" + P1 + "</p><form><p>" + label
                + "</p><input name='mail'></form><p>" + P2 + "</p><p>" + P3 + "</p></div></article>"));
        assertTrue(main.contains(P2), main.toString());
        assertFalse(main.contains(label), main.toString());
    }

    @Test
    void aNewsletterCallInsideTheArticleIsBoilerplate() {
        String call = "Sign up to get the best harbour stories of the week, delivered to your inbox every Friday.";
        List<String> main = mainLines(page("<article><div class='text'><p>" + P1 + "</p><div class='newsletter-box'><p>"
                + call + "</p></div><p>" + P2 + "</p><p>" + P3 + "</p></div></article>"));
        assertTrue(main.contains(P2), main.toString());
        assertFalse(main.contains(call), main.toString());
    }

    @Test
    void aCaptionMarkedOnlyByItsClassIsBoilerplate() {
        String caption = "Inspectors at work under the northern pier last week, where the cracks were found (credit: J. Smith)";
        List<String> main = mainLines(page("<article><div class='text'><p>" + P1 + "</p><div class='wp-caption'>"
                + "<img src='a.jpg'><p class='wp-caption-text'>" + caption + "</p></div><p>" + P2 + "</p><p>" + P3
                + "</p></div></article>"));
        assertTrue(main.contains(P2), main.toString());
        assertFalse(main.contains(caption), main.toString());
    }

    @Test
    void aStandfirstBlockBeforeTheBodyKeepsItsRunningTextButNotItsCaption() {
        String lead = "Repairs to the northern pier start next week and will last until the end of the summer season.";
        String credit = "Workers on the northern pier at dawn, seen from the old lighthouse (Photo: Harbour Office)";
        List<String> main = mainLines(page("<article><div class='row'><div class='teaser-text'><h1>Pier closes</h1><p>"
                + lead + "</p><figure><img src='a.jpg'><figcaption>" + credit + "</figcaption></figure></div></div>"
                + "<div class='row'><div class='body'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                + "<p>" + P1.replace("Monday", "Friday") + "</p><p>" + P2.replace("four", "six") + "</p></div></div>"
                + "</article>"));
        assertTrue(main.contains(lead), main.toString());
        assertTrue(main.contains(P1), main.toString());
        assertFalse(main.contains(credit), main.toString());
        assertFalse(main.contains("Pier closes"), main.toString());
    }

    @Test
    void aSidebarBeforeTheArticleIsNotTakenForALead() {
        List<String> main = mainLines(page("<div class='row'><div class='box'><h3>Most read</h3><ul>"
                + "<li><a href='/1'>Fishing boats return to the old harbour after a long winter at sea</a></li>"
                + "<li><a href='/2'>New opening hours for the harbour office from next month onwards</a></li></ul></div>"
                + "<div class='body'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div>"));
        assertTrue(main.contains(P1), main.toString());
        assertFalse(String.join("\n", main).contains("Fishing boats"), main.toString());
    }

    @Test
    void aSectionOfLinkedHeadlinesWithShortSummariesIsBoilerplate() {
        String summary = "The ferry operator explains how the new southern terminal timetable will work this summer.";
        List<String> main = mainLines(page("<article><h1>Pier closes</h1><div class='text'><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><h2>More on this topic</h2><h3><a href='/a'>Southern terminal timetable</a></h3>"
                + "<p>" + summary + "</p><h3><a href='/b'>Traders ask for help</a></h3><p>Shop owners near the pier "
                + "fear a difficult season and ask the council for a rent reduction.</p></div></article>"));
        assertTrue(main.contains(P3), main.toString());
        assertFalse(main.contains("More on this topic"), main.toString());
        assertFalse(main.contains(summary), main.toString());
    }

    @Test
    void aSectionWithLinkedSubheadingsAndLongParagraphsStaysMainText() {
        String longer = P1 + " " + P2;
        List<String> main = mainLines(page("<article><h1>Pier closes</h1><div class='text'><p>" + P1 + "</p>"
                + "<h2>What changes</h2><h3><a href='/a'>Ferries</a></h3><p>" + longer + "</p>"
                + "<h3><a href='/b'>Shops</a></h3><p>" + P3 + "</p></div></article>"));
        assertTrue(main.contains(longer), main.toString());
    }

    @Test
    void aHeadingAnnouncingRelatedLinksDropsItsTeasersButNotALaterArticleSection() {
        String teaser = "Shop owners near the pier fear a difficult season and ask the council for a rent cut.";
        List<String> main = mainLines(page("<article><h1>Pier closes</h1><div class='text'><p>" + P1 + "</p><p>" + P2
                + "</p><h2>Lire aussi :</h2><p>" + teaser + "</p><p><a href='/b'>Traders ask for help</a></p>"
                + "<h2>What the council says</h2><p>" + P3 + "</p></div></article>"));
        assertTrue(main.contains(P3), main.toString());
        assertTrue(main.contains("What the council says"), main.toString());
        assertFalse(main.contains("Lire aussi :"), main.toString());
        assertFalse(main.contains(teaser), main.toString());
    }

    @Test
    void anOrdinaryHeadingStartingLikeARelatedPhraseIsKept() {
        List<String> main = mainLines(page("<article><h1>Pier closes</h1><div class='text'><p>" + P1 + "</p>"
                + "<h2>Related costs for the city</h2><p>" + P2 + "</p><p>" + P3 + "</p></div></article>"));
        assertTrue(main.contains("Related costs for the city"), main.toString());
        assertTrue(main.contains(P2), main.toString());
    }

    @Test
    void copyrightAndAdvertisingNoticesWrittenAsParagraphsAreNotMainText() {
        List<String> main = mainLines(page("<article><h1>Pier closes</h1><div class='text'><p>Anzeige, enthält "
                + "Affiliate Links</p><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>This report is the copyrighted "
                + "property of the Harbour Gazette. All rights reserved.</p></div></article>"));
        assertTrue(main.contains(P3), main.toString());
        assertFalse(String.join("\n", main).contains("Affiliate"), main.toString());
        assertFalse(String.join("\n", main).contains("copyrighted"), main.toString());
    }

    @Test
    void anAuthorBoxInsideTheArticleIsNotMainText() {
        String bio = "Jane Doe has covered the harbour, its ferries and its traders for the Gazette since 2009.";
        List<String> main = mainLines(page("<article><h1>Pier closes</h1><div class='text'><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><div class='author-box'><p>" + bio + "</p></div></div></article>"));
        assertTrue(main.contains(P3), main.toString());
        assertFalse(main.contains(bio), main.toString());
    }

    @Test
    void aPictureCreditWrittenAsAParagraphIsNotMainText() {
        List<String> main = mainLines(page("<article><h1>Pier closes</h1><div class='text'><p>" + P1 + "</p>"
                + "<p><em>Titelbild: Hafenamt / J. Smith</em></p><p>" + P2 + "</p><p>" + P3 + "</p></div></article>"));
        assertTrue(main.contains(P2), main.toString());
        assertFalse(String.join("\n", main).contains("Titelbild"), main.toString());
    }

    @Test
    void aStandfirstSetAsASubheadingBeforeTheBodyIsKeptButAShortTitleIsNot() {
        String standfirst = "The northern pier closes for four months, and ferries move to the southern terminal meanwhile.";
        List<String> main = mainLines(page("<article><h3>Harbour works</h3><h4>" + standfirst + "</h4><div class='text'><p>"
                + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></article>"));
        assertTrue(main.contains(standfirst), main.toString());
        assertFalse(main.contains("Harbour works"), main.toString());
    }

    static final String P4 = "Engineers expect the repairs to cost about three million, which the port will pay from its "
            + "reserves, while the state has promised to cover any costs that go beyond the first estimate.";

    @Test
    void aBodySplitIntoLookAlikeRowsIsKeptWhole() {
        String row = "<div class='row body-row'><div class='col'>";
        List<String> main = mainLines(page("<article>" + row + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>"
                + P1.replace("Monday", "Friday") + "</p><p>" + P2.replace("four", "six") + "</p></div></div>" + row + "<p>"
                + P4 + "</p></div></div><div class='more'><p><a href='/x'>Another story about the old harbour and its "
                + "history, with a link that takes the whole line</a></p></div></article>"));
        assertTrue(main.contains(P1) && main.contains(P4), main.toString());
        assertFalse(String.join("\n", main).contains("Another story"), main.toString());
    }

    @Test
    void aStandfirstInAnArticleHeaderIsKeptButItsDateLineIsNot() {
        String lead = "Repairs to the northern pier start next week, and the ferries will use the southern terminal "
                + "until the end of the summer season.";
        String dateLine = "Published on 19 February 2020, last updated at 12:02";
        List<String> main = mainLines(page("<article><header class='entry__header'><h1>Pier closes</h1><p>" + lead
                + "</p><div class='entry__meta'>" + dateLine + "</div></header><div class='entry__content'><p>" + P1
                + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p></div></article>"));
        assertTrue(main.contains(lead), main.toString());
        assertTrue(main.contains(P4), main.toString());
        assertFalse(main.contains(dateLine), main.toString());
        assertFalse(main.contains("Pier closes"), main.toString());
    }

    @Test
    void aSentenceLongSubheadingInALeadBlockIsKept() {
        String standfirst = "Inspectors found cracks in the pillars of the northern pier, and the harbour authority "
                + "decided to close it for the whole summer.";
        List<String> main = mainLines(page("<article><div class='lead'><h2>" + standfirst + "</h2></div>"
                + "<div class='text'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p></div></article>"));
        assertTrue(main.contains(standfirst), main.toString());
    }

    @Test
    void aLinkedEntryOfAPlainListStaysButAListOfLinksGoes() {
        String linked = "Flour from the local mill";
        List<String> main = mainLines(page("<article><div class='text'><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<ul><li>Two large eggs, beaten with a fork</li><li><a href='/flour'>" + linked + "</a></li>"
                + "<li>A pinch of salt and a little sugar</li></ul><p>" + P3 + "</p>"
                + "<ul><li><a href='/a'>Ferries late again in winter</a></li><li><a href='/b'>New harbour office hours</a></li>"
                + "</ul><p>" + P4 + "</p></div></article>"));
        assertTrue(main.contains(linked), main.toString());
        assertFalse(main.contains("Ferries late again in winter"), main.toString());
    }

    @Test
    void shortStepsOfAListAfterTheLastParagraphStayButAShortCreditLineGoes() {
        List<String> main = mainLines(page("<article><div class='text'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p><ol><li>Line a tray with paper.</li><li>Shape small balls.</li><li>Bake for ten minutes.</li></ol>"
                + "<p>Text and pictures: J. Smith</p></div></article>"));
        assertTrue(main.contains("Shape small balls."), main.toString());
        assertFalse(main.contains("Text and pictures: J. Smith"), main.toString());
    }

    @Test
    void anOpinionPieceClassedAsCommentStaysButTheReadersThreadGoes() {
        String reply = "I disagree with this, the pier was repaired only ten years ago and should have lasted much longer.";
        List<String> main = mainLines(page("<article><div class='text'><div class='kommentar-body'><p>" + P1 + "</p><p>"
                + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p></div><div class='comments'><p>" + reply + "</p></div></div>"
                + "</article>"));
        assertTrue(main.contains(P1) && main.contains(P4), main.toString());
        assertFalse(main.contains(reply), main.toString());
    }

    @Test
    void theTraceNamesTheRuleThatDroppedALineAndSwitchingItOffKeepsTheLine() {
        String notice = "This report is the copyrighted property of the Harbour Gazette.";
        String html = page("<article><div class='text'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + notice + "</p><p>" + P3
                + "</p></div></article>");
        MainTextTrace.Line line = MainTextTrace.of(html, null, java.util.Set.of()).stream()
                .filter(l -> l.text().equals(notice)).findFirst().orElseThrow();
        assertFalse(line.main());
        assertTrue(line.droppedBy().orElseThrow() == ExtractionRule.NOTICE_PHRASE, line.toString());
        MainTextTrace.Line kept = MainTextTrace.of(html, null, java.util.Set.of(ExtractionRule.NOTICE_PHRASE)).stream()
                .filter(l -> l.text().equals(notice)).findFirst().orElseThrow();
        assertTrue(kept.main(), kept.toString());
    }

    @Test
    void aParagraphLongHeadingWithNothingUnderItIsKeptButAShortOneIsNot() {
        String quote = "The pier has stood for a hundred years, and we will make sure that it stands for another hundred, "
                + "said the harbour master.";
        List<String> main = mainLines(page("<article><div class='text'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p><h3>" + quote + "</h3><p>" + P4 + "</p><h3>Gallery</h3></div></article>"));
        assertTrue(main.contains(quote), main.toString());
        assertFalse(main.contains("Gallery"), main.toString());
    }

    @Test
    void aClosingSentenceAfterTheLastParagraphStaysButABylineDoesNot() {
        List<String> main = mainLines(page("<article><div class='text'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p><p>We hope you like the new pier.</p><p>Text: J. Smith</p></div></article>"));
        assertTrue(main.contains("We hope you like the new pier."), main.toString());
        assertFalse(main.contains("Text: J. Smith"), main.toString());
    }

    @Test
    void aLeadParagraphFarFromTheBodyEvenInAPageHeaderIsKeptButASidebarParagraphIsNot() {
        String lead = "Repairs to the northern pier start next week, and the ferries will use the southern terminal "
                + "until the end of the summer season.";
        String promo = "Subscribers read every story about the harbour first, and they can also download the weekly "
                + "print edition as a file.";
        String summary = "Inspectors found cracks in several pillars of the northern pier, and the harbour authority has "
                + "decided to close it.";
        String after = "A festival on the southern quay will bring music and food stalls to the harbour for three "
                + "days in August, the organisers said.";
        String html = "<html><body><div class='page'><div class='page-header'><div class='inner'><div class='wrap'><h1>Pier closes"
                + "</h1><div class='lede'><h2>" + summary + "</h2><p>" + lead + "</p></div></div></div></div><div class='sidebar'><p>" + promo
                + "</p></div><div class='grid'><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><div class='cell'>"
                + "<div class='box'><div class='text'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p><p>"
                + P1.replace("Monday", "Friday") + "</p><p>" + P2.replace("four", "six") + "</p><p>" + P3.replace("third",
                "half") + "</p></div></div></div></div><div class='more'><p>" + after + "</p></div></div></body></html>";
        List<String> main = mainLines(html);
        assertTrue(main.contains(lead) && main.contains(P1), main.toString());
        assertTrue(main.contains(summary), main.toString());
        assertFalse(main.contains(promo), main.toString());
        assertFalse(main.contains(after), main.toString());
        MainTextTrace.Line off = MainTextTrace.of(html, null, java.util.Set.of(ExtractionRule.STRAY_PARAGRAPHS)).stream()
                .filter(l -> l.text().equals(lead)).findFirst().orElseThrow();
        assertTrue(off.droppedBy().orElseThrow() == ExtractionRule.OUTSIDE_CONTENT_ROOT, off.toString());
    }

    @Test
    void aLinkedCellBesidePlainCellsStaysButATableOfLinksGoes() {
        List<String> main = mainLines(page("<article><div class='text'><p>" + P1 + "</p><p>" + P2 + "</p><table>"
                + "<tr><td><a href='/a'>Harbour ferry pass</a></td><td>twelve euros a week</td></tr>"
                + "<tr><td><a href='/b'>Island ferry pass</a></td><td>twenty euros a week</td></tr></table><p>" + P3
                + "</p><table><tr><td><a href='/c'>Ferry timetables</a></td><td><a href='/d'>Harbour maps</a></td></tr>"
                + "<tr><td><a href='/e'>Parking by the quay</a></td><td><a href='/f'>Contact the office</a></td></tr>"
                + "</table><p>" + P4 + "</p></div></article>"));
        assertTrue(main.contains("Harbour ferry pass"), main.toString());
        assertFalse(main.contains("Ferry timetables"), main.toString());
    }

    @Test
    void aWrittenOutAddressTheTextCitesStaysButALinkedHeadlineGoes() {
        String address = "[1] http://www.example.org/harbour/inspection-report.html";
        String teaser = "Other news from the harbour this week";
        List<String> main = mainLines(page("<article><div class='text'><p>" + P1 + "</p><p>" + P2 + "</p><p><a href="
                + "'http://www.example.org/harbour/inspection-report.html'>" + address.substring(4) + "</a></p><p>" + P3
                + "</p><p><a href='/news'>" + teaser + "</a></p><p>" + P4 + "</p></div></article>").replace("<p><a href='http",
                "<p>[1] <a href='http"));
        assertTrue(main.contains(address), main.toString());
        assertFalse(main.contains(teaser), main.toString());
    }

    @Test
    void aRankingWrittenAsShortParagraphsAfterTheLastLongOneStays() {
        StringBuilder ranking = new StringBuilder();
        String[] names = {"Northern pier", "Southern terminal", "Old lighthouse", "Fish market", "Harbour museum"};
        for (int i = 0; i < names.length; i++) ranking.append("<p>").append(i + 1).append(". ").append(names[i]).append("</p>");
        List<String> main = mainLines(page("<article><div class='text'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p>" + ranking + "</div><div class='byline'><p>Text: J. Smith</p><p>Photos: K. Jones</p></div></article>"));
        assertTrue(main.contains("5. Harbour museum") && main.contains("1. Northern pier"), main.toString());
        assertFalse(main.contains("Text: J. Smith"), main.toString());
    }

    @Test
    void aSiteTaglineUnderTheSiteTitleIsNotTakenForAStrayParagraph() {
        String tagline = "News and pictures from the northern harbour and its villages since 1998";
        List<String> main = mainLines("<html><body><div id='header'><h1 class='site-title'><a href='/'>Harbour Gazette</a>"
                + "</h1><div class='site-description'>" + tagline + "</div><ul><li><a href='/a'>Ferries</a></li>"
                + "<li><a href='/b'>Weather</a></li></ul></div><div id='main'><article><h1>Pier closes for the summer</h1>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p></article></div></body></html>");
        assertTrue(main.contains(P1), main.toString());
        assertFalse(main.contains(tagline), main.toString());
    }
}

package org.vigie.ingest.html;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Publication dates from the page text when the metadata gives none, and which written dates are not it. */
class PageDateTest {
    static final String BODY = "<p>" + MainContentTest.P1 + "</p><p>" + MainContentTest.P2 + "</p><p>" + MainContentTest.P3 + "</p>";

    static String date(String html) {
        return HtmlReaderTest.read(html).metadata().published();
    }

    @Test
    void aBylineDateUnderTheHeadlineIsThePublicationDate() {
        assertEquals("2021-11-19", date("<html><body><nav><a href='/a'>Archive 12 May 2019</a></nav><article>"
                + "<h1>Northern pier to close</h1><div class='meta'>By Jane Roe | 19 November 2021</div>"
                + "<div class='text'>" + BODY + "</div></article></body></html>"));
    }

    @Test
    void metadataDatesComeBeforeDatesInTheText() {
        assertEquals("2020-02-03T08:00Z", date("<html><head><meta property='article:published_time' content='2020-02-03T08:00:00Z'>"
                + "</head><body><article><h1>Northern pier to close</h1><p>19.11.2021</p>" + BODY + "</article></body></html>"));
    }

    @Test
    void dateLinesOfRelatedArticlesAndCommentsAreNotThePublicationDate() {
        assertNull(date("<html><body><article><h1>Northern pier to close</h1><div class='text'>" + BODY
                + "</div></article><aside class='related'><ul><li><a href='/b'>Older story</a> 3 May 2020</li></ul></aside>"
                + "<section class='comments'><div class='comment'><p>Anna, 4 May 2020</p><p>Great news for the town, finally.</p>"
                + "</div></section></body></html>"));
    }

    @Test
    void aShortDateLineInsideTheArticleIsItsDate() {
        assertEquals("2021-11-19", date("<html><body><article><h1>Northern pier to close</h1>"
                + "<p>" + MainContentTest.P1 + "</p><p>" + MainContentTest.P2 + "</p><p>" + MainContentTest.P3 + "</p>"
                + "<p>Date: 19.11.2021</p>"
                + "<p>" + MainContentTest.P1 + "</p><p>" + MainContentTest.P2 + "</p><p>" + MainContentTest.P3 + "</p>"
                + "</article></body></html>"));
    }

    @Test
    void aDateMentionedDeepInTheStoryIsNotThePublicationDate() {
        assertNull(date("<html><body><article><h1>Northern pier to close</h1>"
                + "<p>" + MainContentTest.P1 + "</p><p>" + MainContentTest.P2 + "</p><p>" + MainContentTest.P3 + "</p>"
                + "<p>" + MainContentTest.P1 + "</p><p>" + MainContentTest.P2 + "</p><p>" + MainContentTest.P3 + "</p>"
                + "<p>The pier first opened on 3 May 1921, when the harbour still handled most of the region's coal.</p>"
                + "</article></body></html>"));
    }

    static String dateAt(String html, String url) {
        return HtmlReader.extract(html, url).metadata().published();
    }

    @Test
    void aUtcTimeOnASiteOfAOneZoneCountryIsMovedToItsLocalDay() {
        String html = "<html><head><meta property='article:published_time' content='2022-05-04T00:25:56Z'></head><body>"
                + "<article><h1>Northern pier to close</h1>" + BODY + "</article></body></html>";
        assertEquals("2022-05-03T21:25:56-03:00", dateAt(html, "https://www.diario.example.ar/nota/1"));
        assertEquals("2022-05-04T00:25:56Z", dateAt(html, "https://news.example.com/story/1"));
        assertEquals("2022-05-04T00:25:56Z", dateAt(html, null));
    }

    @Test
    void aTimeWithItsOwnOffsetIsLeftAsWritten() {
        String html = "<html><head><meta property='article:published_time' content='2022-11-06T23:00:00+01:00'></head>"
                + "<body><article><h1>Northern pier to close</h1>" + BODY + "</article></body></html>";
        assertEquals("2022-11-06T23:00+01:00", dateAt(html, "https://www.zeitung.example.de/a"));
    }
}

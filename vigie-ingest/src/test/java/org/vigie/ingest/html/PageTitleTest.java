package org.vigie.ingest.html;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which title a page gets when its metadata, its title tag and its headings disagree. */
class PageTitleTest {
    static String title(String html) {
        return HtmlReaderTest.read(html).metadata().title();
    }

    @Test
    void aKickerAboveTheHeadlineIsNotPartOfTheTitle() {
        assertEquals("Storm closes the coastal road for a week", title("""
                <html><head><meta property="og:title" content="Storm closes the coastal road for a week - Weather alert">
                </head><body><h1><span class="kicker">Weather alert</span> <span>Storm closes the coastal road for a week</span></h1>
                <p>Text.</p></body></html>"""));
    }

    @Test
    void aHeadingThatIsOnlyTheSiteLogoLinkIsNotTheHeadline() {
        assertEquals("Why the old ferry terminal will become a library", title("""
                <html><head><title>Why the old ferry terminal will become a library – Harbour Notes</title></head><body>
                <h1 class="site-title"><a href="/">Harbour Notes</a></h1>
                <h1 class="entry-title">Why the old ferry terminal will become a library</h1><p>Text.</p></body></html>"""));
    }

    @Test
    void theHeadingClosestToTheMetadataTitleWinsOverASectionName() {
        assertEquals("New rules for night buses announced", title("""
                <html><head><title>Transport news - Notices - New rules for night buses announced</title></head><body>
                <h1>Notices</h1><h1>New rules for night buses announced</h1><p>Text.</p></body></html>"""));
    }

    @Test
    void aSiteNameWrittenAsADomainIsStillRemovedFromTheTitle() {
        assertEquals("Heavy snow expected in the mountains this weekend", title("""
                <html><head><meta property="og:site_name" content="dailyexample.com">
                <meta property="og:title" content="Heavy snow expected in the mountains this weekend - Daily Example">
                </head><body><p>Text.</p></body></html>"""));
    }

    @Test
    void theVisibleHeadlineWinsOverItsShorterMetadataVersion() {
        assertEquals("How to prune roses so they flower all summer long", title("""
                <html><head><meta property="og:title" content="How to prune roses"></head><body>
                <h1>How to prune roses so they flower all summer long</h1><p>Text.</p></body></html>"""));
    }
}

package org.vigie.ingest.html;

import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.model.MarkupHint;
import org.vigie.core.model.Metadata;
import org.vigie.ingest.Origin;
import org.vigie.ingest.text.TextDecoder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class HtmlReaderTest {

    static Document read(String html) {
        return HtmlReader.read(html.getBytes(StandardCharsets.UTF_8), null, Origin.ofPath("t.html"));
    }

    static Set<String> hintsOf(Document doc, String line) {
        int start = doc.text().indexOf(line);
        assertTrue(start >= 0, "no line " + line + " in " + doc.text());
        return doc.metadata().hints().stream().filter(h -> h.span().start() == start).map(MarkupHint::kind)
                .collect(Collectors.toSet());
    }

    @Test
    void blocksBecomeLinesAndWhitespaceIsCollapsed() {
        Document doc = read("<html><body><h1>  Un   titre </h1><div>Premier\n paragraphe <b>gras</b>,<br>suite"
                + "<p>Dans un p</p>après</div><ul><li>un</li><li>deux</li></ul></body></html>");
        assertEquals("Un titre\nPremier paragraphe gras,\nsuite\nDans un p\naprès\nun\ndeux", doc.text());
    }

    @Test
    void preformattedTextKeepsItsLines() {
        assertEquals("ligne 1\nligne 2", read("<pre>ligne 1\nligne 2\n</pre>").text());
    }

    @Test
    void scriptsStylesTemplatesAndHiddenElementsNeverReachTheText() {
        Document doc = read("<html><head><title>T</title><style>p{color:red}</style><script>var leak1=1</script></head>"
                + "<body><p>Visible one.</p><script>document.write('leak2')</script><noscript>leak3</noscript>"
                + "<template><p>leak4</p></template><div hidden>leak5</div><p style='display: none'>leak6</p>"
                + "<iframe src='x'>leak7</iframe><object>leak8</object><svg><text>leak9</text></svg>"
                + "<select><option>leak10</option></select><p>Visible two.</p></body></html>");
        assertEquals("Visible one.\nVisible two.", doc.text());
    }

    @Test
    void hostileMarkupLeaksNoScriptOrHandlerText() {
        Document doc = read("<body onload=\"alert('leakA')\"><p>Safe <a href=\"javascript:alert('leakB')\">link</a>"
                + "<img src=x onerror=\"alert('leakC')\" alt=\"leakD\"></p><script >alert('leakE')</script >"
                + "<iframe srcdoc=\"<p>leakF</p>\"></iframe><math><mtext><script>leakG</script></mtext></math>"
                + "<svg><script>leakH</script></svg><p>end</p><script>unterminated leakI");
        assertFalse(doc.text().contains("leak"), doc.text());
        assertTrue(doc.text().contains("Safe link"));
        assertTrue(doc.text().contains("end"));
    }

    @Test
    void malformedHtmlStillGivesItsText() {
        Document doc = read("<div><p>Unclosed paragraph<p>Another <b>bold <i>mixed</b> text</i><td>cell</table></div></span>"
                + "<<>>&amp; &eacute;t&eacute; &#8364;");
        // A stray <td> outside a table is ignored by HTML parsers, so its text joins the paragraph as in a browser.
        assertEquals("Unclosed paragraph\nAnother bold mixed textcell\n<<>>& été €", doc.text());
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflowTheStack() {
        String html = "<div>".repeat(20_000) + "<p>deep text here, deep enough to score well in any extractor</p>"
                + "</div>".repeat(20_000);
        assertTrue(read(html).text().contains("deep text here"));
    }

    @Test
    void charsetDeclaredOnlyInAMetaTagIsUsed() {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>\u201CCaf\u00E9\u201D \u2013 5 \u20AC</p></body></html>";
        Document doc = HtmlReader.read(html.getBytes(TextDecoder.WINDOWS_1252), null, Origin.ofPath("m.html"));
        assertEquals("\u201CCaf\u00E9\u201D \u2013 5 \u20AC", doc.text());
        assertEquals("text/html; charset=windows-1252", doc.input().mediaType());
    }

    @Test
    void httpEquivContentTypeDeclaresTheCharset() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\"></head>"
                + "<body><p>Prix : 10 \u20AC</p></body></html>";
        Document doc = HtmlReader.read(html.getBytes(java.nio.charset.Charset.forName("ISO-8859-15")), null, Origin.ofPath("e.html"));
        assertEquals("Prix : 10 \u20AC", doc.text());
    }

    @Test
    void theHttpHeaderCharsetWinsOverTheMetaTag() {
        String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Grüße</p></body></html>";
        Document doc = HtmlReader.read(html.getBytes(StandardCharsets.UTF_8), "utf-8", Origin.ofPath("h.html"));
        assertEquals("Grüße", doc.text());
    }

    @Test
    void aByteOrderMarkWinsOverEverything() {
        byte[] body = "<meta charset=windows-1252><p>Ünïcödé</p>".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals("Ünïcödé", HtmlReader.read(withBom, "iso-8859-1", Origin.ofPath("b.html")).text());
    }

    @Test
    void openGraphAndJsonLdMetadataAreRead() {
        Document doc = read("""
                <html lang="fr-FR"><head><title>Le titre de l'article | Le Journal</title>
                <meta property="og:title" content="Le titre de l'article">
                <meta property="og:site_name" content="Le Journal">
                <link rel="canonical" href="https://journal.example/2021/11/30/titre">
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebPage","name":"page"},
                  {"@type":"NewsArticle","headline":"Le titre de l'article","datePublished":"2021-11-30T08:15:00+01:00",
                   "author":[{"@type":"Person","name":"Marie Durand"},{"@type":"Person","name":"Paul Martin"}],
                   "publisher":{"@type":"Organization","name":"Le Journal SA"}}]}</script>
                </head><body><h1>Le titre de l'article</h1><p>Texte.</p></body></html>""");
        Metadata m = doc.metadata();
        assertEquals("Le titre de l'article", m.title());
        assertEquals("2021-11-30T08:15+01:00", m.published());
        assertEquals("Marie Durand, Paul Martin", m.author());
        assertEquals("Le Journal", m.siteName());
        assertEquals("https://journal.example/2021/11/30/titre", m.canonicalUrl());
        assertEquals("fr", m.language());
    }

    @Test
    void titleTagLosesItsSiteSuffixAndMetaTagsGiveTheDate() {
        Document doc = read("""
                <html><head><title>Flooding closes the northern bridge - The Daily Example</title>
                <meta property="og:site_name" content="The Daily Example">
                <meta property="article:published_time" content="2020-02-19T10:00:00Z">
                <meta name="author" content="By Jane Roe"><meta property="og:locale" content="en_GB">
                </head><body><p>Text.</p></body></html>""");
        assertEquals("Flooding closes the northern bridge", doc.metadata().title());
        assertEquals("2020-02-19T10:00Z", doc.metadata().published());
        assertEquals("Jane Roe", doc.metadata().author());
        assertEquals("en", doc.metadata().language());
    }

    @Test
    void timeElementsAndUrlsGiveADateWhenNothingElseDoes() {
        assertEquals("2019-05-03", read("<p>Posted <time datetime=\"2019-05-03\">3 May</time></p>").metadata().published());
        Document fromUrl = HtmlReader.read("<p>x</p>".getBytes(StandardCharsets.UTF_8), null,
                new Origin(null, "https://news.example/2018/07/14/story.html", "u"));
        assertEquals("2018-07-14", fromUrl.metadata().published());
        assertNull(read("<p>No date at all.</p>").metadata().published());
    }

    @Test
    void titleFallsBackToTheFirstHeading() {
        assertEquals("Only a heading", read("<body><h1>Only a heading</h1><p>text</p></body>").metadata().title());
        assertNull(read("<p>nothing</p>").metadata().title());
    }

    @Test
    void brokenJsonLdIsIgnored() {
        Document doc = read("<head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
                + "<title>Fallback title</title></head><body><p>x</p></body>");
        assertEquals("Fallback title", doc.metadata().title());
    }

    @Test
    void everyLineHasExactlyOneMainOrBoilerplateHint() {
        Document doc = read(NewsPage.HTML);
        List<String> lines = List.of(doc.text().split("\n"));
        for (String line : lines) {
            Set<String> kinds = hintsOf(doc, line);
            assertTrue(kinds.contains("main") ^ kinds.contains("boilerplate"), line + " " + kinds);
        }
    }

    @Test
    void markupContextBecomesHints() {
        Document doc = read(NewsPage.HTML);
        assertTrue(hintsOf(doc, "Accueil").containsAll(Set.of("nav", "li", "a-dense")));
        assertTrue(hintsOf(doc, NewsPage.HEADLINE).contains("h1"));
        assertTrue(hintsOf(doc, NewsPage.PARAGRAPH_1).contains("p"));
        assertTrue(hintsOf(doc, "Photo : la place du marché").contains("figcaption"));
        assertTrue(hintsOf(doc, NewsPage.COMMENT).contains("comment"));
        assertTrue(hintsOf(doc, "Partager sur Facebook").contains("share"));
        assertTrue(hintsOf(doc, "Mentions légales").contains("footer"));
    }

    @Test
    void theArticleIsMainAndTheRestIsBoilerplate() {
        Document doc = read(NewsPage.HTML);
        for (String body : List.of(NewsPage.PARAGRAPH_1, NewsPage.PARAGRAPH_2, NewsPage.PARAGRAPH_3)) {
            assertTrue(hintsOf(doc, body).contains("main"), body);
        }
        for (String boiler : List.of("Accueil", "Partager sur Facebook", NewsPage.RELATED, NewsPage.COMMENT,
                "Mentions légales", "Accepter les cookies")) {
            assertTrue(hintsOf(doc, boiler).contains("boilerplate"), boiler);
        }
    }

    @Test
    void hintSpansCoverWholeLinesOfTheText() {
        Document doc = read(NewsPage.HTML);
        for (MarkupHint h : doc.metadata().hints()) {
            String line = doc.text(h.span());
            assertFalse(line.isEmpty());
            assertFalse(line.contains("\n"));
            assertTrue(h.span().start() == 0 || doc.text().charAt(h.span().start() - 1) == '\n');
            assertTrue(h.span().end() == doc.text().length() || doc.text().charAt(h.span().end()) == '\n');
        }
    }

    @Test
    void theSamePageGivesTheSameDocument() {
        Document a = read(NewsPage.HTML);
        Document b = read(NewsPage.HTML);
        assertEquals(a.id(), b.id());
        assertEquals(a.text(), b.text());
        assertEquals(a.metadata(), b.metadata());
    }
}

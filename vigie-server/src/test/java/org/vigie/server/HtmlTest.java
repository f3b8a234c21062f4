package org.vigie.server;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class HtmlTest {

    @Test
    void textAndAttributeValuesAreEscaped() {
        String html = new Html().element("span", "<script>alert(\"x\") & 'y'</script>", "title", "\"onerror=alert(1) x='").toString();
        assertEquals("<span title=\"&quot;onerror=alert(1) x=&#39;\">&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;</span>", html);
    }

    @Test
    void controlCharactersAreReplacedButNewlinesKept() {
        assertEquals("a\uFFFDb\nc\td", Html.escape("a\u0000b\nc\td"));
    }

    @Test
    void nullAttributesAreLeftOut() {
        assertEquals("<a href=\"/x\">y</a>", new Html().element("a", "y", "href", "/x", "title", null).toString());
    }

    @Test
    void scriptAndForeignProtocolUrlsAreRefused() {
        for (String url : new String[]{"javascript:alert(1)", " javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x",
                "//evil.example/", "vbscript:x", "/ok\nbad"}) {
            assertThrows(IllegalArgumentException.class, () -> new Html().element("a", "x", "href", url), url);
        }
        assertDoesNotThrow(() -> new Html().element("a", "x", "href", "https://www.wikidata.org/wiki/Q90"));
        assertDoesNotThrow(() -> new Html().element("a", "x", "href", "/entities/vigie:a%2Fb"));
    }

    @Test
    void tagAndAttributeNamesMustBePlainNames() {
        assertThrows(IllegalArgumentException.class, () -> new Html().open("div onclick=x"));
        assertThrows(IllegalArgumentException.class, () -> new Html().open("div", "on click", "x"));
        assertThrows(IllegalArgumentException.class, () -> new Html().open("div", "class"));
    }
}

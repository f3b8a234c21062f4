package org.vigie.server;

import org.junit.jupiter.api.Test;
import org.vigie.core.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class HighlighterTest {

    private static String render(String text, Mark... marks) {
        Html h = new Html();
        Highlighter.render(h, text, 0, text.length(), List.of(marks));
        return h.toString();
    }

    private static Mark mark(int start, int end, String css) {
        return new Mark(new Span(start, end), css, css, null, 0);
    }

    @Test
    void overlappingMarksAreSplitIntoBalancedElements() {
        String html = render("abcdefghij", mark(0, 5, "x"), mark(3, 8, "y"));
        BalancedHtml.assertBalanced(html);
        assertEquals("abcdefghij", BalancedHtml.text(html));
        assertEquals("<span class=\"x\" title=\"x\">abc<span class=\"y\" title=\"y\">de</span></span>"
                + "<span class=\"y\" title=\"y\">fgh</span>ij", html);
    }

    @Test
    void nestedMarksStayNestedWithoutSplitting() {
        String html = render("abcdefghij", mark(2, 4, "inner"), mark(0, 10, "outer"));
        assertEquals("<span class=\"outer\" title=\"outer\">ab<span class=\"inner\" title=\"inner\">cd</span>efghij</span>", html);
    }

    @Test
    void marksOfTheSameExtentNestByRank() {
        String html = render("abc", new Mark(new Span(0, 3), "entity", null, null, 7), new Mark(new Span(0, 3), "event", null, null, 0));
        assertEquals("<span class=\"event\"><span class=\"entity\">abc</span></span>", html);
    }

    @Test
    void aLinkInsideALinkBecomesASpan() {
        String html = render("University of Paris", new Mark(new Span(0, 19), "ent", "U", "/entities/Q1", 7),
                new Mark(new Span(14, 19), "ent", "P", "/entities/Q90", 7));
        BalancedHtml.assertBalanced(html);
        assertEquals(1, html.split("<a ", -1).length - 1);
        assertTrue(html.contains("<span class=\"ent\" title=\"P\">Paris</span>"), html);
    }

    @Test
    void markedTextIsEscaped() {
        String html = render("<b>\"x\"</b>", mark(0, 3, "m"));
        assertFalse(html.contains("<b>"));
        assertEquals("<b>\"x\"</b>", BalancedHtml.text(html));
    }

    @Test
    void onlyTheRequestedStretchIsRenderedAndMarksAreClipped() {
        Html h = new Html();
        Highlighter.render(h, "0123456789", 3, 7, List.of(mark(0, 5, "a"), mark(6, 10, "b"), mark(8, 9, "outside")));
        assertEquals("<span class=\"a\" title=\"a\">34</span>5<span class=\"b\" title=\"b\">6</span>", h.toString());
    }

    @Test
    void randomOverlapsAlwaysGiveBalancedHtmlAndTheWholeText() {
        Random random = new Random(20260101);
        for (int round = 0; round < 300; round++) {
            int length = 1 + random.nextInt(40);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < length; i++) sb.append("ab<&\"x \n".charAt(random.nextInt(8)));
            String text = sb.toString();
            List<Mark> marks = new ArrayList<>();
            int count = random.nextInt(8);
            for (int i = 0; i < count; i++) {
                int s = random.nextInt(length + 1);
                int e = s + random.nextInt(length - s + 1);
                marks.add(new Mark(new Span(s, e), "m" + i, null, random.nextBoolean() ? "/entities/Q" + i : null, random.nextInt(3)));
            }
            Html h = new Html();
            Highlighter.render(h, text, 0, length, marks);
            String html = h.toString();
            BalancedHtml.assertBalanced(html);
            assertEquals(text, BalancedHtml.text(html), html);
            for (Mark m : marks) {
                if (!m.span().isEmpty()) assertTrue(html.contains("class=\"" + m.cssClass() + "\""), m + " in " + html);
            }
        }
    }
}

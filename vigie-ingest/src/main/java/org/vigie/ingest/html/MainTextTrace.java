package org.vigie.ingest.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Why each line of a page is or is not main text: for error analysis of the extractor, which otherwise
 * only says yes or no.
 */
public final class MainTextTrace {
    private MainTextTrace() {
    }

    /** One visible line, whether it is main text, and the rule that dropped it when it is not. */
    public record Line(String text, boolean main, Optional<ExtractionRule> droppedBy) {
    }

    /** The lines of already decoded HTML with their decisions, with the given rule families switched off. */
    public static List<Line> of(String html, String url, Set<ExtractionRule> off) {
        Element body = Jsoup.parse(html, url == null ? "" : url, Parser.htmlParser()).body();
        VisibleText.Result visible = VisibleText.of(body);
        MainContent.Decision d = MainContent.decide(body, visible.lines(), visible.text(), off);
        List<Line> out = new ArrayList<>(visible.lines().size());
        for (int i = 0; i < visible.lines().size(); i++) {
            TextLine l = visible.lines().get(i);
            String text = visible.text().substring(l.span().start(), l.span().end());
            out.add(new Line(text, d.main()[i], d.main()[i] ? Optional.empty() : Optional.ofNullable(d.why()[i])));
        }
        return out;
    }
}

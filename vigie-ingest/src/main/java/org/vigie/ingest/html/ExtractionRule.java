package org.vigie.ingest.html;

/**
 * The families of rules by which main-text extraction keeps or drops a line. A trace names the rule that
 * dropped each line ({@link MainTextTrace}); switching a family off ({@link HtmlReader#extract(String,
 * String, java.util.Set)}) measures what it is worth. The first two are the core of the method and
 * cannot be switched off.
 */
public enum ExtractionRule {
    /** The line lies outside the content root and the lead paragraphs beside it. Always on. */
    OUTSIDE_CONTENT_ROOT,
    /** The line sits in navigation, a footer, a form, a menu or a dialog (tags and ARIA roles). Always on. */
    STRUCTURE,
    /** Regions whose class or id names comments. */
    COMMENT_CLASS,
    /** Regions whose class or id names related links, newsletters, share bars or author boxes. */
    LINK_BOX_CLASS,
    /** Small regions whose class or id names captions or credits. */
    CAPTION_CLASS,
    /** Asides and regions with weak class hints (ads, tags, sidebars...) that hold little running text. */
    WEAK_CLASS_HINT,
    /** Figures and their captions. */
    FIGURE,
    /** Lines that are mostly link text. */
    LINK_HEAVY_LINE,
    /** Sections of linked headlines with short summaries. */
    TEASER_SECTION,
    /** Lines announcing related links ({@code related-headings.tsv}) and the teasers they head. */
    RELATED_HEADING,
    /** Headings whose section holds no main line. */
    ORPHAN_HEADING,
    /** Copyright, advertising and subscription notices ({@code notice-phrases.tsv}). */
    NOTICE_PHRASE,
    /** Picture credits and source lines ({@code credit-phrases.tsv}). */
    CREDIT_PHRASE,
    /** Short lines that introduce a list of links. */
    LINK_INTRODUCTION,
    /** Short lines after the last paragraph of running text. */
    SHORT_TAIL,
    /** Class and id words marking regions as unlikely places for the article while the root is sought. */
    UNLIKELY_CLASS,
    /** Lead paragraphs and standfirsts beside the content root are kept (a rule that adds text). */
    LEAD_PARAGRAPHS,
    /**
     * Look-alike siblings of the content root (a body split into blocks of one tag and class) are kept, and
     * a standfirst block's sentence-long sub-headings, its headline not counted against it (adds text).
     */
    SPLIT_BODY,
    /**
     * Paragraphs of running text outside the content root, between the headline and the root's last main
     * line, are kept: a body split across containers that also hold navigation (a rule that adds text).
     */
    STRAY_PARAGRAPHS,
    /** A second pass without class words when the first finds little text (a rule that adds text). */
    CLASS_FREE_RETRY
}

package org.vigie.nlp.entities;

import org.vigie.core.model.EntityType;
import org.vigie.core.model.Span;

/**
 * One mention found in a document before grouping: its span and surface text, the type evidence, the knowledge-base
 * id when the gazetteer or linking found one, and whether its type is strongly supported (a title, a cue word...).
 */
final class Candidate {
    enum Source { GAZETTEER, DEMONYM, METONYM, TAGGER, RULES, DERIVED_DEMONYM }

    final Span span;
    final String text;
    final EntityType type;
    double confidence;
    final Source source;
    final int sentence;
    String kbId;
    /** A news outlet's name found by its form ("Boston Globe"): a source, not an entity of the story. */
    boolean outlet;
    Cluster cluster;
    /** Found in a caption, credit or other boilerplate line: kept in MENTIONS, left out of ENTITIES. */
    boolean hidden;
    /** Named right after a word for a news agency ("l'agence officielle KNA"). */
    boolean afterAgencyWord;
    /** Index of the related-links block it was found in, or -1. */
    int relatedBlock = -1;
    /** Found in a navigation line (breadcrumb, menu, share buttons). */
    boolean nav;
    /** Typed by the rules without evidence (a lone unknown word as GPE, a run of capitalised words as PER). */
    boolean guessed;

    Candidate(Span span, String text, EntityType type, double confidence, Source source, int sentence, String kbId) {
        this.span = span;
        this.text = text;
        this.type = type;
        this.confidence = confidence;
        this.source = source;
        this.sentence = sentence;
        this.kbId = kbId;
    }

    /** The same finding, narrowed or retyped: its place in the document (hidden, navigation, agency) is kept. */
    Candidate as(Span span, String text, EntityType type, String kbId) {
        Candidate c = new Candidate(span, text, type, confidence, source, sentence, kbId);
        c.outlet = outlet;
        c.hidden = hidden;
        c.afterAgencyWord = afterAgencyWord;
        c.relatedBlock = relatedBlock;
        c.nav = nav;
        return c;
    }

    boolean strong() {
        return source != Source.RULES && source != Source.TAGGER || confidence >= CapitalisedNameTagger.STRONG;
    }

    private Form form;

    Form form() {
        if (form == null) form = new Form(text);
        return form;
    }

    String[] words() {
        return text.trim().split("[\\s\\u00A0]+");
    }

    boolean isAcronym() {
        return CapitalisedNameTagger.isAcronym(text) && !text.contains(" ");
    }

    @Override
    public String toString() {
        return text + span + type + (kbId == null ? "" : "=" + kbId);
    }
}

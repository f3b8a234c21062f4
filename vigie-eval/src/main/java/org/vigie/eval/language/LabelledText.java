package org.vigie.eval.language;

/** A stretch of text whose language is known, and where it comes from (corpus name). */
public record LabelledText(String language, String text, String source) {
}

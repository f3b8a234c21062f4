package org.vigie.monitor;

/**
 * What an alert points to: a document, and in it the text that raised the alert with its offsets in Unicode
 * code points, as in the analysis record ({@code start} and {@code end} are -1 when the whole document is
 * the evidence). {@code title} and {@code url} describe the document and may be null.
 */
public record Evidence(String documentId, String title, String url, String text, int start, int end) {
}

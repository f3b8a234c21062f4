package org.vigie.stories;

/**
 * Where a document went: its story, how it relates to it, the closest earlier document ({@code of}, null for
 * an original) and the similarity that decided it.
 */
public record Assignment(String documentId, String storyId, Relation relation, String of, double similarity) {
}

package org.vigie.core.model;

/** The story cluster a document joined when it was analysed inside a store. */
public record StoryAssignment(String storyId) {
}

package org.vigie.stories;

import java.util.List;

/**
 * The result of adding one document: its own membership, every membership that changed with it (the document
 * itself, members of a story merged into it or split from it, members of a republication chain whose original
 * changed), the current state of every story touched, and the ids of stories that no longer exist (merged).
 */
public record Assignment(Membership membership, List<Membership> changes, List<Story> stories, List<String> retired,
                         Fingerprint fingerprint) {
    public Assignment {
        changes = List.copyOf(changes);
        stories = List.copyOf(stories);
        retired = List.copyOf(retired);
    }

    public String documentId() { return membership.documentId(); }
    public String storyId() { return membership.storyId(); }
    public Relation relation() { return membership.relation(); }
    public String of() { return membership.of(); }
    public double similarity() { return membership.similarity(); }
}

package org.vigie.stories;

import java.util.List;

/**
 * A story as the index sees it: its size, time span (ISO dates, null when undated), languages, number of
 * republication groups (an original with its copies, edits and translations counts once) and of independent
 * sources (groups whose originals come from distinct outlets), and its lead document (the original of its largest
 * group, whose title names the story).
 */
public record Story(String id, int documents, String firstDate, String lastDate, List<String> languages, int groups,
                    int independentSources, String leadDocument) {
    public Story {
        languages = List.copyOf(languages);
    }
}

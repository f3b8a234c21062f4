package org.vigie.stories;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A cluster of documents about one event, with the running sums that make assignment incremental. */
public final class Story {
    private final String id;
    private final List<String> documents = new ArrayList<>();
    private final Map<String, Double> words = new HashMap<>();
    private final Map<String, Integer> entities = new HashMap<>();
    private String title;
    private String firstDate;
    private String lastDate;

    Story(String id) {
        this.id = id;
    }

    void add(Fingerprint f) {
        documents.add(f.documentId());
        double norm = norm(f.words());
        if (norm > 0) f.words().forEach((w, v) -> words.merge(w, v / norm, Double::sum));
        f.entities().forEach(e -> entities.merge(e, 1, Integer::sum));
        if (title == null) title = f.title();
        if (f.date() != null) {
            if (firstDate == null || f.date().compareTo(firstDate) < 0) firstDate = f.date();
            if (lastDate == null || f.date().compareTo(lastDate) > 0) lastDate = f.date();
        }
    }

    static double norm(Map<String, Double> v) {
        double s = 0;
        for (double x : v.values()) s += x * x;
        return Math.sqrt(s);
    }

    public String id() { return id; }
    public List<String> documents() { return Collections.unmodifiableList(documents); }
    public String title() { return title; }
    public String firstDate() { return firstDate; }
    public String lastDate() { return lastDate; }
    Map<String, Double> words() { return words; }
    Map<String, Integer> entities() { return entities; }
}

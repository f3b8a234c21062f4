package org.vigie.eval.entities;

import org.vigie.nlp.lang.LanguagePack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.stream.Stream;

/**
 * Name -> Wikidata QID evidence read from HIPE TSV files (entity-linked historical newspapers): every linked
 * mention's surface form, normalised, with the QIDs annotators linked it to and how often. Used to verify the
 * QIDs recorded in the knowledge base: a QID is accepted only when HIPE annotators linked the same name to it.
 */
public final class HipeLinkTable {
    private final Map<String, Map<String, Integer>> byName = new TreeMap<>();

    private HipeLinkTable() {
    }

    /** Reads every {@code *.tsv} file of the directory; a missing directory gives an empty table. */
    public static HipeLinkTable read(Path dir) throws IOException {
        HipeLinkTable t = new HipeLinkTable();
        if (!Files.isDirectory(dir)) return t;
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        for (Path f : files) t.readFile(f);
        return t;
    }

    private void readFile(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            StringBuilder surface = null;
            String qid = null;
            boolean spaceAfterLast = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("TOKEN\t") || line.isBlank()) continue;
                String[] c = line.split("\t", -1);
                if (c.length < 10) continue;
                String tag = c[1];
                String link = c[7];
                boolean begins = tag.startsWith("B-");
                boolean inside = tag.startsWith("I-");
                if ((begins || !inside) && surface != null) {
                    add(surface.toString(), qid);
                    surface = null;
                }
                if (begins) {
                    surface = new StringBuilder(c[0]);
                    qid = link;
                } else if (inside && surface != null) {
                    if (spaceAfterLast) surface.append(' ');
                    surface.append(c[0]);
                }
                spaceAfterLast = !c[9].contains("NoSpaceAfter");
            }
            if (surface != null) add(surface.toString(), qid);
        }
    }

    private void add(String surface, String qid) {
        if (qid == null || !qid.matches("Q[0-9]+")) return;
        byName.computeIfAbsent(LanguagePack.normalize(surface.strip()), k -> new TreeMap<>()).merge(qid, 1, Integer::sum);
    }

    /** How many times HIPE linked this name (normalised) to this QID. */
    public int count(String name, String qid) {
        return byName.getOrDefault(LanguagePack.normalize(name), Map.of()).getOrDefault(qid, 0);
    }

    /** QIDs linked to this name, most frequent first. */
    public List<Map.Entry<String, Integer>> links(String name) {
        List<Map.Entry<String, Integer>> l = new ArrayList<>(byName.getOrDefault(LanguagePack.normalize(name), Map.of()).entrySet());
        l.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        return l;
    }

    public int size() {
        return byName.size();
    }

    /** Prints {@code name TAB qid TAB count} for every name linked at least {@code minCount} times. */
    public void print(PrintStream out, int minCount) {
        for (Map.Entry<String, Map<String, Integer>> e : byName.entrySet()) {
            for (Map.Entry<String, Integer> q : e.getValue().entrySet()) {
                if (q.getValue() >= minCount) out.println(e.getKey() + "\t" + q.getKey() + "\t" + q.getValue());
            }
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/ner/hipe-fr");
        if (!Files.isDirectory(dir)) {
            System.out.println("skipped: " + dir + " not found");
            return;
        }
        read(dir).print(System.out, args.length > 1 ? Integer.parseInt(args[1]) : 1);
    }
}

package org.vigie.eval.quotes;

import org.vigie.core.json.CodePointIndex;
import org.vigie.core.model.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.stream.Stream;

/**
 * Reads one split of PolNeAR (Newell et al., LREC 2018): {@code <split>/text/NAME.txt} and brat standoff files
 * {@code <split>/attributions/NAME_<annotator>.ann}. Articles with several annotators' files are read once, from
 * the first file in name order. Offsets are code points in brat and become UTF-16 char offsets here.
 */
public final class PolnearReader {
    /** One attribution relation: its content, cue and source spans (each possibly discontinuous). */
    public record Relation(List<Span> content, List<Span> cue, List<Span> source) {
        public Span contentHull() { return hull(content); }
        public Span cueHull() { return hull(cue); }
        public Span sourceHull() { return hull(source); }
    }

    public record Article(String name, String text, List<Relation> relations) {
    }

    private PolnearReader() {
    }

    public static List<Article> read(Path splitDir) {
        Path textDir = splitDir.resolve("text");
        Path annDir = splitDir.resolve("attributions");
        Map<String, Path> annByArticle = new TreeMap<>();
        try (Stream<Path> files = Files.list(annDir)) {
            files.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().forEach(p -> {
                String n = p.getFileName().toString();
                String article = n.substring(0, n.lastIndexOf('_'));
                annByArticle.putIfAbsent(article, p);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + annDir, e);
        }
        List<Article> out = new ArrayList<>();
        for (Map.Entry<String, Path> e : annByArticle.entrySet()) {
            Path txt = textDir.resolve(e.getKey() + ".txt");
            if (!Files.exists(txt)) continue;
            try {
                String text = Files.readString(txt, StandardCharsets.UTF_8);
                out.add(new Article(e.getKey(), text, parse(text, Files.readAllLines(e.getValue(), StandardCharsets.UTF_8))));
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot read " + txt, ex);
            }
        }
        return out;
    }

    /** Parses brat lines: text-bound {@code T} spans, then {@code E} relations tying them together. */
    static List<Relation> parse(String text, List<String> lines) {
        CodePointIndex cp = new CodePointIndex(text);
        Map<String, List<Span>> spans = new HashMap<>();
        for (String line : lines) {
            if (!line.startsWith("T")) continue;
            String[] cols = line.split("\t");
            if (cols.length < 2) continue;
            String def = cols[1];
            int sp = def.indexOf(' ');
            if (sp < 0) continue;
            List<Span> parts = new ArrayList<>();
            for (String range : def.substring(sp + 1).split(";")) {
                String[] se = range.trim().split(" ");
                if (se.length != 2) continue;
                int s = cp.toChar(Integer.parseInt(se[0])), en = cp.toChar(Integer.parseInt(se[1]));
                if (s <= en && en <= text.length()) parts.add(new Span(s, en));
            }
            spans.put(cols[0], parts);
        }
        List<Relation> out = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("E")) continue;
            String[] cols = line.split("\t");
            if (cols.length < 2) continue;
            List<Span> content = new ArrayList<>(), cue = new ArrayList<>(), source = new ArrayList<>();
            for (String arg : cols[1].trim().split(" ")) {
                int colon = arg.indexOf(':');
                if (colon < 0) continue;
                String role = arg.substring(0, colon);
                List<Span> s = spans.getOrDefault(arg.substring(colon + 1), List.of());
                if (role.startsWith("Content")) content.addAll(s);
                else if (role.startsWith("Cue")) cue.addAll(s);
                else if (role.startsWith("Source")) source.addAll(s);
            }
            if (!content.isEmpty()) out.add(new Relation(List.copyOf(content), List.copyOf(cue), List.copyOf(source)));
        }
        return out;
    }

    static Span hull(List<Span> spans) {
        if (spans.isEmpty()) return null;
        int s = Integer.MAX_VALUE, e = 0;
        for (Span x : spans) {
            s = Math.min(s, x.start());
            e = Math.max(e, x.end());
        }
        return new Span(s, e);
    }
}

package org.vigie.eval.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH / UniversalPetrarch validation records ({@code <Sentence ...>} with {@code <EventCoding>} lines
 * and a {@code <Text>}). The files are not well-formed XML (the {@code Sentence} tag is sometimes self-closed
 * before its content), so records are cut at each {@code <Sentence} and read with patterns.
 */
public final class PetrarchReader {
    /** One gold coding: CAMEO event code and source/target actor codes ("---" for none). */
    public record Coding(String event, String source, String target) {
    }

    /** One sentence: id, date (YYYYMMDD or as given), category, text, codings; noEvents when marked so. */
    public record Record(String id, String date, String category, String text, List<Coding> codings, boolean noEvents) {
    }

    private static final Pattern ATTR = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*)>");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
    private static final Pattern PARSE = Pattern.compile("<Parse>(.*?)</Parse>", Pattern.DOTALL);

    private PetrarchReader() {
    }

    public static List<Record> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    static List<Record> parse(String xml) {
        List<Record> out = new ArrayList<>();
        String[] parts = xml.split("<Sentence\\b");
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            int end = p.indexOf("</Sentence>");
            if (end >= 0) p = p.substring(0, end);
            String head = p.substring(0, Math.max(0, p.indexOf('>')));
            String id = attr(head, "id"), date = attr(head, "date"), category = attr(head, "category");
            List<Coding> codings = new ArrayList<>();
            boolean noEvents = false;
            Matcher c = CODING.matcher(p);
            while (c.find()) {
                String a = c.group(1);
                if ("True".equalsIgnoreCase(attr(a, "noevents"))) {
                    noEvents = true;
                    continue;
                }
                String ev = attr(a, "eventcode");
                if (ev != null) codings.add(new Coding(ev, orNone(attr(a, "sourcecode")), orNone(attr(a, "targetcode"))));
            }
            Matcher t = TEXT.matcher(p);
            String text = t.find() ? t.group(1).replaceAll("\\s+", " ").strip() : "";
            // a record with an empty Text is still coded upstream, from its parse: its words are the sentence
            Matcher parse = PARSE.matcher(p);
            if (text.isEmpty() && parse.find()) text = fromParse(parse.group(1));
            if (id == null || text.isEmpty()) continue;
            out.add(new Record(id, date, category, text, List.copyOf(codings), noEvents || codings.isEmpty()));
        }
        return out;
    }

    /** The sentence of a CoNLL-U parse: the word column, a space after each word unless {@code SpaceAfter=No}. */
    static String fromParse(String conllu) {
        StringBuilder out = new StringBuilder();
        for (String line : conllu.split("\n")) {
            String[] f = line.split("\t");
            if (f.length < 2 || !f[0].strip().matches("\\d+")) continue;
            out.append(f[1].strip());
            if (f.length < 10 || !f[9].contains("SpaceAfter=No")) out.append(' ');
        }
        return out.toString().strip();
    }

    private static String orNone(String code) {
        return code == null || code.isBlank() ? "---" : code.strip();
    }

    private static String attr(String s, String name) {
        Matcher m = ATTR.matcher(s);
        while (m.find()) if (m.group(1).equals(name)) return m.group(2);
        return null;
    }
}

package org.vigie.nlp.ner;

import org.vigie.core.ConfigException;
import org.vigie.core.model.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A third name list for the tagger, besides the training-data gazetteer and the knowledge base: people,
 * organisations and armed groups of the Phoenix actor dictionaries (Open Event Data Alliance, MIT licence), as the
 * derived resource {@code org/vigie/nlp/lang/multi/ner/actor-names.tsv} ({@link #derive} writes it). Its matches
 * are features of their own ({@link Features}), keyed apart from the knowledge base's, because the list is larger,
 * English-spelt and noisier (its types come from the file and section a name is in, not from a curated entry).
 */
final class ActorNames {
    static final String RESOURCE = "org/vigie/nlp/lang/multi/ner/actor-names.tsv";

    private ActorNames() {
    }

    private static final class Holder {
        static final KbNames SHARED = load();
    }

    /** The shipped list, read once. */
    static KbNames shared() {
        return Holder.SHARED;
    }

    private static KbNames load() {
        InputStream in = ActorNames.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) throw new ConfigException("missing resource " + RESOURCE);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return KbNames.ofTyped(read(r, RESOURCE));
        } catch (IOException e) {
            throw new ConfigException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Rows {@code name<TAB>type} after {@code #} comments and the header {@code name<TAB>type}; type PER or ORG. */
    static Map<String, Set<EntityType>> read(BufferedReader r, String source) throws IOException {
        Map<String, Set<EntityType>> names = new HashMap<>();
        TwoColumnTsv.read(r, source, "name", "type", (name, typeName, lineNo) -> {
            EntityType type;
            try {
                type = EntityType.valueOf(typeName.strip());
            } catch (IllegalArgumentException e) {
                throw new ConfigException(source + " line " + lineNo + ": unknown type " + typeName);
            }
            names.computeIfAbsent(name, k -> EnumSet.noneOf(EntityType.class)).add(type);
        });
        return names;
    }

    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern DATED = Pattern.compile("\\d{6}");

    /**
     * The names of Phoenix {@code .actors.txt} files with their types: in a countries file, a country's own entry
     * (a bare three-letter code: the country, its cities and provinces, which the knowledge base covers) is left out,
     * an entry from the CountryInfo rulers list or with a dated or elite code is a person, any other an organisation
     * (national institutions); in the international file a dated or elite code or an IGO rulers note makes a person,
     * anything else an organisation (IGOs, NGOs, companies); every entry of the non-state armed groups file is an
     * organisation. Synonyms ({@code +} lines) share their entry's type; underscores are spaces; a leading "the" is
     * dropped; names shorter than three letters are left out.
     */
    static Map<String, Set<EntityType>> fromPhoenix(List<String> lines, boolean countries, boolean groups) {
        Map<String, Set<EntityType>> out = new TreeMap<>();
        List<String> names = new ArrayList<>();
        StringBuilder codes = new StringBuilder();
        String note = "";
        for (String line : lines) {
            boolean entry = !line.isBlank() && !line.startsWith("#") && !line.startsWith("+") && !Character.isWhitespace(line.charAt(0));
            if (entry) {
                flush(out, names, codes.toString(), note, countries, groups);
                names.clear();
                codes.setLength(0);
                int hash = line.indexOf('#');
                note = hash >= 0 ? line.substring(hash + 1) : "";
                names.add(name(line));
                codes.append(hash >= 0 ? line.substring(0, hash) : line);
            } else if (line.startsWith("+")) {
                names.add(name(line.substring(1)));
            } else if (!line.isBlank() && Character.isWhitespace(line.charAt(0))) {
                codes.append(' ').append(line);
                int hash = line.indexOf('#');
                if (hash >= 0) note += " " + line.substring(hash + 1);
            }
        }
        flush(out, names, codes.toString(), note, countries, groups);
        return out;
    }

    private static String name(String raw) {
        int cut = raw.length();
        for (char c : new char[]{'#', '['}) {
            int i = raw.indexOf(c);
            if (i >= 0) cut = Math.min(cut, i);
        }
        String name = raw.substring(0, cut).replace('_', ' ').strip().replaceAll("\\s+", " ");
        String normalised = Features.normalise(name);
        if (normalised.startsWith("the ")) normalised = normalised.substring(4);
        return normalised;
    }

    private static void flush(Map<String, Set<EntityType>> out, List<String> names, String codes, String note, boolean countries, boolean groups) {
        if (names.isEmpty()) return;
        List<String> codeList = new ArrayList<>();
        Matcher m = CODE.matcher(codes);
        while (m.find()) codeList.add(m.group(1).strip());
        if (countries && codeList.size() == 1 && codeList.get(0).matches("[A-Z]{3}")) return;
        if (codeList.isEmpty()) return;
        boolean person = false;
        for (String c : codeList) if (DATED.matcher(c).find() || c.split("\\s")[0].endsWith("ELI")) person = true;
        String lowerNote = note.toLowerCase(Locale.ROOT);
        if (lowerNote.contains("countryinfo") || lowerNote.contains("igorulers")) person = true;
        EntityType type = groups ? EntityType.ORG : person ? EntityType.PER : EntityType.ORG;
        for (String n : names) {
            int letters = 0;
            for (int i = 0; i < n.length(); i++) if (Character.isLetter(n.charAt(i))) letters++;
            if (letters < 3) continue;
            out.computeIfAbsent(n, k -> EnumSet.noneOf(EntityType.class)).add(type);
        }
    }

    /**
     * Writes the resource from a Phoenix dictionaries folder ({@code Phoenix.Countries.actors.txt},
     * {@code Phoenix.International.actors.txt}, {@code Phoenix.MilNonState.actors.txt}).
     */
    static void derive(Path dictionaries, Path out) throws IOException {
        Map<String, Set<EntityType>> all = new TreeMap<>();
        String[][] files = {{"Phoenix.Countries.actors.txt", "countries"}, {"Phoenix.International.actors.txt", "international"},
                {"Phoenix.MilNonState.actors.txt", "groups"}};
        for (String[] f : files) {
            List<String> lines = lines(Files.readAllBytes(dictionaries.resolve(f[0])));
            fromPhoenix(lines, f[1].equals("countries"), f[1].equals("groups"))
                    .forEach((k, v) -> all.computeIfAbsent(k, x -> EnumSet.noneOf(EntityType.class)).addAll(v));
        }
        Files.createDirectories(out.getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("""
                    # Names of people, organisations and armed groups for the NER tagger's actor-name features (org.vigie.nlp.ner.ActorNames).
                    # Derived by org.vigie.nlp.ner.ActorNames.derive from the Phoenix actor dictionaries of PETRARCH2
                    # (github.com/openeventdata/petrarch2 at commit 676801cd9cb2924bbbad09f86d15c9323e7097bf, petrarch2/data/dictionaries:
                    # Phoenix.Countries.actors.txt,
                    # Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt; Open Event Data Alliance, built from the
                    # CAMEO/TABARI dictionaries of the Computational Event Data System Project and CountryInfo.txt).
                    # Licence: MIT, as in the dictionaries' own header:
                    # The MIT License (MIT). Copyright (c) 2014 Open Event Data Alliance.
                    # Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
                    # documentation files (the "Software"), to deal in the Software without restriction, including without limitation
                    # the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and
                    # to permit persons to whom the Software is furnished to do so, subject to the following conditions:
                    # The above copyright notice and this permission notice shall be included in all copies or substantial portions
                    # of the Software.
                    # THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO
                    # THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
                    # AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF
                    # CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
                    # DEALINGS IN THE SOFTWARE.
                    # Names normalised (lower case, accents removed, underscores as spaces, a leading "the" dropped); type PER or ORG
                    # from the file and section (see ActorNames.fromPhoenix). Countries' own entries are left out.
                    name\ttype
                    """);
            for (Map.Entry<String, Set<EntityType>> e : all.entrySet()) {
                for (EntityType t : e.getValue()) w.write(e.getKey() + "\t" + t + "\n");
            }
        }
    }

    /** Lines decoded as UTF-8, or as Latin-1 where that fails: the countries file mixes both. */
    static List<String> lines(byte[] bytes) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i < bytes.length && bytes[i] != '\n') continue;
            int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
            String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
            if (line.indexOf('\uFFFD') >= 0) line = new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
            out.add(line);
            start = i + 1;
        }
        return out;
    }

    /** {@code java -cp ... org.vigie.nlp.ner.ActorNames <Phoenix dictionaries folder> <output tsv>} */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ActorNames <Phoenix dictionaries folder> <output tsv>");
            System.exit(2);
        }
        derive(Path.of(args[0]), Path.of(args[1]));
    }
}

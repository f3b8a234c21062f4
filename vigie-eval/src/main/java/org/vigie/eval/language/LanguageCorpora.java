package org.vigie.eval.language;

import com.fasterxml.jackson.databind.JsonNode;
import org.vigie.core.json.AnalysisJson;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Readers of the corpora whose language is known, under a shared data folder (read at evaluation time, never
 * copied): the trafilatura pages' "with" segments labelled by the page's {@code <html lang>}, sentences of
 * WikiNEuRal (fr, en) and HIPE (fr), paragraphs of PolNeAR (en). A corpus that is absent yields nothing.
 */
final class LanguageCorpora {
    private static final Pattern HTML_LANG = Pattern.compile("<html[^>]*\\blang=[\"']?([a-zA-Z]{2})(?![a-zA-Z])");

    private LanguageCorpora() {
    }

    static List<LabelledText> all(Path data, int perSource) throws IOException {
        List<LabelledText> out = new ArrayList<>();
        out.addAll(trafilatura(data.resolve("extraction/trafilatura-eval"), perSource));
        out.addAll(conllu(data.resolve("ner/wikineural-fr/val.conllu"), "fr", "wikineural-fr", perSource));
        out.addAll(conllu(data.resolve("ner/wikineural-en/val.conllu"), "en", "wikineural-en", perSource));
        out.addAll(hipe(data.resolve("ner/hipe-fr/HIPE-2022-v2.1-newseye-dev-fr.tsv"), "hipe-fr", perSource));
        out.addAll(paragraphs(data.resolve("quotes/polnear-en/dev/text"), "en", "polnear-en", perSource));
        return out;
    }

    static List<LabelledText> trafilatura(Path dir, int limit) throws IOException {
        Path json = dir.resolve("evaldata.json");
        if (!Files.isRegularFile(json)) return List.of();
        JsonNode root = AnalysisJson.MAPPER.readTree(json.toFile());
        List<LabelledText> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext() && out.size() < limit; ) {
            JsonNode e = it.next().getValue();
            Path page = dir.resolve("html").resolve(e.path("file").asText() + ".gz");
            if (!Files.isRegularFile(page)) continue;
            String head;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                head = new String(in.readNBytes(20_000), StandardCharsets.UTF_8);
            }
            Matcher m = HTML_LANG.matcher(head);
            if (!m.find()) continue;
            String lang = m.group(1).toLowerCase(Locale.ROOT);
            if (lang.equals("no")) lang = "nb";
            for (JsonNode s : e.path("with")) out.add(new LabelledText(lang, s.asText().strip(), "trafilatura"));
        }
        return out;
    }

    /** Token-per-line files (index, token, tag), sentences separated by blank lines. */
    static List<LabelledText> conllu(Path file, String lang, String source, int limit) throws IOException {
        if (!Files.isRegularFile(file)) return List.of();
        List<LabelledText> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null && out.size() < limit) {
                if (line.isBlank()) {
                    if (sb.length() > 0) out.add(new LabelledText(lang, sb.toString(), source));
                    sb.setLength(0);
                    continue;
                }
                String[] p = line.split("\t");
                if (p.length >= 2) sb.append(sb.length() == 0 ? "" : " ").append(p[1]);
            }
        }
        return out;
    }

    /** HIPE TSV: a token per line, MISC column telling NoSpaceAfter and EndOfLine; "# " lines are comments. */
    static List<LabelledText> hipe(Path file, String source, int limit) throws IOException {
        if (!Files.isRegularFile(file)) return List.of();
        List<LabelledText> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        String lang = "fr";
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            boolean space = false;
            while ((line = r.readLine()) != null && out.size() < limit) {
                if (line.startsWith("# hipe2022:language = ")) lang = line.substring(22).strip();
                if (line.startsWith("#") || line.startsWith("TOKEN\t")) continue;
                String[] p = line.split("\t");
                if (line.isBlank() || p.length < 2) {
                    flush(sb, lang, source, out);
                    continue;
                }
                if (space) sb.append(' ');
                sb.append(p[0]);
                String misc = p[p.length - 1];
                space = !misc.contains("NoSpaceAfter");
                if (misc.contains("EndOfSentence") || (misc.contains("EndOfLine") && sb.length() > 200)) flush(sb, lang, source, out);
            }
        }
        flush(sb, lang, source, out);
        return out;
    }

    private static void flush(StringBuilder sb, String lang, String source, List<LabelledText> out) {
        if (sb.length() > 0) out.add(new LabelledText(lang, sb.toString().strip(), source));
        sb.setLength(0);
    }

    /** Plain-text articles, one paragraph per non-empty line. */
    static List<LabelledText> paragraphs(Path dir, String lang, String source, int limit) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        List<LabelledText> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (out.size() >= limit) return out;
                if (!line.isBlank()) out.add(new LabelledText(lang, line.strip(), source));
            }
        }
        return out;
    }
}

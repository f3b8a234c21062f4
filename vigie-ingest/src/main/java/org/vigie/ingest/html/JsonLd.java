package org.vigie.ingest.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The schema.org JSON-LD a page carries about itself. The scripts are parsed as data (never run); the
 * article-like object is preferred over a WebPage, and broken JSON is ignored.
 */
final class JsonLd {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final Pattern ARTICLE = Pattern.compile("(?i).*(article|blogposting|report|posting|newsarticle).*");
    private static final Pattern PAGE = Pattern.compile("(?i).*(webpage|itempage|creativework).*");

    private final List<JsonNode> articles;
    private final List<JsonNode> pages;
    private final List<JsonNode> all;

    private JsonLd(List<JsonNode> articles, List<JsonNode> pages, List<JsonNode> all) {
        this.articles = articles;
        this.pages = pages;
        this.all = all;
    }

    static JsonLd of(Document page) {
        List<JsonNode> all = new ArrayList<>();
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            try (JsonParser p = MAPPER.createParser(script.data())) {
                JsonNode root = MAPPER.readTree(p);
                if (root != null) collect(root, all, 0);
            } catch (IOException | RuntimeException e) {
                // Broken JSON-LD is common and says nothing reliable: skip it.
            }
        }
        List<JsonNode> articles = new ArrayList<>();
        List<JsonNode> pages = new ArrayList<>();
        for (JsonNode n : all) {
            String type = n.path("@type").isArray() ? n.path("@type").toString() : n.path("@type").asText("");
            if (ARTICLE.matcher(type).matches()) articles.add(n);
            else if (PAGE.matcher(type).matches()) pages.add(n);
        }
        return new JsonLd(articles, pages, all);
    }

    private static void collect(JsonNode n, List<JsonNode> out, int depth) {
        if (depth > 6) return;
        if (n.isArray()) {
            for (JsonNode c : n) collect(c, out, depth + 1);
        } else if (n.isObject()) {
            if (n.has("@type")) out.add(n);
            if (n.has("@graph")) collect(n.get("@graph"), out, depth + 1);
            if (n.has("mainEntity")) collect(n.get("mainEntity"), out, depth + 1);
        }
    }

    Optional<String> headline() {
        for (JsonNode a : articles) {
            Optional<String> h = text(a.get("headline")).or(() -> text(a.get("name")));
            if (h.isPresent()) return h;
        }
        for (JsonNode p : pages) {
            Optional<String> h = text(p.get("headline"));
            if (h.isPresent()) return h;
        }
        return Optional.empty();
    }

    Optional<String> datePublished() {
        for (List<JsonNode> group : List.of(articles, pages)) {
            for (JsonNode a : group) {
                Optional<String> d = text(a.get("datePublished")).or(() -> text(a.get("dateCreated")));
                if (d.isPresent()) return d;
            }
        }
        return Optional.empty();
    }

    Optional<String> author() {
        for (JsonNode a : articles) {
            Optional<String> au = names(a.get("author"));
            if (au.isPresent()) return au;
        }
        return Optional.empty();
    }

    Optional<String> publisher() {
        for (List<JsonNode> group : List.of(articles, pages)) {
            for (JsonNode a : group) {
                Optional<String> p = names(a.get("publisher"));
                if (p.isPresent()) return p;
            }
        }
        for (JsonNode n : all) {
            String type = n.path("@type").asText("");
            if (type.equalsIgnoreCase("WebSite") || type.equalsIgnoreCase("NewsMediaOrganization")) {
                Optional<String> name = text(n.get("name"));
                if (name.isPresent()) return name;
            }
        }
        return Optional.empty();
    }

    Optional<String> language() {
        for (List<JsonNode> group : List.of(articles, pages)) {
            for (JsonNode a : group) {
                Optional<String> l = text(a.get("inLanguage"));
                if (l.isPresent()) return l;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> names(JsonNode n) {
        if (n == null) return Optional.empty();
        if (n.isTextual()) return text(n);
        if (n.isObject()) return text(n.get("name"));
        if (n.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode c : n) names(c).ifPresent(names::add);
            return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
        }
        return Optional.empty();
    }

    private static Optional<String> text(JsonNode n) {
        if (n == null) return Optional.empty();
        if (n.isArray() && !n.isEmpty()) return text(n.get(0));
        if (!n.isTextual()) return Optional.empty();
        String s = n.asText().replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(org.jsoup.parser.Parser.unescapeEntities(s, false));
    }
}

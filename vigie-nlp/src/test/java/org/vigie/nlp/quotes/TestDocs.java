package org.vigie.nlp.quotes;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;
import org.vigie.nlp.DefaultPipeline;

import java.text.Normalizer;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test documents: blocks and segmentation from the pipeline, plus hand-made entity layers. Each entity is given as
 * {@code "Canonical Name|TYPE|surface1|surface2..."}; every whole-word occurrence of a surface becomes a mention.
 */
public final class TestDocs {
    private TestDocs() {
    }

    public static Document doc(String text, String... entities) {
        return withEntities(DefaultPipeline.create(List.of("blocks", "segment")).run(Document.ofText(text)), entities);
    }

    public static Document withEntities(Document d, String... entities) {
        String text = d.text();
        List<Entity> es = new ArrayList<>();
        List<Mention> ms = new ArrayList<>();
        for (String spec : entities) {
            String[] p = spec.split("\\|");
            String id = "vigie:" + slug(p[0]);
            EntityType type = EntityType.valueOf(p[1]);
            List<String> surfaces = p.length > 2 ? Arrays.asList(p).subList(2, p.length) : List.of(p[0]);
            List<Span> spans = new ArrayList<>();
            for (String surface : surfaces) {
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(surface) + "(?![\\p{L}\\p{N}])").matcher(text);
                while (m.find()) {
                    Span s = new Span(m.start(), m.end());
                    if (spans.stream().anyMatch(x -> x.overlaps(s))) continue;
                    spans.add(s);
                }
            }
            spans.sort(Comparator.naturalOrder());
            for (Span s : spans) ms.add(new Mention(s, type, id, 1.0));
            es.add(new Entity(id, p[0], type, spans));
        }
        ms.sort(Comparator.comparing(Mention::span));
        return d.with(Layers.builder().put(LayerKind.MENTIONS, ms).put(LayerKind.ENTITIES, es).build());
    }

    /** Adds a TIMES layer: each spec is {@code "surface=ISO value"}, first occurrence. */
    public static Document withTimes(Document d, String... times) {
        List<TimeExpression> out = new ArrayList<>();
        for (String spec : times) {
            String[] p = spec.split("=", 2);
            int at = d.text().indexOf(p[0]);
            if (at < 0) throw new IllegalArgumentException("no '" + p[0] + "' in the text");
            out.add(new TimeExpression(new Span(at, at + p[0].length()), p[1], TimeExpression.Granularity.DAY));
        }
        out.sort(Comparator.comparing(TimeExpression::span));
        return d.with(Layers.of(LayerKind.TIMES, out));
    }

    public static Document withLanguage(Document d, String code) {
        return d.with(Layers.of(LayerKind.LANGUAGE, List.of(new DocumentLanguage(code))));
    }

    public static String slug(String name) {
        String d = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return d.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}

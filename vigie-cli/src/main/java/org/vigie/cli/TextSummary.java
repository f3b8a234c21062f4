package org.vigie.cli;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.*;

import java.util.*;

/** A readable summary of one analysed document for a person at a terminal. */
final class TextSummary {
    private TextSummary() {
    }

    static String of(Document d) {
        StringBuilder sb = new StringBuilder();
        String source = d.input().url() != null ? d.input().url() : d.input().path();
        sb.append("=== ").append(source == null ? d.id() : source).append('\n');
        sb.append("title:     ").append(d.title().map(Title::text).orElse("(none)")).append('\n');
        sb.append("published: ").append(d.published().map(p -> p.value() + " (" + p.method().jsonName() + ")").orElse("(unknown)")).append('\n');
        sb.append("language:  ").append(d.language().orElse("und"));
        Set<String> others = new TreeSet<>();
        for (LanguageSpan l : d.layerOrEmpty(LayerKind.LANGUAGES)) others.add(l.language());
        d.language().ifPresent(others::remove);
        if (!others.isEmpty()) sb.append(" (also ").append(String.join(", ", others)).append(')');
        sb.append('\n');
        long body = d.layerOrEmpty(LayerKind.BLOCKS).stream().filter(Block::isBody).count();
        sb.append("blocks:    ").append(body).append(" body, ").append(d.layerOrEmpty(LayerKind.BLOCKS).size() - body).append(" boilerplate\n");
        d.story().ifPresent(s -> sb.append("story:     ").append(s).append('\n'));
        List<SourceCredit> sources = d.layerOrEmpty(LayerKind.SOURCES);
        if (!sources.isEmpty()) {
            sb.append("sources:   ");
            StringJoiner j = new StringJoiner(", ");
            for (SourceCredit s : sources) j.add(s.name() + " (" + s.role().jsonName() + ")");
            sb.append(j).append('\n');
        }
        section(sb, "entities", d.layerOrEmpty(LayerKind.ENTITIES), e -> {
            Set<String> forms = new LinkedHashSet<>();
            for (Span s : e.mentions()) forms.add(d.text(s));
            return e.type() + " " + e.name() + " [" + e.id() + "] x" + e.mentions().size() + ": " + String.join(" | ", forms);
        });
        section(sb, "quotes", d.layerOrEmpty(LayerKind.QUOTES), q ->
                (q.speaker() == null ? "(unknown speaker)" : q.speaker().name()) + (q.direct() ? ": « " : " (reported): ")
                        + clip(d.text(q.span())) + (q.direct() ? " »" : ""));
        section(sb, "figures", d.layerOrEmpty(LayerKind.QUANTITIES), q ->
                d.text(q.span()) + " = " + (q.value() == null ? "?" : fmt(q.value())) + " " + (q.unit() == null ? "" : q.unit())
                        + (q.approximate() ? " (approx.)" : "") + (q.artefact() ? " [MT damage]" : "")
                        + (q.claimedBy() == null ? "" : " according to " + q.claimedBy().name()));
        section(sb, "dates", d.layerOrEmpty(LayerKind.TIMES), t -> d.text(t.span()) + " = " + (t.value() == null ? "?" : t.value()));
        section(sb, "events", d.layerOrEmpty(LayerKind.EVENTS), e -> e.type() + (e.mode() == null ? "" : "/" + e.mode())
                + (e.negated() ? " (negated)" : "") + ": " + name(e.actor1()) + " -> " + name(e.actor2())
                + (e.location() == null ? "" : " at " + e.location().name()) + (e.date() == null ? "" : " on " + e.date()));
        section(sb, "artefacts", d.layerOrEmpty(LayerKind.ARTEFACTS), a -> a.kind().jsonName() + ": " + clip(d.text(a.span()))
                + (a.repair() == null ? "" : " -> " + a.repair()));
        for (Diagnostic x : d.diagnostics()) sb.append("warning:   ").append(x.annotator()).append(": ").append(x.message()).append('\n');
        return sb.toString();
    }

    private static String name(EntityRef r) {
        return r == null ? "-" : r.name();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v) : String.valueOf(v);
    }

    private static String clip(String s) {
        s = s.replace('\n', ' ');
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }

    private static <T> void section(StringBuilder sb, String title, List<T> items, java.util.function.Function<T, String> line) {
        if (items.isEmpty()) return;
        sb.append(title).append(" (").append(items.size()).append("):\n");
        for (T t : items) sb.append("  - ").append(line.apply(t)).append('\n');
    }
}

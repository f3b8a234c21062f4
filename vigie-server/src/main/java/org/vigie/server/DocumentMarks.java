package org.vigie.server;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.*;

import java.util.ArrayList;
import java.util.List;

/** The marks shown over a document's text, one per annotation, with hover texts saying what was found. */
final class DocumentMarks {
    private DocumentMarks() {
    }

    static List<Mark> of(Document doc) {
        int length = doc.text().length();
        List<Mark> marks = new ArrayList<>();
        for (Event e : doc.layerOrEmpty(LayerKind.EVENTS)) {
            add(marks, length, e.evidence(), "mark-event", "Event " + Describe.event(e), null, 0);
        }
        for (Quote q : doc.layerOrEmpty(LayerKind.QUOTES)) {
            String who = q.speaker() == null ? "unattributed" : "by " + q.speaker().name();
            add(marks, length, q.span(), q.direct() ? "mark-quote" : "mark-quote mark-reported",
                    (q.direct() ? "Quote " : "Reported speech ") + who, null, 1);
            if (q.cue() != null) add(marks, length, q.cue(), "mark-cue", "Quote cue", null, 2);
        }
        for (SourceCredit s : doc.layerOrEmpty(LayerKind.SOURCES)) {
            add(marks, length, s.evidence(), "mark-source", "Source: " + s.name() + " (" + s.role().jsonName() + ")", null, 3);
        }
        for (TimeExpression t : doc.layerOrEmpty(LayerKind.TIMES)) {
            add(marks, length, t.span(), "mark-time", "Date: " + Describe.time(t), null, 4);
        }
        for (Quantity q : doc.layerOrEmpty(LayerKind.QUANTITIES)) {
            add(marks, length, q.span(), "mark-quantity", "Figure: " + Describe.quantity(q), null, 5);
        }
        for (Artefact a : doc.layerOrEmpty(LayerKind.ARTEFACTS)) {
            String repair = a.repair() == null ? "" : " → " + a.repair();
            add(marks, length, a.span(), "mark-artefact", "Artefact (" + a.kind().jsonName() + ")" + repair, null, 6);
        }
        for (Entity e : doc.layerOrEmpty(LayerKind.ENTITIES)) {
            for (Span s : e.mentions()) {
                add(marks, length, s, "mark-entity ent-" + e.type().name(), e.name() + " (" + e.type().name() + ")",
                        Links.entity(e.id()), 7);
            }
        }
        return marks;
    }

    /** Spans beyond the text (a record that does not match its text) are left out rather than failing the page. */
    private static void add(List<Mark> marks, int length, Span span, String css, String title, String href, int rank) {
        if (span == null || span.end() > length || span.isEmpty()) return;
        marks.add(new Mark(span, css, title, href, rank));
    }
}

package org.vigie.store.search;

import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.Artefact;
import org.vigie.core.model.Block;
import org.vigie.core.model.DocumentLanguage;
import org.vigie.core.model.Entity;
import org.vigie.core.model.Event;
import org.vigie.core.model.Published;
import org.vigie.core.model.SourceCredit;
import org.vigie.core.model.Span;
import org.vigie.store.search.SearchAnalyzers.Analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The Lucene fields of one analysed document. Keyword fields are named by {@link SearchFacet#key()}; every facet is
 * also a sorted-set doc-values facet of the same name.
 */
final class IndexedFields {
    static final String ID = "id";
    static final String TITLE = "title";
    static final String PUBLISHED = "published";
    /** Days since 1970-01-01 of the date as written in the record, for date-range filters. */
    static final String PUBLISHED_DAY = "published_day";
    /** Milliseconds since the epoch, UTC, for sorting by date. */
    static final String PUBLISHED_TIME = "published_time";
    static final String ENTITY_NAME = "entity_name";
    /** Stored "id U+001F name" pairs, read to label the entity facet. */
    static final String ENTITY_REF = "entity_ref";
    static final char SEPARATOR = '\u001f';
    /** Longer keyword values (a page's worth of text posing as a source name) are left out of filters and facets. */
    static final int MAX_KEYWORD_LENGTH = 1000;

    static final FacetsConfig FACETS = facetsConfig();

    private static final FieldType BODY = bodyType();

    private IndexedFields() {
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (SearchFacet f : SearchFacet.values()) config.setMultiValued(f.key(), f.multiValued());
        return config;
    }

    /** Stored, with offsets in the postings so that snippets are highlighted without analysing the text again. */
    private static FieldType bodyType() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    static org.apache.lucene.document.Document of(Document doc) {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new StringField(ID, doc.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(ID, new BytesRef(doc.id())));
        String language = doc.language().orElse(DocumentLanguage.UNDETERMINED);
        Analysis analysis = Analysis.of(language);
        // a headline read from a damaged line is indexed and shown repaired, as the body is
        List<Artefact> repairs = encodingRepairs(doc);
        Optional<String> title = doc.title().map(t -> t.evidence() != null && t.evidence().end() <= doc.text().length()
                        && t.evidence().of(doc.text()).equals(t.text()) ? repaired(doc.text(), t.evidence(), repairs) : t.text())
                .filter(t -> !t.isBlank());
        title.ifPresent(t -> {
            d.add(new StoredField(TITLE, t));
            d.add(new TextField(analysis.titleField(), t, Field.Store.NO));
        });
        d.add(new Field(analysis.bodyField(), body(doc), BODY));
        doc.published().map(Published::value).ifPresent(value -> {
            d.add(new StoredField(PUBLISHED, value));
            PublishedDate.parse(value).ifPresent(p -> {
                int day = (int) p.day().toEpochDay();
                d.add(new IntPoint(PUBLISHED_DAY, day));
                d.add(new NumericDocValuesField(PUBLISHED_DAY, day));
                d.add(new LongPoint(PUBLISHED_TIME, p.epochMillis()));
                d.add(new NumericDocValuesField(PUBLISHED_TIME, p.epochMillis()));
                keyword(d, SearchFacet.MONTH, String.format(Locale.ROOT, "%04d-%02d", p.day().getYear(), p.day().getMonthValue()));
            });
        });
        d.add(new StoredField(SearchFacet.LANGUAGE.key(), language));
        keyword(d, SearchFacet.LANGUAGE, language);
        Set<String> sources = new LinkedHashSet<>();
        for (SourceCredit s : doc.layerOrEmpty(LayerKind.SOURCES)) sources.add(s.name());
        sources.forEach(s -> keyword(d, SearchFacet.SOURCE, s));
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (Entity e : doc.layerOrEmpty(LayerKind.ENTITIES)) entities.putIfAbsent(e.id(), e);
        Set<String> entityTypes = new LinkedHashSet<>();
        for (Entity e : entities.values()) {
            if (keyword(d, SearchFacet.ENTITY, e.id())) {
                String name = clean(e.name());
                if (name.length() <= MAX_KEYWORD_LENGTH) {
                    d.add(new StringField(ENTITY_NAME, name.toLowerCase(Locale.ROOT), Field.Store.NO));
                }
                d.add(new StoredField(ENTITY_REF, clean(e.id()) + SEPARATOR + name));
            }
            entityTypes.add(e.type().name());
        }
        entityTypes.forEach(t -> keyword(d, SearchFacet.ENTITY_TYPE, t));
        Set<String> eventTypes = new LinkedHashSet<>();
        for (Event e : doc.layerOrEmpty(LayerKind.EVENTS)) eventTypes.add(e.type().name());
        eventTypes.forEach(t -> keyword(d, SearchFacet.EVENT_TYPE, t));
        doc.story().ifPresent(s -> keyword(d, SearchFacet.STORY, s));
        try {
            return FACETS.build(d);
        } catch (IOException e) {
            throw new UncheckedIOException("building sorted-set facets reads no file", e);
        }
    }

    /**
     * The body blocks joined by line breaks when the document has blocks, else the whole text; each word the analysis
     * found damaged ({@code encoding} artefacts: "dÃ©clarÃ©", "d&amp;eacute;clar&amp;eacute;") is indexed, and shown in
     * snippets, as its repair, so that "déclaré" finds a damaged copy.
     */
    static String body(Document doc) {
        List<Artefact> repairs = encodingRepairs(doc);
        if (!doc.has(LayerKind.BLOCKS)) return repaired(doc.text(), new Span(0, doc.text().length()), repairs);
        StringJoiner body = new StringJoiner("\n");
        for (Block b : doc.blocks()) {
            if (b.isBody()) body.add(repaired(doc.text(), b.span(), repairs));
        }
        return body.toString();
    }

    private static List<Artefact> encodingRepairs(Document doc) {
        List<Artefact> repairs = new ArrayList<>();
        for (Artefact a : doc.layerOrEmpty(LayerKind.ARTEFACTS)) {
            if (a.kind() == Artefact.Kind.ENCODING && a.repair() != null) repairs.add(a);
        }
        repairs.sort(Comparator.comparing(Artefact::span));
        return repairs;
    }

    /** The text of {@code span} with the repairs that lie inside it applied. */
    private static String repaired(String text, Span span, List<Artefact> repairs) {
        StringBuilder sb = new StringBuilder(span.length());
        int at = span.start();
        for (Artefact a : repairs) {
            if (a.span().start() < at || a.span().end() > span.end()) continue;
            sb.append(text, at, a.span().start()).append(a.repair());
            at = a.span().end();
        }
        return sb.append(text, at, span.end()).toString();
    }

    /** Adds a keyword field and its facet; false when the value is blank once control characters are removed. */
    private static boolean keyword(org.apache.lucene.document.Document d, SearchFacet facet, String raw) {
        String value = clean(raw);
        if (value.isEmpty() || value.length() > MAX_KEYWORD_LENGTH) return false;
        d.add(new StringField(facet.key(), value, Field.Store.NO));
        d.add(new SortedSetDocValuesFacetField(facet.key(), value));
        return true;
    }

    /** Control characters (the facet path separator among them) become spaces; the ends are trimmed. */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isISOControl(c) ? ' ' : c);
        }
        return sb.toString().strip();
    }

    /** A publication date: the day as written and the instant, a date alone standing for midnight UTC. */
    record PublishedDate(LocalDate day, long epochMillis) {
        static Optional<PublishedDate> parse(String value) {
            String v = value.strip();
            try {
                if (v.length() <= 10) {
                    LocalDate day = v.length() == 7 ? LocalDate.parse(v + "-01") : v.length() == 4 ? LocalDate.parse(v + "-01-01") : LocalDate.parse(v);
                    return Optional.of(new PublishedDate(day, day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()));
                }
                try {
                    OffsetDateTime t = OffsetDateTime.parse(v);
                    return Optional.of(new PublishedDate(t.toLocalDate(), t.toInstant().toEpochMilli()));
                } catch (DateTimeParseException e) {
                    LocalDateTime t = LocalDateTime.parse(v);
                    return Optional.of(new PublishedDate(t.toLocalDate(), t.toInstant(ZoneOffset.UTC).toEpochMilli()));
                }
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }
}

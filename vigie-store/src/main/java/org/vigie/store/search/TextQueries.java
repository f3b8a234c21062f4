package org.vigie.store.search;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.vigie.store.search.QuerySyntax.All;
import org.vigie.store.search.QuerySyntax.Any;
import org.vigie.store.search.QuerySyntax.Node;
import org.vigie.store.search.QuerySyntax.Phrase;
import org.vigie.store.search.QuerySyntax.Word;
import org.vigie.store.search.SearchAnalyzers.Analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the parsed query text into a Lucene query. The language of the query is not known, so each word or phrase
 * is analysed once per language family and looked for in that family's title and body fields: a French document
 * meets the French analysis of the word, an English one the English analysis. Titles weigh more than bodies.
 */
final class TextQueries {
    static final float TITLE_BOOST = 2f;

    private final Map<Analysis, QueryBuilder> builders = new EnumMap<>(Analysis.class);

    TextQueries() {
        for (Analysis a : Analysis.values()) builders.put(a, new QueryBuilder(a.analyzer()));
    }

    /** Matches every document for a blank text, nothing for a text whose words all analyse to nothing. */
    Query build(String text) {
        if (text.isBlank()) return new MatchAllDocsQuery();
        return query(QuerySyntax.parse(text)).orElseGet(MatchNoDocsQuery::new);
    }

    /** Empty when the node holds no searchable token (punctuation alone, say): it then constrains nothing. */
    private Optional<Query> query(Node node) {
        if (node instanceof Word w) return terms(w.text());
        if (node instanceof Phrase p) return terms(p.text());
        if (node instanceof Any any) return any(any);
        return all((All) node);
    }

    private Optional<Query> any(Any any) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (Node option : any.options()) {
            Optional<Query> q = query(option);
            if (q.isPresent()) {
                b.add(q.get(), Occur.SHOULD);
                n++;
            }
        }
        return n == 0 ? Optional.empty() : Optional.of(b.build());
    }

    private Optional<Query> all(All all) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int required = 0;
        int excluded = 0;
        for (Node n : all.required()) {
            Optional<Query> q = query(n);
            if (q.isPresent()) {
                b.add(q.get(), Occur.MUST);
                required++;
            }
        }
        for (Node n : all.excluded()) {
            Optional<Query> q = query(n);
            if (q.isPresent()) {
                b.add(q.get(), Occur.MUST_NOT);
                excluded++;
            }
        }
        if (required == 0 && excluded == 0) return Optional.empty();
        // A query of exclusions alone means "everything but": Lucene needs the "everything" spelled out.
        if (required == 0) b.add(new MatchAllDocsQuery(), Occur.FILTER);
        return Optional.of(b.build());
    }

    /** A word or phrase in every analysed field; several tokens must appear as a phrase. */
    private Optional<Query> terms(String text) {
        List<Query> perField = new ArrayList<>();
        for (Analysis a : Analysis.values()) {
            QueryBuilder builder = builders.get(a);
            Query title = builder.createPhraseQuery(a.titleField(), text);
            if (title != null) perField.add(new BoostQuery(title, TITLE_BOOST));
            Query body = builder.createPhraseQuery(a.bodyField(), text);
            if (body != null) perField.add(body);
        }
        if (perField.isEmpty()) return Optional.empty();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : perField) b.add(q, Occur.SHOULD);
        return Optional.of(b.build());
    }
}

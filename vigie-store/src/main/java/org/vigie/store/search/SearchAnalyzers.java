package org.vigie.store.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One analysis recipe per language family, used alike at index and query time. Accents are folded before stemming
 * so that a word typed without accents meets the stemmer exactly as the accented word in the text did. No stop
 * words are removed: phrases stay exact and every query word counts.
 */
final class SearchAnalyzers {
    private SearchAnalyzers() {
    }

    /** The analysed field families: a document's title and body go to the fields of its language's family. */
    enum Analysis {
        FRENCH("fr"), ENGLISH("en"), OTHER("xx");

        private final String suffix;

        Analysis(String suffix) {
            this.suffix = suffix;
        }

        static Analysis of(String language) {
            return switch (language == null ? "" : language.toLowerCase(Locale.ROOT)) {
                case "fr" -> FRENCH;
                case "en" -> ENGLISH;
                default -> OTHER;
            };
        }

        String titleField() {
            return "title_" + suffix;
        }

        String bodyField() {
            return "body_" + suffix;
        }

        Analyzer analyzer() {
            return switch (this) {
                case FRENCH -> french();
                case ENGLISH -> english();
                case OTHER -> neutral();
            };
        }
    }

    /** Elision ({@code l’OTBC} → {@code otbc}, both apostrophes), lower case, folding, light stemming. */
    static Analyzer french() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream t = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                t = new LowerCaseFilter(t);
                t = new ASCIIFoldingFilter(t);
                t = new FrenchLightStemFilter(t);
                return new TokenStreamComponents(source, t);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)));
            }
        };
    }

    /** Possessives ({@code Kyiv's} → {@code kyiv}), lower case, folding, Porter stemming. */
    static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream t = new EnglishPossessiveFilter(source);
                t = new LowerCaseFilter(t);
                t = new ASCIIFoldingFilter(t);
                t = new PorterStemFilter(t);
                return new TokenStreamComponents(source, t);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** Any other language: words, lower case and folding only, since a wrong stemmer does more harm than none. */
    static Analyzer neutral() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** The analyzer of every analysed field, by field name; keyword fields are never analysed. */
    static Analyzer perField() {
        Map<String, Analyzer> byField = new HashMap<>();
        for (Analysis a : Analysis.values()) {
            Analyzer analyzer = a.analyzer();
            byField.put(a.titleField(), analyzer);
            byField.put(a.bodyField(), analyzer);
        }
        return new PerFieldAnalyzerWrapper(neutral(), byField);
    }
}

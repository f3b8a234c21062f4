package org.vigie.eval.quotes;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.*;
import org.vigie.nlp.lang.LanguagePack;
import org.vigie.nlp.quotes.PhraseMatcher;
import org.vigie.nlp.quotes.SpeechLexicon;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.*;

/**
 * A stand-in entity layer for evaluating quotes and events on corpora when no entity annotator is in the pipeline:
 * runs of capitalised words are mentions. A sentence-initial word counts only when followed by another capitalised
 * word, seen capitalised inside a sentence elsewhere, or unknown to the lexicon as a function word; leading
 * determiners and titles ("The", "Mr.", "President")
 * are cut using the speech lexicons. Types: PER after a title or for two or three title-case words, PER for a
 * single word that is the last word of such a name (grouped with it), MISC for month and weekday names (JDK locale
 * data), ORG otherwise. Each distinct name is one entity. This is an evaluation protocol, not an annotator.
 */
public final class CapitalisedEntities {
    private static final Set<String> CALENDAR = calendarWords();
    private static final Set<SpeechLexicon.Kind> FUNCTION = EnumSet.of(SpeechLexicon.Kind.DET, SpeechLexicon.Kind.POSS,
            SpeechLexicon.Kind.THAT, SpeechLexicon.Kind.AUX, SpeechLexicon.Kind.LINK, SpeechLexicon.Kind.REL,
            SpeechLexicon.Kind.STOP, SpeechLexicon.Kind.PREP, SpeechLexicon.Kind.SOURCE);

    private CapitalisedEntities() {
    }

    /** MENTIONS and ENTITIES for a document that has SENTENCES and TOKENS. */
    public static Layers annotate(Document doc, String language) {
        SpeechLexicon lex = SpeechLexicon.of(language).orElse(null);
        String text = doc.text();
        List<Token> tokens = doc.tokens();
        Set<String> seenInside = new HashSet<>();
        Map<Integer, Integer> sentenceStartAt = new HashMap<>();
        for (Sentence s : doc.sentences()) sentenceStartAt.put(s.start(), 1);
        for (int i = 0; i < tokens.size(); i++) {
            if (!sentenceStartAt.containsKey(tokens.get(i).start()) && isCap(text, tokens.get(i))) {
                seenInside.add(tokens.get(i).span().of(text));
            }
        }
        record Run(int from, int to, boolean titled) {
        }
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!isCap(text, tokens.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < tokens.size() && isCap(text, tokens.get(j)) && (j == i || adjacent(text, tokens.get(j - 1), tokens.get(j)))) j++;
            int from = i;
            boolean titled = false;
            while (from < j && lex != null && isFunction(lex, text, tokens, from, j)) {
                if (isTitle(lex, text, tokens, from)) titled = true;
                from++;
            }
            if (from < j) {
                boolean initial = sentenceStartAt.containsKey(tokens.get(from).start());
                // a capitalised first word is a name unless the lexicon knows it as a function word ("The", "He")
                if (!initial || j - from > 1 || seenInside.contains(tokens.get(from).span().of(text)) || titled
                        || lex == null || !isFunction(lex, text, tokens, from, j)) {
                    runs.add(new Run(from, j, titled || from > i && isTitle(lex, text, tokens, from - 1)));
                }
            }
            i = j;
        }
        Map<String, String> surnameToName = new HashMap<>();
        Map<String, EntityType> typeOf = new HashMap<>();
        for (Run r : runs) {
            String name = text.substring(tokens.get(r.from).start(), tokens.get(r.to - 1).end());
            int n = r.to - r.from;
            boolean titleCase = true;
            for (int k = r.from; k < r.to; k++) titleCase &= isTitleCase(tokens.get(k).span().of(text));
            boolean per = r.titled || (n >= 2 && n <= 3 && titleCase && !precededByDet(lex, text, tokens, r.from));
            if (per) {
                typeOf.put(name, EntityType.PER);
                surnameToName.putIfAbsent(tokens.get(r.to - 1).span().of(text), name);
            }
        }
        Map<String, List<Span>> mentions = new LinkedHashMap<>();
        for (Run r : runs) {
            String name = text.substring(tokens.get(r.from).start(), tokens.get(r.to - 1).end());
            String canonical = r.to - r.from == 1 ? surnameToName.getOrDefault(name, name) : name;
            if (!typeOf.containsKey(canonical)) {
                typeOf.put(canonical, CALENDAR.contains(LanguagePack.normalize(name)) ? EntityType.MISC : EntityType.ORG);
            }
            mentions.computeIfAbsent(canonical, k -> new ArrayList<>())
                    .add(new Span(tokens.get(r.from).start(), tokens.get(r.to - 1).end()));
        }
        List<Entity> entities = new ArrayList<>();
        List<Mention> ms = new ArrayList<>();
        for (Map.Entry<String, List<Span>> e : mentions.entrySet()) {
            String id = "vigie:" + slug(e.getKey());
            EntityType type = typeOf.get(e.getKey());
            entities.add(new Entity(id, e.getKey(), type, e.getValue()));
            for (Span s : e.getValue()) ms.add(new Mention(s, type, id, 0.5));
        }
        ms.sort(Comparator.comparing(Mention::span));
        return Layers.builder().put(LayerKind.MENTIONS, ms).put(LayerKind.ENTITIES, entities).build();
    }

    public static String slug(String name) {
        String n = LanguagePack.normalize(name);
        return n.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static boolean isCap(String text, Token t) {
        if (t.kind() != Token.Kind.WORD) return false;
        String s = t.span().of(text);
        return Character.isUpperCase(s.codePointAt(0));
    }

    private static boolean isTitleCase(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1));
    }

    private static boolean adjacent(String text, Token a, Token b) {
        for (int k = a.end(); k < b.start(); k++) if (text.charAt(k) != ' ' && text.charAt(k) != '\u00A0') return false;
        return b.start() - a.end() <= 1;
    }

    /** Determiners, pronouns, complementisers, titles and role words open a run without being part of the name. */
    private static boolean isFunction(SpeechLexicon lex, String text, List<Token> tokens, int k, int end) {
        String f = LanguagePack.normalize(tokens.get(k).span().of(text));
        SpeechLexicon.Kind kind = lex.kindOf(f);
        if (kind != null && FUNCTION.contains(kind) || lex.pronoun(f) != null) return true;
        if (isTitle(lex, text, tokens, k)) return true;
        return roleAt(lex, text, tokens, k, end);
    }

    private static boolean isTitle(SpeechLexicon lex, String text, List<Token> tokens, int k) {
        if (lex == null || k < 0) return false;
        List<String> forms = List.of(LanguagePack.normalize(tokens.get(k).span().of(text)));
        return lex.genderCues().longestAt(forms, 0, 1).isPresent();
    }

    private static boolean roleAt(SpeechLexicon lex, String text, List<Token> tokens, int k, int end) {
        List<String> forms = new ArrayList<>();
        for (int x = k; x < end; x++) forms.add(LanguagePack.normalize(tokens.get(x).span().of(text)));
        Optional<PhraseMatcher.Match<String>> m = lex.roles().longestAt(forms, 0, forms.size());
        return m.isPresent() && m.get().end() < forms.size();
    }

    private static boolean precededByDet(SpeechLexicon lex, String text, List<Token> tokens, int k) {
        if (lex == null || k == 0) return false;
        return lex.is(LanguagePack.normalize(tokens.get(k - 1).span().of(text)), SpeechLexicon.Kind.DET);
    }

    private static Set<String> calendarWords() {
        Set<String> out = new HashSet<>();
        for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH, new Locale("es"), Locale.GERMAN, Locale.ITALIAN)) {
            for (DayOfWeek d : DayOfWeek.values()) out.add(LanguagePack.normalize(d.getDisplayName(TextStyle.FULL, l)));
            for (Month m : Month.values()) out.add(LanguagePack.normalize(m.getDisplayName(TextStyle.FULL, l)));
        }
        return Set.copyOf(out);
    }
}

package org.vigie.nlp.published;

import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.model.Block;
import org.vigie.core.model.Span;
import org.vigie.nlp.lang.LanguagePack;

import java.time.LocalDate;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication day of an article that writes no date but names a weekday in its lead ("La Valdorie et la
 * Lessarie ont accepté samedi ...", "said on Tuesday"): news leads name the day of the event they report, which is
 * the day of publication or close to it, so the article is dated to the last such weekday on or before its
 * retrieval. A weekday moved to another week by a word next to it ({@code weekday-modifiers.txt}: "lundi
 * prochain", "last Monday") or part of a written date is not used. Only the lead (the first body paragraph) is
 * read: later weekdays often refer to other days of the story.
 */
final class LeadWeekday {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    private final DateFinder dates;
    /** Per language: weekday names (normalised) to ISO weekday, and the words that move a weekday. */
    private final Map<String, Map<String, Integer>> weekdays = new HashMap<>();
    private final Map<String, Set<String>> modifiers = new HashMap<>();

    LeadWeekday(DateFinder dates, List<String> languages) {
        this.dates = dates;
        for (String code : languages) {
            LanguagePack pack = LanguagePack.of(code);
            Map<String, Integer> names = new HashMap<>();
            for (Map<String, String> row : pack.table("weekdays.tsv")) {
                String name = row.get("name");
                // abbreviations ("sat.", "sun.") are ordinary words once their dot is gone
                if (name != null && !name.isBlank() && !name.endsWith(".")) {
                    names.put(LanguagePack.normalize(name.strip()), Integer.parseInt(row.get("weekday").strip()));
                }
            }
            if (names.isEmpty()) continue;
            weekdays.put(code, names);
            Set<String> mods = new HashSet<>();
            for (String w : pack.words("weekday-modifiers.txt")) mods.add(LanguagePack.normalize(w));
            modifiers.put(code, mods);
        }
    }

    /** The day and the weekday's span, when the lead names one usable weekday. */
    Optional<Map.Entry<LocalDate, Span>> date(Document doc, LocalDate retrieved) {
        Block lead = doc.blocks().stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH).findFirst().orElse(null);
        if (lead == null) return Optional.empty();
        String text = doc.text();
        List<DateFinder.Found> written = dates.find(text, lead.start(), lead.end());
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(lead.start(), lead.end());
        while (m.find()) words.add(new int[]{m.start(), m.end()});
        String language = doc.has(LayerKind.LANGUAGES) ? doc.languageAt(lead.start()).orElse(null) : null;
        List<String> codes = language != null && weekdays.containsKey(language) ? List.of(language) : List.copyOf(weekdays.keySet());
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            String word = LanguagePack.normalize(text.substring(w[0], w[1]));
            String code = codes.stream().filter(c -> weekdays.get(c).containsKey(word)).findFirst().orElse(null);
            if (code == null || insideDate(written, w[0])) continue;
            Set<String> mods = modifiers.get(code);
            if (modified(text, words, i - 1, mods) || modified(text, words, i + 1, mods)) continue;
            int weekday = weekdays.get(code).get(word);
            int back = (retrieved.getDayOfWeek().getValue() - weekday + 7) % 7;
            return Optional.of(Map.entry(retrieved.minusDays(back), new Span(w[0], w[1])));
        }
        return Optional.empty();
    }

    private static boolean modified(String text, List<int[]> words, int i, Set<String> modifiers) {
        if (i < 0 || i >= words.size()) return false;
        return modifiers.contains(LanguagePack.normalize(text.substring(words.get(i)[0], words.get(i)[1])));
    }

    private static boolean insideDate(List<DateFinder.Found> written, int offset) {
        for (DateFinder.Found f : written) if (f.span().start() <= offset && offset < f.span().end()) return true;
        return false;
    }
}

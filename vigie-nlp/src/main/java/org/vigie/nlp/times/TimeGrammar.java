package org.vigie.nlp.times;

import org.vigie.core.ConfigException;
import org.vigie.nlp.lang.LanguagePack;

import java.util.*;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The date patterns of one language, compiled once from its {@code months.tsv}, {@code weekdays.tsv},
 * {@code date-patterns.tsv}, {@code relative-dates.tsv}, {@code number-words.tsv} and {@code ordinal-suffixes.txt}.
 * A language without these files simply has no rules.
 */
final class TimeGrammar {
    private static final Map<String, TimeGrammar> CACHE = new ConcurrentHashMap<>();

    final String language;
    final List<Rule> rules = new ArrayList<>();
    final Map<String, Integer> months = new HashMap<>();
    final Map<String, Integer> weekdays = new HashMap<>();
    final char dateOrder;
    final Set<String> yearCues = new HashSet<>();
    private final Pattern weekdayTrigger;
    private final Pattern monthTrigger;
    private final Pattern numberTrigger;

    private TimeGrammar(String language) {
        this.language = language;
        LanguagePack pack = LanguagePack.of(language);
        Map<String, String> format = new HashMap<>();
        for (Map<String, String> row : pack.table("number-format.tsv")) format.put(row.get("key"), row.get("value"));
        boolean capitalised = "yes".equals(format.get("capitalised-dates"));
        for (Map<String, String> row : pack.table("months.tsv")) months.put(key(row.get("name")), Integer.parseInt(row.get("month")));
        for (Map<String, String> row : pack.table("weekdays.tsv")) {
            weekdays.put(key(row.get("name")), Integer.parseInt(row.get("weekday")));
        }
        Map<String, String> slots = new HashMap<>();
        slots.put("wd", "(?<wd>" + PatternCompiler.forms(formsOf(pack, "weekdays.tsv", capitalised)) + ")");
        slots.put("month", "(?<month>" + PatternCompiler.forms(formsOf(pack, "months.tsv", capitalised)) + ")");
        List<String> ordinals = new ArrayList<>(pack.words("ordinal-suffixes.txt"));
        String suffix = ordinals.isEmpty() ? "" : "(?:" + PatternCompiler.forms(ordinals) + ")?";
        slots.put("d", "(?<d>3[01]|[12]\\d|0?[1-9])" + suffix);
        slots.put("y", "(?<y>(?:18|19|20|21)\\d\\d)");
        List<String> numberWords = new ArrayList<>();
        for (Map<String, String> row : pack.table("number-words.tsv")) {
            String kind = row.get("kind");
            if (kind.equals("cardinal") || kind.equals("article")) numberWords.add(row.get("word"));
        }
        String words = numberWords.isEmpty() ? "" : "|(?:" + PatternCompiler.forms(numberWords) + ")(?:[-‑](?:"
                + PatternCompiler.forms(numberWords) + "))*";
        slots.put("n", "(?<n>\\d{1,3}" + words + ")");
        PatternCompiler compiler = new PatternCompiler(slots);
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        weekdayTrigger = Pattern.compile(slots.get("wd"), flags);
        monthTrigger = Pattern.compile(slots.get("month"), flags);
        numberTrigger = Pattern.compile(slots.get("n"), flags);
        load(pack, "date-patterns.tsv", compiler);
        load(pack, "relative-dates.tsv", compiler);
        String order = format.getOrDefault("date-order", "dmy");
        this.dateOrder = order.startsWith("m") ? 'm' : 'd';
        for (String w : pack.words("year-cues.txt")) yearCues.add(LanguagePack.normalize(w));
    }

    /** The rules worth running on a sentence: those whose anchor it contains. */
    List<Rule> rulesFor(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT).replace('’', '\'');
        boolean digits = lower.chars().anyMatch(Character::isDigit);
        Boolean weekday = null;
        Boolean month = null;
        Boolean number = null;
        List<Rule> out = new ArrayList<>();
        for (Rule r : rules) {
            Rule.Anchor a = r.anchor();
            boolean present;
            if (!a.words().isEmpty()) {
                present = a.words().stream().anyMatch(lower::contains);
            } else if ("wd".equals(a.slot())) {
                if (weekday == null) weekday = weekdayTrigger.matcher(sentence).find();
                present = weekday;
            } else if ("month".equals(a.slot())) {
                if (month == null) month = monthTrigger.matcher(sentence).find();
                present = month;
            } else if ("n".equals(a.slot())) {
                if (number == null) number = numberTrigger.matcher(sentence).find();
                present = number;
            } else {
                present = digits || a.slot() == null;
            }
            if (present) out.add(r);
        }
        return out;
    }

    static TimeGrammar of(String language) {
        return CACHE.computeIfAbsent(language, TimeGrammar::new);
    }

    private void load(LanguagePack pack, String file, PatternCompiler compiler) {
        for (Map<String, String> row : pack.table(file)) {
            String pattern = row.get("pattern");
            Rule.Unit unit;
            try {
                unit = Rule.Unit.parse(row.get("unit"));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(file + " of " + language + ": unknown unit '" + row.get("unit") + "' in " + pattern);
            }
            String offset = row.get("offset").trim();
            boolean ok = switch (unit) {
                case DATE -> offset.isEmpty();
                case WEEKDAY, MONTH_NAME -> offset.equals("past") || offset.equals("future") || offset.equals("tense");
                default -> offset.matches("[+-]?\\d+|[+-]n");
            };
            if (!ok) throw new ConfigException(file + " of " + language + ": offset '" + offset + "' does not fit unit " + unit + " in " + pattern);
            if (offset.endsWith("n") && !pattern.contains("{n}")) {
                throw new ConfigException(file + " of " + language + ": offset " + offset + " needs a {n} slot in " + pattern);
            }
            Pattern regex = compiler.compile(pattern);
            rules.add(new Rule(regex, unit, offset, language, pattern, PatternCompiler.anchor(pattern)));
        }
    }

    /**
     * The names of a months or weekdays table as written, plus each without accents ("fevrier", "aout"); with a
     * capital initial when the language capitalises them (English, German), so "may" and "march" stay verbs.
     */
    private static List<String> formsOf(LanguagePack pack, String file, boolean capitalised) {
        Set<String> out = new LinkedHashSet<>();
        for (Map<String, String> row : pack.table(file)) {
            String name = row.get("name");
            for (String f : List.of(name, stripAccents(name))) {
                out.add(capitalised && !f.isEmpty() ? Character.toUpperCase(f.charAt(0)) + f.substring(1) : f);
            }
        }
        return new ArrayList<>(out);
    }

    private static String stripAccents(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** The key under which a month or weekday form is looked up: normalised, without a final period. */
    static String key(String form) {
        String k = LanguagePack.normalize(form);
        return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
    }

    Integer month(String matched) {
        return months.get(key(matched));
    }

    Integer weekday(String matched) {
        return weekdays.get(key(matched));
    }
}

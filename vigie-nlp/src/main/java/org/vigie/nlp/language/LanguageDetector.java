package org.vigie.nlp.language;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import org.vigie.core.ConfigException;
import org.vigie.nlp.lang.LanguagePack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Guesses the language of a stretch of text among a closed list of languages
 * ({@code lang/multi/detector-languages.txt}), with character n-gram profiles from Optimaize's
 * language-detector (Apache-2.0, profiles built from Wikipedia).
 *
 * <p>Why this library: measured on the trafilatura evaluation pages (2,492 segments of 20+ characters, labelled
 * by the page's {@code lang}) and on our own sentences in 30 languages, restricted to the same 30 languages:
 * Optimaize loads in 0.3-0.5 s, takes about 20 MB of heap and labels about 12,000 blocks/s with 91.4 % accuracy;
 * Lingua 1.2.2 in low-accuracy mode loads in 0.5 s, 33 MB, 2,900 blocks/s, 88.6 %; Lingua's high-accuracy mode
 * needs 5.8 s and 850 MB (unfit for a stream processor). The library is no longer developed, so it sits behind
 * this class alone and a current Guava replaces the one it was built with.
 *
 * <p>Immutable and thread-safe; the profiles are loaded once per instance ({@link #shared()} for the common one).
 */
public final class LanguageDetector {
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+|\\S+@\\S+\\.\\w+|[#@]\\w+");
    private static final Pattern NOT_LETTER = Pattern.compile("[\\p{N}\\p{P}\\p{S}_]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final com.optimaize.langdetect.LanguageDetector detector;
    private final List<String> languages;

    /** A language and the detector's probability for it, in [0,1]. */
    public record Guess(String language, double confidence) {
    }

    private static final class Holder {
        static final LanguageDetector SHARED = new LanguageDetector(List.copyOf(LanguagePack.of("multi").words("detector-languages.txt")));
    }

    /** The detector over the default language list, loaded on first use. */
    public static LanguageDetector shared() {
        return Holder.SHARED;
    }

    public LanguageDetector(List<String> languages) {
        if (languages.isEmpty()) throw new ConfigException("the language detector needs at least one language");
        LanguageProfileReader reader = new LanguageProfileReader();
        List<LanguageProfile> profiles = new ArrayList<>();
        try {
            for (String code : languages) {
                for (String profile : profileNames(code)) profiles.add(reader.readBuiltIn(LdLocale.fromString(profile)));
            }
        } catch (IOException | RuntimeException e) {
            throw new ConfigException("cannot load language profiles for " + languages + ": " + e.getMessage(), e);
        }
        this.detector = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles)
                .probabilityThreshold(0.01).build();
        this.languages = List.copyOf(languages);
    }

    private static List<String> profileNames(String code) {
        return switch (code) {
            case "nb" -> List.of("no");
            case "zh" -> List.of("zh-CN", "zh-TW");
            default -> List.of(code);
        };
    }

    private static String code(LdLocale locale) {
        String l = locale.getLanguage();
        return l.equals("no") ? "nb" : l;
    }

    public List<String> languages() {
        return languages;
    }

    /** Every language with a probability of at least 0.01, most probable first; empty when the text has no letters. */
    public List<Guess> guesses(CharSequence text) {
        String clean = clean(text);
        if (clean.isEmpty()) return List.of();
        Map<String, Double> merged = new LinkedHashMap<>();
        for (DetectedLanguage d : detector.getProbabilities(clean)) merged.merge(code(d.getLocale()), d.getProbability(), Double::sum);
        List<Guess> out = new ArrayList<>();
        merged.forEach((l, p) -> out.add(new Guess(l, Math.min(1.0, p))));
        out.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
        return out;
    }

    /** The most probable language, if the text has letters. */
    public Optional<Guess> detect(CharSequence text) {
        List<Guess> g = guesses(text);
        return g.isEmpty() ? Optional.empty() : Optional.of(g.get(0));
    }

    /**
     * How much evidence the text carries: its letters, URLs and numbers left out; a Han, kana or Hangul character
     * counts as three letters, since one carries about as much as a short Latin word.
     */
    public static int weight(CharSequence text) {
        String clean = URL.matcher(text).replaceAll(" ");
        int w = 0;
        for (int i = 0; i < clean.length(); ) {
            int cp = clean.codePointAt(i);
            if (Character.isLetter(cp)) {
                Character.UnicodeScript s = Character.UnicodeScript.of(cp);
                w += s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                        || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL ? 3 : 1;
            }
            i += Character.charCount(cp);
        }
        return w;
    }

    /** URLs, handles, digits and punctuation removed; a line in capitals is lower-cased, as the profiles were built from running text. */
    static String clean(CharSequence text) {
        String s = URL.matcher(text).replaceAll(" ");
        s = NOT_LETTER.matcher(s).replaceAll(" ");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        int upper = 0, letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
        }
        return letters > 0 && upper * 2 > letters ? s.toLowerCase(java.util.Locale.ROOT) : s;
    }
}

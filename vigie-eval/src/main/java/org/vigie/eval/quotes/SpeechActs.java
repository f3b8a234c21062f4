package org.vigie.eval.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a speech cue ("said", "told reporters", "according to", a colon introducing a transcript) from the cue of an
 * attributed belief, wish or finding ("thinks", "wants", "shows"), for the PolNeAR "speech cues" sub-score. Lemmas
 * come from {@code speech-act-verbs-en.txt}; a word is matched through its regular inflections.
 */
public final class SpeechActs {
    private static final Set<String> LEMMAS = load();

    private SpeechActs() {
    }

    /** Whether a cue as written is a speech cue: one word is a speech verb form, or the cue is punctuation only. */
    public static boolean isSpeech(String cue) {
        boolean letters = false;
        for (String w : cue.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.isEmpty()) continue;
            letters = true;
            if (isSpeechWord(w)) return true;
        }
        return !letters && !cue.isBlank();
    }

    static boolean isSpeechWord(String w) {
        if (LEMMAS.contains(w)) return true;
        for (String suffix : new String[]{"s", "es", "ed", "d", "ing"}) {
            if (!w.endsWith(suffix) || w.length() <= suffix.length() + 1) continue;
            String stem = w.substring(0, w.length() - suffix.length());
            if (LEMMAS.contains(stem)) return true;
            if (suffix.equals("ing") && LEMMAS.contains(stem + "e")) return true;
            if (suffix.equals("es") && stem.endsWith("i") && LEMMAS.contains(stem.substring(0, stem.length() - 1) + "y")) return true;
            if (suffix.equals("ed") && stem.endsWith("i") && LEMMAS.contains(stem.substring(0, stem.length() - 1) + "y")) return true;
            int n = stem.length();
            if ((suffix.equals("ed") || suffix.equals("ing")) && n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)
                    && LEMMAS.contains(stem.substring(0, n - 1))) return true;
        }
        return false;
    }

    private static Set<String> load() {
        String name = "speech-act-verbs-en.txt";
        InputStream in = SpeechActs.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("missing resource org/vigie/eval/quotes/" + name);
        Set<String> out = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) out.add(w.toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return Set.copyOf(out);
    }
}

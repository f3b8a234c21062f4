package org.vigie.nlp.entities;

/**
 * Whether two names written differently are variants of one name, by the rules the entity annotator groups the
 * mentions of a document with ({@link VariantKey}: transliterations, misspellings, the surname alone), for grouping
 * names across documents. Thread-safe.
 */
public final class NameVariants {
    private NameVariants() {
    }

    /** The variant key of a name: "Zelensky", "Zelenskyy" and "Selenskyj" have the same one. */
    public static String key(String name) {
        return VariantKey.of(name);
    }

    /** The key of the last word of a name (the surname of a person), the key of the name for a single word. */
    public static String lastWordKey(String name) {
        return new Form(name).lastKey();
    }

    /**
     * True when the names are variants: close keys ("Zelenski", "Zelensky"), a single word close to the last word of
     * the other name ("Verenko", "Anatol Verenko"), two full names with close last words and agreeing given names,
     * or an acronym and the initials of the other name. Two full names whose given names disagree are never variants
     * ("Anna Keller", "Tom Keller").
     */
    public static boolean same(String a, String b) {
        Form fa = new Form(a);
        Form fb = new Form(b);
        if (fa.acronym || fb.acronym) {
            if (fa.text.equals(fb.text)) return true;
            if (fa.acronym && fb.words.length >= 2) return fa.text.equals(fb.initials);
            if (fb.acronym && fa.words.length >= 2) return fb.text.equals(fa.initials);
            return false;
        }
        if (conflicting(fa, fb)) return false;
        if (VariantKey.close(fa.key, fb.key)) return true;
        if (fa.words.length == 1 && fb.words.length >= 2) return VariantKey.close(fa.key, fb.lastKey());
        if (fb.words.length == 1 && fa.words.length >= 2) return VariantKey.close(fb.key, fa.lastKey());
        return fa.words.length >= 2 && fb.words.length >= 2 && VariantKey.close(fa.lastKey(), fb.lastKey())
                && VariantKey.givenNamesAgree(fa.given, fb.given);
    }

    /** How a word of a name as written stands to the same word in a reference spelling of the name. */
    public enum WordMatch {
        /** The same letters, case and accents aside ("ERDOGAN", "Erdoğan"). */
        SAME,
        /** A spelling the transliteration rules explain ("Zelenski", "Zelensky"; "Volodimir", "Volodymyr"). */
        TRANSLITERATION,
        /** Close but explained by no rule: a misspelling ("Macorn", "Macron"). */
        MISSPELLING,
        /** Another word. */
        OTHER
    }

    /**
     * Compares a written word with a reference word of the same name. Given names are allowed the looser closeness
     * the grouping gives them (two edits, same first letter: "Petr", "Piotr").
     */
    public static WordMatch compareWord(String written, String reference, boolean givenName) {
        String w = VariantKey.foldCaseAndAccents(written);
        String r = VariantKey.foldCaseAndAccents(reference);
        if (w.equals(r)) return WordMatch.SAME;
        String wk = VariantKey.of(written);
        String rk = VariantKey.of(reference);
        if (wk.isEmpty() || rk.isEmpty()) return WordMatch.OTHER;
        if (wk.equals(rk)) return WordMatch.TRANSLITERATION;
        boolean close = givenName ? rk.length() >= 4 && VariantKey.givenNamesAgree(wk, rk) : VariantKey.close(wk, rk);
        return close ? WordMatch.MISSPELLING : WordMatch.OTHER;
    }

    /** Two full names with close last words but given names that disagree: two people of one family. */
    public static boolean conflicting(String a, String b) {
        return conflicting(new Form(a), new Form(b));
    }

    private static boolean conflicting(Form a, Form b) {
        return !a.given.isEmpty() && !b.given.isEmpty() && !VariantKey.givenNamesAgree(a.given, b.given)
                && VariantKey.close(a.lastKey(), b.lastKey());
    }
}

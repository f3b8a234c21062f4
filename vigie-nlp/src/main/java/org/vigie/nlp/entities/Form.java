package org.vigie.nlp.entities;

/** One surface form of a group, with its variant keys computed once (grouping compares them many times). */
final class Form {
    final String text;
    final String[] words;
    final String[] wordKeys;
    final String key;
    final String given;
    final String minusFirst;
    final String initials;
    final boolean acronym;

    Form(String text) {
        this.text = text;
        this.words = text.trim().split("\\s+");
        this.wordKeys = new String[words.length];
        for (int i = 0; i < words.length; i++) wordKeys[i] = VariantKey.of(words[i]);
        this.key = VariantKey.of(text);
        this.given = words.length >= 2 ? wordKeys[0] : "";
        StringBuilder rest = new StringBuilder();
        for (int i = 1; i < wordKeys.length; i++) rest.append(wordKeys[i]);
        this.minusFirst = rest.toString();
        this.initials = Linker.initials(text);
        this.acronym = CapitalisedNameTagger.isAcronym(text) && !text.contains(" ");
    }

    String lastKey() {
        return wordKeys[wordKeys.length - 1];
    }
}

package org.vigie.nlp.kb;

import java.util.Locale;

/** How far a knowledge-base id can be trusted as a Wikidata QID. */
public enum QidStatus {
    /** A QID the team is certain of (the best-known ids: France, NATO, AFP...). */
    WELL_KNOWN,
    /** A QID that HIPE annotators linked to the same name (checked by {@code KbQidCheck}). */
    HIPE,
    /** No QID recorded: the id is an engine id {@code vigie:<slug>}. */
    UNVERIFIED;

    static QidStatus parse(String s) {
        return valueOf(s.strip().replace('-', '_').toUpperCase(Locale.ROOT));
    }

    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

package org.vigie.monitor;

import org.vigie.core.model.EventType;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * What a watchlist waits for. Item rules look at one newly analysed document (a mention, an event, a quote, a
 * figure); story rules look at how a story grows as documents join it. Entity, actor, speaker and place values
 * are entity ids, so every name variant the analysis linked to the entity counts. An empty set means "any".
 */
public sealed interface Rule {
    /** The rule's name in JSON: {@code document, event, quote, figure, story, breaking}. */
    String type();

    /** Any document that passes the watchlist's filters. */
    record AnyDocument() implements Rule {
        public String type() { return "document"; }
    }

    /** An event of one of these types with these participants ("a THREATEN event with Russia as actor1"). */
    record EventMatch(Set<EventType> types, Set<String> actor1, Set<String> actor2, Set<String> locations,
                      boolean includeNegated) implements Rule {
        public EventMatch {
            types = Set.copyOf(types);
            actor1 = Set.copyOf(actor1);
            actor2 = Set.copyOf(actor2);
            locations = Set.copyOf(locations);
        }

        public String type() { return "event"; }
    }

    /** A quote by one of these speakers ("any quote by Jens Stoltenberg"); direct quotes only if asked. */
    record QuoteMatch(Set<String> speakers, boolean directOnly) implements Rule {
        public QuoteMatch {
            speakers = Set.copyOf(speakers);
        }

        public String type() { return "quote"; }
    }

    /**
     * A figure counting one of these units (English singular nouns, as the analysis writes them) within the
     * bounds; with {@code newOnly}, only a value this watchlist has not seen before ("a troop figure above
     * 100 000 not seen before").
     */
    record FigureMatch(Set<String> units, Double above, Double below, boolean newOnly) implements Rule {
        public FigureMatch {
            units = Set.copyOf(units);
        }

        public String type() { return "figure"; }
    }

    /**
     * A story reported by at least {@code sources} independent sources within {@code within}, measured on the
     * sources' publication times (arrival when unknown, never later than arrival; see {@link PublicationTime}).
     */
    record StorySources(int sources, Duration within) implements Rule {
        public StorySources {
            Objects.requireNonNull(within, "within");
            if (sources < 2) throw new IllegalArgumentException("a story rule needs at least 2 sources, not " + sources);
            if (within.isNegative() || within.isZero()) throw new IllegalArgumentException("a story rule needs a positive 'within'");
        }

        public String type() { return "story"; }
    }

    /**
     * A breaking story: at least {@code minSources} new independent sources within {@code window}, and at
     * least {@code factor} times the story's own usual rate per window (never less than one a window), at most
     * once per story per {@code cooldown}. Windows and usual rate are measured on publication times, the
     * cooldown on alert (arrival) times.
     */
    record Breaking(Duration window, int minSources, double factor, Duration cooldown) implements Rule {
        public Breaking {
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(cooldown, "cooldown");
            if (window.isNegative() || window.isZero()) throw new IllegalArgumentException("a breaking rule needs a positive window");
            if (minSources < 2) throw new IllegalArgumentException("a breaking rule needs at least 2 sources, not " + minSources);
            if (!(factor >= 1)) throw new IllegalArgumentException("a breaking rule's factor must be at least 1, not " + factor);
            if (cooldown.isNegative()) throw new IllegalArgumentException("the cooldown cannot be negative");
        }

        public static Breaking defaults() {
            return new Breaking(Duration.ofHours(1), 3, 3.0, Duration.ofHours(6));
        }

        public String type() { return "breaking"; }
    }
}

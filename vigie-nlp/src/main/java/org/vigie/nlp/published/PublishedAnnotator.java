package org.vigie.nlp.published;

import org.vigie.core.Annotator;
import org.vigie.core.Document;
import org.vigie.core.LayerKind;
import org.vigie.core.Layers;
import org.vigie.core.model.Block;
import org.vigie.core.model.Published;
import org.vigie.nlp.artefacts.CompactReading;

import java.time.LocalDate;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date, in this order of trust:
 * <ol>
 * <li>{@code metadata().published()} when it parses as a date ({@link MetadataDates}): method {@code metadata};</li>
 * <li>a date with its year written in the text: a date line introduced by a cue from {@code published-cues.txt}
 * ("Publié le 12/03/2025 à 14h05", "Updated 3 March 2025"; a publication cue wins over an update cue), a
 * dateline opening a paragraph ("BRUXELLES, le 10 février 2025 (AFP) –") or a line holding nothing but a date:
 * method {@code text}, evidence the date text;</li>
 * <li>the same kinds of date without a year ("KORVAN, March 3 (Reuters) -"), completed by {@link YearInference}
 * from the document's own references, else by the retrieval date ({@link RetrievalDates}): method {@code text} as
 * the contract and the demo gold have it (the day and month are read from the dateline, which is the evidence);</li>
 * <li>no date written at all: the weekday the lead names, placed in the week before the retrieval date
 * ({@link LeadWeekday}): method {@code inferred}, evidence the weekday.</li>
 * </ol>
 * Without a retrieval date ({@code metadata().retrieved()}) the last two steps give nothing.
 * Datelines and bare date lines are looked for only near the top (the first {@value #TOP_BLOCKS} blocks or up to
 * the third body paragraph), since dates lower down usually belong to related articles. Nothing found: no
 * element. The annotator never uses the clock of the machine.
 */
public final class PublishedAnnotator implements Annotator {
    static final int TOP_BLOCKS = 8;
    /** A place of one to four capitalised words ("KORVAN", "Bruxelles", "DRAVNIK, Lessaria", "PARIS/BERLIN"), maybe an agency in brackets, a comma. */
    private static final Pattern DATELINE_PREFIX = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*(?:[ ,/]+\\p{Lu}[\\p{L}\\p{M}'’.\\-]*){0,3}(?:\\s*\\([^()]{1,40}\\))?\\s*,\\s*(?:(?:le|el|il|den|am|the|on|o)\\s+)?");
    private static final Pattern FILLER = Pattern.compile("[\\s\\p{P}|]*");

    private final DateFinder dates;
    private final LeadWeekday leadWeekday;
    private final List<Cue> cues = new ArrayList<>();

    private record Cue(boolean published, Pattern pattern) {
    }

    private record Candidate(DateFinder.Found date, int rank) {
    }

    public PublishedAnnotator() {
        this(DateFinder.shared(), List.copyOf(org.vigie.nlp.lang.LanguagePack.of("multi").words("detector-languages.txt")));
    }

    public PublishedAnnotator(DateFinder dates, List<String> languages) {
        this.dates = dates;
        this.leadWeekday = new LeadWeekday(dates, languages);
        for (String code : languages) {
            for (String line : org.vigie.nlp.lang.LanguagePack.of(code).words("published-cues.txt")) {
                String[] p = line.split("\t");
                if (p.length != 2) continue;
                String phrase = Pattern.quote(p[1].strip());
                cues.add(new Cue(p[0].strip().equals("published"), Pattern.compile("(?<![\\p{L}])" + phrase
                        + "(?![\\p{L}])\\s*[:\\-–]?\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            }
        }
    }

    @Override
    public String name() {
        return "published";
    }

    @Override
    public Set<LayerKind<?>> requires() {
        return Set.of(LayerKind.BLOCKS);
    }

    @Override
    public Set<LayerKind<?>> produces() {
        return Set.of(LayerKind.PUBLISHED);
    }

    @Override
    public Layers annotate(Document doc) {
        // dates are regular expressions over the text: a repaired reading is read without its fillers
        Optional<CompactReading> compact = CompactReading.of(doc);
        if (compact.isEmpty()) return find(doc);
        List<Published> out = new ArrayList<>();
        for (Published p : find(compact.get().document()).get(LayerKind.PUBLISHED)) {
            out.add(new Published(p.value(), p.evidence() == null ? null : compact.get().original(p.evidence()), p.method()));
        }
        return Layers.of(LayerKind.PUBLISHED, out);
    }

    private Layers find(Document doc) {
        Optional<String> fromMetadata = MetadataDates.parse(doc.metadata().published(), dates);
        if (fromMetadata.isPresent()) {
            return Layers.of(LayerKind.PUBLISHED, List.of(new Published(fromMetadata.get(), null, Published.Method.METADATA)));
        }
        Candidate best = null;
        List<Block> blocks = doc.blocks();
        int top = topLimit(blocks);
        for (int i = 0; i < blocks.size(); i++) {
            Candidate c = candidate(doc.text(), blocks.get(i), i < top);
            if (c != null && (best == null || c.rank < best.rank)) best = c;
        }
        Optional<LocalDate> retrieved = RetrievalDates.parse(doc.metadata().retrieved());
        if (best == null) {
            if (retrieved.isEmpty()) return Layers.of(LayerKind.PUBLISHED, List.of());
            return Layers.of(LayerKind.PUBLISHED, leadWeekday.date(doc, retrieved.get())
                    .map(d -> List.of(new Published(d.getKey().toString(), d.getValue(), Published.Method.INFERRED)))
                    .orElse(List.of()));
        }
        if (best.date.hasYear()) {
            return Layers.of(LayerKind.PUBLISHED, List.of(new Published(best.date.iso(), best.date.span(), Published.Method.TEXT)));
        }
        OptionalInt year = YearInference.year(doc, best.date, dates);
        if (year.isEmpty() && retrieved.isPresent()) {
            year = RetrievalDates.yearBefore(retrieved.get(), best.date).map(OptionalInt::of).orElse(OptionalInt.empty());
        }
        if (year.isEmpty()) return Layers.of(LayerKind.PUBLISHED, List.of());
        // the day and month are read from the text, which is the evidence; only the year comes from elsewhere
        return Layers.of(LayerKind.PUBLISHED, List.of(new Published(best.date.withYear(year.getAsInt()).iso(), best.date.span(),
                Published.Method.TEXT)));
    }

    /** Blocks before this index count as the top of the article. */
    private static int topLimit(List<Block> blocks) {
        int paragraphs = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == Block.Kind.PARAGRAPH && ++paragraphs == 3) return Math.max(TOP_BLOCKS, i + 1);
        }
        return Math.max(TOP_BLOCKS, blocks.size());
    }

    /**
     * The best date this block offers, ranked: 0 cue of publication with a year, 1 dateline, byline or date line
     * with a year, 2 cue of update with a year, then the same three without a year (3, 4, 5).
     */
    private Candidate candidate(String text, Block block, boolean nearTop) {
        int s = block.start(), e = block.end();
        Candidate best = null;
        for (Cue cue : cues) {
            Matcher m = cue.pattern.matcher(text).region(s, e);
            while (m.find()) {
                List<DateFinder.Found> found = dates.find(text, m.end(), Math.min(e, m.end() + 40));
                if (found.isEmpty() || found.get(0).span().start() - m.end() > 4) continue;
                DateFinder.Found d = found.get(0);
                int rank = (cue.published ? 0 : 2) + (d.hasYear() ? 0 : 3);
                if (best == null || rank < best.rank) best = new Candidate(d, rank);
            }
        }
        if (best != null || !nearTop) return best;
        List<DateFinder.Found> found = dates.find(text, s, Math.min(e, s + 120));
        if (found.isEmpty()) return null;
        DateFinder.Found d = found.get(0);
        boolean dateline = DATELINE_PREFIX.matcher(text).region(s, d.span().start()).matches()
                || block.kind() == Block.Kind.BYLINE;
        boolean dateOnly = d.span().start() - s <= 3 && FILLER.matcher(text).region(d.span().end(), e).matches()
                && FILLER.matcher(text).region(s, d.span().start()).matches();
        if (!dateline && !dateOnly) return null;
        return new Candidate(d, d.hasYear() ? 1 : 4);
    }

    /** Whether the day and month exist in that year and fall on the weekday the text gave, if it gave one. */
    static boolean fits(int year, DateFinder.Found d) {
        try {
            LocalDate date = LocalDate.of(year, d.month(), d.day());
            return d.weekday() == null || date.getDayOfWeek().getValue() == d.weekday();
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }
}

package org.vigie.stories;

import org.vigie.core.Document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * What story grouping keeps of a document, compact enough for a million in memory: a MinHash of its body's word
 * shingles (copies and edits), its content words with their counts (same-language similarity), its
 * language-independent evidence (linked entity ids, capitalised names, figures, dates) and the bigrams of that
 * evidence in text order (translations keep the order of names, figures and quotes, independent reports do not).
 * Features are 32-bit hashes in sorted arrays; nothing refers to a shared vocabulary, so a fingerprint can be
 * stored ({@link #encode()}) and read back ({@link #decode}) on its own.
 */
public final class Fingerprint {
    /** {@link #day()} when the publication date is unknown. */
    public static final int NO_DATE = Integer.MIN_VALUE;

    /** Bits of {@link #counts()}: the term count (capped) and whether it was a capitalised name or in the title. */
    static final int COUNT_MASK = 0x3f, NAME_FLAG = 0x40, TITLE_FLAG = 0x80;

    /** How a document stands as a possible original: a wire's own copy, a publisher crediting a wire, neither. */
    public enum Origin { WIRE, CREDITING_PUBLISHER, UNCREDITED }

    private static final int FORMAT = 1;

    private final String documentId;
    private final String language;
    private final int day;
    private final int minute;
    private final Origin origin;
    private final int source;
    private final int damage;
    private final int shingles;
    private final int[] minHash;
    private final int[] terms;
    private final byte[] counts;
    private final int[] evidence;
    private final int[] skeleton;

    Fingerprint(String documentId, String language, int day, int minute, Origin origin, int source, int damage, int shingles,
                int[] minHash, int[] terms, byte[] counts, int[] evidence, int[] skeleton) {
        this.documentId = Objects.requireNonNull(documentId, "documentId");
        this.language = Objects.requireNonNull(language, "language").intern();
        this.day = day;
        this.minute = minute;
        this.origin = Objects.requireNonNull(origin, "origin");
        this.source = source;
        this.damage = damage;
        this.shingles = shingles;
        this.minHash = minHash;
        this.terms = terms;
        this.counts = counts;
        this.evidence = evidence;
        this.skeleton = skeleton;
        if (terms.length != counts.length) throw new IllegalArgumentException("terms and counts differ in length");
    }

    /** The fingerprint of an analysed document; uses whatever layers it has and falls back on its text. */
    public static Fingerprint of(Document doc) {
        return FingerprintBuilder.build(doc);
    }

    public String documentId() { return documentId; }

    /** ISO 639-1 code of the body, or {@code und}. */
    public String language() { return language; }

    /** Publication date as an epoch day, or {@link #NO_DATE}. */
    public int day() { return day; }

    /** Publication time as minutes after midnight, or -1 when only the date (or nothing) is known. */
    public int minute() { return minute; }

    public Origin origin() { return origin; }

    /** Hash of the source the text comes from (credited wire, else publisher), 0 when unknown. */
    public int source() { return source; }

    /**
     * How damaged the text is: the number of artefacts found in it (machine-translation numbers, misspelt names,
     * mixed languages, mojibake), capped at 127. Copies and machine translations collect damage, originals rarely.
     */
    public int damage() { return damage; }

    /** Number of distinct word shingles of the body, to turn a MinHash similarity into containment. */
    public int shingles() { return shingles; }

    public boolean hasDate() { return day != NO_DATE; }

    /** The publication date as ISO text, or null. */
    public String date() {
        return day == NO_DATE ? null : LocalDate.ofEpochDay(day).toString();
    }

    int[] minHash() { return minHash; }
    int[] terms() { return terms; }
    byte[] counts() { return counts; }
    int[] evidence() { return evidence; }
    int[] skeleton() { return skeleton; }

    /** The same fingerprint under another document id (replayed copies in benchmarks, renamed inputs). */
    public Fingerprint withDocumentId(String id) {
        return new Fingerprint(id, language, day, minute, origin, source, damage, shingles, minHash, terms, counts, evidence, skeleton);
    }

    private static final int[] NO_TERMS = new int[0];
    private static final byte[] NO_COUNTS = new byte[0];

    /**
     * The same fingerprint without its content words, for documents of stories that can no longer be joined: their
     * MinHash, evidence and dates still find copies and translations, at half the memory.
     */
    Fingerprint withoutTerms() {
        if (terms.length == 0) return this;
        return new Fingerprint(documentId, language, day, minute, origin, source, damage, shingles, minHash, NO_TERMS, NO_COUNTS, evidence, skeleton);
    }

    /** The same fingerprint with another publication date. */
    public Fingerprint withDay(int newDay) {
        return new Fingerprint(documentId, language, newDay, minute, origin, source, damage, shingles, minHash, terms, counts, evidence, skeleton);
    }

    /** A stable binary form (without the document id, which the store keeps beside it). */
    public byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 4 * (minHash.length + terms.length + evidence.length + skeleton.length) + counts.length);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeUTF(language);
            out.writeInt(day);
            out.writeShort(minute);
            out.writeByte(origin.ordinal());
            out.writeInt(source);
            out.writeByte(damage);
            out.writeInt(shingles);
            writeInts(out, minHash);
            writeInts(out, terms);
            out.writeInt(counts.length);
            out.write(counts);
            writeInts(out, evidence);
            writeInts(out, skeleton);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads what {@link #encode()} wrote.
     *
     * @throws IllegalArgumentException when the bytes are not a fingerprint of a known format
     */
    public static Fingerprint decode(String documentId, byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            int format = in.readByte();
            if (format != FORMAT) throw new IllegalArgumentException("fingerprint of " + documentId + " has unknown format " + format);
            String language = in.readUTF();
            int day = in.readInt();
            int minute = in.readShort();
            int origin = in.readByte();
            if (origin < 0 || origin >= Origin.values().length) throw new IllegalArgumentException("fingerprint of " + documentId + ": bad origin " + origin);
            int source = in.readInt();
            int damage = in.readByte();
            int shingles = in.readInt();
            int[] minHash = readInts(in);
            int[] terms = readInts(in);
            byte[] counts = new byte[checkedLength(in.readInt())];
            in.readFully(counts);
            int[] evidence = readInts(in);
            int[] skeleton = readInts(in);
            return new Fingerprint(documentId, language, day, minute, Origin.values()[origin], source, damage, shingles, minHash, terms,
                    counts, evidence, skeleton);
        } catch (IOException e) {
            throw new IllegalArgumentException("fingerprint of " + documentId + " is truncated or damaged", e);
        }
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) out.writeInt(v);
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] values = new int[checkedLength(in.readInt())];
        for (int i = 0; i < values.length; i++) values[i] = in.readInt();
        return values;
    }

    private static int checkedLength(int n) throws IOException {
        if (n < 0 || n > 1 << 20) throw new IOException("implausible array length " + n);
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && documentId.equals(f.documentId) && language.equals(f.language) && day == f.day
                && minute == f.minute && origin == f.origin && source == f.source && damage == f.damage && shingles == f.shingles
                && Arrays.equals(minHash, f.minHash) && Arrays.equals(terms, f.terms) && Arrays.equals(counts, f.counts)
                && Arrays.equals(evidence, f.evidence) && Arrays.equals(skeleton, f.skeleton);
    }

    @Override
    public int hashCode() {
        return Objects.hash(documentId, day, Arrays.hashCode(terms));
    }

    @Override
    public String toString() {
        return "Fingerprint[" + documentId.substring(0, Math.min(12, documentId.length())) + ", " + language + ", "
                + (date() == null ? "undated" : date()) + ", " + terms.length + " terms, " + evidence.length + " evidence]";
    }
}

package org.vigie.core.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 char offsets into a document's text.
 * Offsets are converted to the contract's code points only at the JSON boundary.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /** Sorts by start, then longer spans first, as nested annotations are usually read. */
    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(o.end, end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}

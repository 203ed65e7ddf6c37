package io.github.tiqu.core.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into the original input.
 *
 * <p>Immutable; validated on construction so that no component can carry a reversed or negative span.
 */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public static TextSpan of(int start, int end) {
        return new TextSpan(start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(TextSpan other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    /** The covered characters of {@code text}, which must be the text the span indexes. */
    public String cut(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /** Orders by start, then longer first, so that a sorted list reads left to right, outer before inner. */
    @Override
    public int compareTo(TextSpan o) {
        if (start != o.start) {
            return Integer.compare(start, o.start);
        }
        return Integer.compare(o.end, end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}

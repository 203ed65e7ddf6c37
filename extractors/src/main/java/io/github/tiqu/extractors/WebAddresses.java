package io.github.tiqu.extractors;

import java.util.ArrayList;
import java.util.List;

/**
 * Web addresses in running text ({@code https://www.gov.cn/2023/12/19/content_50.htm}, {@code www.stats.gov.cn}):
 * their digits are paths and query strings, so no mention may overlap one. A linear scan, no regex.
 * Stateless; safe to share.
 */
final class WebAddresses {

    private WebAddresses() {
    }

    /** The spans {@code [start, end)} of the addresses in {@code text}, in order, as start/end pairs. */
    static int[] spans(String text) {
        List<int[]> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = addressStart(text, i);
            if (start < 0) {
                i++;
                continue;
            }
            int end = start;
            while (end < text.length() && isAddressChar(text.charAt(end))) {
                end++;
            }
            found.add(new int[] {start, end});
            i = Math.max(end, i + 1);
        }
        int[] out = new int[found.size() * 2];
        for (int k = 0; k < found.size(); k++) {
            out[2 * k] = found.get(k)[0];
            out[2 * k + 1] = found.get(k)[1];
        }
        return out;
    }

    /** Whether {@code [start, end)} overlaps one of {@code spans}. */
    static boolean overlaps(int[] spans, int start, int end) {
        for (int k = 0; k < spans.length; k += 2) {
            if (start < spans[k + 1] && spans[k] < end) {
                return true;
            }
        }
        return false;
    }

    /** {@code i} if an address starts there: a scheme ({@code http://}, {@code https://}) or {@code www.}. */
    private static int addressStart(String text, int i) {
        char c = text.charAt(i);
        if ((c == 'h' || c == 'H') && (startsWithIgnoreCase(text, i, "http://") || startsWithIgnoreCase(text, i, "https://"))) {
            return i;
        }
        if ((c == 'w' || c == 'W') && startsWithIgnoreCase(text, i, "www.") && (i == 0 || !isAddressChar(text.charAt(i - 1)))) {
            return i;
        }
        return -1;
    }

    private static boolean startsWithIgnoreCase(String text, int i, String prefix) {
        return text.regionMatches(true, i, prefix, 0, prefix.length());
    }

    /** Printable ASCII but for spaces, quotes and brackets that close an address in prose. */
    private static boolean isAddressChar(char c) {
        return c > ' ' && c < 0x7f && c != '"' && c != '\'' && c != '<' && c != '>' && c != '(' && c != ')';
    }
}

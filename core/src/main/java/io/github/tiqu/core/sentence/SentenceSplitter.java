package io.github.tiqu.core.sentence;

import java.util.ArrayList;
import java.util.List;

import io.github.tiqu.core.text.TextSpan;

/**
 * Splits text into sentences at 。！？!?；; and line breaks, keeping a closing quote or bracket
 * with the sentence it ends. Spans exclude surrounding whitespace. Stateless and thread-safe.
 */
public final class SentenceSplitter {

    private static final SentenceSplitter STANDARD = new SentenceSplitter();

    public static SentenceSplitter standard() {
        return STANDARD;
    }

    public List<TextSpan> split(CharSequence text) {
        List<TextSpan> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(text, start, i, out);
                start = i + 1;
            } else if (isTerminator(c)) {
                int end = i + 1;
                while (end < n && (isTerminator(text.charAt(end)) || isCloser(text.charAt(end)))) {
                    end++;
                }
                add(text, start, end, out);
                start = end;
                i = end;
                continue;
            }
            i++;
        }
        add(text, start, n, out);
        return out;
    }

    private static void add(CharSequence text, int start, int end, List<TextSpan> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            out.add(new TextSpan(start, end));
        }
    }

    private static boolean isTerminator(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '；' || c == ';';
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '"';
    }
}

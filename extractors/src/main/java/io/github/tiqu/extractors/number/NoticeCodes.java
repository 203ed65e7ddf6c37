package io.github.tiqu.extractors.number;

/**
 * Arabic figures in notices that are codes, not numbers: phone numbers ({@code 0736-8826517},
 * {@code 13812345678}, 7–8 digits after 电话), e-mail digits ({@code abc163@…}, {@code @163.com}),
 * street numbers ({@code 路188号}), floors ({@code 4楼}), document numbers ({@code 〔2025〕86号}) and
 * section numbers at a line start ({@code 2.1 总体要求}). Stateless and thread-safe.
 */
final class NoticeCodes {

    private static final String[] PHONE_WORDS = {"电话", "热线", "传真", "手机"};

    private NoticeCodes() {
    }

    /** Whether the Arabic figure {@code [start, end)} of {@code s} is one of these codes. */
    static boolean isCode(String s, int start, int end) {
        char before = start > 0 ? s.charAt(start - 1) : '\n';
        char after = end < s.length() ? s.charAt(end) : '\n';
        return isPhone(s, start, end, before, after)
                || before == '@' || after == '@' || isAsciiLetter(before)      // abc163@, @163.com
                || before == '〔' || before == '[' || before == '【' && after == '】'
                || before == '〕' && after == '号'                               // 〔2025〕86号
                || after == '号' && "路街道巷弄".indexOf(before) >= 0           // 人民路188号
                || after == '楼' && !(end + 1 < s.length() && "房宇盘".indexOf(s.charAt(end + 1)) >= 0) // 4楼
                || isSection(s, start, end, after);
    }

    /** 0736-8826517, a mobile of 11 digits from 1, or 7–8 digits after 电话/热线. */
    private static boolean isPhone(String s, int start, int end, char before, char after) {
        int len = end - start;
        if (after == '-' && s.charAt(start) == '0' && len >= 3 && len <= 4 && digitAt(s, end + 1)) {
            return true;
        }
        if (before == '-' && len >= 7 && len <= 8 && start >= 2 && digitAt(s, start - 2)) {
            return true;
        }
        if (len == 11 && s.charAt(start) == '1' && allDigits(s, start, end)) {
            return true;
        }
        if (len < 7 || len > 8 || !allDigits(s, start, end)) {
            return false;
        }
        int i = start;
        while (i > 0 && (s.charAt(i - 1) == ':' || s.charAt(i - 1) == '：' || s.charAt(i - 1) == ' ')) {
            i--;
        }
        for (String w : PHONE_WORDS) {
            if (s.startsWith(w, i - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** 2.1 or 2.1.3 at a line start, followed by a space or by another level. */
    private static boolean isSection(String s, int start, int end, char after) {
        int i = start;
        while (i > 0 && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\u3000')) {
            i--;
        }
        if (i > 0 && s.charAt(i - 1) != '\n') {
            return false;
        }
        boolean dotted = s.substring(start, end).indexOf('.') >= 0;
        return dotted && (after == ' ' || after == '\u3000' || after == '\t' || after == '.' && digitAt(s, end + 1));
    }

    private static boolean allDigits(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!digitAt(s, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean digitAt(String s, int i) {
        return i >= 0 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}

package io.github.tiqu.extractors.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.github.tiqu.core.text.SourceText;

/**
 * The start filter skips an offset only where no rule can match: a guarded character (one outside
 * {@link StartChars#ALWAYS}) must appear in the grammar's source only as the first character of the
 * words it reads, and those words must all be in {@link StartChars#GRAMMAR_WORDS}. This test reads the
 * date package's source, so a new rule that tests such a character on its own fails here until the
 * lists are updated.
 */
class StartCharsTest {

    private static final Path SOURCES = Path.of("src/main/java/io/github/tiqu/extractors/date");
    private static final Set<String> WORD_CALLS = Set.of("word", "words", "has", "equals", "startsWith", "endsWith");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)+)'");
    private static final Pattern CALL_NAME = Pattern.compile("([A-Za-z_]\\w*)\\s*$");

    /** What the grammar's literals say about each character. */
    private static final class Literals {
        final Set<String> words = new TreeSet<>();
        /** Characters tested alone, in a set, or inside a word after its first character. */
        final Set<Character> alone = new TreeSet<>();
    }

    private static Literals literals() throws IOException {
        Literals lits = new Literals();
        List<Path> files;
        try (Stream<Path> s = Files.list(SOURCES)) {
            files = s.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("StartChars.java")).sorted().toList();
        }
        assertTrue(files.size() > 5, "the date sources are read from " + SOURCES.toAbsolutePath());
        for (Path f : files) {
            String src = withoutComments(Files.readString(f, StandardCharsets.UTF_8));
            Matcher m = LITERAL.matcher(src);
            while (m.find()) {
                if (m.group(2) != null) {
                    addAll(lits.alone, m.group(2));
                    continue;
                }
                String s = m.group(1);
                int lineStart = src.lastIndexOf('\n', m.start()) + 1;
                boolean caseLabel = src.substring(lineStart, m.start()).strip().startsWith("case ");
                boolean methodOnIt = m.end() < src.length() && src.charAt(m.end()) == '.';
                if (!methodOnIt && (caseLabel || WORD_CALLS.contains(enclosingCall(src, m.start())))) {
                    lits.words.add(s);
                } else {
                    addAll(lits.alone, s); // a character set, a format, an argument of another rule: every character counts
                }
            }
        }
        for (String w : lits.words) {
            addAll(lits.alone, w.length() == 1 ? w : w.substring(1));
        }
        return lits;
    }

    private static void addAll(Set<Character> set, String s) {
        for (char c : s.toCharArray()) {
            set.add(c);
        }
    }

    /** Comments blanked out with spaces, offsets kept. */
    private static String withoutComments(String src) {
        StringBuilder b = new StringBuilder(src);
        Matcher m = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL).matcher(src);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (b.charAt(i) != '\n') {
                    b.setCharAt(i, ' ');
                }
            }
        }
        return b.toString();
    }

    /** The name of the call whose parentheses hold offset {@code p}, or "" at statement level. */
    private static String enclosingCall(String src, int p) {
        int depth = 0;
        for (int k = p - 1; k >= 0; k--) {
            char c = src.charAt(k);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    Matcher m = CALL_NAME.matcher(src.substring(Math.max(0, k - 40), k));
                    return m.find() ? m.group(1) : "";
                }
                depth--;
            } else if ((c == ';' || c == '{' || c == '}') && depth == 0) {
                return "";
            }
        }
        return "";
    }

    @Test
    void guardedCharactersStartOnlyTheListedWords() throws IOException {
        Literals lits = literals();
        List<String> tested = new ArrayList<>();
        for (char c : lits.alone) {
            // a bound word's first character (将 of 将近) opens only the bound word: no rule starts on it alone
            if (StartChars.mayStart(c) && StartChars.ALWAYS.indexOf(c) < 0 && !StartChars.startsOnlyBoundWords(c)) {
                tested.add(String.valueOf(c));
            }
        }
        assertEquals(List.of(), tested, "start characters the grammar tests on their own: add them to ALWAYS");
        for (char c = '0'; c <= '9'; c++) {
            assertTrue(StartChars.ALWAYS.indexOf(c) >= 0);
        }
        for (char c : "零一二三四五六七八九十百千两廿卅万".toCharArray()) {
            assertTrue(StartChars.ALWAYS.indexOf(c) >= 0, "numerals start expressions: " + c);
        }
        List<String> missing = new ArrayList<>();
        for (String w : lits.words) {
            if (StartChars.mayStart(w.charAt(0)) && StartChars.ALWAYS.indexOf(w.charAt(0)) < 0
                    && !StartChars.GRAMMAR_WORDS.contains(w) && !StartChars.startsOnlyBoundWords(w.charAt(0))) {
                missing.add(w);
            }
        }
        assertEquals(List.of(), missing, "words of the grammar that start with a guarded character: add them to GRAMMAR_WORDS");
    }

    @Test
    void noExpressionStartsWhereTheFilterSkips() {
        TimeLexicon lex = TimeLexicon.get();
        List<String> inputs = new ArrayList<>();
        for (String f : List.of("dates.cases.tsv", "relative.cases.tsv", "ranges.cases.tsv", "clock.cases.tsv",
                "holidays.cases.tsv", "calendars.cases.tsv", "durations.cases.tsv", "sets.cases.tsv", "topic.cases.tsv",
                "negative.cases.tsv", "prose.cases.tsv")) {
            for (TimeCases.Case c : TimeCases.load(f)) {
                inputs.add(c.input());
            }
        }
        int skipped = 0;
        for (String input : inputs) {
            String t = lex.fold(SourceText.of(input).normalized());
            TimeGrammar g = new TimeGrammar(t, lex);
            for (int i = 0; i < t.length(); i++) {
                if (StartChars.mayStart(t.charAt(i)) && !StartChars.mayStart(t, i)) {
                    skipped++;
                    assertNull(g.parseAt(i), () -> "an expression starts at a skipped offset of " + input);
                }
            }
        }
        assertTrue(skipped > 0);
    }
}

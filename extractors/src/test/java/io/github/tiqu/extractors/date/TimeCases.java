package io.github.tiqu.extractors.date;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import io.github.tiqu.core.text.SourceText;
import io.github.tiqu.extractors.Mention;
import io.github.tiqu.extractors.ReferenceTime;
import io.github.tiqu.extractors.pipeline.Document;

/**
 * Reads the time case files: one case a line, three tab-separated fields:
 * the reference time ({@code 2023-12-25}, {@code 2023-12-25T10:00}, a reduced precision {@code 2021} or
 * {@code 2021-05}, or {@code -} for none: then the
 * document's own date applies, as in the facade), the input ({@code \\n} for a line break), and the expected time mentions ({@code -} for none), separated by {@code ;}, each
 * {@code TYPE start end value [mod] [max=...]}. Lines starting with # are comments.
 */
final class TimeCases {

    record Case(String source, int line, String reference, String input, List<String> expected) {
        @Override
        public String toString() {
            return source + ":" + line + " " + input;
        }
    }

    private TimeCases() {
    }

    static List<Case> load(String name) {
        InputStream in = TimeCases.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing case file " + name);
        }
        List<Case> cases = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 3) {
                    throw new IllegalStateException(name + ":" + no + ": want 3 tab-separated fields, got " + f.length);
                }
                List<String> exp = new ArrayList<>();
                if (!f[2].trim().equals("-")) {
                    for (String e : f[2].split(";")) {
                        exp.add(e.trim());
                    }
                }
                cases.add(new Case(name, no, f[0].trim(), f[1].replace("\\n", "\n"), exp));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** The reference of a case; {@code -} does what the facade does: the document's own date, else none. */
    static ReferenceTime reference(String s, String input) {
        if (s.equals("-")) {
            return DocumentDate.find(SourceText.of(input)).map(ReferenceTime::document).orElseGet(ReferenceTime::none);
        }
        if (s.length() == 4) {
            return ReferenceTime.caller(java.time.Year.parse(s));
        }
        if (s.length() == 7) {
            return ReferenceTime.caller(java.time.YearMonth.parse(s));
        }
        return ReferenceTime.caller(s.contains("T") ? LocalDateTime.parse(s) : java.time.LocalDate.parse(s).atStartOfDay());
    }

    /** The time mentions of an input, in the case files' notation. */
    static List<String> run(TimeExtractor x, String input, ReferenceTime ref) {
        SourceText text = SourceText.of(input);
        Document doc = new Document(text, ref, (t, w) -> List.of());
        List<Mention> out = new ArrayList<>();
        x.extract(doc, out);
        List<String> got = new ArrayList<>();
        for (Mention m : out) {
            got.add(render(m));
        }
        return got;
    }

    static String render(Mention m) {
        StringBuilder sb = new StringBuilder();
        sb.append(m.type()).append(' ').append(m.start()).append(' ').append(m.end()).append(' ').append(m.value());
        if (m.mod() != null) {
            sb.append(' ').append(m.mod());
        }
        if (m.valueMax() != null) {
            sb.append(" max=").append(m.valueMax());
        }
        return sb.toString();
    }
}

package io.github.tiqu.extractors.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import io.github.tiqu.core.text.SourceText;
import io.github.tiqu.extractors.Mention;
import io.github.tiqu.extractors.MentionType;
import io.github.tiqu.extractors.OverlapPolicy;
import io.github.tiqu.extractors.ReferenceTime;
import io.github.tiqu.extractors.ordinal.OrdinalExtractor;
import io.github.tiqu.extractors.percent.PercentExtractor;
import io.github.tiqu.extractors.pipeline.Document;
import io.github.tiqu.extractors.pipeline.TypeExtractor;

/**
 * Case files of the figure extractors: one case a line, {@code input<TAB>mentions}, where mentions are
 * {@code ;}-separated {@code TYPE|start|end|text|value|key=value...} (keys unit, measure, mod, max), or
 * {@code -} for a text with no QUANTITY, PERCENT or ORDINAL at all. {@code #} starts a comment line.
 * Offsets are UTF-16 offsets into the input, end exclusive; every listed field must be exact and every
 * field not listed must be absent. Reference date of every case: 2023-12-25.
 */
public final class Cases {

    /** The types these case files are about. */
    public static final Set<MentionType> TYPES = Set.of(MentionType.QUANTITY, MentionType.PERCENT, MentionType.ORDINAL);

    private static final List<TypeExtractor> EXTRACTORS = List.of(new QuantityExtractor(), new PercentExtractor(),
            new OrdinalExtractor());

    /** One line of a case file. */
    public record Case(String where, String input, List<String> expected) {
        public boolean negative() {
            return expected.isEmpty();
        }

        @Override
        public String toString() {
            return where + " " + input;
        }
    }

    private Cases() {
    }

    /** The cases of {@code name}, a resource next to {@code anchor}. */
    public static List<Case> load(Class<?> anchor, String name) {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("no case file " + name);
        }
        List<Case> cases = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException(name + ":" + n + ": no tab");
                }
                String input = line.substring(0, tab);
                String rest = line.substring(tab + 1).trim();
                List<String> expected = new ArrayList<>();
                if (!rest.equals("-")) {
                    for (String m : rest.split(" ; ")) {
                        expected.add(canonical(m.trim(), name + ":" + n));
                    }
                }
                cases.add(new Case(name + ":" + n, input, List.copyOf(expected)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** Runs the quantity, percent and ordinal extractors and the overlap policy. */
    public static List<Mention> extract(String input) {
        Document doc = new Document(SourceText.of(input), ReferenceTime.caller(LocalDateTime.of(2023, 12, 25, 0, 0)),
                (text, window) -> List.of());
        List<Mention> found = new ArrayList<>();
        for (TypeExtractor e : EXTRACTORS) {
            e.extract(doc, found);
        }
        return OverlapPolicy.resolve(found);
    }

    /** Checks one case against mentions found in its input. */
    public static void check(Case c, List<Mention> mentions) {
        List<String> actual = new ArrayList<>();
        for (Mention m : mentions) {
            if (TYPES.contains(m.type())) {
                assertEquals(m.text(), c.input().substring(m.start(), m.end()), "text of " + m);
                actual.add(render(m));
            }
        }
        assertEquals(String.join(" ; ", c.expected()), String.join(" ; ", actual), c.where() + " " + c.input());
    }

    /** The case-file form of a mention. */
    public static String render(Mention m) {
        StringBuilder b = new StringBuilder();
        b.append(m.type()).append('|').append(m.start()).append('|').append(m.end()).append('|').append(m.text())
                .append('|').append(m.value());
        TreeMap<String, String> fields = new TreeMap<>();
        put(fields, "unit", m.unit());
        put(fields, "measure", m.measure() == null ? null : m.measure().name());
        put(fields, "mod", m.mod() == null ? null : m.mod().name());
        put(fields, "max", m.valueMax());
        fields.forEach((k, v) -> b.append('|').append(k).append('=').append(v));
        return b.toString();
    }

    private static void put(TreeMap<String, String> fields, String key, String value) {
        if (value != null) {
            fields.put(key, value);
        }
    }

    private static String canonical(String m, String where) {
        String[] parts = m.split("\\|", -1);
        assertTrue(parts.length >= 5, where + ": TYPE|start|end|text|value needed in " + m);
        MentionType.valueOf(parts[0]);
        Integer.parseInt(parts[1]);
        Integer.parseInt(parts[2]);
        StringBuilder b = new StringBuilder(String.join("|", parts[0], parts[1], parts[2], parts[3], parts[4]));
        TreeMap<String, String> fields = new TreeMap<>();
        for (int i = 5; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            assertTrue(eq > 0, where + ": key=value expected, not " + parts[i]);
            fields.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
        }
        fields.forEach((k, v) -> b.append('|').append(k).append('=').append(v));
        return b.toString();
    }
}

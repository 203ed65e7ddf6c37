package io.github.tiqu.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one evaluation: per type (and {@link #ALL}) and per {@link MatchMode}, with the
 * error lines (missed, spurious, wrong field) in the order found.
 */
public record EvaluationReport(Map<String, Map<MatchMode, Prf>> byType, int documents, int missing, int failed,
        List<String> errors) {

    /** The row that sums every type. */
    public static final String ALL = "ALL";

    public EvaluationReport {
        byType = Map.copyOf(byType);
        errors = List.copyOf(errors);
    }

    public Prf get(String type, MatchMode mode) {
        Map<MatchMode, Prf> t = byType.get(type);
        if (t == null) {
            throw new IllegalArgumentException("no type " + type + " in the gold");
        }
        return t.get(mode);
    }

    /** The number of gold mentions of {@code type}. */
    public int gold(String type) {
        Prf span = get(type, MatchMode.SPAN);
        return span.tp() + span.fn();
    }

    /** The table score.py prints, with up to {@code showErrors} error lines. */
    public String toTable(int showErrors) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-10s %5s  %20s  %20s  %20s%n", "type", "gold", "span P/R/F1",
                "overlap P/R/F1", "strict P/R/F1"));
        List<String> types = byType.keySet().stream().filter(t -> !t.equals(ALL)).sorted().toList();
        for (String t : types) {
            row(b, t);
        }
        row(b, ALL);
        b.append(String.format(Locale.ROOT, "documents: %d gold, %d without prediction, %d failed%n", documents,
                missing, failed));
        for (int i = 0; i < Math.min(showErrors, errors.size()); i++) {
            b.append("  ").append(errors.get(i)).append('\n');
        }
        return b.toString();
    }

    private void row(StringBuilder b, String type) {
        String[] cells = new String[3];
        int i = 0;
        for (MatchMode mode : MatchMode.values()) {
            Prf p = get(type, mode);
            cells[i++] = String.format(Locale.ROOT, "%.3f/%.3f/%.3f", p.precision(), p.recall(), p.f1());
        }
        b.append(String.format(Locale.ROOT, "%-10s %5d  %20s  %20s  %20s%n", type, gold(type), cells[0], cells[1],
                cells[2]));
    }
}

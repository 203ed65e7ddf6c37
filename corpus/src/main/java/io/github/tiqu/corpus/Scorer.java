package io.github.tiqu.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores predictions against gold documents per type with three matchings ({@link MatchMode}), the
 * same way as {@code shared/tools/score.py}: its figures and ours agree on any prediction file (a test
 * holds us to it). Only the types that occur in the gold are scored. Stateless.
 */
public final class Scorer {

    /** The normalized fields compared by the strict matching, in the contract's order. */
    public static final List<String> FIELDS = List.of("value", "value_max", "unit", "measure", "mod", "kind");

    private Scorer() {
    }

    /**
     * @param predictions mentions by document id; a document without an entry counts as predicted empty
     * @param failed      ids of documents whose prediction was an error line
     */
    public static EvaluationReport score(List<GoldDocument> gold, Map<String, List<MentionRecord>> predictions,
            Set<String> failed) {
        Set<String> types = new TreeSet<>();
        for (GoldDocument g : gold) {
            for (MentionRecord m : g.expected()) {
                types.add(m.type());
            }
        }
        Map<String, Map<MatchMode, Prf>> tallies = new LinkedHashMap<>();
        for (String t : types) {
            tallies.put(t, emptyTally());
        }
        Map<MatchMode, Prf> all = emptyTally();
        List<String> errors = new ArrayList<>();
        int missing = 0;
        int failedCount = 0;
        for (GoldDocument g : gold) {
            List<MentionRecord> pm = predictions.get(g.id());
            if (pm == null) {
                missing++;
                pm = List.of();
            } else if (failed.contains(g.id())) {
                failedCount++;
            }
            String text = g.input();
            for (MentionRecord m : pm) {
                if (!text.isEmpty()) {
                    String at = slice(text, m.start(), m.end());
                    if (!at.equals(m.text())) {
                        errors.add(g.id() + ": offsets of '" + m.text() + "' point at '" + at + "'");
                    }
                }
            }
            for (String t : types) {
                List<MentionRecord> gs = ofType(g.expected(), t);
                List<MentionRecord> ps = ofType(pm, t);
                Map<Long, MentionRecord> byspan = new HashMap<>();
                for (MentionRecord p : ps) {
                    byspan.put(key(p), p);
                }
                int spanTp = 0;
                int strictTp = 0;
                for (MentionRecord m : gs) {
                    MentionRecord q = byspan.get(key(m));
                    if (q == null) {
                        errors.add(g.id() + ": missed " + t + " '" + m.text() + "'");
                        continue;
                    }
                    spanTp++;
                    List<String> wrong = fieldErrors(m, q);
                    if (wrong.isEmpty()) {
                        strictTp++;
                    } else {
                        errors.add(g.id() + ": " + t + " '" + m.text() + "': " + String.join("; ", wrong));
                    }
                }
                Set<Long> goldSpans = new HashSet<>();
                for (MentionRecord m : gs) {
                    goldSpans.add(key(m));
                }
                for (MentionRecord p : ps) {
                    if (!goldSpans.contains(key(p))) {
                        errors.add(g.id() + ": spurious " + t + " '" + p.text() + "'");
                    }
                }
                int overlapTp = matchOverlap(gs, ps);
                Map<MatchMode, Prf> tally = tallies.get(t);
                addAll(tally, all, MatchMode.SPAN, spanTp, ps.size(), gs.size());
                addAll(tally, all, MatchMode.OVERLAP, overlapTp, ps.size(), gs.size());
                addAll(tally, all, MatchMode.STRICT, strictTp, ps.size(), gs.size());
            }
        }
        tallies.put(EvaluationReport.ALL, all);
        return new EvaluationReport(tallies, gold.size(), missing, failedCount, errors);
    }

    private static void addAll(Map<MatchMode, Prf> tally, Map<MatchMode, Prf> all, MatchMode mode, int tp,
            int predicted, int expected) {
        tally.put(mode, tally.get(mode).add(tp, predicted - tp, expected - tp));
        all.put(mode, all.get(mode).add(tp, predicted - tp, expected - tp));
    }

    private static Map<MatchMode, Prf> emptyTally() {
        Map<MatchMode, Prf> m = new EnumMap<>(MatchMode.class);
        for (MatchMode mode : MatchMode.values()) {
            m.put(mode, new Prf(0, 0, 0));
        }
        return m;
    }

    private static List<MentionRecord> ofType(List<MentionRecord> ms, String type) {
        List<MentionRecord> out = new ArrayList<>();
        for (MentionRecord m : ms) {
            if (m.type().equals(type)) {
                out.add(m);
            }
        }
        return out;
    }

    private static long key(MentionRecord m) {
        return ((long) m.start() << 32) | (m.end() & 0xffffffffL);
    }

    private static String slice(String text, int start, int end) {
        int s = Math.min(start, text.length());
        int e = Math.min(Math.max(end, s), text.length());
        return text.substring(s, e);
    }

    /** The fields of {@code gold} that {@code pred} gets wrong, described. */
    public static List<String> fieldErrors(MentionRecord gold, MentionRecord pred) {
        List<String> wrong = new ArrayList<>();
        for (String f : FIELDS) {
            String g = gold.field(f);
            String p = pred.field(f);
            if (g == null && p == null) {
                continue;
            }
            boolean ok = f.startsWith("value") ? sameValue(g, p) : Objects.equals(g, p);
            if (!ok) {
                wrong.add(f + ": gold " + g + " got " + p);
            }
        }
        return wrong;
    }

    /** Equal strings, or equal decimals, or equal after trimming: score.py's {@code same_value}. */
    static boolean sameValue(String a, String b) {
        if (Objects.equals(a, b)) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        BigDecimal x = decimal(a);
        BigDecimal y = decimal(b);
        if (x != null && y != null) {
            return x.compareTo(y) == 0;
        }
        return a.strip().equals(b.strip());
    }

    private static BigDecimal decimal(String s) {
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** One-to-one overlap matching, greedy by largest overlap, ties as score.py breaks them. */
    static int matchOverlap(List<MentionRecord> gold, List<MentionRecord> pred) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < pred.size(); j++) {
                int ov = Math.min(gold.get(i).end(), pred.get(j).end())
                        - Math.max(gold.get(i).start(), pred.get(j).start());
                if (ov > 0) {
                    pairs.add(new int[] {ov, i, j});
                }
            }
        }
        // score.py sorts (ov, i, j) tuples in reverse.
        pairs.sort((x, y) -> x[0] != y[0] ? Integer.compare(y[0], x[0])
                : x[1] != y[1] ? Integer.compare(y[1], x[1]) : Integer.compare(y[2], x[2]));
        Set<Integer> usedGold = new HashSet<>();
        Set<Integer> usedPred = new HashSet<>();
        for (int[] p : pairs) {
            if (!usedGold.contains(p[1]) && !usedPred.contains(p[2])) {
                usedGold.add(p[1]);
                usedPred.add(p[2]);
            }
        }
        return usedGold.size();
    }
}

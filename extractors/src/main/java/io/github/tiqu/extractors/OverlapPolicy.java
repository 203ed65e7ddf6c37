package io.github.tiqu.extractors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one rule that decides between overlapping mentions, whichever extractors found them:
 * <b>the longest wins, then the more specific type</b> (the order of {@link MentionType}), then the
 * earlier start. A figure inside a project's name loses to the name; {@code 2023年} as a DATE beats the
 * NUMBER {@code 2023} inside it. Mentions of one document never overlap after this policy.
 *
 * <p>This is spaCy's {@code filter_spans} with a type order for ties. Stateless.
 */
public final class OverlapPolicy {

    private static final Comparator<Mention> PRIORITY = Comparator
            .comparingInt((Mention m) -> -m.span().length())
            .thenComparingInt(m -> m.type().ordinal())
            .thenComparingInt(Mention::start);

    private static final Comparator<Mention> TEXT_ORDER = Comparator
            .comparingInt(Mention::start)
            .thenComparingInt(Mention::end);

    private OverlapPolicy() {
    }

    /** The mentions that survive, in text order. */
    public static List<Mention> resolve(List<Mention> candidates) {
        if (candidates.size() < 2) {
            return List.copyOf(candidates);
        }
        List<Mention> byPriority = new ArrayList<>(candidates);
        byPriority.sort(PRIORITY);
        // Occupied offsets are kept in a bitmap-like sorted list of accepted spans; documents are
        // small relative to the number of mentions, so a boolean array over the covered range is
        // simplest and linear.
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (Mention m : candidates) {
            min = Math.min(min, m.start());
            max = Math.max(max, m.end());
        }
        boolean[] taken = new boolean[Math.max(0, max - min)];
        List<Mention> kept = new ArrayList<>();
        for (Mention m : byPriority) {
            if (m.span().isEmpty() || isTaken(taken, m.start() - min, m.end() - min)) {
                continue;
            }
            for (int i = m.start() - min; i < m.end() - min; i++) {
                taken[i] = true;
            }
            kept.add(m);
        }
        kept.sort(TEXT_ORDER);
        return List.copyOf(kept);
    }

    private static boolean isTaken(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}

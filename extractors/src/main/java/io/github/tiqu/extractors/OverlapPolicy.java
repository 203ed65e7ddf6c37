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
 * <p>This is spaCy's {@code filter_spans} with a type order for ties. Stateless and thread-safe.
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

    /**
     * The mentions that survive, in text order. Only mentions that overlap can compete, so the
     * candidates are sorted by position and each group of overlapping ones (usually a single mention)
     * is settled on its own by the priority order: the same result as settling them all at once.
     */
    public static List<Mention> resolve(List<Mention> candidates) {
        if (candidates.size() < 2) {
            return List.copyOf(candidates);
        }
        List<Mention> byPosition = new ArrayList<>(candidates.size());
        for (Mention m : candidates) {
            if (!m.span().isEmpty()) {
                byPosition.add(m);
            }
        }
        // Stable: mentions of the same span keep the order they were found in, as in the priority order.
        byPosition.sort(TEXT_ORDER);
        List<Mention> kept = new ArrayList<>(byPosition.size());
        List<Mention> group = new ArrayList<>();
        int groupEnd = Integer.MIN_VALUE;
        for (Mention m : byPosition) {
            if (!group.isEmpty() && m.start() >= groupEnd) {
                settle(group, kept);
                group.clear();
            }
            group.add(m);
            groupEnd = group.size() == 1 ? m.end() : Math.max(groupEnd, m.end());
        }
        settle(group, kept);
        return List.copyOf(kept);
    }

    /** Keeps the mentions of one group of overlapping candidates by priority; adds them in text order. */
    private static void settle(List<Mention> group, List<Mention> kept) {
        if (group.size() == 1) {
            kept.add(group.get(0));
            return;
        }
        List<Mention> byPriority = new ArrayList<>(group);
        byPriority.sort(PRIORITY);
        List<Mention> won = new ArrayList<>();
        for (Mention m : byPriority) {
            boolean free = true;
            for (int k = 0; k < won.size() && free; k++) {
                Mention w = won.get(k);
                free = m.end() <= w.start() || w.end() <= m.start();
            }
            if (free) {
                won.add(m);
            }
        }
        won.sort(TEXT_ORDER);
        kept.addAll(won);
    }
}

package io.github.tiqu.extractors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.tiqu.core.text.TextSpan;

class OverlapPolicyTest {

    private static final String TEXT = "“蓝天300天”目标，2023年增长";

    private static Mention number(int start, int end) {
        return new NumberMention(TextSpan.of(start, end), TEXT.substring(start, end), BigDecimal.ONE, null, null, "t");
    }

    private static Mention duration(int start, int end) {
        return new DurationMention(TextSpan.of(start, end), TEXT.substring(start, end), "P300D", null, null, "t");
    }

    private static Mention date(int start, int end) {
        return new DateMention(TextSpan.of(start, end), TEXT.substring(start, end), "2023", null, "t");
    }

    private static Mention project(int start, int end) {
        return new ProjectMention(TextSpan.of(start, end), TEXT.substring(start, end), "蓝天300天目标",
                ProjectKind.PROGRAM, "t");
    }

    @Test
    void aFigureInsideAProjectNameLosesToTheName() {
        Mention name = project(0, 10);
        List<Mention> kept = OverlapPolicy.resolve(List.of(duration(3, 7), number(3, 6), name));
        assertEquals(List.of(name), kept);
    }

    @Test
    void longestWinsThenTheMoreSpecificType() {
        Mention year = date(11, 16);
        assertEquals(List.of(year), OverlapPolicy.resolve(List.of(number(11, 15), year)));
        // Same span: DATE is more specific than NUMBER.
        Mention sameSpanNumber = number(11, 16);
        assertEquals(List.of(year), OverlapPolicy.resolve(List.of(sameSpanNumber, year)));
    }

    @Test
    void disjointMentionsAllSurviveInTextOrder() {
        Mention a = number(3, 6);
        Mention b = date(11, 16);
        assertEquals(List.of(a, b), OverlapPolicy.resolve(List.of(b, a)));
    }

    @Test
    void aPartialOverlapKeepsTheLongerAndDropsTheOther() {
        Mention longer = date(11, 16);
        Mention crossing = number(15, 18);
        assertEquals(List.of(longer), OverlapPolicy.resolve(List.of(crossing, longer)));
    }

    /** The policy stated directly: all candidates in priority order, each kept if its offsets are free. */
    private static List<Mention> reference(List<Mention> candidates) {
        if (candidates.size() < 2) {
            return List.copyOf(candidates);
        }
        List<Mention> byPriority = new ArrayList<>(candidates);
        byPriority.sort(Comparator.comparingInt((Mention m) -> -m.span().length())
                .thenComparingInt(m -> m.type().ordinal()).thenComparingInt(Mention::start));
        boolean[] taken = new boolean[64];
        List<Mention> kept = new ArrayList<>();
        for (Mention m : byPriority) {
            boolean free = !m.span().isEmpty();
            for (int i = m.start(); i < m.end() && free; i++) {
                free = !taken[i];
            }
            if (free) {
                java.util.Arrays.fill(taken, m.start(), m.end(), true);
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return kept;
    }

    @Test
    void settlingGroupsOfOverlapsAloneGivesWhatSettlingAllAtOnceGives() {
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            List<Mention> candidates = new ArrayList<>();
            int count = random.nextInt(12);
            for (int k = 0; k < count; k++) {
                int start = random.nextInt(TEXT.length());
                int end = Math.min(TEXT.length(), start + random.nextInt(6));
                candidates.add(switch (random.nextInt(4)) {
                    case 0 -> number(start, end);
                    case 1 -> duration(start, end);
                    case 2 -> date(start, end);
                    default -> project(start, end);
                });
            }
            assertEquals(reference(candidates), OverlapPolicy.resolve(candidates), candidates.toString());
        }
    }
}

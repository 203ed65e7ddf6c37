package io.github.tiqu.extractors.project;

import io.github.tiqu.core.rule.PhraseTrie;
import java.util.ArrayList;
import java.util.List;

import io.github.tiqu.core.text.TextSpan;
import io.github.tiqu.core.token.Token;
import io.github.tiqu.extractors.ProjectKind;
import io.github.tiqu.extractors.pipeline.Document;

/**
 * Repairs the right edge of the names the rules found, where the word after a head decides it:
 * <ul>
 * <li>a name followed by its phase belongs with it: 珞城地铁3号线|二期, 监管平台|二期|建设 (the phase is no head of
 * its own), unless a noun follows the phase and the phase qualifies it: 工程|一期产能;</li>
 * <li>计划 right after a works' head and before a date or a verb plans the works, it names nothing:
 * 泓江东路快速化改造工程|计划7月完工 (the works' own name stands).</li>
 * </ul>
 * Stateless apart from its immutable lexicon.
 */
final class RightEdge {

    /** 计划 after a works' head: 工程计划, 项目计划. */
    private static final String PLAN = "计划";
    /** 二期, 3期: a works' phase. */
    private static final char PHASE = '期';
    private static final String PHASE_NUMERALS = "0123456789一二三四五六七八九十";
    /** 期间 (a period) and 期限 (a term) are words of their own. */
    private static final String AFTER_PHASE_WORDS = "间限";
    /** The characters read after 计划 to see what follows it. */
    private static final int LOOK_AHEAD = 6;

    private final ProjectLexicon lexicon;

    RightEdge(ProjectLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The candidates with their right edges repaired. */
    List<Candidate> repair(Document doc, List<Candidate> found) {
        String s = doc.text().normalized();
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            if (isPlannedWorks(doc, s, c)) {
                continue; // the works' own candidate, which ends before 计划, stands
            }
            int phase = phaseEnd(s, c.end());
            if (phase > 0 && phase < s.length() && s.charAt(phase - 1) == PHASE && startsNoun(doc, s, phase)) {
                phase = -1; // 工程|一期产能: the phase qualifies the noun after it
            }
            // 海塘安澜工程|一期: a name built in phases names works, whatever its head said
            ProjectKind kind = phase > 0 && c.kind() == ProjectKind.PROGRAM ? ProjectKind.ENGINEERING : c.kind();
            out.add(phase > 0 ? new Candidate(c.start(), phase, kind, c.rule()) : c);
        }
        return out;
    }

    /**
     * 3号线|二期|线路, 提升工程|（一期）: the end of a phase N期, bare or in brackets, that starts at {@code at}
     * and no head follows, or -1.
     */
    private int phaseEnd(String s, int at) {
        if (at < s.length() && s.charAt(at) == '(') {
            int k = bareEnd(s, at + 1);
            return k > at + 1 && k < s.length() && s.charAt(k) == PHASE && k + 1 < s.length() && s.charAt(k + 1) == ')' ? k + 2 : -1;
        }
        int k = bareEnd(s, at);
        if (k == at || k >= s.length() || s.charAt(k) != PHASE) {
            return -1;
        }
        int end = k + 1;
        if (end < s.length() && (AFTER_PHASE_WORDS.indexOf(s.charAt(end)) >= 0 || lexicon.headAt(s, end) != null)) {
            return -1; // 二期间; 二期工程 is a name of its own, found with its head
        }
        return end;
    }

    /** Whether the word at {@code at} is a noun or a measure: 一期|产能/vn, 二期|厂房, 一期|用地. */
    private boolean startsNoun(Document doc, String s, int at) {
        List<Token> after = doc.tokenizer().tokenize(doc.text(),
                new TextSpan(at, Math.min(s.length(), at + LOOK_AHEAD)));
        if (after.isEmpty() || after.get(0).start() != at) {
            return false;
        }
        Token first = after.get(0);
        return (first.pos().startsWith("n") && !first.pos().equals("nx"))
                || lexicon.is(s.substring(first.start(), first.end()), TokenClass.PHASE_MEASURE);
    }

    /** The end of the phase numeral (二, 3, 十二) that starts at {@code at}; {@code at} where there is none. */
    private static int bareEnd(String s, int at) {
        int k = at;
        while (k < s.length() && k - at < 3 && PHASE_NUMERALS.indexOf(s.charAt(k)) >= 0) {
            k++;
        }
        return k;
    }

    /**
     * 泓江东路快速化改造工程|计划|7月完工, …探测器项目|计划|今年三季度开工: a works' head, then 计划, then a
     * date, a number or a verb.
     */
    private boolean isPlannedWorks(Document doc, String s, Candidate c) {
        int plan = c.end() - PLAN.length();
        if (plan <= c.start() || !s.startsWith(PLAN, plan) || !endsWithWorksHead(s, c.start(), plan)
                || c.end() >= s.length()) {
            return false;
        }
        List<Token> after = doc.tokenizer().tokenize(doc.text(),
                new TextSpan(c.end(), Math.min(s.length(), c.end() + LOOK_AHEAD)));
        if (after.isEmpty()) {
            return false;
        }
        String pos = after.get(0).pos();
        return pos.startsWith("t") || pos.startsWith("m") || pos.startsWith("d")
                || (pos.startsWith("v") && !pos.equals("vn"));
    }

    /** Whether a head of works (工程, 项目) ends at {@code end}. */
    private boolean endsWithWorksHead(String s, int start, int end) {
        for (int p = Math.max(start, end - 4); p < end; p++) {
            PhraseTrie.Hit<Head> m = lexicon.headAt(s, p);
            if (m != null && m.end() == end && m.value().scope() == Head.Scope.NAME
                    && m.value().kind() == ProjectKind.ENGINEERING) {
                return true;
            }
        }
        return false;
    }
}

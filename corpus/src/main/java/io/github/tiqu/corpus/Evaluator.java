package io.github.tiqu.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.tiqu.extractors.Extraction;
import io.github.tiqu.extractors.Mention;
import io.github.tiqu.extractors.TiquExtractor;

/** Runs an extractor over gold documents and scores what it finds. */
public final class Evaluator {

    private Evaluator() {
    }

    public static EvaluationReport evaluate(TiquExtractor extractor, List<GoldDocument> gold) {
        return Scorer.score(gold, predict(extractor, gold), Set.of());
    }

    /** The extractor's mentions for each document, by id. */
    public static Map<String, List<MentionRecord>> predict(TiquExtractor extractor, List<GoldDocument> gold) {
        Map<String, List<MentionRecord>> out = new HashMap<>();
        for (GoldDocument g : gold) {
            Extraction e = g.referenceTime() == null
                    ? extractor.extract(g.input())
                    : extractor.extract(g.input(), ReferenceTimes.read(g.referenceTime()));
            out.put(g.id(), e.mentions().stream().map(MentionRecord::of).toList());
        }
        return out;
    }

    /** The mentions of one extraction in the contract's form. */
    public static List<MentionRecord> records(List<Mention> mentions) {
        return mentions.stream().map(MentionRecord::of).toList();
    }
}

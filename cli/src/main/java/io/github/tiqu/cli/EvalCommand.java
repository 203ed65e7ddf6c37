package io.github.tiqu.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.github.tiqu.corpus.EvaluationReport;
import io.github.tiqu.corpus.Evaluator;
import io.github.tiqu.corpus.GoldDocument;
import io.github.tiqu.corpus.GoldLoader;
import io.github.tiqu.corpus.Predictions;
import io.github.tiqu.corpus.Scorer;
import io.github.tiqu.extractors.TiquExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tiqu eval}: scores the extractor (or a prediction file) against gold files, as score.py does. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Runs the extractor on GOLD files and prints precision, recall and F1 per type for "
                + "span, overlap and strict matching (the figures of shared/tools/score.py).")
final class EvalCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "GOLD.jsonl", description = "Gold files in the ANNOTATION.md format.")
    List<Path> goldFiles;

    @Option(names = "--pred", paramLabel = "PRED.jsonl",
            description = "Score this prediction file (output of extract --jsonl) instead of running the extractor.")
    Path pred;

    @Option(names = "--show-errors", defaultValue = "0", paramLabel = "N", description = "Print the first N errors.")
    int showErrors;

    @Override
    public Integer call() throws IOException {
        List<GoldDocument> gold = goldFiles.stream().flatMap(f -> GoldLoader.load(f).stream()).toList();
        EvaluationReport report;
        if (pred == null) {
            report = Evaluator.evaluate(TiquExtractor.create(), gold);
        } else {
            Predictions predictions = Predictions.load(pred);
            report = Scorer.score(gold, predictions.mentions(), predictions.failed());
        }
        System.out.print(report.toTable(showErrors));
        return 0;
    }
}

package io.github.tiqu.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

import io.github.tiqu.corpus.MentionRecord;
import io.github.tiqu.extractors.Extraction;
import io.github.tiqu.extractors.TiquExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tiqu extract}: JSON Lines in and out for scorers, or one text file as a readable table. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {
            "With --jsonl: reads JSON Lines ({\"id\", \"input\", \"reference_time\"}) from FILE or standard "
                + "input and writes one line of mentions per input line, in order; a bad line gets an "
                + "error line and the exit status is 1.",
            "Without: extracts from one plain-text FILE and prints a table (or JSON, or HTML, with --format)."})
final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--jsonl", description = "Batch mode: JSON Lines in, JSON Lines out.")
    boolean jsonl;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "The date relative dates resolve against (plain-text mode). Without it, the date "
                    + "the document states in its dateline is used, if any.")
    String referenceDate;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|html",
            description = "Plain-text mode output: a table (default), one JSON object, or an HTML page with "
                    + "the mentions highlighted.")
    String format;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The input file; '-' or none: standard input.")
    String file;

    @Override
    public Integer call() throws IOException {
        TiquExtractor extractor = TiquExtractor.create();
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            if (jsonl) {
                try (Reader in = open()) {
                    return new JsonLinesRunner(extractor).run(new BufferedReader(in), out, err);
                }
            }
            if (file == null) {
                err.println("tiqu extract: give a FILE.txt, or --jsonl for JSON Lines");
                return 2;
            }
            // The whole file as it is, so that offsets index its exact content (line ends included).
            String text = file.equals("-")
                    ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(file), StandardCharsets.UTF_8);
            Extraction result;
            if (referenceDate != null) {
                LocalDate d;
                try {
                    d = LocalDate.parse(referenceDate);
                } catch (DateTimeParseException e) {
                    err.println("tiqu extract: bad --reference-date '" + referenceDate + "': use YYYY-MM-DD");
                    return 2;
                }
                result = extractor.extract(text, d);
            } else {
                result = extractor.extract(text);
            }
            List<MentionRecord> records = result.mentions().stream().map(MentionRecord::of).toList();
            if ("json".equals(format)) {
                out.write(JsonLinesRunner.resultLine(file, records));
                out.write('\n');
            } else if ("table".equals(format)) {
                out.write(MentionTable.render(text, result, records));
            } else if ("html".equals(format)) {
                out.write(MentionHtml.render(file, text, result, records));
            } else {
                err.println("tiqu extract: unknown --format '" + format + "': use table, json or html");
                return 2;
            }
            return 0;
        }
    }

    private Reader open() throws IOException {
        if (file == null || file.equals("-")) {
            return new InputStreamReader(System.in, StandardCharsets.UTF_8);
        }
        return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
    }
}

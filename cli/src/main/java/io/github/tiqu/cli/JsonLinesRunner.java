package io.github.tiqu.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.tiqu.corpus.Json;
import io.github.tiqu.corpus.MentionRecord;
import io.github.tiqu.corpus.ReferenceTimes;
import io.github.tiqu.extractors.Extraction;
import io.github.tiqu.extractors.TiquExtractor;

/**
 * The batch interface of {@code shared/spec/CLI.md}: one output line per input line, in order; a line
 * that cannot be read gets {@code {"id", "error"}} in its place and a message on standard error, and
 * the others are still processed.
 */
final class JsonLinesRunner {

    private final TiquExtractor extractor;

    JsonLinesRunner(TiquExtractor extractor) {
        this.extractor = extractor;
    }

    /** Processes every line; returns the exit status: 0, or 1 when any line failed. */
    int run(BufferedReader in, Writer out, PrintWriter err) throws IOException {
        int failed = 0;
        int n = 0;
        String line;
        while ((line = in.readLine()) != null) {
            n++;
            String result;
            try {
                result = process(line);
            } catch (BadRecord e) {
                failed++;
                err.println("tiqu extract: line " + n + ": " + e.getMessage());
                result = errorLine(e.id, e.getMessage());
            }
            out.write(result);
            out.write('\n');
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private String process(String line) throws BadRecord {
        JsonNode o;
        try {
            o = Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadRecord(null, "not JSON: " + e.getOriginalMessage());
        }
        if (o == null || !o.isObject()) {
            throw new BadRecord(null, line.isBlank() ? "empty line" : "not a JSON object");
        }
        JsonNode id = o.get("id");
        JsonNode input = o.get("input");
        if (input == null || !input.isTextual()) {
            throw new BadRecord(id, input == null ? "no input" : "input is not a string");
        }
        JsonNode ref = o.get("reference_time");
        Extraction result;
        try {
            if (ref == null || ref.isNull()) {
                result = extractor.extract(input.asText());
            } else if (!ref.isTextual()) {
                throw new BadRecord(id, "reference_time is not a string");
            } else {
                result = extractor.extract(input.asText(), ReferenceTimes.read(ref.asText()));
            }
        } catch (IllegalArgumentException e) {
            throw new BadRecord(id, e.getMessage());
        } catch (RuntimeException e) {
            // The extractor promises never to throw; if it ever does, this record fails alone.
            throw new BadRecord(id, "internal error: " + e);
        }
        ObjectNode outLine = Json.MAPPER.createObjectNode();
        outLine.set("id", id);
        outLine.set("mentions", Json.write(result.mentions().stream().map(MentionRecord::of).toList()));
        return outLine.toString();
    }

    static String resultLine(String id, List<MentionRecord> mentions) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("id", id);
        o.set("mentions", Json.write(mentions));
        return o.toString();
    }

    private static String errorLine(JsonNode id, String message) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.set("id", id);
        o.put("error", message);
        return o.toString();
    }

    /** A record that cannot be processed, with its id when it has one. */
    private static final class BadRecord extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient JsonNode id;

        BadRecord(JsonNode id, String message) {
            super(message);
            this.id = id;
        }
    }
}

package io.github.tiqu.corpus;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A prediction file (the output of {@code tiqu extract --jsonl}, or any tool's in that form): mentions by
 * document id, and the ids whose line was an error.
 */
public record Predictions(Map<String, List<MentionRecord>> mentions, Set<String> failed) {

    public Predictions {
        mentions = Map.copyOf(mentions);
        failed = Set.copyOf(failed);
    }

    public static Predictions load(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static Predictions read(String source, Reader reader) throws IOException {
        Map<String, List<MentionRecord>> mentions = new HashMap<>();
        Set<String> failed = new HashSet<>();
        Json.forEachLine(reader, (line, n) -> {
            JsonNode o;
            try {
                o = Json.MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(source + ":" + n + ": not JSON: " + e.getOriginalMessage(), e);
            }
            String id = Json.text(o, "id");
            if (id == null) {
                id = "#" + n;
            }
            if (o.has("error")) {
                failed.add(id);
            }
            mentions.put(id, Json.readMentions(o.get("mentions"), source + ":" + n));
        });
        return new Predictions(mentions, failed);
    }
}

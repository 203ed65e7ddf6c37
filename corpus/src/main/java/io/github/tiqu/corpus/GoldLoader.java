package io.github.tiqu.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads gold files (JSON Lines in the ANNOTATION.md format) and rejects any mention whose offsets do
 * not point at its text: a file written with code-point offsets, or edited by hand, fails loudly with
 * its file, line and mention rather than scoring wrong.
 */
public final class GoldLoader {

    /** The shared gold files (copies of {@code shared/corpus/gold}) that ship on the classpath. */
    public static final List<String> BUNDLED = List.of(
            "seed-zhuzhou-2023.jsonl",
            "zhejiang-2022-decade-presser.jsonl",
            "china-2023-air-quality.jsonl",
            "chifeng-2025-gov-report.jsonl");

    /** The project's own gold on real report text (the bench excerpts), annotated blind; also in corpus/gold. */
    public static final List<String> BENCH = List.of(
            "bench-communiques.jsonl",
            "bench-stats-releases.jsonl",
            "bench-work-reports.jsonl");

    /** Documents the team wrote and annotated blind (corpus/synthetic): a stand-in for unseen text. */
    public static final List<String> SYNTHETIC = List.of(
            "synth-statistics.jsonl",
            "synth-reports.jsonl",
            "synth-environment.jsonl",
            "synth-finance-transport.jsonl",
            "synth-national.jsonl",
            "synth-culture-procurement.jsonl",
            "synth-energy-policy.jsonl",
            "synth-city-session-health.jsonl",
            "synth-rural-census-court.jsonl",
            "synth-finance-housing-trade.jsonl",
            "synth-weather-space-market.jsonl",
            "synth-infra-business-science.jsonl",
            "synth-welfare-consumption-vaccine.jsonl",
            "synth-grain-energy-rail.jsonl");

    private GoldLoader() {
    }

    public static List<GoldDocument> load(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** One of the {@link #BUNDLED} or {@link #BENCH} gold files. */
    public static List<GoldDocument> loadBundled(String name) {
        return loadResource("gold/" + name);
    }

    /** One of the {@link #SYNTHETIC} files. */
    public static List<GoldDocument> loadSynthetic(String name) {
        return loadResource("synthetic/" + name);
    }

    /** The documents of several bundled files, in order: {@code loadAll(BENCH, GoldLoader::loadBundled)}. */
    public static List<GoldDocument> loadAll(List<String> names, Function<String, List<GoldDocument>> loader) {
        List<GoldDocument> all = new ArrayList<>();
        for (String name : names) {
            all.addAll(loader.apply(name));
        }
        return all;
    }

    private static List<GoldDocument> loadResource(String name) {
        InputStream in = GoldLoader.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalArgumentException("no bundled gold file " + name);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(name, r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** Every document of the shared gold ({@link #BUNDLED}). */
    public static List<GoldDocument> loadAllBundled() {
        return loadAll(BUNDLED, GoldLoader::loadBundled);
    }

    public static List<GoldDocument> read(String source, Reader reader) throws IOException {
        List<GoldDocument> docs = new ArrayList<>();
        Json.forEachLine(reader, (line, n) -> docs.add(parse(line, source + ":" + n)));
        return docs;
    }

    /** One gold line; throws {@link IllegalArgumentException} saying where and what is wrong. */
    public static GoldDocument parse(String line, String where) {
        JsonNode o;
        try {
            o = Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": not JSON: " + e.getOriginalMessage(), e);
        }
        if (o == null || !o.isObject()) {
            throw new IllegalArgumentException(where + ": not a JSON object");
        }
        String input = Json.text(o, "input");
        if (input == null) {
            throw new IllegalArgumentException(where + ": no input");
        }
        String id = Json.text(o, "id");
        List<MentionRecord> expected = Json.readMentions(o.get("expected"), where);
        for (MentionRecord m : expected) {
            if (m.end() > input.length() || !input.substring(m.start(), m.end()).equals(m.text())) {
                String found = m.end() <= input.length() ? input.substring(m.start(), m.end()) : "(past the end)";
                throw new IllegalArgumentException(where + ": " + m.type() + " '" + m.text() + "' at ["
                        + m.start() + "," + m.end() + ") points at '" + found + "'");
            }
        }
        return new GoldDocument(id == null ? where : id, input, Json.text(o, "reference_time"), expected);
    }
}

package io.github.tiqu.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Our scorer gives score.py's figures. The prediction file perturbs the gold (missed, shifted, wrong
 * values and mods, decimals spelled otherwise, duplicates, spurious mentions, a failed document), and
 * {@code perturbed-pred.score.json} is what {@code score.py --json} printed for it.
 */
class ScorerAgreementTest {

    private static Predictions fixture() throws IOException {
        try (InputStream in = ScorerAgreementTest.class.getResourceAsStream("perturbed-pred.jsonl")) {
            return Predictions.read("perturbed-pred.jsonl", new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    private static EvaluationReport ours() throws IOException {
        Predictions p = fixture();
        return Scorer.score(GoldLoader.loadAllBundled(), p.mentions(), p.failed());
    }

    private static void assertAgrees(JsonNode expected, EvaluationReport report) {
        List<String> types = new ArrayList<>();
        for (Iterator<String> it = expected.fieldNames(); it.hasNext();) {
            String t = it.next();
            if (!t.startsWith("_")) {
                types.add(t);
            }
        }
        assertEquals(types.size(), report.byType().size(), "the same types are scored");
        for (String t : types) {
            JsonNode row = expected.get(t);
            assertEquals(row.get("gold").asInt(), report.gold(t), t + " gold");
            for (MatchMode mode : MatchMode.values()) {
                JsonNode cell = row.get(mode.name().toLowerCase(Locale.ROOT));
                Prf prf = report.get(t, mode);
                String where = t + " " + mode;
                assertEquals(cell.get("p").asDouble(), round(prf.precision()), 1e-9, where + " P");
                assertEquals(cell.get("r").asDouble(), round(prf.recall()), 1e-9, where + " R");
                assertEquals(cell.get("f1").asDouble(), round(prf.f1()), 1e-9, where + " F1");
            }
        }
        JsonNode docs = expected.get("_documents");
        assertEquals(docs.get("gold").asInt(), report.documents());
        assertEquals(docs.get("missing").asInt(), report.missing());
        assertEquals(docs.get("failed").asInt(), report.failed());
    }

    /** score.py rounds to four places, half to even on the binary double: Python's round(). */
    private static double round(double x) {
        return new java.math.BigDecimal(x).setScale(4, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }

    @Test
    void agreesWithTheRecordedFiguresOfScorePy() throws IOException {
        JsonNode expected;
        try (InputStream in = ScorerAgreementTest.class.getResourceAsStream("perturbed-pred.score.json")) {
            expected = Json.MAPPER.readTree(in);
        }
        EvaluationReport report = ours();
        assertAgrees(expected, report);
        assertEquals(216, report.gold(EvaluationReport.ALL));
    }

    /** Where score.py and python3 are at hand (a checkout beside ../shared), agree with a live run too. */
    @Test
    void agreesWithALiveRunOfScorePy() throws Exception {
        Path script = findUp("shared/tools/score.py");
        Path goldDir = findUp("shared/corpus/gold");
        assumeTrue(script != null && goldDir != null, "score.py not beside this checkout");
        Path gold = Files.createTempFile("gold", ".jsonl");
        Path pred = Files.createTempFile("pred", ".jsonl");
        try {
            StringBuilder all = new StringBuilder();
            for (String name : GoldLoader.BUNDLED) {
                all.append(Files.readString(goldDir.resolve(name), StandardCharsets.UTF_8));
            }
            Files.writeString(gold, all, StandardCharsets.UTF_8);
            try (InputStream in = ScorerAgreementTest.class.getResourceAsStream("perturbed-pred.jsonl")) {
                Files.write(pred, in.readAllBytes());
            }
            Process p;
            try {
                p = new ProcessBuilder("python3", script.toString(), gold.toString(), pred.toString(), "--json")
                        .redirectErrorStream(true).start();
            } catch (IOException e) {
                assumeTrue(false, "no python3");
                return;
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assumeTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "score.py did not run: " + out);
            assertAgrees(Json.MAPPER.readTree(out), ours());
        } finally {
            Files.deleteIfExists(gold);
            Files.deleteIfExists(pred);
        }
    }

    private static Path findUp(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 5 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}

package io.github.tiqu.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs the benchmarks with a quick profile (a few minutes on two cores) and prints one table: the
 * median, min and max of each, in characters or conversions per second, with the ratios to HanLP's
 * StandardTokenizer and to a plain loop over the same text, measured in the same run.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar io.github.tiqu.benchmarks.BenchmarkReport
 * [--full] [--size CHARS]}.
 */
public final class BenchmarkReport {

    private static final String TWO_THREADS = ThroughputBenchmarks.class.getName() + "\\.extractAllTwoThreads$";

    private BenchmarkReport() {
    }

    public static void main(String[] args) throws RunnerException {
        boolean full = false;
        int size = 1_000_000;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--full")) {
                full = true;
            } else if (args[i].equals("--size") && i + 1 < args.length) {
                size = Integer.parseInt(args[++i]);
            } else {
                System.err.println("usage: BenchmarkReport [--full] [--size CHARS]");
                System.exit(2);
            }
        }
        long chars = BenchTexts.length(BenchTexts.documents(size));

        ChainedOptionsBuilder throughput = new OptionsBuilder()
                .include(ThroughputBenchmarks.class.getName() + "\\.")
                .exclude(TWO_THREADS)
                .param("size", String.valueOf(size))
                .shouldFailOnError(false);
        if (!full) {
            // The whole pipeline needs about four 2 s iterations before the JIT settles on two cores.
            throughput.warmupIterations(5).warmupTime(TimeValue.seconds(2))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(2));
        }
        Collection<RunResult> results = new ArrayList<>(new Runner(throughput.build()).run());

        // Two busy threads on a two-core machine leave the JIT compiler little time: warm up longer.
        ChainedOptionsBuilder twoThreads = new OptionsBuilder()
                .include(TWO_THREADS)
                .param("size", String.valueOf(size))
                .warmupIterations(full ? 10 : 8).warmupTime(TimeValue.seconds(2))
                .shouldFailOnError(false);
        if (!full) {
            twoThreads.measurementIterations(5).measurementTime(TimeValue.seconds(2));
        }
        results.addAll(new Runner(twoThreads.build()).run());

        ChainedOptionsBuilder cold = new OptionsBuilder()
                .include(ColdStartBenchmarks.class.getName() + "\\.")
                .forks(full ? 10 : 4)
                .shouldFailOnError(false);
        results.addAll(new Runner(cold.build()).run());

        ChainedOptionsBuilder memory = new OptionsBuilder()
                .include(MemoryBenchmarks.class.getName() + "\\.")
                .measurementIterations(full ? 10 : 3)
                .shouldFailOnError(false);
        results.addAll(new Runner(memory.build()).run());

        System.out.println();
        System.out.println(table(results, chars));
    }

    static String table(Collection<RunResult> results, long chars) {
        Map<String, RunResult> byName = new LinkedHashMap<>();
        for (RunResult r : results) {
            BenchmarkParams p = r.getParams();
            String name = p.getBenchmark();
            byName.put(name.substring(name.lastIndexOf('.') + 1), r);
        }
        double hanlp = median(byName.get("hanlpStandardTokenizer")) * chars;
        double floor = median(byName.get("floorPlainLoop")) * chars;
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "corpus: %,d characters of report text (bench corpus and seed, repeated)%n", chars));
        b.append(String.format(Locale.ROOT, "%-34s %14s %14s %14s %-10s %9s %9s%n", "benchmark", "median", "min",
                "max", "unit", "x HanLP", "x floor"));
        for (Map.Entry<String, RunResult> e : byName.entrySet()) {
            String name = e.getKey();
            RunResult r = e.getValue();
            Statistics s = r.getPrimaryResult().getStatistics();
            boolean single = r.getParams().getMode().shortLabel().equals("ss");
            boolean perChar = !single && (name.startsWith("floor") || name.startsWith("hanlp")
                    || name.startsWith("tiqu") || name.startsWith("extract"));
            double scale = perChar ? chars : 1;
            String unit = single ? "ms" : perChar ? "chars/s" : "ops/s";
            double median = s.getPercentile(50) * scale;
            b.append(String.format(Locale.ROOT, "%-34s %14s %14s %14s %-10s %9s %9s%n", name, human(median),
                    human(s.getMin() * scale), human(s.getMax() * scale), unit,
                    perChar ? ratio(median, hanlp) : "", perChar ? ratio(median, floor) : ""));
        }
        RunResult one = byName.get("extractAll");
        RunResult two = byName.get("extractAllTwoThreads");
        if (one != null && two != null) {
            b.append(String.format(Locale.ROOT, "two threads sharing one extractor: %.2f x one thread%n",
                    median(two) / median(one)));
        }
        RunResult coldHanlp = byName.get("coldHanlpFirstSegment");
        RunResult coldTiqu = byName.get("coldTiquCreateAndFirstExtract");
        if (coldHanlp != null && coldTiqu != null) {
            b.append(String.format(Locale.ROOT, "cold start: Tiqu create + first extract = %.2f x HanLP's first segment%n",
                    median(coldTiqu) / median(coldHanlp)));
        }
        return b.toString();
    }

    private static double median(RunResult r) {
        return r == null ? Double.NaN : r.getPrimaryResult().getStatistics().getPercentile(50);
    }

    private static String ratio(double x, double base) {
        return Double.isNaN(base) ? "" : String.format(Locale.ROOT, "%.3f", x / base);
    }

    private static String human(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (v >= 1e9) {
            return String.format(Locale.ROOT, "%.2f G", v / 1e9);
        }
        if (v >= 1e6) {
            return String.format(Locale.ROOT, "%.2f M", v / 1e6);
        }
        if (v >= 1e3) {
            return String.format(Locale.ROOT, "%.2f k", v / 1e3);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}

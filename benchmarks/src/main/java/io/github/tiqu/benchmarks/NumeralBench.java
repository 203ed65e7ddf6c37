package io.github.tiqu.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import io.github.tiqu.core.numeral.NumeralParser;
import io.github.tiqu.core.numeral.NumeralScanner;
import io.github.tiqu.core.text.SourceText;

/**
 * The numeral core in parts: the parser on each kind of numeral of {@link BenchTexts#numeralMix()}
 * (one operation = one conversion), and the scanner at every offset of the corpus where a numeral can
 * start, as the extractors call it (one operation = one pass over all those offsets of a 200,000-character
 * text).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class NumeralBench {

    private static final int BATCH = 20;

    @State(Scope.Benchmark)
    public static class Inputs {
        public List<String> arabic;
        public List<String> chinese;
        public List<String> mixed;
        public String text;
        public int[] starts;

        @Setup(Level.Trial)
        public void setUp() {
            List<String> mix = BenchTexts.numeralMix();
            arabic = mix.subList(0, 10);
            chinese = mix.subList(10, 25);
            mixed = mix.subList(25, mix.size());
            text = SourceText.of(BenchTexts.oneDocument(200_000)).normalized();
            NumeralScanner scanner = NumeralScanner.standard();
            starts = java.util.stream.IntStream.range(0, text.length())
                    .filter(i -> scanner.canStart(text.charAt(i))).toArray();
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void parseArabic(Inputs in, Blackhole bh) {
        parse(in.arabic, bh);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void parseChinese(Inputs in, Blackhole bh) {
        parse(in.chinese, bh);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void parseMixed(Inputs in, Blackhole bh) {
        parse(in.mixed, bh);
    }

    private static void parse(List<String> inputs, Blackhole bh) {
        NumeralParser parser = NumeralParser.standard();
        for (int i = 0; i < BATCH; i++) {
            bh.consume(parser.tryParse(inputs.get(i % inputs.size())));
        }
    }

    /** Every offset of the text where a numeral can start. */
    @Benchmark
    public void scanEveryCandidateOffset(Inputs in, Blackhole bh) {
        NumeralScanner scanner = NumeralScanner.standard();
        for (int start : in.starts) {
            bh.consume(scanner.matchAt(in.text, start));
        }
    }
}

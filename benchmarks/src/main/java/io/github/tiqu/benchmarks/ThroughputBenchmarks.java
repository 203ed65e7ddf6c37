package io.github.tiqu.benchmarks;

import java.time.LocalDate;
import java.util.EnumSet;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.SpeedTokenizer;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;

import io.github.tiqu.core.numeral.NumeralParser;
import io.github.tiqu.core.text.SourceText;
import io.github.tiqu.core.token.Token;
import io.github.tiqu.core.token.hanlp.HanLpTokenizer;
import io.github.tiqu.extractors.Extraction;
import io.github.tiqu.extractors.MentionType;
import io.github.tiqu.extractors.TiquExtractor;

/**
 * Throughput of the hot path on the same corpus, one operation = the whole corpus, so that
 * operations per second times {@link Corpus#chars} is characters per second. The report runner
 * ({@link BenchmarkReport}) prints them as ratios to HanLP's StandardTokenizer and to a plain loop.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ThroughputBenchmarks {

    /** The corpus as whole documents, {@link #chars} characters in all. */
    @State(Scope.Benchmark)
    public static class Corpus {
        @Param("1000000")
        public int size;

        public List<String> documents;
        public long chars;
        public List<String> numerals;
        public LocalDate reference = LocalDate.of(2023, 12, 25);
        public TiquExtractor all;
        public TiquExtractor numbersOnly;
        public TiquExtractor quantitiesOnly;
        public TiquExtractor timeOnly;
        public TiquExtractor projectsOnly;

        @Setup(Level.Trial)
        public void setUp() {
            documents = BenchTexts.documents(size);
            chars = BenchTexts.length(documents);
            numerals = BenchTexts.numeralMix();
            all = TiquExtractor.create();
            numbersOnly = TiquExtractor.builder().types(MentionType.NUMBER).build();
            quantitiesOnly = TiquExtractor.builder()
                    .types(EnumSet.of(MentionType.QUANTITY, MentionType.PERCENT, MentionType.ORDINAL)).build();
            timeOnly = TiquExtractor.builder()
                    .types(EnumSet.of(MentionType.DATE, MentionType.DURATION, MentionType.SET)).build();
            projectsOnly = TiquExtractor.builder().types(MentionType.PROJECT).build();
            // Load HanLP's dictionaries before measuring anything.
            StandardTokenizer.segment(documents.get(0));
            all.extract(documents.get(0), reference);
        }
    }

    /** The floor: a plain loop over the same characters. */
    @Benchmark
    public long floorPlainLoop(Corpus c) {
        long sum = 0;
        for (String d : c.documents) {
            for (int i = 0; i < d.length(); i++) {
                sum += d.charAt(i);
            }
        }
        return sum;
    }

    /** HanLP's StandardTokenizer (Viterbi), as a user would call it. */
    @Benchmark
    public void hanlpStandardTokenizer(Corpus c, Blackhole bh) {
        for (String d : c.documents) {
            List<Term> terms = StandardTokenizer.segment(d);
            bh.consume(terms);
        }
    }

    /** HanLP's SpeedTokenizer (dictionary maximum matching). */
    @Benchmark
    public void hanlpSpeedTokenizer(Corpus c, Blackhole bh) {
        for (String d : c.documents) {
            bh.consume(SpeedTokenizer.segment(d));
        }
    }

    /** Our tokenizer: the same Viterbi model behind our interface, with offsets and our Token records. */
    @Benchmark
    public void tiquTokenizer(Corpus c, Blackhole bh) {
        HanLpTokenizer tokenizer = HanLpTokenizer.standard();
        for (String d : c.documents) {
            List<Token> tokens = tokenizer.tokenize(SourceText.of(d));
            bh.consume(tokens);
        }
    }

    /** End to end, every type on. */
    @Benchmark
    public void extractAll(Corpus c, Blackhole bh) {
        for (String d : c.documents) {
            Extraction e = c.all.extract(d, c.reference);
            bh.consume(e);
        }
    }

    /** End to end, every type on, two threads sharing one extractor. */
    @Benchmark
    @Threads(2)
    public void extractAllTwoThreads(Corpus c, Blackhole bh) {
        for (String d : c.documents) {
            bh.consume(c.all.extract(d, c.reference));
        }
    }

    @Benchmark
    public void extractNumbers(Corpus c, Blackhole bh) {
        for (String d : c.documents) {
            bh.consume(c.numbersOnly.extract(d, c.reference));
        }
    }

    @Benchmark
    public void extractQuantitiesPercentsOrdinals(Corpus c, Blackhole bh) {
        for (String d : c.documents) {
            bh.consume(c.quantitiesOnly.extract(d, c.reference));
        }
    }

    @Benchmark
    public void extractTime(Corpus c, Blackhole bh) {
        for (String d : c.documents) {
            bh.consume(c.timeOnly.extract(d, c.reference));
        }
    }

    @Benchmark
    public void extractProjects(Corpus c, Blackhole bh) {
        for (String d : c.documents) {
            bh.consume(c.projectsOnly.extract(d, c.reference));
        }
    }

    /** The numeral parser on a mix of numeral strings; one operation = one conversion. */
    @Benchmark
    @OperationsPerInvocation(50)
    public void numeralParser(Corpus c, Blackhole bh) {
        NumeralParser parser = NumeralParser.standard();
        List<String> mix = c.numerals;
        for (int i = 0; i < 50; i++) {
            bh.consume(parser.tryParse(mix.get(i % mix.size())));
        }
    }
}

package io.github.tiqu.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.hankcs.hanlp.tokenizer.StandardTokenizer;

import io.github.tiqu.extractors.TiquExtractor;

/**
 * From a cold JVM (one fresh fork per sample): building the extractor and its first extract, against
 * HanLP's own first call, which loads its dictionaries lazily.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
@State(Scope.Benchmark)
public class ColdStartBenchmarks {

    private final String seed = BenchTexts.originals().get(0);

    @Benchmark
    public Object coldHanlpFirstSegment() {
        return StandardTokenizer.segment(seed);
    }

    @Benchmark
    public Object coldTiquCreateAndFirstExtract() {
        return TiquExtractor.create().extract(seed, LocalDate.of(2023, 12, 25));
    }
}

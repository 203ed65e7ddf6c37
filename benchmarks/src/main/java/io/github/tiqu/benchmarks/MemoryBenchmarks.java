package io.github.tiqu.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.github.tiqu.extractors.TiquExtractor;

/**
 * A 10 MB document extracted in a JVM limited to 256 MB of heap: the fork fails with an
 * OutOfMemoryError if it does not fit. Repeated iterations in the same JVM show that memory does not
 * grow with the number of documents processed (the extractor keeps nothing between calls).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@State(Scope.Benchmark)
public class MemoryBenchmarks {

    private String tenMegabytes;
    private TiquExtractor tiqu;

    @Setup(Level.Trial)
    public void setUp() {
        tenMegabytes = BenchTexts.oneDocument(10 * 1024 * 1024);
        tiqu = TiquExtractor.create();
    }

    @Benchmark
    public int extractTenMegabytesIn256MbHeap() {
        return tiqu.extract(tenMegabytes, LocalDate.of(2023, 12, 25)).mentions().size();
    }
}

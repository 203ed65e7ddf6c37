package io.github.tiqu.benchmarks;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.github.tiqu.extractors.MentionType;
import io.github.tiqu.extractors.TiquExtractor;

/**
 * One text dense with figures (money, units, counts, percentages, ordinals, ranges), at 10,000 and
 * 100,000 figures: time linear in length shows as the same characters per second at both sizes
 * (multiply ops/s by the length printed at set-up).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@State(Scope.Benchmark)
public class FiguresBenchmarks {

    private static final String[] FIGURES = {
        "突破1600亿元", "35742个标箱", "增长61.7%", "提高2.4个百分点", "3至5万元", "740多万人", "时速350公里",
        "全省第1位", "约3.5万吨", "不足10%", "三千六百亩", "1.2万千瓦", "六成", "第400列", "50多家", "8.5公里"};

    @Param({"10000", "100000"})
    public int figures;

    private String text;
    private TiquExtractor figuresOnly;
    private final LocalDate reference = LocalDate.of(2023, 12, 25);

    @Setup(Level.Trial)
    public void setUp() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < figures; i++) {
            b.append(i % 7 == 0 ? "全市" : "，其中").append(FIGURES[i % FIGURES.length]);
            if (i % 5 == 4) {
                b.append("。\n");
            }
        }
        text = b.toString();
        figuresOnly = TiquExtractor.builder()
                .types(EnumSet.of(MentionType.QUANTITY, MentionType.PERCENT, MentionType.ORDINAL)).build();
        System.out.println("figures text: " + text.length() + " characters, " + figures + " figures");
    }

    @Benchmark
    public int extractFigures() {
        return figuresOnly.extract(text, reference).mentions().size();
    }
}

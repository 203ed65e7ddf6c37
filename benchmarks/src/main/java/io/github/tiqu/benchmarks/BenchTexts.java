package io.github.tiqu.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark input: real report texts (the shared bench corpus and the seed, checked in as data
 * under resources/.../corpus), repeated round-robin as whole documents until they reach a size.
 */
public final class BenchTexts {

    static final List<String> FILES = List.of(
            "seed-zhuzhou-2023.txt",
            "city_communiques_pages_excerpts.txt",
            "city_work_reports_pages_excerpts.txt",
            "stats_releases_pages_excerpts.txt",
            "xiangcun_zhenxing_yijian.txt",
            "xinshidai_report.txt");

    private BenchTexts() {
    }

    /** The distinct documents. */
    public static List<String> originals() {
        List<String> docs = new ArrayList<>();
        for (String f : FILES) {
            try (InputStream in = BenchTexts.class.getResourceAsStream("corpus/" + f)) {
                if (in == null) {
                    throw new IllegalStateException("missing benchmark text " + f);
                }
                docs.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return docs;
    }

    /** Whole documents, repeated in turn, adding up to at least {@code chars} characters. */
    public static List<String> documents(int chars) {
        List<String> originals = originals();
        List<String> docs = new ArrayList<>();
        long total = 0;
        for (int i = 0; total < chars; i++) {
            String d = originals.get(i % originals.size());
            docs.add(d);
            total += d.length();
        }
        return docs;
    }

    /** One document of at least {@code chars} characters: the texts concatenated and repeated. */
    public static String oneDocument(int chars) {
        StringBuilder b = new StringBuilder(chars + 20_000);
        for (String d : documents(chars)) {
            b.append(d).append('\n');
        }
        return b.toString();
    }

    public static long length(List<String> docs) {
        long n = 0;
        for (String d : docs) {
            n += d.length();
        }
        return n;
    }

    /** A realistic mix of numeral strings as they occur in reports: Arabic, Chinese, mixed, financial. */
    public static List<String> numeralMix() {
        return List.of(
                "1600", "35742", "61.7", "90.4", "2023", "1,234,567", "３６", "0.5", "12.35", "319",
                "三十五万七千", "一千六百亿", "二〇二三", "十二", "三百", "两千", "九十点四", "一百零五",
                "四万五千", "十九", "五", "二十一", "三千六百五十", "一亿两千万", "六十一点七",
                "1.2万", "3千万", "36.57亿", "740万", "1600亿", "2.4万", "5.6亿", "10万", "3万",
                "壹佰贰拾叁", "叁仟伍佰", "玖拾玖", "贰万", "壹亿", "伍拾",
                "三万五", "一千二", "两百五", "负五", "-12.9", "廿三", "卅", "萬", "兩億", "三點五");
    }
}

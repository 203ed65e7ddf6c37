package io.github.tiqu.extractors;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.github.tiqu.core.numeral.NumeralScanner;
import io.github.tiqu.core.text.SourceText;
import io.github.tiqu.core.token.Tokenizer;
import io.github.tiqu.core.token.hanlp.HanLpTokenizer;
import io.github.tiqu.extractors.date.DocumentDate;
import io.github.tiqu.extractors.date.TimeExtractor;
import io.github.tiqu.extractors.number.NumberExtractor;
import io.github.tiqu.extractors.ordinal.OrdinalExtractor;
import io.github.tiqu.extractors.percent.PercentExtractor;
import io.github.tiqu.extractors.pipeline.Document;
import io.github.tiqu.extractors.pipeline.TypeExtractor;
import io.github.tiqu.extractors.project.ProjectExtractor;
import io.github.tiqu.extractors.quantity.QuantityExtractor;

/**
 * Tiqu's entry point: finds dates, durations, sets, quantities, percentages, numbers, ordinals and
 * named projects in Chinese text.
 *
 * <pre>{@code
 * TiquExtractor tiqu = TiquExtractor.create();
 * Extraction result = tiqu.extract("截至12月19日，全市优良天数为319天", LocalDate.of(2023, 12, 25));
 * for (Mention m : result.mentions()) {
 *     System.out.println(m.type() + " " + m.text() + " " + m.value());
 * }
 * }</pre>
 *
 * <p>Build once and share: an extractor is immutable and safe to use from many threads at once.
 * {@code extract} never throws for any string (empty, garbage, megabytes of digits); it throws
 * {@link NullPointerException} for a null text.
 */
public final class TiquExtractor {

    private static final NumeralScanner NUMERALS = NumeralScanner.standard();

    private final List<TypeExtractor> extractors;
    private final Set<MentionType> types;
    private final Tokenizer tokenizer;

    private TiquExtractor(Builder b) {
        this.types = Set.copyOf(b.types);
        this.tokenizer = b.tokenizer;
        // The families that need no words run first: on a cold start they work while HanLP still loads.
        // (The order does not change the result: each type has one family, and the overlap policy
        // orders candidates by span and type.)
        List<TypeExtractor> all = List.of(
                new QuantityExtractor(),
                new PercentExtractor(),
                new OrdinalExtractor(),
                new TimeExtractor(),
                new NumberExtractor(),
                ProjectExtractor.create(b.projectLexicons));
        List<TypeExtractor> used = new ArrayList<>();
        for (TypeExtractor e : all) {
            if (!java.util.Collections.disjoint(e.types(), types)) {
                used.add(e);
            }
        }
        this.extractors = List.copyOf(used);
    }

    /** An extractor of every type with the default lexicons. */
    public static TiquExtractor create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Extracts with the reference time the document states (a full date in its dateline or byline);
     * where it states none, relative dates ({@code 今年}, {@code 12月20日}) are left out rather than
     * guessed from the clock. {@link Extraction#reference()} says which applied.
     */
    public Extraction extract(String text) {
        Objects.requireNonNull(text, "text must not be null");
        SourceText source = SourceText.of(text);
        Optional<LocalDateTime> stated = DocumentDate.find(source);
        ReferenceTime reference = stated.map(ReferenceTime::document).orElseGet(ReferenceTime::none);
        return run(source, reference);
    }

    /** Extracts with relative dates resolved against {@code referenceDate} (midnight). */
    public Extraction extract(String text, LocalDate referenceDate) {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(referenceDate, "referenceDate must not be null");
        return run(SourceText.of(text), ReferenceTime.caller(referenceDate.atStartOfDay()));
    }

    /** Extracts with relative dates and times resolved against {@code referenceTime}. */
    public Extraction extract(String text, LocalDateTime referenceTime) {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(referenceTime, "referenceTime must not be null");
        return run(SourceText.of(text), ReferenceTime.caller(referenceTime));
    }

    /**
     * Extracts with relative dates resolved against {@code reference}, of any precision: with a
     * year-only reference ({@link ReferenceTime#caller(java.time.Year)}) a month written without a
     * year lies in that year. {@link ReferenceTime#none()} leaves relative dates unresolved (it does
     * not look for a dateline: {@link #extract(String)} does).
     */
    public Extraction extract(String text, ReferenceTime reference) {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(reference, "reference must not be null");
        return run(SourceText.of(text), reference);
    }

    /** The types this extractor reports. */
    public Set<MentionType> types() {
        return types;
    }

    private Extraction run(SourceText source, ReferenceTime reference) {
        Document document = new Document(source, reference, tokenizer);
        List<Mention> found = new ArrayList<>();
        for (TypeExtractor e : extractors) {
            e.extract(document, found);
        }
        List<Mention> wanted = new ArrayList<>(found.size());
        String normalized = source.normalized();
        int[] addresses = WebAddresses.spans(source.original()); // the original: ，and 。 end an address
        for (Mention m : found) {
            // A mention that a fixed phrase holds whole (两个一百年, 百年未有之大变局) is no mention, whichever
            // extractor found it: the phrases are one list, core/numeral/fixed-phrases.tsv. Nor is a
            // figure or a date inside a web address.
            if (types.contains(m.type()) && !NUMERALS.isFixedPhrase(normalized, m.start(), m.end())
                    && !WebAddresses.overlaps(addresses, m.start(), m.end())) {
                wanted.add(m);
            }
        }
        return new Extraction(OverlapPolicy.resolve(wanted), reference);
    }

    /** Configures an extractor. Not thread-safe; the extractor it builds is. */
    public static final class Builder {

        private final EnumSet<MentionType> types = EnumSet.allOf(MentionType.class);
        private Tokenizer tokenizer = HanLpTokenizer.standard();
        private final List<Path> projectLexicons = new ArrayList<>();

        private Builder() {
        }

        /** Reports only these types (all by default). */
        public Builder types(Set<MentionType> wanted) {
            Objects.requireNonNull(wanted, "types");
            if (wanted.isEmpty()) {
                throw new IllegalArgumentException("at least one type");
            }
            types.clear();
            types.addAll(wanted);
            return this;
        }

        /** Reports only these types (all by default). */
        public Builder types(MentionType first, MentionType... rest) {
            return types(EnumSet.of(first, rest));
        }

        /** The tokenizer for the windows that need words (HanLP's standard model by default). */
        public Builder tokenizer(Tokenizer tokenizer) {
            this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
            return this;
        }

        /**
         * Adds a user lexicon of project head words, kinds and known project names (a TSV file; see
         * the README). May be called more than once.
         */
        public Builder projectLexicon(Path file) {
            projectLexicons.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        public TiquExtractor build() {
            return new TiquExtractor(this);
        }
    }
}

package io.github.tiqu.extractors.project;

import io.github.tiqu.core.rule.PhraseTrie;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.github.tiqu.core.text.SourceText;
import io.github.tiqu.core.text.TextSpan;
import io.github.tiqu.extractors.Mention;
import io.github.tiqu.extractors.MentionType;
import io.github.tiqu.extractors.ProjectMention;
import io.github.tiqu.extractors.pipeline.Document;
import io.github.tiqu.extractors.pipeline.TypeExtractor;

/**
 * Finds PROJECT mentions: named projects, programmes, plans, policy documents, platforms, facilities
 * and events. Titles in 《》, quotations, head words, road sections, lists before 等项目 and the user's
 * known names are recognized by the rules of this package; of overlapping names the longest is kept.
 *
 * <p>Only small windows are segmented: the characters are scanned for head words, quotes and 《》, and
 * the tokenizer sees only the clause to the left of a head. Immutable and thread-safe.
 */
public final class ProjectExtractor implements TypeExtractor {

    private static final Comparator<Candidate> LONGEST_FIRST = Comparator
            .comparingInt((Candidate c) -> -c.length())
            .thenComparingInt(Candidate::start);

    private final ProjectLexicon lexicon;
    private final TitleRule titles;
    private final HeadWordRule heads;
    private final ListRule lists;
    private final QuotedSummaryRule summaries;
    private final ListedQuoteRule listedQuotes;
    private final RightEdge rightEdges;

    private ProjectExtractor(ProjectLexicon lexicon) {
        this.lexicon = lexicon;
        NameGrower grower = new NameGrower(lexicon);
        this.titles = new TitleRule(lexicon);
        this.heads = new HeadWordRule(lexicon, grower);
        this.lists = new ListRule(lexicon, grower);
        this.summaries = new QuotedSummaryRule();
        this.listedQuotes = new ListedQuoteRule();
        this.rightEdges = new RightEdge(lexicon);
    }

    /**
     * The extractor with the default lexicons plus the user's files (TSV: {@code entry}, {@code type}
     * HEAD|NAME|EXCLUDE|GENERIC|STOP|PUBLICATION, {@code kind}, optional {@code scope}; see
     * {@code docs/project.md}).
     *
     * @throws java.io.UncheckedIOException when a file cannot be read
     * @throws IllegalStateException when a row is malformed (the message says where)
     */
    public static ProjectExtractor create(List<Path> userLexicons) {
        Objects.requireNonNull(userLexicons, "userLexicons");
        return new ProjectExtractor(ProjectLexicon.withUserFiles(List.copyOf(userLexicons)));
    }

    @Override
    public Set<MentionType> types() {
        return Set.of(MentionType.PROJECT);
    }

    @Override
    public void extract(Document document, List<Mention> out) {
        SourceText text = document.text();
        String s = text.normalized();
        List<Candidate> found = new ArrayList<>();
        titles.find(s, found);
        summaries.find(s, found);
        knownNames(s, found);
        heads.find(document, found);
        lists.find(document, found);
        listedQuotes.find(s, found);
        for (Candidate c : longestWithoutOverlap(rightEdges.repair(document, found), s.length())) {
            String original = text.cut(c.start(), c.end());
            out.add(new ProjectMention(new TextSpan(c.start(), c.end()), original, nameOf(original), c.kind(),
                    c.rule()));
        }
    }

    /** {@code known-name}: a project name from a user lexicon, wherever it is written. */
    private void knownNames(String s, List<Candidate> out) {
        for (int i = 0; i < s.length(); i++) {
            PhraseTrie.Hit<io.github.tiqu.extractors.ProjectKind> m = lexicon.nameAt(s, i);
            if (m != null) {
                out.add(new Candidate(i, m.end(), m.value(), "known-name"));
                i = m.end() - 1;
            }
        }
    }

    private static List<Candidate> longestWithoutOverlap(List<Candidate> found, int length) {
        List<Candidate> sorted = new ArrayList<>(found);
        sorted.sort(LONGEST_FIRST);
        boolean[] taken = new boolean[length];
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            boolean free = true;
            for (int i = c.start(); i < c.end() && free; i++) {
                free = !taken[i];
            }
            if (free) {
                java.util.Arrays.fill(taken, c.start(), c.end(), true);
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }

    /** The value: the span with every quotation mark and 《》 removed (parentheses and dashes stay). */
    static String nameOf(String span) {
        StringBuilder b = new StringBuilder(span.length());
        for (int i = 0; i < span.length(); i++) {
            char c = span.charAt(i);
            if (!Chars.isQuote(c) && c != '《' && c != '》' && c != '〈' && c != '〉' && c != '"' && c != '＂') {
                b.append(c);
            }
        }
        return b.toString();
    }
}

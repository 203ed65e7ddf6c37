package io.github.tiqu.extractors.project;

import io.github.tiqu.core.rule.PhraseTrie;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.tiqu.core.resource.TsvTable;
import io.github.tiqu.extractors.ProjectKind;

/**
 * The data the project rules read: head words with their kinds, publication titles, exclusions, word
 * classes and known names. The defaults come from the TSV files of this package; a user's files add to
 * them (see {@code docs/project.md}). Immutable once built; safe to share across threads.
 */
final class ProjectLexicon {

    /** The entry types of a user lexicon file. */
    enum UserEntry {
        /** A head word: {@code kind} and optionally {@code scope} (NAME by default). */
        HEAD,
        /** A known project name, found wherever it is written: {@code kind}. */
        NAME,
        /** A word that, after a head word, shows an organization or a designation (exclusions.tsv). */
        EXCLUDE,
        /** A word that does not make a name specific (class GENERIC of tokens.tsv). */
        GENERIC,
        /** A word that ends a name on its left (class STOP of tokens.tsv). */
        STOP,
        /** A publication title or a title suffix: 《…》 titles ending with it are not documents. */
        PUBLICATION
    }

    /** The head column of an exclusion that applies after every head word. */
    private static final String ANY_HEAD = "";

    private static final class DefaultHolder {
        static final ProjectLexicon INSTANCE = build(List.of());
    }

    private final PhraseTrie<Head> heads;
    private final PhraseTrie<Set<String>> exclusions;
    private final PhraseTrie<ProjectKind> names;
    /** The classes of each word of tokens.tsv, looked up without hashing the (fresh) word. */
    private final PhraseTrie<Classes> tokens;
    /** The classes of the empty word (a user row may give one), or null. */
    private final Classes emptyWordClasses;
    private final List<String> roads;
    private final List<String> publicationSuffixes;
    private final Set<String> publicationTitles;
    private final List<String> publicationFollowers;

    private ProjectLexicon(Builder b) {
        this.heads = PhraseTrie.of(b.heads);
        Map<String, Set<String>> ex = new HashMap<>();
        b.exclusions.forEach((k, v) -> ex.put(k, Set.copyOf(v)));
        this.exclusions = PhraseTrie.of(ex);
        this.names = PhraseTrie.of(b.names);
        PhraseTrie.Builder<Classes> t = PhraseTrie.builder();
        Classes empty = null;
        for (Map.Entry<String, EnumSet<TokenClass>> e : b.tokens.entrySet()) {
            Classes k = Classes.of(e.getValue());
            if (e.getKey().isEmpty()) {
                empty = k;
            } else {
                t.add(e.getKey(), k);
            }
        }
        this.tokens = t.build();
        this.emptyWordClasses = empty;
        this.roads = List.copyOf(b.roads);
        this.publicationSuffixes = List.copyOf(b.publicationSuffixes);
        this.publicationTitles = Set.copyOf(b.publicationTitles);
        this.publicationFollowers = List.copyOf(b.publicationFollowers);
    }

    /** The default lexicons, loaded once. */
    static ProjectLexicon defaults() {
        return DefaultHolder.INSTANCE;
    }

    /** The default lexicons plus the user's files, in order (a later row overrides an earlier one). */
    static ProjectLexicon withUserFiles(List<Path> files) {
        return files.isEmpty() ? defaults() : build(files);
    }

    private static ProjectLexicon build(List<Path> userFiles) {
        Builder b = new Builder();
        for (TsvTable.Row row : TsvTable.load(ProjectLexicon.class, "heads.tsv").rows()) {
            b.addHead(row.require("head"), kind(row, "kind"), scope(row, row.require("scope")),
                    kind(row, "quoted_kind"), kind(row, "abstract_kind"), yes(row, "needs_proper"));
        }
        for (TsvTable.Row row : TsvTable.load(ProjectLexicon.class, "publications.tsv").rows()) {
            b.addPublication(row.require("entry"), row.require("match"), row);
        }
        for (TsvTable.Row row : TsvTable.load(ProjectLexicon.class, "exclusions.tsv").rows()) {
            b.addExclusion(row.require("entry"), row.get("head"));
        }
        for (TsvTable.Row row : TsvTable.load(ProjectLexicon.class, "tokens.tsv").rows()) {
            b.addToken(row.require("token"), tokenClass(row));
        }
        for (Path file : userFiles) {
            TsvTable table = TsvTable.load(file);
            for (TsvTable.Row row : table.rows()) {
                b.addUserRow(row, table.header());
            }
        }
        return new ProjectLexicon(b);
    }

    private static boolean yes(TsvTable.Row row, String column) {
        String v = row.get(column).trim();
        if (!v.isEmpty() && !v.equals("yes") && !v.equals("no")) {
            throw new IllegalStateException(row.where() + ": " + column + " must be yes, no or empty");
        }
        return v.equals("yes");
    }

    private static ProjectKind kind(TsvTable.Row row, String column) {
        String v = row.require(column).trim().toUpperCase(Locale.ROOT);
        try {
            return ProjectKind.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(row.where() + ": unknown kind '" + v + "'", e);
        }
    }

    private static Head.Scope scope(TsvTable.Row row, String value) {
        try {
            return Head.Scope.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(row.where() + ": unknown scope '" + value + "'", e);
        }
    }

    private static TokenClass tokenClass(TsvTable.Row row) {
        String v = row.require("class");
        try {
            return TokenClass.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(row.where() + ": unknown class '" + v + "'", e);
        }
    }

    /** The longest head word that starts at {@code i}, or null. */
    PhraseTrie.Hit<Head> headAt(String s, int i) {
        return heads.longestAt(s, i);
    }

    /** The longest known project name that starts at {@code i}, or null. */
    PhraseTrie.Hit<ProjectKind> nameAt(String s, int i) {
        return names.longestAt(s, i);
    }

    /**
     * The end of the exclusion word that starts at {@code i} and applies after {@code head}, or -1.
     * Only the longest exclusion at {@code i} is tried.
     */
    int exclusionAt(String s, int i, String head) {
        PhraseTrie.Hit<Set<String>> m = exclusions.longestAt(s, i);
        if (m == null) {
            return -1;
        }
        Set<String> heads = m.value();
        return heads.contains(ANY_HEAD) || heads.contains(head) ? m.end() : -1;
    }

    boolean is(String word, TokenClass c) {
        Classes classes = word.isEmpty() ? emptyWordClasses : tokens.get(word);
        return classes != null && classes.has(c);
    }

    /** A set of token classes as bits. */
    private record Classes(int bits) {
        static Classes of(Set<TokenClass> set) {
            int b = 0;
            for (TokenClass c : set) {
                b |= 1 << c.ordinal();
            }
            return new Classes(b);
        }

        boolean has(TokenClass c) {
            return (bits & (1 << c.ordinal())) != 0;
        }
    }

    /**
     * Whether the word is generic: listed so, or made of generic words only (现代农业 = 现代 + 农业).
     */
    boolean isGeneric(String w) {
        if (is(w, TokenClass.GENERIC)) {
            return true;
        }
        int n = w.length();
        if (n < 2 || n > 12) {
            return false;
        }
        boolean[] reach = new boolean[n + 1];
        reach[0] = true;
        for (int i = 0; i < n; i++) {
            if (!reach[i]) {
                continue;
            }
            for (int len = 1; len <= 4 && i + len <= n; len++) {
                if (is(w.substring(i, i + len), TokenClass.GENERIC)) {
                    reach[i + len] = true;
                }
            }
        }
        return reach[n];
    }

    /** Whether the word is or ends with a word of construction works (灌区, 污水处理厂, 扩建). */
    boolean endsWithWorks(String w) {
        for (int k = 1; k <= Math.min(4, w.length()); k++) {
            if (is(w.substring(w.length() - k), TokenClass.WORKS)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code name} holds a road word before its last character. */
    boolean hasRoadWord(String name) {
        for (String road : roads) {
            int at = name.indexOf(road);
            if (at >= 0 && at + road.length() < name.length()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the 《》 title {@code title}, followed by {@code after}, names a publication. */
    boolean isPublication(String title, String after) {
        if (publicationTitles.contains(title)) {
            return true;
        }
        for (String suffix : publicationSuffixes) {
            if (title.endsWith(suffix)) {
                return true;
            }
        }
        for (String follower : publicationFollowers) {
            if (after.startsWith(follower)) {
                return true;
            }
        }
        return false;
    }

    /** Collects rows; not thread-safe, used only while building. */
    private static final class Builder {
        private final Map<String, Head> heads = new HashMap<>();
        private final Map<String, Set<String>> exclusions = new HashMap<>();
        private final Map<String, ProjectKind> names = new HashMap<>();
        private final Map<String, EnumSet<TokenClass>> tokens = new HashMap<>();
        private final List<String> roads = new ArrayList<>();
        private final List<String> publicationSuffixes = new ArrayList<>();
        private final Set<String> publicationTitles = new HashSet<>();
        private final List<String> publicationFollowers = new ArrayList<>();

        void addHead(String word, ProjectKind kind, Head.Scope scope, ProjectKind quotedKind,
                ProjectKind abstractKind, boolean proper) {
            heads.put(word, new Head(word, kind, scope, quotedKind, abstractKind, proper));
        }

        void addExclusion(String entry, String head) {
            exclusions.computeIfAbsent(entry, e -> new HashSet<>()).add(head.trim());
        }

        void addToken(String word, TokenClass c) {
            tokens.computeIfAbsent(word, w -> EnumSet.noneOf(TokenClass.class)).add(c);
            if (c == TokenClass.ROAD && !roads.contains(word)) {
                roads.add(word);
            }
        }

        void addPublication(String entry, String match, TsvTable.Row row) {
            switch (match) {
                case "SUFFIX" -> publicationSuffixes.add(entry);
                case "EXACT" -> publicationTitles.add(entry);
                case "AFTER" -> publicationFollowers.add(entry);
                default -> throw new IllegalStateException(row.where() + ": unknown match '" + match + "'");
            }
        }

        void addUserRow(TsvTable.Row row, List<String> header) {
            String entry = row.require("entry").trim();
            UserEntry type;
            try {
                type = UserEntry.valueOf(row.require("type").trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(row.where() + ": unknown type '" + row.get("type") + "'", e);
            }
            switch (type) {
                case HEAD -> {
                    ProjectKind kind = kind(row, "kind");
                    String scope = header.contains("scope") ? row.get("scope") : "";
                    addHead(entry, kind, scope.isBlank() ? Head.Scope.NAME : scope(row, scope), kind, kind, false);
                }
                case NAME -> names.put(entry, kind(row, "kind"));
                case EXCLUDE -> addExclusion(entry, ANY_HEAD);
                case GENERIC -> addToken(entry, TokenClass.GENERIC);
                case STOP -> addToken(entry, TokenClass.STOP);
                case PUBLICATION -> publicationSuffixes.add(entry);
            }
        }
    }
}

package io.github.tiqu.core.resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A lexicon file: UTF-8, tab-separated, {@code #} comment lines, one header row naming the columns.
 * Every row keeps its file and line so that a bad row fails with a message that says where.
 *
 * <p>Loading fails fast ({@link UncheckedIOException}, {@link IllegalStateException}); there is no
 * silent fallback. Immutable once loaded.
 */
public final class TsvTable {

    /** One data row. */
    public record Row(String source, int line, Map<String, Integer> columns, List<String> cells) {

        /** The cell of {@code column}; empty when the row is shorter than the header. */
        public String get(String column) {
            Integer i = columns.get(column);
            if (i == null) {
                throw new IllegalStateException(where() + ": no column '" + column + "'");
            }
            return i < cells.size() ? cells.get(i) : "";
        }

        /** The cell of {@code column}, which must not be empty. */
        public String require(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                throw new IllegalStateException(where() + ": column '" + column + "' is empty");
            }
            return v;
        }

        public String where() {
            return source + ":" + line;
        }
    }

    private final String source;
    private final List<String> header;
    private final List<Row> rows;

    private TsvTable(String source, List<String> header, List<Row> rows) {
        this.source = source;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    /** Loads {@code name} from the classpath, relative to {@code anchor}'s package. */
    public static TsvTable load(Class<?> anchor, String name) {
        String where = anchor.getPackageName().replace('.', '/') + "/" + name;
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + where);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(where, r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + where, e);
        }
    }

    /** Loads a user's file from disk. */
    public static TsvTable load(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file.toString(), r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static TsvTable parse(String source, Reader reader) throws IOException {
        Objects.requireNonNull(source, "source");
        BufferedReader in = new BufferedReader(reader);
        List<String> header = null;
        Map<String, Integer> columns = Map.of();
        List<Row> rows = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (n == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = split(line);
            if (header == null) {
                header = cells;
                Map<String, Integer> named = new HashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    if (named.put(cells.get(i), i) != null) {
                        throw new IllegalStateException(source + ":" + n + ": duplicate column " + cells.get(i));
                    }
                }
                columns = Map.copyOf(named);
                continue;
            }
            if (cells.size() > header.size()) {
                throw new IllegalStateException(source + ":" + n + ": " + cells.size()
                        + " cells, the header has " + header.size());
            }
            rows.add(new Row(source, n, columns, List.copyOf(cells)));
        }
        if (header == null) {
            throw new IllegalStateException(source + ": no header row");
        }
        return new TsvTable(source, header, rows);
    }

    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == '\t') {
                cells.add(line.substring(from, i));
                from = i + 1;
            }
        }
        return cells;
    }

    public String source() {
        return source;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }
}

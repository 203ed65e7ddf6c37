package io.github.tiqu.extractors.project;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.github.tiqu.core.text.SourceText;
import io.github.tiqu.core.token.hanlp.HanLpTokenizer;
import io.github.tiqu.extractors.Mention;
import io.github.tiqu.extractors.ProjectMention;
import io.github.tiqu.extractors.ReferenceTime;
import io.github.tiqu.extractors.pipeline.Document;

/** Runs the project extractor alone on a text, and reads the case files of this package. */
final class ProjectTestSupport {

    static final LocalDate REFERENCE = LocalDate.of(2023, 12, 25);
    static final ProjectExtractor DEFAULT = ProjectExtractor.create(List.of());

    private ProjectTestSupport() {
    }

    static List<ProjectMention> projects(ProjectExtractor extractor, String text) {
        Document doc = new Document(SourceText.of(text), ReferenceTime.caller(REFERENCE.atStartOfDay()),
                HanLpTokenizer.standard());
        List<Mention> out = new ArrayList<>();
        extractor.extract(doc, out);
        List<ProjectMention> projects = new ArrayList<>();
        for (Mention m : out) {
            projects.add((ProjectMention) m);
        }
        projects.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return projects;
    }

    static List<ProjectMention> projects(String text) {
        return projects(DEFAULT, text);
    }

    /** The lines of a resource of this package that are neither blank nor comments. */
    static List<String> lines(String resource) {
        InputStream in = ProjectTestSupport.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** A mention as a case file writes it: {@code [start,end) KIND value}. */
    static String format(ProjectMention m) {
        return "[" + m.start() + "," + m.end() + ") " + m.kind() + " " + m.value();
    }
}

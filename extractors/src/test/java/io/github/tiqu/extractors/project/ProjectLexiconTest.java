package io.github.tiqu.extractors.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.github.tiqu.core.resource.TsvTable;
import io.github.tiqu.extractors.ProjectKind;
import io.github.tiqu.extractors.ProjectMention;

/**
 * Every row of every lexicon carries an example sentence and what the extractor must find in it (a
 * PROJECT's text, or {@code -} for none); this runs them all. STOP, ADMIN and IMPLEMENT rows also check
 * that their word stays outside the name, PROGRAM rows that the name is a programme.
 */
class ProjectLexiconTest {

    @TestFactory
    Stream<DynamicTest> everyExampleOfEveryLexicon() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : List.of("heads.tsv", "publications.tsv", "exclusions.tsv", "tokens.tsv")) {
            for (TsvTable.Row row : TsvTable.load(ProjectExtractor.class, file).rows()) {
                String entry = row.cells().get(0);
                String example = row.require("example");
                String expect = row.require("expect");
                String cls = row.columns().containsKey("class") ? row.get("class") : "";
                tests.add(DynamicTest.dynamicTest(row.where() + " " + entry + " " + cls,
                        () -> check(entry, cls, example, expect)));
            }
        }
        return tests.stream();
    }

    private static void check(String entry, String cls, String example, String expect) {
        assertTrue(example.contains(entry) || cls.equals("COUNT"), "the example shows the entry: " + example);
        List<ProjectMention> found = ProjectTestSupport.projects(example);
        List<String> texts = new ArrayList<>();
        for (ProjectMention m : found) {
            texts.add(m.text());
        }
        if (expect.equals("-")) {
            assertEquals(List.of(), texts, example);
            return;
        }
        assertEquals(List.of(expect), texts, example);
        ProjectMention m = found.get(0);
        if (cls.equals("STOP") || cls.equals("ADMIN") || cls.equals("IMPLEMENT") || cls.equals("LEAD")) {
            assertFalse(example.substring(0, m.end()).indexOf(entry) >= m.start(),
                    entry + " stays outside " + m.text());
        }
        if (cls.equals("PROGRAM")) {
            assertEquals(ProjectKind.PROGRAM, m.kind(), example);
        }
    }
}

package io.github.tiqu.extractors.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.github.tiqu.extractors.ProjectMention;

/**
 * The case files of this package: every positive case yields exactly its PROJECT mentions (exact
 * offsets, kind and value), every negative case none.
 */
class ProjectCasesTest {

    @TestFactory
    Stream<DynamicTest> positiveCases() {
        return ProjectTestSupport.lines("positive.cases.tsv").stream().map(line -> {
            String[] cells = line.split("\t");
            String input = cells[0];
            List<String> expected = Arrays.asList(cells).subList(1, cells.length);
            return DynamicTest.dynamicTest(input, () -> {
                assertTrue(!expected.isEmpty(), "a positive case needs an expected mention: " + line);
                List<String> found = new ArrayList<>();
                for (ProjectMention m : ProjectTestSupport.projects(input)) {
                    assertEquals(input.substring(m.start(), m.end()), m.text());
                    found.add(ProjectTestSupport.format(m));
                }
                assertEquals(expected, found, input);
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> negativeCases() {
        return ProjectTestSupport.lines("negative.cases.tsv").stream().map(input ->
                DynamicTest.dynamicTest(input, () -> {
                    List<String> found = new ArrayList<>();
                    for (ProjectMention m : ProjectTestSupport.projects(input)) {
                        found.add(ProjectTestSupport.format(m));
                    }
                    assertEquals(List.of(), found, input);
                }));
    }

    @Test
    void theCaseFilesHoldEnoughCases() {
        assertTrue(ProjectTestSupport.lines("positive.cases.tsv").size() >= 150);
        assertTrue(ProjectTestSupport.lines("negative.cases.tsv").size() >= 80);
    }
}

package io.github.tiqu.extractors.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.tiqu.extractors.Mention;
import io.github.tiqu.extractors.MentionType;
import io.github.tiqu.extractors.ProjectKind;
import io.github.tiqu.extractors.ProjectMention;
import io.github.tiqu.extractors.TiquExtractor;

/** The overlap with other types, user lexicons, and inputs of any shape. */
class ProjectExtractorTest {

    private static final TiquExtractor TIQU = TiquExtractor.create();

    private static List<String> all(String text) {
        List<String> out = new ArrayList<>();
        for (Mention m : TIQU.extract(text, ProjectTestSupport.REFERENCE).mentions()) {
            out.add(m.type() + " " + m.text());
        }
        return out;
    }

    @Test
    void aFigureInsideAProjectNameIsNotAMention() {
        assertEquals(List.of("PROJECT 2024湖南(国际)矿物宝石博览会"), all("举办2024湖南(国际)矿物宝石博览会。"));
        assertEquals(List.of("PROJECT “碧水100天”目标"), all("提前实现“碧水100天”目标。"));
        assertEquals(List.of("PROJECT G60沪昆高速扩容工程"), all("G60沪昆高速扩容工程进展顺利。"));
        assertEquals(List.of("PROJECT 《湘江新区2024年工作要点》"), all("印发《湘江新区2024年工作要点》。"));
        assertEquals(List.of("PROJECT 宁乡经开区220千伏输变电工程"), all("宁乡经开区220千伏输变电工程建成投运。"));
        assertEquals(List.of("PROJECT 第二届世界计算大会"), all("举办第二届世界计算大会。"));
    }

    @Test
    void figuresOutsideTheNameStayMentions() {
        List<String> found = all("沅江航道二期工程完成投资12亿元。");
        assertTrue(found.contains("PROJECT 沅江航道二期工程"), found.toString());
        assertTrue(found.stream().anyMatch(m -> !m.startsWith("PROJECT") && m.contains("12")), found.toString());
    }

    @Test
    void projectsCanBeTheOnlyTypeAsked() {
        TiquExtractor projects = TiquExtractor.builder().types(MentionType.PROJECT).build();
        List<Mention> found = projects.extract("推进沅江航道二期工程，完成投资12亿元。", ProjectTestSupport.REFERENCE)
                .mentions();
        assertEquals(1, found.size());
        assertEquals("沅江航道二期工程", found.get(0).value());
        assertEquals(ProjectKind.ENGINEERING, found.get(0).kind());
        assertEquals("head-name", found.get(0).rule());
    }

    @Test
    void aUserLexiconAddsHeadsNamesAndExclusions(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("my-projects.tsv");
        Files.writeString(file, String.join("\n",
                "# my projects",
                "entry\ttype\tkind\tscope\texample",
                "湘粤非\tNAME\tPLATFORM\t\t湘粤非共发运标箱",
                "绿道\tHEAD\tENGINEERING\t\t建成浏阳河绿道",
                "指挥所\tEXCLUDE\t\t\t沅江航道工程指挥所",
                "") + "\n", StandardCharsets.UTF_8);
        ProjectExtractor mine = ProjectExtractor.create(List.of(file));
        assertEquals(List.of("[0,3) PLATFORM 湘粤非"), formatted(mine, "湘粤非共发运35742个标箱。"));
        assertEquals(List.of("[2,7) ENGINEERING 浏阳河绿道"), formatted(mine, "建成浏阳河绿道。"));
        assertEquals(List.of(), formatted(mine, "沅江航道工程指挥所成立。"));
        assertEquals(List.of(), formatted(ProjectTestSupport.DEFAULT, "湘粤非共发运35742个标箱。"));

        TiquExtractor tiqu = TiquExtractor.builder().projectLexicon(file).build();
        assertEquals("湘粤非", tiqu.extract("湘粤非共发运35742个标箱。", ProjectTestSupport.REFERENCE)
                .mentions().get(0).value());
    }

    @Test
    void aMalformedUserLexiconSaysWhere(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "entry\ttype\tkind\n湘粤非\tNAME\tCORRIDOR\n", StandardCharsets.UTF_8);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ProjectExtractor.create(List.of(file)));
        assertTrue(e.getMessage().contains("bad.tsv:2") && e.getMessage().contains("CORRIDOR"), e.getMessage());
        Files.writeString(file, "entry\ttype\tkind\n湘粤非\tPROJECT\tPLATFORM\n", StandardCharsets.UTF_8);
        e = assertThrows(IllegalStateException.class, () -> ProjectExtractor.create(List.of(file)));
        assertTrue(e.getMessage().contains("bad.tsv:2"), e.getMessage());
    }

    @Test
    void anyStringGivesWellFormedMentions() {
        String alphabet = "工程项目平台实验室装置博览会峰会计划行动目标段路等、。，“”《》()—·0123456789"
                + "湘江大桥二期第届年实施推进的和与 \n\uD800\uDC00";
        Random random = new Random(5);
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(80);
            for (int j = 0; j < n; j++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            checkWellFormed(b.toString());
        }
        checkWellFormed("");
        checkWellFormed("工程");
        checkWellFormed("《");
        checkWellFormed("“”项目");
        checkWellFormed("\uD800项目\uDFFF");
        checkWellFormed("项目".repeat(2000));
        checkWellFormed("《" + "湘".repeat(5000));
        checkWellFormed("“".repeat(3000) + "”".repeat(3000) + "工程");
    }

    private static void checkWellFormed(String text) {
        int last = 0;
        for (ProjectMention m : ProjectTestSupport.projects(text)) {
            assertTrue(m.start() >= last && m.end() <= text.length() && m.start() < m.end(), m.toString());
            assertEquals(text.substring(m.start(), m.end()), m.text());
            assertTrue(!m.value().isEmpty(), m.toString());
            assertTrue(m.text().indexOf('\n') < 0, m.toString());
            last = m.end();
        }
    }

    private static List<String> formatted(ProjectExtractor extractor, String text) {
        List<String> out = new ArrayList<>();
        for (ProjectMention m : ProjectTestSupport.projects(extractor, text)) {
            out.add(ProjectTestSupport.format(m));
        }
        return out;
    }
}

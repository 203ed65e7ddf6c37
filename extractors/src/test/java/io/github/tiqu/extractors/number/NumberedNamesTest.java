package io.github.tiqu.extractors.number;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.tiqu.core.resource.TsvTable;
import io.github.tiqu.core.text.SourceText;
import io.github.tiqu.core.token.hanlp.HanLpTokenizer;
import io.github.tiqu.extractors.Mention;
import io.github.tiqu.extractors.ReferenceTime;
import io.github.tiqu.extractors.pipeline.Document;

/** Every example of numbered-names.tsv has a numeral that is no NUMBER. */
class NumberedNamesTest {

    @Test
    void everyExampleHasNoNumberAtItsName() {
        NumberExtractor extractor = new NumberExtractor();
        for (TsvTable.Row row : TsvTable.load(NumberExtractor.class, "numbered-names.tsv").rows()) {
            String example = row.require("example");
            String before = row.get("before");
            String after = row.get("after");
            List<Mention> out = new ArrayList<>();
            extractor.extract(new Document(SourceText.of(example), ReferenceTime.none(), HanLpTokenizer.standard()),
                    out);
            for (Mention m : out) {
                boolean named = example.startsWith(after, m.end())
                        && m.start() >= before.length() && example.startsWith(before, m.start() - before.length());
                assertTrue(!named, row.where() + ": " + m.text() + " in " + example);
            }
            assertTrue(example.contains(before + (after.isEmpty() ? "" : "")) && example.contains(after),
                    row.where() + ": the example does not show the name");
        }
    }
}

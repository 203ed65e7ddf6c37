package io.github.tiqu.extractors.project;

import java.util.Objects;

import io.github.tiqu.extractors.ProjectKind;

/**
 * A head word that ends project names: {@code 工程}, {@code 平台}, {@code 博览会}...
 *
 * @param kind the kind of a plain name with this head
 * @param scope where the head counts
 * @param quotedKind the kind when the name is quoted, numbered or a programme's (工程 -> PROGRAM)
 * @param abstractKind the kind of a name with no place name or works word in it (公民道德建设工程 -> PROGRAM)
 * @param needsProper whether a name needs a proper name, a numeral or a quotation in it (会议: 村民代表会议
 *     is a kind of meeting, 第三次会议 a meeting)
 */
record Head(String word, ProjectKind kind, Scope scope, ProjectKind quotedKind, ProjectKind abstractKind,
        boolean needsProper) {

    /** Where a head word counts. */
    enum Scope {
        /** A name grows left from the head over name words: 汀水航道三期工程. */
        NAME,
        /** Only with a quoted name right before it or the head inside the quotes: “碧水100天”目标. */
        QUOTED,
        /** Only after a quoted five-year period: “十五五”规划. */
        PERIOD,
        /** An abbreviated event: one character before the head (农博会, 2024西洽会). */
        SHORT,
        /** A section of a road, line or bridge named by its place: 芙蓉南路—长沙县段. */
        SECTION
    }

    Head {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(quotedKind, "quotedKind");
        Objects.requireNonNull(abstractKind, "abstractKind");
        if (word.isEmpty()) {
            throw new IllegalArgumentException("empty head word");
        }
    }

    /** The kind of a name: quoted or a programme's, else with works or a place, else abstract. */
    ProjectKind kindOf(boolean programme, boolean works) {
        return programme ? quotedKind : works ? kind : abstractKind;
    }
}

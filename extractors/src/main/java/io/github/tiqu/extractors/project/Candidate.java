package io.github.tiqu.extractors.project;

import io.github.tiqu.extractors.ProjectKind;

/** A recognized project name before resolution: its span in the text, its kind and the rule's name. */
record Candidate(int start, int end, ProjectKind kind, String rule) {

    int length() {
        return end - start;
    }
}

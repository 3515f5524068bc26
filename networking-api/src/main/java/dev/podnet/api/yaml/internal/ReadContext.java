package dev.podnet.api.yaml.internal;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/** Collects the problems found while reading one document, so that all are reported at once. */
public final class ReadContext {
    private final List<ReadProblem> problems = new ArrayList<>();

    public void problem(String path, Node at, String message) {
        int line = 0;
        int column = 0;
        if (at != null && at.getStartMark().isPresent()) {
            line = at.getStartMark().get().getLine() + 1;
            column = at.getStartMark().get().getColumn() + 1;
        }
        problems.add(new ReadProblem(path, line, column, message));
    }

    public List<ReadProblem> problems() { return List.copyOf(problems); }

    public boolean hasProblems() { return !problems.isEmpty(); }
}

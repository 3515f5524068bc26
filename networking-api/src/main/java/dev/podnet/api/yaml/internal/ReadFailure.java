package dev.podnet.api.yaml.internal;

import java.util.List;

/** The reader refused its input; the facade turns it into a {@code ClusterYamlException}. */
public final class ReadFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<ReadProblem> problems;

    public ReadFailure(List<ReadProblem> problems) {
        super(problems.isEmpty() ? "" : problems.get(0).message(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** A failure at a position of the whole stream (no field path). */
    public static ReadFailure at(int line, int column, String message) {
        return new ReadFailure(List.of(new ReadProblem("", line, column, message)));
    }

    public List<ReadProblem> problems() { return problems; }
}

package dev.podnet.api.yaml;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A kops document that cannot be read: malformed YAML, a value of the wrong type, an unknown
 * networking provider, or input beyond the load limits. Carries every problem found, each with
 * its field path and position.
 */
public final class ClusterYamlException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<YamlProblem> problems;

    /**
     * An exception listing every problem.
     *
     * @param problems the problems found, at least one
     */
    public ClusterYamlException(List<YamlProblem> problems) {
        super(problems.stream().map(YamlProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** {@return every problem found, in document order} */
    public List<YamlProblem> problems() { return problems; }
}

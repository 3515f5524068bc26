package dev.podnet.api.yaml.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/** Collects the problems found while reading one document, so that all are reported at once. */
public final class ReadContext {
    private final List<ReadProblem> problems = new ArrayList<>();
    private final Set<String> undecoded;

    /** A context for a document read without a release. */
    public ReadContext() {
        this(Set.of());
    }

    /**
     * A context for a document read as a release decodes it.
     *
     * @param undecoded the paths of the provider fields that release's kops has no field for
     *                  ({@code spec.networking.cilium.enableL7Proxy} before 1.22): kops drops them unread,
     *                  whatever their value, so they are kept as unmodelled keys, not read
     */
    public ReadContext(Set<String> undecoded) {
        this.undecoded = Set.copyOf(undecoded);
    }

    /** The keys of the block at {@code path} that the release does not decode (see {@link #ReadContext(Set)}). */
    public Set<String> undecodedKeys(String path) {
        if (undecoded.isEmpty()) return Set.of();
        Set<String> out = new HashSet<>();
        for (String p : undecoded) {
            if (p.length() > path.length() + 1 && p.startsWith(path) && p.charAt(path.length()) == '.'
                    && p.indexOf('.', path.length() + 1) < 0) {
                out.add(p.substring(path.length() + 1));
            }
        }
        return out;
    }

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

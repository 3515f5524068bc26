package dev.podnet.api.yaml.internal;

import dev.podnet.api.provider.ProviderKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.Node;

/** Collects the problems found while reading one document, so that all are reported at once. */
public final class ReadContext {
    private final List<ReadProblem> problems = new ArrayList<>();
    private final Function<ProviderKind, Set<String>> undecoded;
    private final java.util.function.Predicate<String> cloudKey;

    /** A context for a document read without a release, every key of a cloudProvider block taken as a cloud. */
    public ReadContext() {
        this(kind -> Set.of(), key -> true);
    }

    /**
     * A context for a document read without a release.
     *
     * @param cloudKey whether a key of a v1alpha3 cloudProvider block is a cloud kops decodes (any other it drops unread)
     */
    public ReadContext(java.util.function.Predicate<String> cloudKey) {
        this(kind -> Set.of(), cloudKey);
    }

    /**
     * A context for a document read as a release decodes it.
     *
     * @param undecoded the paths of a provider's fields that release's kops has no field for
     *                  ({@code spec.networking.cilium.enableL7Proxy} before 1.22), asked for each provider
     *                  block the document holds: kops drops them unread, whatever their value, so they are
     *                  kept as unmodelled keys, not read
     */
    public ReadContext(Function<ProviderKind, Set<String>> undecoded) {
        this(undecoded, key -> true);
    }

    /**
     * As {@link #ReadContext(Function)}, with {@code cloudKey} telling which keys of a v1alpha3 cloudProvider block
     * are clouds kops decodes (any other it drops unread).
     */
    public ReadContext(Function<ProviderKind, Set<String>> undecoded, java.util.function.Predicate<String> cloudKey) {
        this.undecoded = Objects.requireNonNull(undecoded);
        this.cloudKey = Objects.requireNonNull(cloudKey);
    }

    /** Whether {@code key} of a v1alpha3 cloudProvider block is a cloud kops decodes. */
    public boolean cloudKey(String key) {
        return cloudKey.test(key);
    }

    /** The keys of {@code kind}'s block at {@code path} that the release does not decode (see {@link #ReadContext(Function)}). */
    public Set<String> undecodedKeys(ProviderKind kind, String path) {
        Set<String> paths = undecoded.apply(kind);
        if (paths.isEmpty()) return Set.of();
        Set<String> out = new HashSet<>();
        for (String p : paths) {
            if (p.length() > path.length() + 1 && p.startsWith(path) && p.charAt(path.length()) == '.'
                    && p.indexOf('.', path.length() + 1) < 0) {
                out.add(p.substring(path.length() + 1));
            }
        }
        return out;
    }

    /** Whether the release has no field for {@code kind}'s key at {@code path}: kops drops the whole block. */
    public boolean undecodedBlock(ProviderKind kind, String path) {
        return undecoded.apply(kind).contains(path);
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

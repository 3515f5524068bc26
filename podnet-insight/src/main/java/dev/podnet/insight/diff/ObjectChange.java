package dev.podnet.insight.diff;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One rendered object that is added, removed or changed between the two releases. */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface ObjectChange {
    /**
     * The addon key the object belongs to, e.g. {@code networking.cilium.io}.
     *
     * @return the addon key
     */
    String addon();

    /** {@return the object's kind} */
    String kind();

    /**
     * The object's namespace; empty for a cluster-scoped object.
     *
     * @return the namespace; empty for a cluster-scoped object
     */
    Optional<String> namespace();

    /** {@return the object's name} */
    String name();

    /**
     * Added, removed or changed.
     *
     * @return the change type
     */
    ChangeType change();

    /**
     * The fields that differ (every field of an added or removed object is not listed).
     *
     * @return the differing fields in manifest order; empty for an added or removed object
     */
    List<FieldChange> fields();

    /**
     * The containers whose image changes.
     *
     * @return one entry per container whose image changes; empty when no image changes
     */
    List<ImageBump> imageBumps();

    /** @return {@code Kind namespace/name} or {@code Kind name} */
    default String ref() { return kind() + " " + namespace().map(n -> n + "/").orElse("") + name(); }

    /** @return a new builder */
    static Builder builder() { return new Builder(); }

    /** Builds an {@link ObjectChange}. */
    final class Builder extends ImmutableObjectChange.Builder {
        Builder() {
        }
    }
}

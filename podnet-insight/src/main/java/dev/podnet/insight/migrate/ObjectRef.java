package dev.podnet.insight.migrate;

import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/** A Kubernetes object of the old provider that the migration deletes. */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface ObjectRef {
    /**
     * The addon key it was applied with, e.g. {@code networking.projectcalico.org}.
     *
     * @return the addon key
     */
    String addon();

    /**
     * e.g. {@code apps/v1}.
     *
     * @return the object's apiVersion
     */
    String apiVersion();

    /**
     * e.g. {@code DaemonSet}.
     *
     * @return the object's kind
     */
    String kind();

    /**
     * Empty for a cluster-scoped object.
     *
     * @return the namespace; empty for a cluster-scoped object
     */
    Optional<String> namespace();

    /** {@return the object's name} */
    String name();

    /** @return {@code Kind namespace/name} or {@code Kind name} */
    default String ref() { return kind() + " " + namespace().map(n -> n + "/").orElse("") + name(); }

    /** @return the {@code kubectl delete} command for it, with the kind qualified by its API group */
    default String deleteCommand() {
        int slash = apiVersion().indexOf('/');
        String group = slash < 0 ? "" : "." + apiVersion().substring(0, slash);
        return "kubectl delete " + kind().toLowerCase(Locale.ROOT) + group
                + namespace().map(n -> " -n " + n).orElse("") + " " + name() + " --ignore-not-found";
    }

    /** @return a new builder */
    static Builder builder() { return new Builder(); }

    /** Builds an {@link ObjectRef}. */
    final class Builder extends ImmutableObjectRef.Builder {
        Builder() {
        }
    }
}

package dev.podnet.insight.diff;

import org.immutables.value.Value;

/** A container whose image changes between the two releases. */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface ImageBump {
    /**
     * The object, e.g. {@code DaemonSet kube-system/cilium}.
     *
     * @return the object's kind, namespace and name
     */
    String object();

    /** {@return the container (or init container) name} */
    String container();

    /** {@return the image at the older release} */
    String before();

    /** {@return the image at the newer release} */
    String after();

    /** @return {@code object, container: before → after} */
    default String line() { return object() + ", container " + container() + ": " + before() + " → " + after(); }

    /** @return a new builder */
    static Builder builder() { return new Builder(); }

    /** Builds an {@link ImageBump}. */
    final class Builder extends ImmutableImageBump.Builder {
        Builder() {
        }
    }
}

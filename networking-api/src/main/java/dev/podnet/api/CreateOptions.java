package dev.podnet.api;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The {@code kops create cluster} options networking depends on. */
@Value.Immutable
public interface CreateOptions {
    /** {@code --name}. */
    @Value.Default
    default String name() { return "example.k8s.local"; }

    /** {@code --networking}; empty means the release's default. */
    Optional<String> networking();

    /** {@code --kubernetes-version}; empty means the release's recommended version. */
    Optional<String> kubernetesVersion();

    /** {@code --cloud}. */
    @Value.Default
    default Cloud cloud() { return Cloud.AWS; }

    /** {@code --zones}. */
    List<String> zones();

    /** {@code --topology}: {@code public} or {@code private}. */
    @Value.Default
    default String topology() { return "public"; }

    /** {@code --ipv6}. */
    @Value.Default
    default boolean ipv6() { return false; }

    static Builder builder() { return new Builder(); }

    final class Builder extends ImmutableCreateOptions.Builder {
    }
}

package dev.podnet.api;

import dev.podnet.api.internal.AllowNulls;
import dev.podnet.api.version.KubernetesVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The part of a kops {@code Cluster} that pod networking depends on, plus everything else the
 * document held, kept as written so that reading and writing loses nothing.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface Cluster {
    /**
     * {@code metadata.name}.
     *
     * @return the cluster's name, e.g. {@code example.k8s.local}
     */
    String name();

    /**
     * {@code spec.kubernetesVersion} as written ({@code v1.30.0}, {@code 1.30.2}).
     *
     * @return the Kubernetes version exactly as written, with or without its {@code v}; empty when the document
     *         has none
     */
    Optional<String> kubernetesVersion();

    /** {@return {@code spec.cloudProvider}; empty when the spec has none} */
    Optional<CloudProvider> cloudProvider();

    /** {@return the networking fields and provider; {@link Networking#empty()} when the spec sets none} */
    @Value.Default
    default Networking networking() { return Networking.empty(); }

    /** {@return the networking part of {@code spec.kubeProxy}; empty when the spec has none} */
    Optional<KubeProxy> kubeProxy();

    /** {@return the networking part of {@code spec.kubeControllerManager}; empty when the spec has none} */
    Optional<KubeControllerManager> kubeControllerManager();

    /** {@return the networking part of {@code spec.kubeDNS}; empty when the spec has none} */
    Optional<KubeDns> kubeDNS();

    /** {@return {@code spec.etcdClusters}, in order; empty when the spec has none} */
    List<EtcdCluster> etcdClusters();

    /**
     * {@code metadata} keys other than {@code name} ({@code creationTimestamp}, labels, ...).
     *
     * @return the other {@code metadata} keys with their YAML values, in the order read; empty when there are none
     */
    @AllowNulls
    Map<String, Object> extraMetadata();

    /**
     * {@code spec} keys podnet does not model (api, iam, kubelet, ...), kept as written.
     *
     * @return the unmodelled {@code spec} keys with their YAML values, in the order read; empty when there are
     *         none
     */
    @AllowNulls
    Map<String, Object> extraSpec();

    /**
     * Document keys other than apiVersion, kind, metadata and spec.
     *
     * @return the other top-level keys with their YAML values, in the order read; empty when there are none
     */
    @AllowNulls
    Map<String, Object> extraFields();

    /**
     * The cloud, if {@code spec.cloudProvider} is set.
     *
     * @return the cloud; empty when {@code spec.cloudProvider} is not set
     */
    default Optional<Cloud> cloud() {
        return cloudProvider().isPresent() ? Optional.of(cloudProvider().get().cloud()) : Optional.empty();
    }

    /**
     * The parsed Kubernetes version, if set.
     *
     * @return {@code spec.kubernetesVersion} parsed; empty when not set
     * @throws IllegalArgumentException if {@code spec.kubernetesVersion} is no version
     */
    default Optional<KubernetesVersion> kubernetes() {
        return kubernetesVersion().isPresent() ? Optional.of(KubernetesVersion.of(kubernetesVersion().get())) : Optional.empty();
    }

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** {@return a builder holding every field of this cluster} */
    default Builder toBuilder() { return builder().from(this); }

    /** Builds a {@link Cluster}; {@code cloud(Cloud.AWS)} writes the string form {@code cloudProvider: aws}. */
    final class Builder extends ImmutableCluster.Builder {
        Builder() {
        }

        /**
         * Sets {@code spec.cloudProvider} in string form.
         *
         * @param cloud the cloud
         * @return this builder
         */
        public Builder cloud(Cloud cloud) { return cloudProvider(CloudProvider.of(cloud)); }
    }
}

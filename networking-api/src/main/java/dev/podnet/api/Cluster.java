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
@Value.Immutable
public interface Cluster {
    /** {@code metadata.name}. */
    String name();

    /** {@code spec.kubernetesVersion} as written ({@code v1.30.0}, {@code 1.30.2}). */
    Optional<String> kubernetesVersion();

    Optional<CloudProvider> cloudProvider();

    @Value.Default
    default Networking networking() { return Networking.empty(); }

    Optional<KubeProxy> kubeProxy();

    Optional<KubeControllerManager> kubeControllerManager();

    Optional<KubeDns> kubeDNS();

    List<EtcdCluster> etcdClusters();

    /** {@code metadata} keys other than {@code name} ({@code creationTimestamp}, labels, ...). */
    @AllowNulls
    Map<String, Object> extraMetadata();

    /** {@code spec} keys podnet does not model (api, iam, kubelet, ...), kept as written. */
    @AllowNulls
    Map<String, Object> extraSpec();

    /** Document keys other than apiVersion, kind, metadata and spec. */
    @AllowNulls
    Map<String, Object> extraFields();

    /** The cloud, if {@code spec.cloudProvider} is set. */
    default Optional<Cloud> cloud() { return cloudProvider().map(CloudProvider::cloud); }

    /** The parsed Kubernetes version, if set. */
    default Optional<KubernetesVersion> kubernetes() { return kubernetesVersion().map(KubernetesVersion::of); }

    static Builder builder() { return new Builder(); }

    default Builder toBuilder() { return builder().from(this); }

    /** Builds a {@link Cluster}; {@code cloud(Cloud.AWS)} writes the string form {@code cloudProvider: aws}. */
    final class Builder extends ImmutableCluster.Builder {
        public Builder cloud(Cloud cloud) { return cloudProvider(CloudProvider.of(cloud)); }
    }
}

package dev.podnet.manifests.internal;

import dev.podnet.api.internal.cluster.IpFamily;
import dev.podnet.api.Cloud;
import dev.podnet.api.Cluster;
import dev.podnet.api.KubeControllerManager;
import dev.podnet.api.version.KopsVersion;
import dev.podnet.api.version.KubernetesVersion;
import java.util.Optional;

/**
 * What a renderer reads besides its provider spec: the release, the template id, the cluster
 * values kops' templates use, and the engine's {@link RenderCaches} where its memos live.
 */
public record RenderContext(Cluster cluster, KopsVersion release, String releaseKey, String templateId,
        RenderCaches caches) {

    public KubernetesVersion kubernetes() {
        Optional<KubernetesVersion> v = cluster.kubernetes();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("cluster " + cluster.name() + " has no kubernetesVersion: complete it first");
        }
        return v.get();
    }

    /** kops' {@code IsIPv6Only} ({@link IpFamily#isIpv6Only}). */
    public boolean ipv6Only() {
        return IpFamily.isIpv6Only(cluster);
    }

    /** {@code .KubeControllerManager.ClusterCIDR}, falling back to {@code podCIDR}. */
    public Optional<String> clusterCidr() {
        Optional<KubeControllerManager> kcm = cluster.kubeControllerManager();
        return kcm.isPresent() && kcm.get().clusterCIDR().isPresent() ? kcm.get().clusterCIDR()
                : cluster.networking().podCIDR();
    }

    public Optional<Cloud> cloud() {
        return cluster.cloud();
    }

    /** {@code api.internal.<cluster name>}. */
    public String apiInternalName() {
        return "api.internal." + cluster.name();
    }
}

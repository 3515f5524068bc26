package dev.podnet.manifests.internal;

import dev.podnet.api.Cluster;
import dev.podnet.api.render.NodeNetworkConfig;
import java.util.List;
import java.util.Optional;

/**
 * What one provider changes in the node configuration {@link NodeConfigs} builds for every provider:
 * each method is called at its place in that build, so that a provider's node-level facts live in
 * its own package ({@code dev.podnet.manifests.<name>}) and the shared build has no switch over
 * providers. The defaults are those of a provider nodeup does nothing special for.
 */
public interface NodeHooks {
    /** A provider nodeup treats as no special case. */
    NodeHooks NONE = new NodeHooks() { };

    /** kops' {@code UsesKubenet()}: the kubelet's kubenet plugin (or its containerd equivalent). */
    default boolean kubenetStyle() { return false; }

    /** nodeup's {@code UsesSecondaryIP()}: kubelet gets the instance's address as {@code --node-ip}. */
    default boolean usesSecondaryIP(Cluster c, NodeFacts f) { return false; }

    /** kube-controller-manager's {@code configureCloudRoutes} when the cluster does not set it. */
    default boolean configuresCloudRoutes() { return false; }

    /** kube-controller-manager flags beyond the shared ones. */
    default void controllerManager(NodeNetworkConfig.Builder b) { }

    /** Sysctls (and notes about them) beyond IP forwarding. */
    default void sysctls(NodeNetworkConfig.Builder b, NodeFacts f) { }

    /** The CNI plugin binaries, if the provider brings its own instead of kops' CNI assets. */
    default Optional<List<String>> ownCniBinaries(NodeFacts f) { return Optional.empty(); }

    /** Whether nodeup skips kops' CNI assets for the provider at this release. */
    default boolean skipsCniAssets(NodeFacts f) { return false; }

    /** Files and notes beyond the shared ones. */
    default void files(NodeNetworkConfig.Builder b, Cluster c, NodeFacts f) { }

    /** The key of the provider's cloud permissions in the release facts ({@code iam}), if it has any. */
    default Optional<String> iamKey(Cluster c) { return Optional.empty(); }

    /** Notes after everything else. */
    default void lastNotes(NodeNetworkConfig.Builder b, NodeFacts f) { }
}

package dev.podnet.api.render;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What a provider needs on the nodes, as nodeup would set it up: files written, kubelet and
 * controller-manager flags, sysctls, kernel modules, CNI plugin binaries, and cloud permissions.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface NodeNetworkConfig {
    /**
     * Files nodeup writes: path → content (e.g. the containerd CNI template for kubenet).
     *
     * @return the file contents by path; empty when nodeup writes none
     */
    Map<String, String> files();

    /**
     * kubelet flags, e.g. {@code --network-plugin=kubenet}.
     *
     * @return the flags with their values, in order; empty when the provider adds none
     */
    List<String> kubeletFlags();

    /**
     * kubelet flags whose value only the node knows, filled in by nodeup at boot: flag → where the
     * value comes from (e.g. {@code --node-ip} → the instance's local IPv4 from the cloud's metadata).
     *
     * @return the flags by name, each with the source of its value; empty when there are none
     */
    Map<String, String> perNodeKubeletFlags();

    /**
     * kube-controller-manager settings, e.g. {@code configureCloudRoutes=true}.
     *
     * @return the settings as {@code name=value}, in order; empty when the provider adds none
     */
    List<String> controllerManagerFlags();

    /** {@return sysctls nodeup sets: key → value} */
    Map<String, String> sysctls();

    /** {@return kernel modules nodeup loads} */
    List<String> kernelModules();

    /**
     * CNI plugin binaries installed into {@code /opt/cni/bin/}.
     *
     * @return the binary names; empty when nodeup installs none
     */
    List<String> cniBinaries();

    /**
     * Cloud permissions the provider needs (e.g. IAM actions on AWS).
     *
     * @return the permissions; empty when the provider needs none
     */
    List<String> cloudPermissions();

    /**
     * Anything else the operator should know.
     *
     * @return one line per note; empty when there is nothing to add
     */
    List<String> notes();

    /** {@return a new, empty builder} */
    static Builder builder() { return new Builder(); }

    /** The builder Immutables generates, under a stable name. */
    final class Builder extends ImmutableNodeNetworkConfig.Builder {
        Builder() {
        }
    }
}

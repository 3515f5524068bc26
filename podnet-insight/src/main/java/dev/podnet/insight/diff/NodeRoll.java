package dev.podnet.insight.diff;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether kops would roll (replace) nodes because of this spec's networking, and why. podnet's rule,
 * in two parts:
 * <ul>
 *   <li>addons: a bootstrap-channel entry with {@code needsRollingUpdate} ({@code all},
 *       {@code control-plane} or {@code worker}) asks for the nodes to be replaced when the addon's
 *       manifest changes. Which entries carry it is what the release renders (checked with
 *       kops-oracle: Cilium from kops 1.20, not 1.19; Amazon VPC CNI from kops 1.21, not 1.20;
 *       kindnet at 1.36; Calico at none of 1.30 and 1.36). An addon without it is applied in place
 *       by its own update strategy.</li>
 *   <li>node-level configuration: the kubelet flags, CNI config files, CNI binaries, sysctls and
 *       kernel modules are set up on each node when it boots, so podnet counts a change there as a
 *       roll of every node, and a change of kube-controller-manager settings as a roll of the control
 *       plane; cloud permissions change no node. kops-oracle does not show node bootstrap
 *       configuration, so this part is podnet's reading of what the node configuration is, not a
 *       verdict observed from kops.</li>
 * </ul>
 * This covers what the spec's networking causes; a kops upgrade may replace every node for
 * reasons outside networking, which this does not cover.
 */
// Immutables' annotations are read at build time only; callers never need them
@SuppressWarnings("exports")
@Value.Immutable
public interface NodeRoll {
    /**
     * Whether kops would replace nodes.
     *
     * @return true if nodes would be replaced
     */
    boolean required();

    /**
     * Which nodes: {@code all}, {@code control-plane} or {@code worker}; empty when none.
     *
     * @return {@code all}, {@code control-plane} or {@code worker}; empty when no node needs a roll
     */
    Optional<String> nodes();

    /**
     * Each cause, one line each.
     *
     * @return one line per cause; empty when no node needs a roll
     */
    List<String> reasons();

    /** @return a new builder */
    static Builder builder() { return new Builder(); }

    /** Builds a {@link NodeRoll}. */
    final class Builder extends ImmutableNodeRoll.Builder {
        Builder() {
        }
    }
}
